package org.lumbosim.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;
import org.lumbosim.LoadInRestingHandException;
import org.lumbosim.Lumbosim;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.UnsupportedPostureException;
import org.lumbosim.io.DecimalText;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.sweep.SweepPoints;
import org.lumbosim.sweep.SweepTable;
import org.lumbosim.viz.Charts;
import org.lumbosim.viz.FigureExporter;
import org.lumbosim.viz.Figures;
import org.lumbosim.viz.LumbosimTheme;
import org.lumbosim.viz.ParameterSweep;
import org.lumbosim.viz.StickFigure;
import org.lumbosim.viz.StickScene;
import org.lumbosim.viz.report.Atlas;

/**
 * {@code lumbosim plot TASK.json [--sweep PARAM=FROM:TO:STEP] --out FILE.png|svg|pdf [--level L]}: one
 * figure of one task file. With {@code --sweep}: compression, AP shear and IDP at the level against
 * the swept parameter; without: the stick figure beside the loads at all five levels.
 */
final class Plot {
    private Plot() {
    }

    /** The load parameter that can be swept besides the posture angles. */
    static final String LOAD_MASS = "loadMassKg";
    /** Most points a sweep may have. */
    static final int MAX_POINTS = 1000;
    private static final String LEVELS = Arrays.stream(SpinalLevel.values()).map(SpinalLevel::label)
            .collect(Collectors.joining(", "));

    static final String USAGE = String.join("\n",
            "usage: lumbosim plot TASK.json --out FILE.png|svg|pdf [--sweep PARAM=FROM:TO:STEP] [--level L5-S1]",
            "                     [--title TEXT]",
            "",
            "Draws one figure of the task (format from the extension; 960 x 540 pt, PNG at 144 dpi).",
            "  --sweep PARAM=FROM:TO:STEP  compression, AP shear and IDP at --level against PARAM from FROM to TO",
            "                     (included) in steps of STEP. PARAM is a posture angle (" + String.join(", ",
                    TaskReader.POSTURE_ANGLES) + ")",
            "                     or " + LOAD_MASS + " (the first hand load's mass; a load in both hands if the task",
            "                     has none). trunkFlexionDeg moves the lumbar spine and pelvis by the lumbopelvic",
            "                     rhythm, as a trunkFlexionDeg override in a task file does (the hips turn with",
            "                     the pelvis, the thighs keep their orientation); the other angles",
            "                     replace only themselves. Points the muscles cannot balance are shaded grey and",
            "                     overloaded points hatched (both named on stderr); a note under the figure",
            "                     states the angles held.",
            "  without --sweep    the stick figure of the task beside the loads at all five levels",
            "  --level L          level of the sweep (default L5-S1; L1-L2 ... L5-S1)",
            "  --title TEXT       the figure's title (default: for a preset's posture, unchanged, the preset in",
            "                     words and the mass held, e.g. \"Lifting from the floor with a round back, 20 kg\";",
            "                     otherwise the task file's name in words; a sweep adds the swept parameter,",
            "                     e.g. \"Lift: loads against trunk flexion\", and leaves out the mass it varies)",
            "Limits: a sweep has 2 to " + MAX_POINTS + " points; one that lasts more than 2 s shows",
            "\"progress: ...\" on stderr.",
            "The figure is written only after it is computed, whole or not at all (a temporary file moved into",
            "place), never over the task file. Prints \"wrote <absolute path>\" once it is written.",
            "An --out that cannot be written is bad input (exit 2); no figure unless exit 0.",
            ExitCodes.help("plot"));

