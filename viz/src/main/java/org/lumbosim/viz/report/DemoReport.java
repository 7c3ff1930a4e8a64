package org.lumbosim.viz.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.disc.DayResult;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.io.OutputPathException;
import org.lumbosim.disc.DaySchedule;
import org.lumbosim.disc.DiurnalDisc;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeValidation;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.viz.Charts;
import org.lumbosim.viz.CompressionGrid;
import org.lumbosim.viz.FigureExporter;
import org.lumbosim.viz.LumbosimTheme;
import org.lumbosim.viz.ParameterSweep;
import org.lumbosim.viz.PostureCase;
import org.lumbosim.viz.StickFigure;
import org.lumbosim.viz.StickScene;
import org.lumbosim.viz.ValidationFigure;
import org.lumbosim.viz.ClaimsFigure;
import org.lumbosim.reference.InVivoValidation;

/**
 * The demo report: one self-contained folder a teacher can open in a browser. {@link #write} solves
 * the built-in postures, a trunk flexion sweep, stoop versus squat lifting, a heat map of lifting
 * loads, the per-level profile and muscle forces of one lift, stick figures of five key postures, the
 * validation against every in vivo data set with both muscle models ({@link ValidationFigure}), the
 * claims of the examples beside the measurements and the model ({@link ClaimsFigure}) and a day of the
 * disc, and writes:
 * <ul>
 *   <li>{@code index.html}: every figure with a caption, and the tables (relative links only, no
 *       external resources);</li>
 *   <li>{@code figures/NAME.png} (144 dpi) and {@code figures/NAME.svg} for every figure, and
 *       {@code figures/figures.pdf} with one page per figure;</li>
 *   <li>{@code tables/NAME.csv} with the numbers behind the figures and tables.</li>
 * </ul>
 * Points beyond the subject's strength stay on the sweep comparisons' lines, solved at the strength
 * they require ({@link OverloadPolicy#REPORT}) and ringed, their captions naming them; points with no
 * loads at all are left out of the lines (named in the captions) and shown grey in the heat map (its
 * caption counts them). (The single-sweep figure of
 * {@code lumbosim plot} shades such points grey, points whose supports cannot hold the body in the furniture's beige, edged
 * and overloaded points hatched in black, with a legend entry for each kind drawn.)
 */
public final class DemoReport {
    private DemoReport() {
    }

    /** The postures of section 1: daily life and Wilke's activities, {@code standing_relaxed} to {@code hold_far}. */
    static final java.util.Set<PosturePreset> BUILT_IN =
            java.util.EnumSet.range(PosturePreset.STANDING_RELAXED, PosturePreset.HOLD_FAR);


    /** Mass held in both hands in the lifting and holding presets (kg). */
    public static final double LOAD_KG = 20;
    /** Presets solved with {@link #LOAD_KG}; the others without load. */
    public static final List<PosturePreset> LOADED = List.of(PosturePreset.LIFT_ROUND_BACK,
            PosturePreset.LIFT_BENT_KNEES, PosturePreset.HOLD_CLOSE, PosturePreset.HOLD_FAR);
    /** Trunk flexion sweep: first, last and step (deg). */
    public static final double FLEXION_FROM_DEG = 0;
    /** Last trunk flexion of the sweep (deg). */
    public static final double FLEXION_TO_DEG = 90;
    /** Step of the trunk flexion sweep (deg). */
    public static final double FLEXION_STEP_DEG = 5;
    /** Mass held in the loaded flexion sweep (kg). */
    public static final double FLEXION_LOAD_KG = 10;
    /** Largest mass of the lifting comparison and of the heat map (kg). */
    public static final double LIFT_MAX_KG = 30;
    /** Mass step of the lifting comparison (kg). */
    public static final double LIFT_STEP_KG = 2.5;
    /** Heat map: mass step (kg). */
    public static final double HEAT_STEP_KG = 2;
    /** Heat map: nearest horizontal hand distance in front of L5-S1 (m). */
    public static final double HEAT_NEAR_M = 0.2;
    /** Heat map: farthest horizontal hand distance in front of L5-S1 (m). */
    public static final double HEAT_FAR_M = 0.7;
    /** Heat map: distance step (m). */
    public static final double HEAT_STEP_M = 0.05;

    /** File name of the page. */
    public static final String INDEX = "index.html";
    /** Steps of {@link #writeInto}'s progress: its ten sections, then the figure files and the page. */
    public static final int STEPS = 11;
    /** Folder of the figures. */
    public static final String FIGURES = "figures";
    /** Folder of the tables. */
    public static final String TABLES = "tables";
    /** File name of the multi-page PDF inside {@link #FIGURES}. */
    public static final String ALL_FIGURES_PDF = "figures.pdf";

