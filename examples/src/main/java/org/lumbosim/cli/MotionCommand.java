package org.lumbosim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ui.Drawable;
import org.lumbosim.LumbosimException;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.motion.LoadSchedule;
import org.lumbosim.motion.MotionAnalysis;
import org.lumbosim.motion.MotionResult;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.solver.QpStatus;
import org.lumbosim.solver.RecruitmentCriterion;
import org.lumbosim.viz.Charts;
import org.lumbosim.viz.FigureExporter;
import org.lumbosim.viz.LumbosimTheme;

/**
 * {@code lumbosim motion FILE [options]}: loads at every level over a recorded motion, by inverse
 * dynamics.
 */
final class MotionCommand {
    private MotionCommand() {
    }

    /** Highest accepted low-pass cut-off (Hz); one at or above 0.45 x the sampling rate leaves the angles unfiltered. */
    static final double MAX_CUTOFF_HZ = 1000;
    /** Low-pass cut-off when {@code --cutoff-hz} is not given (Hz). */
    static final double DEFAULT_CUTOFF_HZ = 6;
    /** The value of {@code --cutoff-hz} that chooses each channel's cut-off by Winter's residual analysis. */
    static final String AUTO = "auto";
    /**
     * Rise of the L5-S1 peak compression over its quasi-static value (same frame, every derivative
     * zero), as a fraction of the quasi-static value, above which a note says the peak rests on the
     * differentiated kinematics: 52 %, the largest difference McGill &amp; Norman (1985, J Biomech
     * 18:877-885, abstract) found between dynamically and statically computed peak L4/L5 moments in a
     * demanding industrial lift (19 % on average; four men, several trials each). Using their largest
     * measured moment difference as the edge for a compression is a judgement, not a bound.
     */
    static final double MAX_DYNAMIC_RISE = 0.52;
    /**
     * Largest underestimate of a sinusoid's acceleration at the highest cut-off in use by the central
     * second difference: the difference gives {@code (sin(x)/x)^2} times the true value, {@code x = pi
     * f / sampling rate} (5 % at a sampling rate of 8.04 times {@code f}, which the note prints as 8.0); above this a note names the
     * sampling rate as low for the cut-off. The 5 % is a judgement.
     */
    static final double MAX_DIFFERENCE_BIAS = 0.05;

    /** The fields of a task file; {@code --task} reads its subject and model and rejects the others by name. */
    private static final List<String> TASK_FIELDS = List.of("subject", "posture", "loads", "model");
    /** Each option that a task file's field also gives: option, object, field, what both give. */
    private static final List<String[]> SHARED = List.of(
            new String[] {"--sex", "subject", "sex", "subject's sex"},
            new String[] {"--stature-m", "subject", "statureM", "subject's stature"},
            new String[] {"--mass-kg", "subject", "massKg", "subject's body mass"},
            new String[] {"--mass-kg", "subject", "bodyMassKg", "subject's body mass"},
            new String[] {"--age-years", "subject", "ageYears", "subject's age"},
            new String[] {"--muscles", "model", "muscles", "muscle model"});