    /** The options that take a value (each named in the help text and in docs/cli.md: ContractDocTest). */
    static final List<String> OPTIONS = List.of("--sweep", "--out", "--level", "--title");
    /** The options without a value. */
    static final List<String> FLAGS = List.of();

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = Options.parse("plot", args, OPTIONS, FLAGS);
        if (o.help()) {
            out.println(USAGE);
            return Main.EXIT_OK;
        }
        String sweep = o.string("--sweep").orElse(null);
        SpinalLevel level = o.choice("--level", SpinalLevel.L5_S1, SpinalLevel::ofLabel, LEVELS);
        String file = o.positional("a task file: lumbosim plot TASK.json --out FILE.png");
        Path outFile = o.figure("--out")
                .orElseThrow(() -> new BadInputException("plot needs --out FILE.png, FILE.svg or FILE.pdf"));
        Sweep spec = sweep == null ? null : Sweep.parse(sweep);
        OutputFiles files = new OutputFiles().input("the task file", Path.of(file)).file("--out", outFile);
        Task task = TaskReader.read(Path.of(file));
        LumbosimTheme theme = LumbosimTheme.slides();
        String fileName = words(Path.of(file).getFileName().toString().replaceFirst("\\.json$", ""));
        boolean loadSwept = spec != null && spec.parameter().equals(LOAD_MASS);
        String name = defaultTitle(task, fileName, !loadSwept);
        String title = o.string("--title").orElse(null);
        Drawable figure;
        List<String> notes = new ArrayList<>();
        if (spec == null) {
            AnalysisResult r = TaskSolver.analyze(task);
            double heldKg = 0;
            for (var l : task.loads()) {
                heldKg += l.massKg();
            }
            StickScene scene = StickScene.of(r, task.posture().supports(), heldKg);
            // the task's title across the card, at the title size (given to the stick figure alone it shrank to its
            // 40 % of the width, 13.5 px beside the level profile's 22 px "All lumbar levels"); the level profile's
            // own title at the axis titles' size, a panel's heading under it
            JFreeChart levels = Charts.levelProfile(r, "All lumbar levels", theme);
            levels.getTitle().setFont(theme.axisLabelFont());
            figure = Figures.titled(title == null ? name : title, Figures.sideBySide(StickFigure.of(scene, r,
                    SpinalLevel.L5_S1, "", theme), levels, 0.4), theme);
        } else {
            double[] values = spec.values();
            List<Posture> postures = new ArrayList<>(values.length);
            List<List<HandLoad>> loads = new ArrayList<>(values.length);
            for (double v : values) {
                try {
                    if (spec.parameter().equals(LOAD_MASS)) {
                        loads.add(withFirstMassKg(task.loads(), v));
                    } else {
                        postures.add(withAngle(task.posture(), spec.parameter(), v));
                    }
                } catch (ParameterOutOfRangeException e) {
                    throw new BadInputException("--sweep " + spec.parameter() + " = " + plain(v)
                            + " cannot be solved: " + e.getMessage());
                }
            }
            SweepPoints points = spec.parameter().equals(LOAD_MASS) ? SweepPoints.ofLoads(task.posture(), loads)
                    : SweepPoints.ofPostures(postures, task.loads());
            List<Double> xs = new ArrayList<>();
            List<AnalysisResult> rs = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<String> overloaded = new ArrayList<>();
            List<String> unsupported = new ArrayList<>();
            List<Posture> unsupportedPostures = new ArrayList<>();
            List<UnsupportedPostureException> unsupportedReasons = new ArrayList<>();
            SweepTable table = new SweepTable(points.size());
            Progress progress = new Progress(err, points.size(), "points");
            try {
                org.lumbosim.sweep.Sweep.coldStarted(task.model()).run(points, task.model().newWorkspace(), table,
                    (i, ws) -> {
                        progress.accept(i + 1);
                        if (table.solved(i) || table.overloaded(i)) {
                            rs.add(Lumbosim.toResult(ws, points.posture(i), points.loads(i)));
                            xs.add(values[i]);
                            if (table.overloaded(i)) {
                                overloaded.add(plain(values[i]));
                            }
                        } else if (!table.supportsBalanced(i)) {
                            unsupported.add(plain(values[i]));
                            unsupportedPostures.add(points.posture(i));
                            unsupportedReasons.add(refusal(ws, points.posture(i), points.loads(i)));
                        } else {
                            missing.add(plain(values[i]));
                        }
                    });
            } catch (LoadInRestingHandException e) {
                throw TaskSolver.loadInRestingHand("loads", task.loads(), e);
            }
            if (xs.size() < 2 && missing.isEmpty()) {
                throw TaskSolver.unsupported("posture", unsupportedPostures.get(0), unsupportedReasons.get(0));
            }
            if (xs.size() < 2) {
                throw new InfeasibleTaskException("fewer than 2 points of the sweep could be solved");
            }
            if (!missing.isEmpty()) {
                notes.add("note: " + missing.size() + " point(s) the muscles cannot balance, shaded grey (not solvable,"
                        + " no loads) in the figure: " + spec.parameter() + " = " + String.join(", ", missing));
            }
            if (!overloaded.isEmpty()) {
                notes.add("note: " + overloaded.size() + " point(s) overloaded (model.overload = report: loads at the"
                        + " muscle strength they require): " + spec.parameter() + " = " + String.join(", ", overloaded));
            }
            if (!unsupported.isEmpty()) {
                notes.add("note: " + unsupported.size() + " point(s) whose supports cannot hold the body, shaded beige"
                        + " (no loads) in the figure: " + spec.parameter() + " = "
                        + withReasons(unsupported, unsupportedReasons));
            }
            ParameterSweep s = new ParameterSweep(spec.axisLabel(), xs.stream().mapToDouble(Double::doubleValue)
                    .toArray(), rs);
            figure = Charts.sweep(s, level, title == null ? name + ": loads against " + spec.words() : title,
                    numbers(missing), numbers(unsupported), numbers(overloaded), held(task.posture(), spec.parameter()),
                    theme);
        }
        Drawable drawn = figure;
        files.content(outFile, s -> FigureExporter.slides().write(drawn, FigureExporter.Format.of(outFile), s))
                .writeAll();
        out.println("wrote " + Output.oneLine(outFile.toAbsolutePath().normalize()));
        notes.forEach(err::println);
        return Main.EXIT_OK;
    }

    /**
     * @param ws the workspace after a sweep point whose supports cannot hold the body (not modified)
     * @param posture the point's posture (for the message)
     * @param loads the point's loads (for the message)
     * @return the core's typed refusal of that point (its reason names the support, the depth and the allowed one)
     */
    private static UnsupportedPostureException refusal(Workspace ws, Posture posture,
                                                       List<? extends ExternalLoad> loads) {
        try {
            Lumbosim.toResult(ws, posture, loads);
        } catch (UnsupportedPostureException e) {
            return e;
        }
        throw new IllegalStateException("a sweep point whose supports cannot hold the body was not refused");
    }

    /**
     * @param values the refused points' parameter values, in words
     * @param reasons their refusals, in the same order
     * @return the values, each followed by its reason when a contact would pass into the thighs, e.g.
     *     {@code "80 (trunk_on_thighs: the abdomen would pass 0.052 m into the thighs (at most 0.030 m allowed)), 85"}
     */
    private static String withReasons(List<String> values, List<UnsupportedPostureException> reasons) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(values.get(i)).append(TaskSolver.reasonOfPoint(reasons.get(i)));
        }
        return b.toString();
    }

    /**
     * The title of a figure without {@code --title}: for a task whose posture is a preset's, unchanged,
     * the preset's title in words as the atlas cards print it and, if asked, the mass held, e.g.
     * "Lifting from the floor with a round back, 20 kg"; otherwise the task file's name in words.
     *
     * @param task the task
     * @param fileName the task file's name in words
     * @param withLoad whether to add the mass held (not when the sweep varies it)
     * @return the title
     */
    static String defaultTitle(Task task, String fileName, boolean withLoad) {
        for (PosturePreset p : PosturePreset.values()) {
            if (p.posture().equals(task.posture())) {
                return Atlas.cardTitle(p) + (withLoad ? loadWords(task.loads()) : "");
            }
        }
        return fileName;
    }

    /** The loads in words after a title: ", 20 kg", ", 20 kg and a hand force", ", a hand force", or nothing. */
    private static String loadWords(List<HandLoad> loads) {
        double kg = 0;
        boolean force = false;
        for (HandLoad l : loads) {
            kg += l.massKg();
            force |= l.forceXN() != 0 || l.forceYN() != 0 || l.forceZN() != 0;
        }
        String mass = kg > 0 ? java.math.BigDecimal.valueOf(Math.round(kg * 10) / 10.0).stripTrailingZeros().toPlainString()
                + " kg" : "";
        String hand = force ? "a hand force" : "";
        return mass.isEmpty() && hand.isEmpty() ? "" : ", " + mass + (mass.isEmpty() || hand.isEmpty() ? "" : " and ") + hand;
    }

    /** @return a file name in words with a capital, e.g. "lift_round-back" gives "Lift round back" */
    static String words(String fileStem) {
        String w = fileStem.replace('_', ' ').replace('-', ' ').trim();
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static double[] numbers(List<String> plain) {
        return plain.stream().mapToDouble(Double::parseDouble).toArray();
    }

    /**
     * @param p the task's posture
     * @param swept the swept parameter
     * @return a sentence naming the posture angles held during the sweep, e.g. "Held: hip flexion 30°,
     *     knee flexion 0°, ...; arms hang under gravity"; a trunk flexion sweep changes the lumbar and
     *     hip flexion too ({@link Posture#withTrunkFlexionFollowingRhythmDeg}), so neither is named held
     */
    static String held(Posture p, String swept) {
        List<String> parts = new ArrayList<>();
        for (String a : TaskReader.POSTURE_ANGLES) {
            boolean followsRhythm = swept.equals("trunkFlexionDeg")
                    && (a.equals("lumbarFlexionDeg") || a.equals("hipFlexionDeg"));
            if (a.equals(swept) || followsRhythm || (a.equals("shoulderFlexionDeg") && p.armsHang())) {
                continue;
            }
            parts.add(Sweep.words(a).toLowerCase(Locale.ROOT) + " " + angle(angleOf(p, a)));
        }
        String s = "Held: " + String.join(", ", parts);
        if (swept.equals("trunkFlexionDeg")) {
            s += "; lumbar flexion and pelvis follow the lumbopelvic rhythm, the hips turning with the pelvis so the"
                    + " thighs keep their orientation";
        }
        if (p.armsHang()) {
            s += "; arms hang under gravity";
        }
        return s;
    }

    private static String angle(double deg) {
        String v = String.format(Locale.ROOT, "%.0f", deg);
        return (v.equals("-0") ? "0" : v) + "°";
    }

    private static List<HandLoad> withFirstMassKg(List<HandLoad> loads, double kg) {
        List<HandLoad> out = new ArrayList<>(loads);
        if (out.isEmpty()) {
            out.add(HandLoad.ofMassKg(kg));
        } else {
            HandLoad h = out.get(0);
            out.set(0, new HandLoad(kg, h.forceXN(), h.forceYN(), h.forceZN(), h.hands(), h.positionM()));
        }
        return out;
    }

    /** How a sweep reads and sets one posture angle (the trunk follows the lumbopelvic rhythm). */
    private record AngleField(ToDoubleFunction<Posture> get,
                              BiFunction<Posture, Double, Posture> set) {
    }

    /** Every sweepable posture angle by its task-file name. */
    private static final Map<String, AngleField> ANGLES = Map.ofEntries(
            Map.entry("trunkFlexionDeg", new AngleField(Posture::trunkFlexionDeg,
                    Posture::withTrunkFlexionFollowingRhythmDeg)),
            Map.entry("lumbarFlexionDeg", new AngleField(Posture::lumbarFlexionDeg,
                    Posture::withLumbarFlexionDeg)),
            Map.entry("lateralBendDeg", new AngleField(Posture::lateralBendDeg,
                    Posture::withLateralBendDeg)),
            Map.entry("axialRotationDeg", new AngleField(Posture::axialRotationDeg,
                    Posture::withAxialRotationDeg)),
            Map.entry("hipFlexionDeg", new AngleField(Posture::hipFlexionDeg,
                    Posture::withHipFlexionDeg)),
            Map.entry("kneeFlexionDeg", new AngleField(Posture::kneeFlexionDeg,
                    Posture::withKneeFlexionDeg)),
            Map.entry("shoulderFlexionDeg", new AngleField(Posture::shoulderFlexionDeg,
                    Posture::withShoulderFlexionDeg)),
            Map.entry("elbowFlexionDeg", new AngleField(Posture::elbowFlexionDeg,
                    Posture::withElbowFlexionDeg)),
            Map.entry("bodyRollDeg", new AngleField(Posture::bodyRollDeg,
                    Posture::withBodyRollDeg)),
            Map.entry("anklePlantarFlexionDeg", new AngleField(Posture::anklePlantarFlexionDeg,
                    Posture::withAnklePlantarFlexionDeg)),
            Map.entry("shoulderAbductionDeg", new AngleField(Posture::shoulderAbductionDeg,
                    Posture::withShoulderAbductionDeg)),
            Map.entry("hipAdductionDeg", new AngleField(Posture::hipAdductionDeg,
                    Posture::withHipAdductionDeg)));

    private static AngleField field(String param) {
        AngleField f = ANGLES.get(param);
        if (f == null) {
            throw new IllegalStateException("unchecked parameter " + param);
        }
        return f;
    }

    /**
     * @param p a posture
     * @param param a sweepable angle's task-file name
     * @return that angle of the posture (deg)
     */
    static double angleOf(Posture p, String param) {
        return field(param).get().applyAsDouble(p);
    }

    /**
     * @param p a posture
     * @param param a sweepable angle's task-file name
     * @param v the angle's new value (deg)
     * @return the posture as a sweep of that angle sets it ({@code trunkFlexionDeg} by the rhythm)
     */
    static Posture withAngle(Posture p, String param, double v) {
        return field(param).set().apply(p, v);
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /**
     * A parsed {@code --sweep PARAM=FROM:TO:STEP}.
     *
     * @param parameter the parameter name
     * @param values the values, FROM to TO included
     */
    record Sweep(String parameter, double[] values) {
        static Sweep parse(String spec) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--sweep = \"" + spec + "\" must look like PARAM=FROM:TO:STEP, e.g. "
                        + "trunkFlexionDeg=0:90:5");
            }
            String param = spec.substring(0, eq);
            if (!TaskReader.POSTURE_ANGLES.contains(param) && !param.equals(LOAD_MASS)) {
                throw new BadInputException("--sweep parameter \"" + param + "\" is not one of "
                        + String.join(", ", TaskReader.POSTURE_ANGLES) + ", " + LOAD_MASS);
            }
            String[] parts = spec.substring(eq + 1).split(":", -1);
            if (parts.length != 3) {
                throw new BadInputException("--sweep range \"" + spec.substring(eq + 1)
                        + "\" must be FROM:TO:STEP, e.g. 0:90:5");
            }
            double[] n = new double[3];
            String[] names = {"FROM", "TO", "STEP"};
            for (int i = 0; i < 3; i++) {
                try {
                    n[i] = DecimalText.parse(parts[i]);
                } catch (NumberFormatException e) {
                    throw new BadInputException("--sweep " + names[i] + " = \"" + parts[i] + "\" is not a number");
                }
                if (!Double.isFinite(n[i])) {
                    throw new BadInputException("--sweep " + names[i] + " = \"" + parts[i] + "\" is not finite");
                }
            }
            if (!(n[2] > 0)) {
                throw new BadInputException("--sweep STEP = " + parts[2] + " must be positive");
            }
            if (!(n[0] < n[1])) {
                throw new BadInputException("--sweep FROM = " + parts[0] + " must be below TO = " + parts[1]);
            }
            double count = Math.floor((n[1] - n[0]) / n[2] + 1e-9) + 1;
            if (count < 2) {
                throw new BadInputException("--sweep STEP = " + parts[2] + " is larger than TO - FROM: one point only");
            }
            if (count > MAX_POINTS) {
                throw new BadInputException("--sweep gives " + (long) count + " points; at most " + MAX_POINTS);
            }
            double[] v = new double[(int) count];
            for (int i = 0; i < v.length; i++) {
                v[i] = n[0] + i * n[2];
            }
            return new Sweep(param, v);
        }

        String axisLabel() {
            if (parameter.equals(LOAD_MASS)) {
                return "Load mass (kg)";
            }
            String w = words(parameter);
            return Character.toUpperCase(w.charAt(0)) + w.substring(1) + " (°)";
        }

        /** @return the parameter in words, e.g. "trunk flexion", "load mass" */
        String words() {
            return words(parameter);
        }

        /** @return a parameter name in words, e.g. "trunkFlexionDeg" gives "trunk flexion" */
        static String words(String parameter) {
            String stem = parameter.endsWith("Deg") ? parameter.substring(0, parameter.length() - "Deg".length())
                    : parameter.endsWith("Kg") ? parameter.substring(0, parameter.length() - "Kg".length()) : parameter;
            return stem.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
        }
    }
}