    private static final String[] STICK_NAMES = {"standing", "standing-flexed", "lift-round-back", "lift-bent-knees",
        "sitting"};
    private static final PosturePreset[] STICK_PRESETS = {PosturePreset.STANDING_RELAXED,
        PosturePreset.STANDING_FLEXED, PosturePreset.LIFT_ROUND_BACK, PosturePreset.LIFT_BENT_KNEES,
        PosturePreset.SITTING_UPRIGHT};

    /** One figure: file stem, drawable, alt text, caption (HTML). */
    record Figure(String name, Drawable drawable, String alt, String captionHtml) {
    }

    /**
     * Writes the report into {@code dir}, whole or not at all: it is built in a temporary folder
     * beside {@code dir} and moved into place when complete ({@link OutputFiles}); into an existing
     * folder with files, files of the same names are replaced and the others kept.
     *
     * @param dir the report folder (created if needed)
     * @param kind the muscle model of every figure (the validation shows both models)
     * @return the absolute path of {@code index.html}
     * @throws UncheckedIOException if the report cannot be written (then nothing of it was)
     * @throws LumbosimException if relaxed standing cannot be solved
     */
    public static Path write(Path dir, MuscleModelKind kind) {
        Checks.given(dir, "dir");
        Checks.given(kind, "kind");
        Path abs = dir.toAbsolutePath().normalize();
        try {
            new OutputFiles().folder("dir", abs).folderContent(abs, d -> writeInto(d, kind, done -> { })).writeAll();
        } catch (OutputPathException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
        return abs.resolve(INDEX);
    }

    /**
     * Writes the report's files into a folder, normally the temporary folder of an
     * {@link OutputFiles} that moves it into place (as {@link #write} does): the command line
     * declares the report folder with its other outputs this way.
     *
     * @param dir a new, empty folder (written)
     * @param kind the muscle model of every figure (the validation shows both models)
     * @param stepsDone called with 1, 2, ... {@link #STEPS} as the sections and then the files are
     *     done (about 15 s in all), for a progress display
     * @throws IOException if a file cannot be written
     * @throws LumbosimException if relaxed standing cannot be solved
     */
    public static void writeInto(Path dir, MuscleModelKind kind, LongConsumer stepsDone) throws IOException {
        writeInto(dir, kind, stepsDone, null);
    }

    /**
     * Writes a page of the report's folder that another module makes (the command line's interactive
     * explorer), and names it for the link.
     */
    @FunctionalInterface
    public interface LinkedPage {
        /**
         * @param dir the report's folder (written)
         * @return the page's file name in {@code dir}
         * @throws IOException if it cannot be written
         */
        String writeInto(Path dir) throws IOException;
    }

    /**
     * Writes the report's files into a folder, normally the temporary folder of an
     * {@link OutputFiles} that moves it into place (as {@link #write} does): the command line
     * declares the report folder with its other outputs this way.
     *
     * @param dir a new, empty folder (written)
     * @param kind the muscle model of every figure (the validation shows both models)
     * @param stepsDone called with 1, 2, ... {@link #STEPS} as the sections and then the files are
     *     done (about 15 s in all), for a progress display
     * @param explorer writes the interactive explorer's page into the folder, linked from its own section
     *     and the navigation; {@code null} for a report without it
     * @throws IOException if a file cannot be written
     * @throws LumbosimException if relaxed standing cannot be solved
     */
    public static void writeInto(Path dir, MuscleModelKind kind, LongConsumer stepsDone, LinkedPage explorer)
            throws IOException {
        Checks.given(dir, "dir");
        Checks.given(kind, "kind");
        Checks.given(stepsDone, "stepsDone");
        long step = 0;
        Path figDir = dir.resolve(FIGURES);
        Path tabDir = dir.resolve(TABLES);
        Files.createDirectories(figDir);
        Files.createDirectories(tabDir);
        Subject subject = Subject.defaultSubject();
        LumbarModel model = LumbarModel.of(subject).withMuscleModel(kind);
        // postures and sweeps beyond the subject's strength get the loads at the strength they require,
        // marked and named, instead of vanishing from the figures
        LumbarModel reporting = model.withOverloadPolicy(OverloadPolicy.REPORT);
        LumbosimTheme theme = LumbosimTheme.slides();
        DemoReportPage html = new DemoReportPage();
        List<Figure> figures = new ArrayList<>();

        html.header(subject, kind, explorer != null);
        html.stamp(LocalDate.now(ZoneOffset.UTC), version());

        // 1. built-in postures (the exercise presets are ranked in the atlas section, one chart of 38
        // bars would not be legible on a slide)
        html.section("postures", "1. The built-in postures");
        Map<PosturePreset, AnalysisResult> presets = new LinkedHashMap<>();
        List<PostureCase> cases = new ArrayList<>();
        List<String> failedPresets = new ArrayList<>();
        List<String> overloadedPresets = new ArrayList<>();
        for (PosturePreset p : BUILT_IN) {
            double kg = LOADED.contains(p) ? LOAD_KG : 0;
            try {
                AnalysisResult r = Lumbosim.analyze(reporting, p.posture(), loads(kg));
                presets.put(p, r);
                if (r.overloaded()) {
                    overloadedPresets.add(p.id());
                }
                cases.add(new PostureCase(p.id().replace('_', ' ') + (kg > 0 ? String.format(Locale.ROOT,
                        " %.0f kg", kg) : "") + (r.overloaded() ? " (overloaded)" : ""), r, wilkeRow(p, kg)));
            } catch (LumbosimException e) {
                failedPresets.add(p.id());
            }
        }
        JFreeChart postureChart = Charts.postureComparison(cases, "Built-in postures", theme);
        Figure postures = new Figure("postures", postureChart,
                "Bar chart of L5-S1 compression and L4-L5 pressure for every built-in posture",
                "Left: compression of the L5-S1 disc (N); right: intradiscal pressure (IDP) of the L4-L5 disc "
                        + "(MPa), for every built-in posture (" + fmt(LOAD_KG, 0) + " kg in both hands where the "
                        + "name says so). Where Wilke et al. (1999) measured the same activity in a volunteer, "
                        + "the measured pressure is drawn beside the model's; elsewhere the slot says \"not measured "
                        + "in vivo\". " + linesText(postureChart)
                        + (overloadedPresets.isEmpty() ? "" : " Marked (overloaded): beyond the subject's strength; "
                        + "the loads are those at the strength the task requires: "
                        + esc(String.join(", ", overloadedPresets)) + ".")
                        + (failedPresets.isEmpty() ? "" : " Not solvable (left out): "
                        + esc(String.join(", ", failedPresets)) + "."));
        figures.add(postures);
        html.figure(postures);
        writePosturesCsv(tabDir.resolve("postures.csv"), presets);
        html.posturesTable(presets);

        stepsDone.accept(++step);

        // 2. flexion sweep
        html.section("flexion", "2. Bending forward");
        double[] deg = range(FLEXION_FROM_DEG, FLEXION_TO_DEG, FLEXION_STEP_DEG);
        SweepLines flexion = new SweepLines("Trunk flexion (°)");
        for (double kg : new double[] {0, FLEXION_LOAD_KG}) {
            String name = kg > 0 ? "holding " + fmt(kg, 0) + " kg" : "no load";
            for (double d : deg) {
                flexion.solve(name, d, name + " at " + fmt(d, 0) + "°",
                        () -> Lumbosim.analyze(reporting, Posture.standingFlexed(d), loads(kg)));
            }
        }
        Map<String, ParameterSweep> flexionDrawn = flexion.drawn();
        JFreeChart flexChart = Charts.sweepComparison(flexionDrawn, SpinalLevel.L5_S1,
                "Bending forward from upright to " + fmt(FLEXION_TO_DEG, 0) + "°", theme);
        Figure flex = new Figure("flexion-sweep", flexChart,
                "Line chart of L5-S1 compression, AP shear and pressure against trunk flexion",
                "Loads on the L5-S1 disc while standing and bending the trunk forward from upright (0°) to "
                        + fmt(FLEXION_TO_DEG, 0) + "°, the lumbar spine and pelvis sharing the motion "
                        + "(lumbopelvic rhythm), with empty hands and holding " + fmt(FLEXION_LOAD_KG, 0)
                        + " kg. AP shear is positive when the upper vertebra is pushed forward. "
                        + linesText(flexChart) + overloadedText(flexion.overloaded) + missingText(flexion.missing));
        figures.add(flex);
        html.figure(flex);
        writeSweepCsv(tabDir.resolve("flexion-sweep.csv"), "trunkFlexionDeg", flexionDrawn);
        html.csvLink("tables/flexion-sweep.csv", "every point at L5-S1");

        stepsDone.accept(++step);

        // 3. stoop vs squat
        html.section("lifting", "3. Lifting: round back versus bent knees");
        double[] kgs = range(0, LIFT_MAX_KG, LIFT_STEP_KG);
        SweepLines lifts = new SweepLines("Load mass (kg)");
        for (PosturePreset p : new PosturePreset[] {PosturePreset.LIFT_ROUND_BACK, PosturePreset.LIFT_BENT_KNEES}) {
            String name = p == PosturePreset.LIFT_ROUND_BACK ? "stoop (round back)" : "squat (bent knees)";
            for (double kg : kgs) {
                lifts.solve(name, kg, name + " with " + fmt(kg, 1) + " kg",
                        () -> Lumbosim.analyze(reporting, p.posture(), loads(kg)));
            }
        }
        Map<String, ParameterSweep> liftsDrawn = lifts.drawn();
        JFreeChart liftChart = Charts.sweepComparison(liftsDrawn, SpinalLevel.L5_S1,
                "Lifting from the floor: stoop versus squat", theme);
        Figure lift = new Figure("stoop-vs-squat", liftChart,
                "Line chart of L5-S1 loads against load mass for stoop and squat lifting",
                "Loads on the L5-S1 disc when lifting a mass from 0 to " + fmt(LIFT_MAX_KG, 0) + " kg off the "
                        + "floor with a round back (stoop) and with bent knees (squat), both hands, at the start "
                        + "of the lift (static). Every kilogram adds roughly the same amount: the slope shows "
                        + "how much the posture matters. " + linesText(liftChart) + overloadedText(lifts.overloaded)
                        + missingText(lifts.missing));
        figures.add(lift);
        html.figure(lift);
        writeSweepCsv(tabDir.resolve("stoop-vs-squat.csv"), "loadKg", liftsDrawn);
        html.csvLink("tables/stoop-vs-squat.csv", "every point at L5-S1");

        stepsDone.accept(++step);

        // 4. heat map
        html.section("heatmap", "4. Heat map: how heavy, how far");
        double shoulderM = Lumbosim.analyze(model, Posture.uprightStanding(), List.of()).pose().landmarks()
                .get(Landmark.SHOULDER_RIGHT).yM();
        CompressionGrid grid = CompressionGrid.solve(model, Posture.uprightStanding(), SpinalLevel.L5_S1,
                range(0, LIFT_MAX_KG, HEAT_STEP_KG), range(HEAT_NEAR_M, HEAT_FAR_M, HEAT_STEP_M), shoulderM);
        int grey = 0;
        double heatMax = 0;
        for (double[] row : grid.compressionN()) {
            for (double v : row) {
                grey += Double.isNaN(v) ? 1 : 0;
                heatMax = Double.isNaN(v) ? heatMax : Math.max(heatMax, v);
            }
        }
        JFreeChart heatChart = Charts.compressionHeatMap(grid, "L5-S1 compression holding a load at shoulder height",
                theme);
        String heatLines = Charts.drawnLimitsN(heatChart).isEmpty()
                ? "No solvable cell reaches the NIOSH (1981) action limit (highest " + num(heatMax, 0)
                + " N), so no limit line is drawn. "
                : linesText(heatChart) + " ";
        Figure heat = new Figure("heatmap", heatChart,
                "Heat map of L5-S1 compression over load mass and hand distance",
                "Compression of the L5-S1 disc (colour, N) standing upright while holding a mass (vertical axis, "
                        + "kg) at shoulder height (" + fmt(shoulderM, 2) + " m above L5-S1), at a horizontal "
                        + "distance in front of the disc (horizontal axis, m). " + heatLines
                        + (grey == 0 ? "The muscles could balance every cell."
                        : grey + " of " + grid.massCount() * grid.distanceCount() + " cells are grey: there the "
                        + "trunk muscles cannot hold the load and the model gives no answer."));
        figures.add(heat);
        html.figure(heat);
        writeHeatCsv(tabDir.resolve("heatmap.csv"), grid);
        html.csvLink("tables/heatmap.csv", "one row per cell (compression empty where infeasible)");

        stepsDone.accept(++step);

        // 5. per-level profile and 6. muscle forces of one lift
        AnalysisResult task = presets.get(PosturePreset.LIFT_ROUND_BACK);
        String taskName = "stoop lift, " + fmt(LOAD_KG, 0) + " kg";
        if (task != null) {
            html.section("levels", "5. All lumbar levels in one lift");
            JFreeChart levelChart = Charts.levelProfile(task, "Stoop lift, " + fmt(LOAD_KG, 0)
                    + " kg: all lumbar levels", theme);
            Figure levels = new Figure("level-profile", levelChart,
                    "Bar chart of compression, AP shear and pressure at the five lumbar levels",
                    "Compression (N), AP shear (N) and intradiscal pressure (MPa) of the five lumbar discs, L1-L2 "
                            + "at the top and L5-S1 at the bottom as in the body, when lifting " + fmt(LOAD_KG, 0)
                            + " kg from the floor with a round back. Shear is positive when the upper vertebra is "
                            + "pushed forward; the lowest discs are the most inclined, so they carry the most "
                            + "shear. " + linesText(levelChart));
            figures.add(levels);
            html.figure(levels);
            writeLevelsCsv(tabDir.resolve("level-profile.csv"), task);
            html.levelsTable(task);

            html.section("muscles", "6. Which muscles do the work");
            // The multi-fascicle model shows how the work is shared between muscle lines; the single
            // equivalent extensor has only one group to show.
            AnalysisResult mTask = task;
            MuscleModelKind mKind = kind;
            if (kind != MuscleModelKind.MULTI_FASCICLE) {
                try {
                    mTask = Lumbosim.analyze(model.withMuscleModel(MuscleModelKind.MULTI_FASCICLE),
                            PosturePreset.LIFT_ROUND_BACK.posture(), loads(LOAD_KG));
                    mKind = MuscleModelKind.MULTI_FASCICLE;
                } catch (LumbosimException e) {
                    mTask = task;
                }
            }
            Figure muscles = new Figure("muscle-forces", Charts.muscleForces(mTask,
                    "Stoop lift, " + fmt(LOAD_KG, 0) + " kg: muscle forces (" + mKind.id() + " model)", theme),
                    "Bar chart of trunk muscle force per group and side",
                    "Force (N) of the trunk muscles that hold the " + taskName + ", summed over all lines of "
                            + "a muscle group on each side (" + esc(mKind.id()) + " muscle model, squared-stress "
                            + "recruitment" + (mKind == kind ? "" : "; the rest of the report uses the "
                            + esc(kind.id()) + " model, whose single extensor has no groups to show") + "). Back muscles work close to the spine with short lever arms, so their "
                            + "pulls, not the weight itself, make most of the disc compression.");
            figures.add(muscles);
            html.figure(muscles);
            writeMusclesCsv(tabDir.resolve("muscle-forces.csv"), mTask);
            html.csvLink("tables/muscle-forces.csv", "every muscle line: force (N) and stress (MPa)");
        }

        stepsDone.accept(++step);

        // 7. stick figures
        html.section("stick", "7. Stick figures of five key postures");
        html.openGrid();
        List<StickFigure> sticks = new ArrayList<>();
        List<String> stickNames = new ArrayList<>();
        List<String> stickTitles = new ArrayList<>();
        List<AnalysisResult> stickResults = new ArrayList<>();
        for (int i = 0; i < STICK_PRESETS.length; i++) {
            AnalysisResult r = presets.get(STICK_PRESETS[i]);
            if (r == null) {
                continue;
            }
            double kg = LOADED.contains(STICK_PRESETS[i]) ? LOAD_KG : 0;
            String title = STICK_PRESETS[i].description() + (kg > 0 ? ", " + fmt(kg, 0) + " kg" : "");
            title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
            sticks.add(StickFigure.of(StickScene.of(r, STICK_PRESETS[i].posture().supports(), kg), r,
                    SpinalLevel.L5_S1, title, theme));
            stickNames.add(STICK_NAMES[i]);
            stickTitles.add(title);
            stickResults.add(r);
        }
        sticks = StickFigure.atOneScale(sticks);
        for (int i = 0; i < sticks.size(); i++) {
            AnalysisResult r = stickResults.get(i);
            String title = stickTitles.get(i);
            Figure stick = new Figure("stick-" + stickNames.get(i), sticks.get(i),
                    "Stick figure: " + title, esc(title) + ": L5-S1 compression "
                    + num(r.l5s1().compressionN(), 0) + " N, AP shear " + num(r.l5s1().apShearN(), 0) + " N.");
            figures.add(stick);
            html.figure(stick);
        }
        html.closeGrid("Side view, facing right, every figure to one scale. The discs are drawn at their true angle; "
                + "the arrows at L5-S1 show compression (blue, along the spine) and AP shear (green, across it), the "
                + "colours of the charts: "
                + (sticks.isEmpty() ? "" : sticks.get(0).shared().caption())
                + ". Floor, box and supports are where the model puts them; grey ticks are the soft tissue between a "
                + "joint and its surface, the quartered circle the whole-body centre of mass with its plumb line, the "
                + "black bar on the floor the base of support, the floor a line hatched beneath and the seat a beige box; "
                + "a held load is the darker warm-grey box, and a vermilion dot and arrow mark each hand the thighs carry and "
                + "their push on it." + StickFigure.besideLegCaption(sticks));

        stepsDone.accept(++step);

        // 8. validation
        html.section("validation", "8. Does the model agree with measurements?");
        Map<MuscleModelKind, WilkeValidation.Report> reports = new LinkedHashMap<>();
        List<ValidationFigure.ModelRun> runs = new ArrayList<>();
        for (MuscleModelKind k : MuscleModelKind.values()) {
            ValidationFigure.ModelRun run = ValidationFigure.ModelRun.of(k);
            runs.add(run);
            reports.put(k, run.wilke());
        }
        ValidationFigure vf = ValidationFigure.of(runs, theme);
        Figure val = new Figure("validation", vf.drawable(),
                "Scatter plots of measured against predicted disc pressure and load ratios for every in vivo row",
                esc(vf.caption()) + " Made with <code>./lumbosim validate --plot</code>.");
        figures.add(val);
        html.figure(val);
        html.validation(reports);
        html.otherSets(runs);
        writeValidationCsv(tabDir.resolve("validation.csv"), reports);
        stepsDone.accept(++step);

        // 9. claims beside the in vivo data and the model
        html.section("claims", "9. Claims, measurements and the model");
        LumbarModel claimModel = Wilke1999.subjectModel().withMuscleModel(kind);
        ValidationFigure.ModelRun ownRun = runs.stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
        List<ClaimsFigure.Claim> claims = Claims.claims(claimModel, ownRun.wilke());
        Figure claimsFigure = new Figure("claims", ClaimsFigure.claims(claims, theme),
                "Four bar charts, one per claim: the claimed value, the in vivo measurement and the model",
                esc(ClaimsFigure.caption(claims)) + " Model: Wilke et al. (1999)'s volunteer as published, "
                        + esc(kind.id()) + " muscles.");
        figures.add(claimsFigure);
        html.figure(claimsFigure);
        InVivoValidation.SetReport nachemsonFig = ownRun.sets().stream()
                .filter(x -> x.setId().equals("nachemson1976fig")).findFirst().orElseThrow();
        List<ClaimsFigure.PercentRow> pctRows = Claims.percentOfStanding(nachemsonFig);
        JFreeChart pctChart = ClaimsFigure.percentOfStanding(pctRows, "Model: the L3-L4 pressure of validate's rows "
                + "for Nachemson's figure (Wilke's volunteer, " + kind.id() + " muscles).",
                "Disc pressure in % of standing: Nachemson, Wilke and the model", theme);
        Figure pct = new Figure("percent-of-standing", pctChart,
                "Grouped bar chart of disc pressure in percent of standing for Nachemson, Wilke 1999 and the model",
                "The chart textbooks reproduce: disc pressure as a percentage of relaxed standing in "
                        + pctRows.size() + " postures, from Nachemson's relative-load figure (attributed to Nachemson "
                        + "1976, Spine 1:59-71; read from secondary pages, unverified; about L3), beside Wilke et al. "
                        + "(1999)'s nearest activity (L4-L5; " + esc(Claims.pairs()) + ") and the model. "
                        + esc(missingWilke(pctRows)));
        figures.add(pct);
        html.figure(pct);
        html.percentTable(pctRows);

        stepsDone.accept(++step);

        // 10. a day of the disc
        html.section("day", "10. A day of the L4-L5 disc");
        DayResult day = DiurnalDisc.of(model).simulate(DaySchedule.builtIn(), 1.0 / 6);
        Figure dayFigure = new Figure("day", Charts.day(day, SpinalLevel.L4_L5, "A day of the L4-L5 disc", theme),
                "Line charts of L4-L5 pressure and disc height over 24 hours, the night shaded",
                "The time-dependent disc through the built-in day (16 h of office work and leisure, then 8 h lying "
                        + "on the back): the disc loses height under load and regains it at night, and its pressure "
                        + "when lying rises as it swells. Squares: Wilke et al. (1999) at the start of the night and "
                        + "after about 7 h. Made with <code>./lumbosim day --plot</code>.");
        figures.add(dayFigure);
        html.figure(dayFigure);

        stepsDone.accept(++step);

        // 11. the exercise and daily-activity atlas (its own page in atlas/)
        html.section("atlas", "11. Exercise and daily-activity atlas");
        Path atlasPage = Atlas.writeInto(dir.resolve("atlas"), kind, done -> { }, "../" + INDEX);
        html.raw("<p>Every exercise and daily activity ranked by L5-S1 compression, with ratios to relaxed "
                + "standing, a stick figure each and the NIOSH limits: <a href=\"atlas/" + atlasPage.getFileName()
                + "\">atlas/atlas.html</a> (data: <a href=\"atlas/atlas.csv\">atlas/atlas.csv</a>; ranking chart: "
                + "<a href=\"atlas/figures/ranking.png\">PNG</a>, <a href=\"atlas/figures/ranking.svg\">SVG</a>).</p>\n");

        if (explorer != null) {
            // 12. the interactive explorer (one offline page in the report's folder)
            html.section("explorer", "12. Interactive explorer");
            String page = explorer.writeInto(dir);
            html.raw("<p>Move sliders for trunk and lumbar flexion, knees, load and hand distance, sex, stature, "
                    + "body mass and the muscle model, and see the stick figure and the loads at every level against "
                    + "the NIOSH and shear limits and relaxed standing: <a href=\"" + page + "\">" + page + "</a> "
                    + "(the same model compiled to JavaScript; it runs in the browser, no network needed).</p>\n");
        }

        stepsDone.accept(++step);

        // files
        FigureExporter ex = FigureExporter.slides();
        List<Drawable> all = new ArrayList<>();
        for (Figure f : figures) {
            ex.write(f.drawable(), figDir.resolve(f.name() + ".png"));
            ex.write(f.drawable(), figDir.resolve(f.name() + ".svg"));
            all.add(f.drawable());
        }
        ex.writePdf(all, figDir.resolve(ALL_FIGURES_PDF));
        html.references();
        html.footer(figures);
        Files.writeString(dir.resolve(INDEX), html.toString(), StandardCharsets.UTF_8);
        stepsDone.accept(++step);
    }

    // ------------------------------------------------------------------ helpers

    /** @return the project version this report is made with, e.g. {@code 0.1.0-SNAPSHOT} */
    static String version() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = DemoReport.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static List<HandLoad> loads(double kg) {
        return kg > 0 ? List.of(HandLoad.ofMassKg(kg)) : List.of();
    }

    private static Optional<Wilke1999.Measurement> wilkeRow(PosturePreset p, double kg) {
        return Wilke1999.measurements().stream()
                .filter(m -> m.preset().isPresent() && m.preset().get() == p && m.loadKg() == kg).findFirst();
    }

    /**
     * @param from first value
     * @param to last value (included when reached within 1e-9 of a step)
     * @param step step (positive)
     * @return from, from + step, ... up to to
     */
    static double[] range(double from, double to, double step) {
        int n = (int) Math.floor((to - from) / step + 1e-9) + 1;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + i * step;
        }
        return v;
    }