    static final String USAGE = String.join("\n",
            "usage: lumbosim motion FILE.csv|FILE.mot|FILE.sto [--load-kg M --pickup-s T1 --release-s T2]",
            "                       [--cutoff-hz 6|auto] [--clamp] [--out FILE.csv] [--plot FILE.png|svg|pdf]",
            "                       [--title TEXT]",
            "                       [--muscles single-equivalent|multi-fascicle]",
            "                       [--sex male|female --stature-m 1.75 --mass-kg 70 --age-years 45]",
            "                       [--task TASK.json]",
            "",
            "Reads the kinematics (CSV: column time in s and posture angle columns in deg, named as in task",
            "files; OpenSim .mot/.sto: coordinates mapped as in the README (Motion)), and optionally a column",
            "loadMassKg: the mass held in both hands per frame (kg, [0, 200], not filtered; not together with",
            "--load-kg/--pickup-s/--release-s: exit 2), filters every angle with",
            "a zero-lag 2nd-order Butterworth low-pass (forward and backward; --cutoff-hz 0 turns it off, at most",
            "1000 Hz, at least 1e-6 x the sampling rate; a cut-off at or above 0.45 x the sampling rate leaves",
            "the angles unfiltered). --cutoff-hz auto chooses each angle's and each axis of the L5-S1 joint path's",
            "own cut-off by Winter's residual analysis (2009, section 3.4.4.3) and prints it on stderr:",
            "  note: --cutoff-hz auto: <channel> <f> Hz (noise RMS <a> <unit>)",
            "--load-kg M (kg, [0, 200]) holds M kg in both hands from --pickup-s T1 to --release-s T2 (s, both",
            "frames included; T2 not before T1); without them, in every frame.",
            "Then it solves every frame by inverse dynamics and writes one CSV row per frame: time, status, then for",
            "every level compression, AP shear, lateral shear (N) and IDP (MPa), then largestMuscleStressMPa and",
            "reason. A recorded frame outside the model's range is a row with status OUT_OF_RANGE, no loads and",
            "the reason (field, value, range); its neighbours are solved statically. --clamp clamps recorded",
            "values into the range instead (those frames are solved as clamped).",
            "To stdout, or to --out. A frame the muscles cannot balance within the subject's strength still gets",
            "loads, at the strength it requires (min-max muscle stress): status OVERLOADED, its",
            "largestMuscleStressMPa the stress it needs; peaks, cumulative loads and the plot include it.",
            "--plot draws L5-S1 compression, AP shear and IDP over time with the peak marked and overloaded",
            "frames shaded, titled --title TEXT (default: the motion file's name). Then prints the peaks (\"(overloaded: needs X MPa)\" when the peak frame is), the",
            "quasi-static L5-S1 compression of the peak frame (the same frame solved with every derivative zero)",
            "and how much the dynamic terms add, the last line being",
            "  summary: frames=<n> failedFrames=<k> peakL5S1CompressionN=<x> atS=<t> peakL5S1ApShearN=<y>",
            "           cumulativeL5S1CompressionNs=<c> overloadedFrames=<o> outOfRangeFrames=<r>",
            "           [clampedFrames=<m> with --clamp]",
            "  (one line; c = trapezoidal integral of compression; k = frames solved without loads, not",
            "  counting the r frames out of range)",
            "Notes on stderr (exit code unchanged): when the dynamic terms raise the L5-S1 peak by more than 52 %",
            "over its quasi-static value (McGill and Norman 1985's largest dynamic-static difference), and when",
            "the sampling rate is under about 8 times the highest cut-off in use (central differences then underestimate",
            "an acceleration at the cut-off by more than 5 %; not with the filter off).",
            "Limits: at most " + MotionFile.MAX_FRAMES + " frames and " + (long) (MotionFile.MAX_DURATION_S / 3600)
                    + " h; a solve that lasts more than 2 s shows \"progress: ...\" on stderr.",
            "Outputs: --out and --plot are written only after every frame is solved, each whole or not at all",
            "(a temporary file moved into place); neither may be the motion file or the other one. Nothing is",
            "printed before they are written.",
            "--task TASK.json: the subject and model of a task file, read and checked as analyze reads them",
            "(subject: sex, statureM, massKg/bodyMassKg, ageYears, discAreaMm2; model: muscles, criterion,",
            "overload, abdominalCoactivation, levelCoupling, abdominalPressure). Its posture and loads cannot apply (exit 2): the motion file gives",
            "every frame's posture, --load-kg or the column loadMassKg the held load. An option that gives what the",
            "task file also gives (--sex/subject.sex, --stature-m/subject.statureM, --mass-kg/subject.massKg or",
            "bodyMassKg, --age-years/subject.ageYears, --muscles/model.muscles) is exit 2; the options fill what the",
            "task file leaves out. Without model.overload, overloaded frames are reported as above; with",
            "\"overload\":\"fail\" they are INFEASIBLE frames without loads.",
            "Frames without loads (status INFEASIBLE beyond the stress search, NOT_CONVERGED, OUT_OF_RANGE, or",
            "UNSUPPORTED: the feet cannot hold the body, its weight lying outside them, with that reason) are",
            "rows with empty cells (exit 0); when no frame has loads: exit 2 if they are out of range or",
            "unsupported, else 3.",
            "Bad input names the file, line and column, or the option and path of an output that cannot be",
            "written.",
            ExitCodes.help("motion"));