    private static double[] toArray(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** @return the sentence naming the limit lines the chart really draws, with a full stop, or "" */
    private static String linesText(JFreeChart chart) {
        String lines = Charts.limitsCaption(chart);
        return lines.isEmpty() ? "" : esc(lines) + ".";
    }

    /**
     * @param v a value
     * @param decimals decimals shown
     * @return the report's number style for text: thousands separators, no "-0" (e.g. "3,400")
     */
    static String num(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%,." + decimals + "f", v);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    /** @return the sentence naming the postures Wilke et al. (1999) did not measure, or "" */
    private static String missingWilke(List<ClaimsFigure.PercentRow> rows) {
        List<String> m = rows.stream().filter(r -> Double.isNaN(r.wilkePct())).map(ClaimsFigure.PercentRow::posture)
                .toList();
        return m.isEmpty() ? "" : "No Wilke bar where he measured nothing comparable: " + String.join(", ", m) + ".";
    }

    /**
     * The lines of a sweep comparison as their points are solved: each point's loads (overloaded ones
     * named, for the caption), or its name when it has none; a line with fewer than 2 points is not drawn.
     */
    private static final class SweepLines {
        private final String parameterLabel;
        private final Map<String, List<Double>> xs = new LinkedHashMap<>();
        private final Map<String, List<AnalysisResult>> results = new LinkedHashMap<>();
        final List<String> overloaded = new ArrayList<>();
        final List<String> missing = new ArrayList<>();

        SweepLines(String parameterLabel) {
            this.parameterLabel = parameterLabel;
        }

        void solve(String line, double x, String pointName, Supplier<AnalysisResult> solve) {
            try {
                AnalysisResult r = solve.get();
                xs.computeIfAbsent(line, k -> new ArrayList<>()).add(x);
                results.computeIfAbsent(line, k -> new ArrayList<>()).add(r);
                if (r.overloaded()) {
                    overloaded.add(pointName);
                }
            } catch (LumbosimException e) {
                missing.add(pointName);
            }
        }

        /** @return the lines with at least 2 solved points, in the order first solved */
        Map<String, ParameterSweep> drawn() {
            Map<String, ParameterSweep> out = new LinkedHashMap<>();
            xs.forEach((line, x) -> {
                if (x.size() >= 2) {
                    out.put(line, new ParameterSweep(parameterLabel, toArray(x), results.get(line)));
                }
            });
            return out;
        }
    }

    private static String overloadedText(List<String> overloaded) {
        return overloaded.isEmpty() ? "" : " Ringed points are overloaded: the trunk muscles would need more than "
                + "the subject's strength, and the loads drawn are those at the strength the task requires: "
                + esc(String.join("; ", overloaded)) + ".";
    }

    private static String missingText(List<String> missing) {
        return missing.isEmpty() ? "" : " Left out because the trunk muscles cannot balance them in the model: "
                + esc(String.join("; ", missing)) + ".";
    }

    static String fmt(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ------------------------------------------------------------------ CSV

    private static PrintWriter csv(Path file) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    private static void writePosturesCsv(Path file, Map<PosturePreset, AnalysisResult> presets) throws IOException {
        try (PrintWriter w = csv(file)) {
            w.println("preset,loadKg,level,compressionN,apShearN,lateralShearN,idpMPa,status");
            for (Map.Entry<PosturePreset, AnalysisResult> e : presets.entrySet()) {
                double kg = LOADED.contains(e.getKey()) ? LOAD_KG : 0;
                for (LevelLoad l : e.getValue().levels()) {
                    w.printf(Locale.ROOT, "%s,%s,%s,%s,%s%n", e.getKey().id(), fmt(kg, 1), l.level().label(),
                            loadCells(l), status(e.getValue()));
                }
            }
        }
    }

    /** @return the CSV status of a result: {@code overloaded} or {@code ok} */
    private static String status(AnalysisResult r) {
        return r.overloaded() ? "overloaded" : "ok";
    }

    private static String loadCells(LevelLoad l) {
        return fmt(l.compressionN(), 2) + "," + fmt(l.apShearN(), 2) + "," + fmt(l.lateralShearN(), 2) + ","
                + fmt(l.idpMPa(), 4);
    }

    private static void writeSweepCsv(Path file, String param, Map<String, ParameterSweep> sweeps)
            throws IOException {
        try (PrintWriter w = csv(file)) {
            w.println("series," + param + ",level,compressionN,apShearN,lateralShearN,idpMPa,status");
            for (Map.Entry<String, ParameterSweep> e : sweeps.entrySet()) {
                ParameterSweep s = e.getValue();
                for (int i = 0; i < s.size(); i++) {
                    w.printf(Locale.ROOT, "%s,%s,L5-S1,%s,%s%n", e.getKey(), fmt(s.parameterValue(i), 2),
                            loadCells(s.results().get(i).l5s1()), status(s.results().get(i)));
                }
            }
        }
    }

    private static void writeHeatCsv(Path file, CompressionGrid g) throws IOException {
        try (PrintWriter w = csv(file)) {
            w.println("loadKg,handDistanceM,handHeightM,compressionN");
            for (int i = 0; i < g.massCount(); i++) {
                for (int j = 0; j < g.distanceCount(); j++) {
                    double c = g.compressionN(i, j);
                    w.printf(Locale.ROOT, "%s,%s,%s,%s%n", fmt(g.loadMassKg()[i], 1), fmt(g.handDistanceM()[j], 3),
                            fmt(g.handHeightM(), 3), Double.isNaN(c) ? "" : fmt(c, 2));
                }
            }
        }
    }

    private static void writeLevelsCsv(Path file, AnalysisResult r) throws IOException {
        try (PrintWriter w = csv(file)) {
            w.println("level,compressionN,apShearN,lateralShearN,idpMPa");
            for (LevelLoad l : r.levels()) {
                w.println(l.level().label() + "," + loadCells(l));
            }
        }
    }

    private static void writeMusclesCsv(Path file, AnalysisResult r) throws IOException {
        try (PrintWriter w = csv(file)) {
            w.println("muscle,group,side,forceN,stressMPa");
            r.muscles().forEach(m -> w.println(m.name() + "," + m.group() + "," + m.side() + ","
                    + fmt(m.forceN(), 2) + "," + fmt(m.stressMPa(), 4)));
        }
    }

    private static void writeValidationCsv(Path file, Map<MuscleModelKind, WilkeValidation.Report> reports)
            throws IOException {
        try (PrintWriter w = csv(file)) {
            w.println("muscles,id,loadKg,measuredMPa,predictedMPa,errorMPa,measuredRatio,predictedRatio,ratioErrorPct,"
                    + "status");
            for (Map.Entry<MuscleModelKind, WilkeValidation.Report> e : reports.entrySet()) {
                for (WilkeValidation.Row r : e.getValue().rows()) {
                    boolean ok = r.status() == WilkeValidation.Status.OK;
                    w.println(e.getKey().id() + "," + r.measurement().id() + "," + fmt(r.measurement().loadKg(), 0)
                            + "," + fmt(r.measurement().idpMPa(), 3) + "," + (ok ? fmt(r.predictedIdpMPa(), 4) : "")
                            + "," + (ok ? fmt(r.errorMPa(), 4) : "") + "," + fmt(r.measuredRatio(), 3) + ","
                            + (ok ? fmt(r.predictedRatio(), 3) : "") + "," + (ok ? fmt(r.ratioErrorPct(), 1) : "")
                            + "," + r.status().name().toLowerCase(Locale.ROOT));
                }
            }
        }
    }
}