    /** The options that take a value (each named in the help text and in docs/cli.md: ContractDocTest). */
    /** @return {@code --cutoff-hz} as a number (Hz); a value that is neither a number in range nor auto names both */
    private static double cutoffHz(Options o) {
        try {
            return o.number("--cutoff-hz", DEFAULT_CUTOFF_HZ, 0, MAX_CUTOFF_HZ, "Hz");
        } catch (BadInputException e) {
            throw new BadInputException(e.getMessage() + ", or " + AUTO);
        }
    }

    static final List<String> OPTIONS = List.of("--load-kg", "--pickup-s", "--release-s", "--cutoff-hz", "--out",
            "--plot", "--title", "--muscles", "--sex", "--stature-m", "--mass-kg", "--age-years", "--task");
    /** The options without a value. */
    static final List<String> FLAGS = List.of("--clamp");

    /** The status of a frame whose supports cannot hold the body: it has no loads. */
    static final String UNSUPPORTED = "UNSUPPORTED";
    /** The reason column of such a frame (no commas: a CSV cell). */
    static final String UNSUPPORTED_REASON = "the feet cannot hold the body in this posture (its weight lies outside"
            + " them; lumbosim analyze on the frame's posture says where)";

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = Options.parse("motion", args, OPTIONS, FLAGS);
        if (o.help()) {
            out.println(USAGE);
            return Main.EXIT_OK;
        }
        Path file = Path.of(o.positional("a motion file: lumbosim motion FILE.csv"));
        double loadKg = o.number("--load-kg", 0, 0, HandLoad.MAX_MASS_KG, "kg");
        double pickup = o.number("--pickup-s", Double.NEGATIVE_INFINITY);
        double release = o.number("--release-s", Double.POSITIVE_INFINITY);
        if (release < pickup) {
            throw new BadInputException("--release-s = " + o.string("--release-s").orElseThrow() + " s is before --pickup-s = "
                    + o.string("--pickup-s").orElseThrow() + " s; the load is held from --pickup-s to --release-s, both"
                    + " included: give a release at or after the pick-up");
        }
        double cutoff = o.string("--cutoff-hz").filter(AUTO::equals).isPresent() ? MotionFile.AUTO_CUTOFF : cutoffHz(o);
        boolean clamp = o.flag("--clamp");
        Path outFile = o.path("--out").orElse(null);
        Path plotFile = o.figure("--plot").orElse(null);
        String title = o.string("--title").orElse(file.getFileName().toString());
        Path taskFile = o.path("--task").orElse(null);
        LumbarModel model = model(o, taskFile);
        LoadSchedule schedule = Options.checked("--load-kg/--pickup-s/--release-s", () -> loadKg == 0
                ? LoadSchedule.none() : new LoadSchedule(loadKg, Math.max(-1e300, pickup), Math.min(1e300, release)));
        OutputFiles files = new OutputFiles().input("the motion file", file);
        if (taskFile != null) {
            files.input("the task file", taskFile);
        }
        if (outFile != null) {
            files.file("--out", outFile);
        }
        if (plotFile != null) {
            files.file("--plot", plotFile);
        }
        MotionFile.Kinematics k = MotionFile.read(file, cutoff, clamp);
        if (k.loadMassKg() != null && (o.string("--load-kg").isPresent() || o.string("--pickup-s").isPresent()
                || o.string("--release-s").isPresent())) {
            throw new BadInputException("--load-kg/--pickup-s/--release-s and the column " + MotionFile.LOAD_MASS_COLUMN
                    + " of " + file + " both give the held load; use one of them");
        }
        if ((o.string("--pickup-s").isPresent() || o.string("--release-s").isPresent()) && o.string("--load-kg").isEmpty()) {
            throw new BadInputException("--pickup-s/--release-s give the interval of a held load: they need --load-kg");
        }
        Progress progress = new Progress(err, k.timeS().length, "frames");
        double[] held = heldMassKg(k, schedule);
        MotionResult r = solve(model, k, held, progress);
        requireAFrameWithLoads(r, k, file);
        String csv = csv(r, k.outOfRange());
        if (outFile != null) {
            files.content(outFile, OutputFiles.Content.text(csv));
        }
        if (plotFile != null) {
            Drawable chart = Options.checked("--plot", () -> Charts.motion(r, SpinalLevel.L5_S1, title,
                    LumbosimTheme.slides()));
            files.content(plotFile, s -> FigureExporter.slides().write(chart, FigureExporter.Format.of(plotFile), s));
        }
        files.writeAll();
        if (outFile == null) {
            out.print(csv);
        }
        if (plotFile != null) {
            out.println("plot: " + Output.oneLine(plotFile.toAbsolutePath()));
        }
        int peak = r.peakCompressionFrame(SpinalLevel.L5_S1);
        double quasiStatic = quasiStaticL5S1CompressionN(model, k, held, peak);
        printSummary(r, out, outFile, k, clamp, quasiStatic);
        notes(err, r, k, cutoff, quasiStatic);
        return Main.EXIT_OK;
    }

    /**
     * The model of the options and of {@code --task}'s subject and model: the task file is read and
     * checked as {@code analyze} reads one; its posture and loads, and an option that gives what it
     * also gives, are bad input; the options give what it leaves out. Overload is reported unless the
     * task file gives {@code model.overload}.
     *
     * @param o the options
     * @param taskFile the task file of {@code --task}, or null
     * @return the subject's model
     * @throws BadInputException naming the field or option
     */
    static LumbarModel model(Options o, Path taskFile) {
        Task task = null;
        OverloadPolicy overload = OverloadPolicy.REPORT;
        if (taskFile != null) {
            JsonNode root = JsonInput.read(taskFile, "task", TASK_FIELDS);
            JsonInput.root(root, "task", TASK_FIELDS);
            if (root.has("posture")) {
                throw new BadInputException("posture cannot apply in motion --task: the motion file gives every"
                        + " frame's posture (its angle columns); give only \"subject\" and \"model\" in " + taskFile);
            }
            if (root.has("loads")) {
                throw new BadInputException("loads cannot apply in motion --task: --load-kg/--pickup-s/--release-s or"
                        + " the motion file's column " + MotionFile.LOAD_MASS_COLUMN + " give the held load; give only"
                        + " \"subject\" and \"model\" in " + taskFile);
            }
            for (String[] shared : SHARED) {
                if (o.string(shared[0]).isPresent() && root.path(shared[1]).has(shared[2])) {
                    throw new BadInputException(shared[0] + " and " + shared[1] + "." + shared[2] + " of " + taskFile
                            + " both give the " + shared[3] + "; use one of them");
                }
            }
            ObjectNode withPosture = root.deepCopy();
            // the posture is required by a task file; it is not used (the motion file gives every frame's)
            withPosture.putObject("posture").put("preset", PosturePreset.STANDING_RELAXED.id());
            task = TaskReader.parse(withPosture);
            if (root.path("model").has("overload")) {
                overload = task.overload();
            }
        }
        Subject base = task == null ? Subject.defaultSubject() : task.subject();
        Subject probe = Subject.defaultSubject();
        Subject subject = new Subject(o.choice("--sex", base.sex(), Sex::parse, "male, female"),
                o.number("--stature-m", base.statureM(), probe::withStatureM),
                o.number("--mass-kg", base.bodyMassKg(), probe::withBodyMassKg),
                o.number("--age-years", base.ageYears(), probe::withAgeYears));
        MuscleModelKind muscles = task != null && o.string("--muscles").isEmpty() ? task.muscles() : o.muscles();
        Task solved = task == null
                ? new Task(subject, Posture.uprightStanding(), List.of(), muscles, RecruitmentCriterion.SQUARED_STRESS,
                        overload)
                : new Task(subject, Posture.uprightStanding(), List.of(), muscles, task.criterion(), overload, task.discAreaMm2(),
                        task.abdominalCoactivation(), task.levelCoupling(), task.abdominalPressure());
        return solved.model();
    }

    /** The mass held in each frame (kg): the file's column, else the options' schedule. */
    private static double[] heldMassKg(MotionFile.Kinematics k, LoadSchedule schedule) {
        double[] held = k.loadMassKg();
        if (held == null) {
            held = new double[k.timeS().length];
            for (int i = 0; i < held.length; i++) {
                held[i] = schedule.heldAt(k.timeS()[i]) ? schedule.massKg() : 0;
            }
        }
        return held;
    }

    /**
     * Solves the frames with the held load of the column or of the options, and with the L5-S1
     * joint's acceleration when the file records the pelvis's translation.
     */
    private static MotionResult solve(LumbarModel model, MotionFile.Kinematics k, double[] held, Progress progress) {
        if (k.l5s1AccelerationMps2() == null) {
            return MotionAnalysis.solve(model, k.timeS(), k.frames(), held, progress);
        }
        return MotionAnalysis.solve(model, k.timeS(), k.frames(), held, k.l5s1AccelerationMps2(), progress);
    }

    /**
     * The L5-S1 compression of one frame solved quasi-statically: its posture and held load with
     * itself as both neighbours and no joint acceleration, so every derivative is zero (as the first
     * and last frames are solved).
     *
     * @return the compression (N), or NaN when that solve gives no loads
     */
    static double quasiStaticL5S1CompressionN(LumbarModel model, MotionFile.Kinematics k, double[] held, int frame) {
        Posture p = k.frames().get(frame);
        double[] t = k.timeS();
        double dt = (t[t.length - 1] - t[0]) / (t.length - 1);
        Workspace ws = model.newWorkspace();
        model.solveFrame(p, p, p, dt, held[frame] == 0 ? List.of() : List.of(HandLoad.ofMassKg(held[frame])), ws);
        return ws.solved() || ws.overloaded() ? ws.compressionN(SpinalLevel.L5_S1) : Double.NaN;
    }

    /**
     * The underestimate of a sinusoid's acceleration by the central second difference, {@code 1 -
     * (sin(x)/x)^2} with {@code x = pi f / sampling rate}.
     *
     * @param frequencyHz the sinusoid's frequency (Hz)
     * @param sampleRateHz the sampling rate (Hz)
     * @return the fraction by which the difference falls short
     */
    static double differenceBias(double frequencyHz, double sampleRateHz) {
        double x = Math.PI * frequencyHz / sampleRateHz;
        double sinc = Math.sin(x) / x;
        return 1 - sinc * sinc;
    }

    /**
     * Prints on stderr the cut-offs residual analysis chose ({@code --cutoff-hz auto}), a note when the
     * sampling rate is low for the highest cut-off in use ({@link #MAX_DIFFERENCE_BIAS}), and a note
     * when the dynamic terms raise the L5-S1 peak by more than {@link #MAX_DYNAMIC_RISE}.
     */
    private static void notes(PrintStream err, MotionResult r, MotionFile.Kinematics k, double cutoff, double quasiStatic) {
        double fs = k.sampleRateHz();
        double highest = 0;
        String which = "the cut-off";
        for (MotionFile.ChannelCutoff c : k.cutoffs()) {
            FiniteOutput.printf(err, "note: --cutoff-hz auto: %s %.2f Hz (noise RMS %.3g %s)%n", c.channel(),
                    c.choice().cutoffHz(), c.choice().noiseRms(), c.unit());
            if (c.choice().cutoffHz() > highest) {
                highest = c.choice().cutoffHz();
                which = c.channel() + "'s cut-off";
            }
        }
        if (cutoff != MotionFile.AUTO_CUTOFF) {
            highest = cutoff;
        }
        // with the filter off (0, or at or above the highest cut-off that filters) there is no cut-off to compare
        boolean filtered = highest > 0 && highest < ResidualAnalysis.TOP_PER_SAMPLE_RATE * fs;
        double bias = filtered ? differenceBias(highest, fs) : 0;
        if (bias > MAX_DIFFERENCE_BIAS) {
            FiniteOutput.printf(err, "note: the sampling rate, %.4g Hz, is low for %s of %.2f Hz: central differences"
                    + " underestimate an acceleration at that frequency by %.1f %% (more than %.0f %%, below %.1f samples per"
                    + " period)%n", fs, which, highest, 100 * bias, 100 * MAX_DIFFERENCE_BIAS,
                    samplesPerPeriodAtBias(MAX_DIFFERENCE_BIAS));
        }
        int peak = r.peakCompressionFrame(SpinalLevel.L5_S1);
        double dynamic = r.compressionN(SpinalLevel.L5_S1)[peak];
        if (Double.isFinite(quasiStatic) && dynamic - quasiStatic > MAX_DYNAMIC_RISE * quasiStatic) {
            FiniteOutput.printf(err, "note: the dynamic terms raise the L5-S1 peak (%.1f N at %.3f s) %.0f %% over its"
                    + " quasi-static value (%.1f N): more than the %.0f %% McGill and Norman (1985) measured at most in a lift;"
                    + " the peak rests on second derivatives of the kinematics: compare other --cutoff-hz values%n", dynamic,
                    r.timeS()[peak], 100 * (dynamic - quasiStatic) / quasiStatic, quasiStatic, 100 * MAX_DYNAMIC_RISE);
        }
    }

    /** @return the sampling rate per frequency at which the central difference's underestimate equals {@code bias} */
    static double samplesPerPeriodAtBias(double bias) {
        double lo = 2;
        double hi = 1e6;
        for (int i = 0; i < 100; i++) {
            double mid = 0.5 * (lo + hi);
            if (differenceBias(1, mid) > bias) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /**
     * A motion of which no frame has loads (solved or overloaded) has nothing to report: exit 3 if
     * the muscles cannot balance a frame even at the strongest searched strength, exit 2 if every
     * other frame is outside the model's range or has supports that cannot hold the body (as
     * {@code analyze} refuses such a posture), else (every solved frame's recruitment did not
     * converge) an internal failure.
     *
     * @throws InfeasibleTaskException if no frame has loads and some were infeasible
     * @throws BadInputException if no frame has loads, none was infeasible and some are out of range
     *     or unsupported
     * @throws LumbosimException if no frame has loads and none was infeasible, out of range or unsupported
     */
    private static void requireAFrameWithLoads(MotionResult r, MotionFile.Kinematics k, Path file) {
        int infeasible = 0;
        int unsupported = 0;
        int firstUnsupported = -1;
        QpStatus[] status = r.status();
        boolean[] skipped = r.skipped();
        boolean[] balanced = r.supportsBalanced();
        for (int i = 0; i < r.frames(); i++) {
            if (r.hasLoads(i)) {
                return;
            }
            if (!skipped[i] && !balanced[i]) {
                unsupported++;
                firstUnsupported = firstUnsupported < 0 ? i : firstUnsupported;
            } else {
                infeasible += status[i] == QpStatus.INFEASIBLE ? 1 : 0;
            }
        }
        String what = "none of the " + r.frames() + " frames of " + file + " has loads: ";
        int outOfRange = k.outOfRangeFrames();
        int notConverged = r.frames() - outOfRange - unsupported - infeasible;
        String others = notConverged > 0 ? " and the recruitment of the others did not converge" : "";
        if (infeasible == 0 && (outOfRange > 0 || unsupported > 0)) {
            StringBuilder b = new StringBuilder(what);
            if (outOfRange > 0) {
                String first = k.outOfRange().stream().filter(java.util.Objects::nonNull).findFirst().orElseThrow();
                b.append(outOfRange).append(" are outside the model's range (the first at ")
                        .append(k.timeS()[k.outOfRange().indexOf(first)]).append(" s: ").append(first).append(")");
            }
            if (unsupported > 0) {
                b.append(outOfRange > 0 ? " and " : "").append("the feet cannot hold the body in ").append(unsupported)
                        .append(" of them (the first at ").append(k.timeS()[firstUnsupported])
                        .append(" s): its weight lies outside them; lumbosim analyze on that frame's posture says where");
            }
            b.append(others);
            if (outOfRange > 0) {
                b.append("; --clamp clamps recorded values into the range");
            }
            throw new BadInputException(b.toString());
        }
        if (infeasible > 0) {
            throw new InfeasibleTaskException(what + "the muscles cannot balance " + infeasible + " of them"
                    + (infeasible < r.frames() ? " and the others are out of range, unsupported or did not converge" : "")
                    + " (lumbosim analyze on a frame's posture says how strong the muscles would need to be)");
        }
        throw new LumbosimException(what + "the muscle recruitment did not converge in any of them");
    }

    /** Trapezoidal integral over time of the finite values (a frame without loads ends and starts segments). */
    static double cumulativeNs(double[] t, double[] v) {
        double sum = 0;
        for (int i = 1; i < t.length; i++) {
            if (Double.isFinite(v[i]) && Double.isFinite(v[i - 1])) {
                sum += 0.5 * (v[i] + v[i - 1]) * (t[i] - t[i - 1]);
            }
        }
        return sum;
    }

    private static double[] absolute(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.abs(v[i]);
        }
        return out;
    }

    /**
     * @param r the solved motion
     * @param reasons per frame, why it is outside the model's range, or null
     * @return the CSV: one row per frame
     */
    static String csv(MotionResult r, List<String> reasons) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        w.println(org.lumbosim.examples.LevelColumns.header("timeS,status") + ",largestMuscleStressMPa,reason");
        double[] t = r.timeS();
        double[] stress = r.largestMuscleStressMPa();
        boolean[] skipped = r.skipped();
        boolean[] overloaded = r.overloaded();
        boolean[] balanced = r.supportsBalanced();
        QpStatus[] status = r.status();
        double[][][] cols = new double[SpinalLevel.count()][][];
        for (SpinalLevel l : SpinalLevel.values()) {
            cols[l.ordinal()] = new double[][] {r.compressionN(l), r.apShearN(l), r.lateralShearN(l), r.idpMPa(l)};
        }
        for (int i = 0; i < t.length; i++) {
            boolean loads = r.hasLoads(i);
            StringBuilder row = new StringBuilder().append(FiniteOutput.full("timeS", t[i])).append(',')
                    .append(status(skipped[i], balanced[i], overloaded[i], status[i]));
            for (SpinalLevel l : SpinalLevel.values()) {
                for (double[] c : cols[l.ordinal()]) {
                    row.append(',');
                    if (loads) {
                        row.append(FiniteOutput.full("a load at " + t[i] + " s", c[i]));
                    }
                }
            }
            row.append(',');
            if (loads) {
                row.append(FiniteOutput.full("largestMuscleStressMPa at " + t[i] + " s", stress[i]));
            }
            row.append(',').append(reasons.get(i) != null ? reasons.get(i)
                    : !skipped[i] && !balanced[i] ? UNSUPPORTED_REASON : "");
            w.println(row);
        }
        w.flush();
        return s.toString();
    }

    /**
     * A frame's status in the CSV: {@code OUT_OF_RANGE} for a skipped frame (outside the model's
     * range), {@code UNSUPPORTED} for one whose supports cannot hold the body (no loads, whatever
     * its recruitment), {@code OVERLOADED} for an overloaded one, else its recruitment status.
     */
    private static String status(boolean skipped, boolean balanced, boolean overloaded, QpStatus status) {
        if (skipped) {
            return "OUT_OF_RANGE";
        }
        if (!balanced) {
            return UNSUPPORTED;
        }
        return overloaded ? "OVERLOADED" : status.name();
    }

    /** The note after a peak line whose frame is overloaded, else nothing. */
    private static String overloadNote(MotionResult r, int frame) {
        return r.overloaded()[frame] ? String.format(java.util.Locale.ROOT, " (overloaded: needs %.2f MPa)",
                FiniteOutput.check("largestMuscleStressMPa", r.largestMuscleStressMPa()[frame])) : "";
    }

    private static void printSummary(MotionResult r, PrintStream out, Path outFile, MotionFile.Kinematics kin,
                                     boolean clamp, double quasiStatic) {
        PrintStream p = outFile == null ? out : out;
        int failed = 0;
        int overloaded = 0;
        boolean[] over = r.overloaded();
        boolean[] skipped = r.skipped();
        for (int i = 0; i < r.frames(); i++) {
            failed += r.hasLoads(i) || skipped[i] ? 0 : 1;
            overloaded += over[i] ? 1 : 0;
        }
        double[] t = r.timeS();
        String prefix = outFile == null ? "# " : "";
        if (outFile != null) {
            p.println("wrote " + r.frames() + " frames to " + Output.oneLine(outFile.toAbsolutePath()));
        }
        for (SpinalLevel l : SpinalLevel.values()) {
            int k = r.peakCompressionFrame(l);
            if (k >= 0) {
                FiniteOutput.printf(p, "%speak %s compression %.1f N at %.3f s%s%n", prefix, l.label(), r.compressionN(l)[k], t[k],
                        overloadNote(r, k));
            }
        }
        int k = r.peakCompressionFrame(SpinalLevel.L5_S1);
        double peak = r.compressionN(SpinalLevel.L5_S1)[k];
        if (Double.isFinite(quasiStatic)) {
            FiniteOutput.printf(p, "%squasi-static L5-S1 compression at %.3f s %.1f N (every derivative zero): the dynamic"
                    + " terms add %.1f N (%+.1f %%)%n", prefix, t[k], quasiStatic, peak - quasiStatic,
                    100 * (peak - quasiStatic) / quasiStatic);
        } else {
            FiniteOutput.printf(p, "%squasi-static L5-S1 compression at %.3f s: none (the frame's posture gives no loads"
                    + " when solved with every derivative zero)%n", prefix, t[k]);
        }
        double peakShear = 0;
        for (double v : r.apShearN(SpinalLevel.L5_S1)) {
            if (Double.isFinite(v)) {
                peakShear = Math.max(peakShear, Math.abs(v));
            }
        }
        double cumulative = cumulativeNs(t, r.compressionN(SpinalLevel.L5_S1));
        double cumulativeShear = cumulativeNs(t, absolute(r.apShearN(SpinalLevel.L5_S1)));
        FiniteOutput.printf(p, "%scumulative L5-S1 compression %.1f N·s, |AP shear| %.1f N·s over %.3f s (frames with loads)%n",
                prefix, cumulative, cumulativeShear, t[t.length - 1] - t[0]);
        p.println(prefix + "summary: frames=" + r.frames() + " failedFrames=" + failed + " peakL5S1CompressionN="
                + FiniteOutput.full("peakL5S1CompressionN", r.compressionN(SpinalLevel.L5_S1)[k])
                + " atS=" + FiniteOutput.full("atS", t[k]) + " peakL5S1ApShearN=" + FiniteOutput.full("peakL5S1ApShearN",
                peakShear) + " cumulativeL5S1CompressionNs=" + FiniteOutput.full("cumulativeL5S1CompressionNs", cumulative)
                + " overloadedFrames=" + overloaded + " outOfRangeFrames=" + kin.outOfRangeFrames()
                + (clamp ? " clampedFrames=" + kin.clampedFrames() : ""));
    }
}
