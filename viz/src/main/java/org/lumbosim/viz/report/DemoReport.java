package org.lumbosim.viz.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.ui.Drawable;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.disc.DayResult;
import org.lumbosim.disc.DaySchedule;
import org.lumbosim.disc.DiurnalDisc;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.OccupationalLimits;
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

/**
 * The demo report: one self-contained folder a teacher can open in a browser. {@link #write} solves
 * the built-in postures, a trunk flexion sweep, stoop versus squat lifting, a heat map of lifting
 * loads, the per-level profile and muscle forces of one lift, stick figures of five key postures and
 * the validation against Wilke et al. (1999) with both muscle models, and writes:
 * <ul>
 *   <li>{@code index.html}: every figure with a caption, and the tables (relative links only, no
 *       external resources);</li>
 *   <li>{@code figures/NAME.png} (144 dpi) and {@code figures/NAME.svg} for every figure, and
 *       {@code figures/figures.pdf} with one page per figure;</li>
 *   <li>{@code tables/NAME.csv} with the numbers behind the figures and tables.</li>
 * </ul>
 * Points the muscles cannot balance are left out of the sweeps and shown grey in the heat map; the
 * captions say so.
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
    private record Figure(String name, Drawable drawable, String alt, String captionHtml) {
    }

    /**
     * Writes the report into {@code dir} (created if needed; files of the same names replaced).
     *
     * @param dir the report folder
     * @param kind the muscle model of every figure (the validation shows both models)
     * @return the absolute path of {@code index.html}
     * @throws UncheckedIOException if a file cannot be written
     * @throws LumbosimException if relaxed standing cannot be solved
     */
    public static Path write(Path dir, MuscleModelKind kind) {
        try {
            return writeChecked(dir.toAbsolutePath().normalize(), kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path writeChecked(Path dir, MuscleModelKind kind) throws IOException {
        Path figDir = dir.resolve(FIGURES);
        Path tabDir = dir.resolve(TABLES);
        Files.createDirectories(figDir);
        Files.createDirectories(tabDir);
        Subject subject = Subject.defaultSubject();
        LumbarModel model = LumbarModel.of(subject).withMuscleModel(kind);
        LumbosimTheme theme = LumbosimTheme.slides();
        Html html = new Html();
        List<Figure> figures = new ArrayList<>();

        html.header(subject, kind);

        // 1. built-in postures (the exercise presets are ranked in the atlas section, one chart of 38
        // bars would not be legible on a slide)
        html.section("postures", "1. The built-in postures");
        Map<PosturePreset, AnalysisResult> presets = new LinkedHashMap<>();
        List<PostureCase> cases = new ArrayList<>();
        List<String> failedPresets = new ArrayList<>();
        for (PosturePreset p : BUILT_IN) {
            double kg = LOADED.contains(p) ? LOAD_KG : 0;
            try {
                AnalysisResult r = Lumbosim.analyze(model, p.posture(), loads(kg));
                presets.put(p, r);
                cases.add(new PostureCase(p.id().replace('_', ' ') + (kg > 0 ? String.format(Locale.ROOT,
                        " %.0f kg", kg) : ""), r, wilkeRow(p, kg)));
            } catch (LumbosimException e) {
                failedPresets.add(p.id());
            }
        }
        Figure postures = new Figure("postures", Charts.postureComparison(cases, "Built-in postures", theme),
                "Bar chart of L5-S1 compression and L4-L5 pressure for every built-in posture",
                "Left: compression of the L5-S1 disc (N); right: intradiscal pressure (IDP) of the L4-L5 disc "
                        + "(MPa), for every built-in posture (" + fmt(LOAD_KG, 0) + " kg in both hands where the "
                        + "name says so). Where Wilke et al. (1999) measured the same activity in a volunteer, "
                        + "the measured pressure is drawn beside the model's; the vertical lines are the NIOSH "
                        + "compression limits."
                        + (failedPresets.isEmpty() ? "" : " Not solvable (left out): "
                        + esc(String.join(", ", failedPresets)) + "."));
        figures.add(postures);
        html.figure(postures);
        writePosturesCsv(tabDir.resolve("postures.csv"), presets);
        html.posturesTable(presets);

        // 2. flexion sweep
        html.section("flexion", "2. Bending forward");
        double[] deg = range(FLEXION_FROM_DEG, FLEXION_TO_DEG, FLEXION_STEP_DEG);
        Map<String, ParameterSweep> flexion = new LinkedHashMap<>();
        List<String> flexionMissing = new ArrayList<>();
        for (double kg : new double[] {0, FLEXION_LOAD_KG}) {
            String name = kg > 0 ? "holding " + fmt(kg, 0) + " kg" : "no load";
            List<Double> xs = new ArrayList<>();
            List<AnalysisResult> rs = new ArrayList<>();
            for (double d : deg) {
                try {
                    rs.add(Lumbosim.analyze(model, Posture.standingFlexed(d), loads(kg)));
                    xs.add(d);
                } catch (LumbosimException e) {
                    flexionMissing.add(name + " at " + fmt(d, 0) + " deg");
                }
            }
            if (xs.size() >= 2) {
                flexion.put(name, new ParameterSweep("Trunk flexion (deg)", toArray(xs), rs));
            }
        }
        Figure flex = new Figure("flexion-sweep", Charts.sweepComparison(flexion, SpinalLevel.L5_S1,
                "Bending forward from upright to 90 deg", theme),
                "Line chart of L5-S1 compression, AP shear and pressure against trunk flexion",
                "Loads on the L5-S1 disc while standing and bending the trunk forward from upright (0 deg) to "
                        + fmt(FLEXION_TO_DEG, 0) + " deg, the lumbar spine and pelvis sharing the motion "
                        + "(lumbopelvic rhythm), with empty hands and holding " + fmt(FLEXION_LOAD_KG, 0)
                        + " kg. AP shear is positive when the upper vertebra is pushed forward. Horizontal "
                        + "lines: NIOSH (1981) compression limits " + limitsText() + "."
                        + missingText(flexionMissing));
        figures.add(flex);
        html.figure(flex);
        writeSweepCsv(tabDir.resolve("flexion-sweep.csv"), "trunkFlexionDeg", flexion);
        html.csvLink("tables/flexion-sweep.csv", "every point at L5-S1");

        // 3. stoop vs squat
        html.section("lifting", "3. Lifting: round back versus bent knees");
        double[] kgs = range(0, LIFT_MAX_KG, LIFT_STEP_KG);
        Map<String, ParameterSweep> lifts = new LinkedHashMap<>();
        List<String> liftMissing = new ArrayList<>();
        for (PosturePreset p : new PosturePreset[] {PosturePreset.LIFT_ROUND_BACK, PosturePreset.LIFT_BENT_KNEES}) {
            String name = p == PosturePreset.LIFT_ROUND_BACK ? "stoop (round back)" : "squat (bent knees)";
            List<Double> xs = new ArrayList<>();
            List<AnalysisResult> rs = new ArrayList<>();
            for (double kg : kgs) {
                try {
                    rs.add(Lumbosim.analyze(model, p.posture(), loads(kg)));
                    xs.add(kg);
                } catch (LumbosimException e) {
                    liftMissing.add(name + " with " + fmt(kg, 1) + " kg");
                }
            }
            if (xs.size() >= 2) {
                lifts.put(name, new ParameterSweep("Load mass (kg)", toArray(xs), rs));
            }
        }
        Figure lift = new Figure("stoop-vs-squat", Charts.sweepComparison(lifts, SpinalLevel.L5_S1,
                "Lifting from the floor: stoop versus squat", theme),
                "Line chart of L5-S1 loads against load mass for stoop and squat lifting",
                "Loads on the L5-S1 disc when lifting a mass from 0 to " + fmt(LIFT_MAX_KG, 0) + " kg off the "
                        + "floor with a round back (stoop) and with bent knees (squat), both hands, at the start "
                        + "of the lift (static). Every kilogram adds roughly the same amount: the slope shows "
                        + "how much the posture matters." + missingText(liftMissing));
        figures.add(lift);
        html.figure(lift);
        writeSweepCsv(tabDir.resolve("stoop-vs-squat.csv"), "loadKg", lifts);
        html.csvLink("tables/stoop-vs-squat.csv", "every point at L5-S1");

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
        String heatLines = heatMax < OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N
                ? "Every solvable cell stays below the NIOSH (1981) action limit of "
                + fmt(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N, 0) + " N (highest "
                + fmt(heatMax, 0) + " N), so no limit line is drawn. "
                : "The lines mark the NIOSH limits " + limitsText() + ". ";
        Figure heat = new Figure("heatmap", Charts.compressionHeatMap(grid,
                "L5-S1 compression holding a load at shoulder height", theme),
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

        // 5. per-level profile and 6. muscle forces of one lift
        AnalysisResult task = presets.get(PosturePreset.LIFT_ROUND_BACK);
        String taskName = "stoop lift, " + fmt(LOAD_KG, 0) + " kg";
        if (task != null) {
            html.section("levels", "5. All lumbar levels in one lift");
            Figure levels = new Figure("level-profile", Charts.levelProfile(task,
                    "Stoop lift, " + fmt(LOAD_KG, 0) + " kg: all lumbar levels", theme),
                    "Bar chart of compression, AP shear and pressure at the five lumbar levels",
                    "Compression (N), AP shear (N) and intradiscal pressure (MPa) of the five lumbar discs, L1-L2 "
                            + "at the top and L5-S1 at the bottom as in the body, when lifting " + fmt(LOAD_KG, 0)
                            + " kg from the floor with a round back. Shear is positive when the upper vertebra is "
                            + "pushed forward; the lowest discs are the most inclined, so they carry the most "
                            + "shear.");
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
                    "Stoop lift, " + fmt(LOAD_KG, 0) + " kg: muscle forces", theme),
                    "Bar chart of trunk muscle force per group and side",
                    "Force (N) of the trunk muscles that hold the " + taskName + ", summed over all lines of "
                            + "a muscle group on each side (" + esc(mKind.id()) + " muscle model, squared-stress "
                            + "recruitment). Back muscles work close to the spine with short lever arms, so their "
                            + "pulls, not the weight itself, make most of the disc compression.");
            figures.add(muscles);
            html.figure(muscles);
            writeMusclesCsv(tabDir.resolve("muscle-forces.csv"), mTask);
            html.csvLink("tables/muscle-forces.csv", "every muscle line: force (N) and stress (MPa)");
        }

        // 7. stick figures
        html.section("stick", "7. Stick figures of five key postures");
        html.openGrid();
        for (int i = 0; i < STICK_PRESETS.length; i++) {
            AnalysisResult r = presets.get(STICK_PRESETS[i]);
            if (r == null) {
                continue;
            }
            double kg = LOADED.contains(STICK_PRESETS[i]) ? LOAD_KG : 0;
            String title = STICK_PRESETS[i].description() + (kg > 0 ? ", " + fmt(kg, 0) + " kg" : "");
            title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
            Figure stick = new Figure("stick-" + STICK_NAMES[i], StickFigure.of(r, SpinalLevel.L5_S1, title, theme),
                    "Stick figure: " + title, esc(title) + ": L5-S1 compression "
                    + fmt(r.l5s1().compressionN(), 0) + " N, AP shear " + fmt(r.l5s1().apShearN(), 0) + " N.");
            figures.add(stick);
            html.figure(stick);
        }
        html.closeGrid("Side view, facing right. The discs are drawn at their true angle; the arrows at L5-S1 "
                + "show compression (along the spine) and AP shear (across it) to the scale bar in newtons.");

        // 8. validation
        html.section("validation", "8. Does the model agree with measurements?");
        Map<MuscleModelKind, WilkeValidation.Report> reports = new LinkedHashMap<>();
        for (MuscleModelKind k : MuscleModelKind.values()) {
            reports.put(k, WilkeValidation.run(LumbarModel.of(subject).withMuscleModel(k)));
        }
        List<PostureCase> wilke = new ArrayList<>();
        for (Wilke1999.Measurement m : Wilke1999.measurements()) {
            if (m.preset().isPresent()) {
                try {
                    wilke.add(new PostureCase(m.id().replace('_', ' '), Lumbosim.analyze(model,
                            m.preset().get().posture(), loads(m.loadKg())), Optional.of(m)));
                } catch (LumbosimException e) {
                    // listed as FAILED in the table below
                }
            }
        }
        Figure val = new Figure("validation", Charts.postureComparison(wilke,
                "Model vs in vivo pressure (Wilke et al. 1999)", theme),
                "Bar chart of predicted and measured L4-L5 pressure for the Wilke activities",
                "The activities in which Wilke et al. (1999) measured the L4-L5 disc pressure of one volunteer "
                        + "(45 y, 70 kg) with a needle sensor: right panel, model (" + esc(kind.id())
                        + " muscles) beside measurement (MPa). Close bars mean agreement.");
        figures.add(val);
        html.figure(val);
        html.validation(reports);
        writeValidationCsv(tabDir.resolve("validation.csv"), reports);
        DayResult day = DiurnalDisc.of(model).simulate(DaySchedule.builtIn(), 1.0 / 6);
        Figure dayFigure = new Figure("day", Charts.day(day, SpinalLevel.L4_L5, "A day of the L4-L5 disc", theme),
                "Line charts of L4-L5 pressure and disc height over 24 hours, the night shaded",
                "The time-dependent disc through the built-in day (16 h of office work and leisure, then 8 h lying "
                        + "on the back): the disc loses height under load and regains it at night, and its pressure "
                        + "when lying rises as it swells. Squares: Wilke et al. (1999) at the start of the night and "
                        + "after about 7 h. Made with <code>./lumbosim day --plot</code>.");
        figures.add(dayFigure);
        html.figure(dayFigure);

        // 9. the exercise and daily-activity atlas (its own page in atlas/)
        html.section("atlas", "9. Exercise and daily-activity atlas");
        Path atlasPage = Atlas.write(dir.resolve("atlas"), kind);
        html.raw("<p>Every exercise and daily activity ranked by L5-S1 compression, with ratios to relaxed "
                + "standing, a stick figure each and the NIOSH limits: <a href=\"atlas/" + atlasPage.getFileName()
                + "\">atlas/atlas.html</a> (data: <a href=\"atlas/atlas.csv\">atlas/atlas.csv</a>; ranking chart: "
                + "<a href=\"atlas/figures/ranking.png\">PNG</a>, <a href=\"atlas/figures/ranking.svg\">SVG</a>).</p>\n");

        // files
        FigureExporter ex = FigureExporter.slides();
        List<Drawable> all = new ArrayList<>();
        for (Figure f : figures) {
            ex.write(f.drawable(), figDir.resolve(f.name() + ".png"));
            ex.write(f.drawable(), figDir.resolve(f.name() + ".svg"));
            all.add(f.drawable());
        }
        ex.writePdf(all, figDir.resolve(ALL_FIGURES_PDF));
        html.footer(figures);
        Path index = dir.resolve(INDEX);
        Files.writeString(index, html.toString(), StandardCharsets.UTF_8);
        return index;
    }

    // ------------------------------------------------------------------ helpers

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

    private static String limitsText() {
        return fmt(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N, 0) + " N (action limit) and "
                + fmt(OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N, 0) + " N (maximum permissible)";
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
            w.println("preset,loadKg,level,compressionN,apShearN,lateralShearN,idpMPa");
            for (Map.Entry<PosturePreset, AnalysisResult> e : presets.entrySet()) {
                double kg = LOADED.contains(e.getKey()) ? LOAD_KG : 0;
                for (LevelLoad l : e.getValue().levels()) {
                    w.printf(Locale.ROOT, "%s,%s,%s,%s%n", e.getKey().id(), fmt(kg, 1), l.level().label(),
                            loadCells(l));
                }
            }
        }
    }

    private static String loadCells(LevelLoad l) {
        return fmt(l.compressionN(), 2) + "," + fmt(l.apShearN(), 2) + "," + fmt(l.lateralShearN(), 2) + ","
                + fmt(l.idpMPa(), 4);
    }

    private static void writeSweepCsv(Path file, String param, Map<String, ParameterSweep> sweeps)
            throws IOException {
        try (PrintWriter w = csv(file)) {
            w.println("series," + param + ",level,compressionN,apShearN,lateralShearN,idpMPa");
            for (Map.Entry<String, ParameterSweep> e : sweeps.entrySet()) {
                ParameterSweep s = e.getValue();
                for (int i = 0; i < s.size(); i++) {
                    w.printf(Locale.ROOT, "%s,%s,L5-S1,%s%n", e.getKey(), fmt(s.parameterValue(i), 2),
                            loadCells(s.results().get(i).l5s1()));
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

    // ------------------------------------------------------------------ HTML

    /** Builds the page. */
    private static final class Html {
        private final StringBuilder b = new StringBuilder();

        private static final String CSS = String.join("\n",
                "body{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;font-size:19px;line-height:1.5;color:#1a1a1a;",
                "  background:#fff;max-width:1200px;margin:0 auto;padding:1.5em 2em 4em}",
                "h1{font-size:2em;margin:.3em 0}h2{font-size:1.45em;margin-top:2.2em;border-bottom:2px solid #ddd;"
                        + "padding-bottom:.2em}",
                "p.lead{font-size:1.05em;color:#333}nav a{margin-right:1em;white-space:nowrap}",
                "figure{margin:1.2em 0}figure img{width:100%;height:auto;border:1px solid #e4e4e4}",
                "figcaption{font-size:.92em;color:#333;margin-top:.4em}",
                ".files{font-size:.8em;color:#666}.files a{color:#666}",
                ".grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:1em}",
                ".grid figure{margin:0}",
                "table{border-collapse:collapse;margin:1em 0;font-size:.85em;font-variant-numeric:tabular-nums}",
                "th,td{padding:.3em .7em;border-bottom:1px solid #ddd;text-align:right}",
                "th{background:#f3f3f3}td.l,th.l{text-align:left}tr.sum td{font-weight:bold;border-top:2px solid #999}",
                ".note{background:#fff7e0;border-left:5px solid #e69f00;padding:.6em 1em}",
                "a{color:#0060a8}");

        void header(Subject s, MuscleModelKind kind) {
            b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>Lumbosim demo report: loads on the lumbar discs</title>\n<style>\n")
                    .append(CSS).append("\n</style>\n</head>\n<body>\n")
                    .append("<h1>Loads on the lumbar discs</h1>\n")
                    .append("<p class=\"lead\">What the lumbosim model predicts for the discs between the lumbar "
                            + "vertebrae (L1-L2 to L5-S1) of one adult: <b>compression</b> (N, pushing the vertebrae "
                            + "together), <b>AP shear</b> (N, sliding the upper vertebra forward when positive) and "
                            + "<b>intradiscal pressure</b> (IDP, MPa, the pressure inside the disc). Subject: ")
                    .append(esc(s.sex().name().toLowerCase(Locale.ROOT))).append(", ").append(fmt(s.statureM(), 2))
                    .append(" m, ").append(fmt(s.bodyMassKg(), 0)).append(" kg, ").append(fmt(s.ageYears(), 0))
                    .append(" years; ").append(esc(kind.id())).append(" muscle model. For scale: 1000 N is the "
                            + "weight of about 100 kg.</p>\n")
                    .append("<nav><a href=\"#postures\">Postures</a><a href=\"#flexion\">Bending</a>"
                            + "<a href=\"#lifting\">Lifting</a><a href=\"#heatmap\">Heat map</a>"
                            + "<a href=\"#levels\">Levels</a><a href=\"#muscles\">Muscles</a>"
                            + "<a href=\"#stick\">Stick figures</a><a href=\"#validation\">Validation</a>"
                            + "<a href=\"#atlas\">Atlas</a>"
                            + "<a href=\"#files\">Files</a></nav>\n");
        }

        void raw(String htmlText) {
            b.append(htmlText);
        }

        void section(String id, String title) {
            b.append("\n<h2 id=\"").append(id).append("\">").append(esc(title)).append("</h2>\n");
        }

        void figure(Figure f) {
            b.append("<figure>\n<img src=\"").append(FIGURES).append('/').append(f.name()).append(".png\" alt=\"")
                    .append(esc(f.alt())).append("\">\n<figcaption>").append(f.captionHtml())
                    .append(" <span class=\"files\">(<a href=\"").append(FIGURES).append('/').append(f.name())
                    .append(".svg\">SVG</a>)</span></figcaption>\n</figure>\n");
        }

        void openGrid() {
            b.append("<div class=\"grid\">\n");
        }

        void closeGrid(String caption) {
            b.append("</div>\n<p>").append(esc(caption)).append("</p>\n");
        }

        void csvLink(String href, String what) {
            b.append("<p class=\"files\">Data: <a href=\"").append(href).append("\">").append(esc(href))
                    .append("</a> (").append(esc(what)).append(")</p>\n");
        }

        void posturesTable(Map<PosturePreset, AnalysisResult> presets) {
            b.append("<p>Compression at every level and the L4-L5 pressure of every posture:</p>\n<table>\n<tr>"
                    + "<th class=\"l\">posture</th><th>load (kg)</th>");
            for (SpinalLevel l : SpinalLevel.values()) {
                b.append("<th>").append(l.label()).append(" (N)</th>");
            }
            b.append("<th>L5-S1 shear (N)</th><th>L4-L5 IDP (MPa)</th></tr>\n");
            for (Map.Entry<PosturePreset, AnalysisResult> e : presets.entrySet()) {
                AnalysisResult r = e.getValue();
                b.append("<tr><td class=\"l\">").append(esc(e.getKey().description())).append("</td><td>")
                        .append(fmt(LOADED.contains(e.getKey()) ? LOAD_KG : 0, 0)).append("</td>");
                for (SpinalLevel l : SpinalLevel.values()) {
                    b.append("<td>").append(fmt(r.level(l).compressionN(), 0)).append("</td>");
                }
                b.append("<td>").append(fmt(r.l5s1().apShearN(), 0)).append("</td><td>")
                        .append(fmt(r.level(SpinalLevel.L4_L5).idpMPa(), 2)).append("</td></tr>\n");
            }
            b.append("</table>\n");
            csvLink("tables/postures.csv", "all levels: compression, AP and lateral shear, IDP");
        }

        void levelsTable(AnalysisResult r) {
            b.append("<table>\n<tr><th class=\"l\">level</th><th>compression (N)</th><th>AP shear (N)</th>"
                    + "<th>lateral shear (N)</th><th>IDP (MPa)</th></tr>\n");
            for (LevelLoad l : r.levels()) {
                b.append("<tr><td class=\"l\">").append(l.level().label()).append("</td><td>")
                        .append(fmt(l.compressionN(), 0)).append("</td><td>").append(fmt(l.apShearN(), 0))
                        .append("</td><td>").append(fmt(l.lateralShearN(), 0)).append("</td><td>")
                        .append(fmt(l.idpMPa(), 2)).append("</td></tr>\n");
            }
            b.append("</table>\n");
            csvLink("tables/level-profile.csv", "the same at full precision");
        }

        void validation(Map<MuscleModelKind, WilkeValidation.Report> reports) {
            List<MuscleModelKind> kinds = new ArrayList<>(reports.keySet());
            List<WilkeValidation.Row> first = reports.get(kinds.get(0)).rows();
            b.append("<p>Intradiscal pressure at L4-L5, measured by Wilke et al. (1999, Spine 24:755-762) and "
                    + "predicted with each muscle model (same subject, the activity's posture, the mass in both "
                    + "hands). Error = predicted - measured.</p>\n<table>\n<tr><th class=\"l\">activity</th>"
                    + "<th>load (kg)</th><th>measured (MPa)</th>");
            for (MuscleModelKind k : kinds) {
                b.append("<th>").append(esc(k.id())).append(" (MPa)</th><th>error (MPa)</th>");
            }
            b.append("</tr>\n");
            for (int i = 0; i < first.size(); i++) {
                Wilke1999.Measurement m = first.get(i).measurement();
                b.append("<tr><td class=\"l\">").append(esc(m.activity())).append("</td><td>")
                        .append(fmt(m.loadKg(), 0)).append("</td><td>").append(fmt(m.idpMPa(), 2)).append("</td>");
                for (MuscleModelKind k : kinds) {
                    WilkeValidation.Row r = reports.get(k).rows().get(i);
                    if (r.status() == WilkeValidation.Status.OK) {
                        b.append("<td>").append(fmt(r.predictedIdpMPa(), 2)).append("</td><td>")
                                .append(String.format(Locale.ROOT, "%+.2f", r.errorMPa())).append("</td>");
                    } else {
                        String why = r.status() == WilkeValidation.Status.FAILED ? "not solvable" : "not modelled";
                        b.append("<td colspan=\"2\" class=\"l\">").append(why).append("</td>");
                    }
                }
                b.append("</tr>\n");
            }
            b.append("<tr class=\"sum\"><td class=\"l\" colspan=\"3\">RMSE (MPa) / mean abs. ratio error (% of "
                    + "standing) / n</td>");
            for (MuscleModelKind k : kinds) {
                WilkeValidation.Report r = reports.get(k);
                b.append("<td colspan=\"2\">").append(fmt(r.rmseIdpMPa(), 2)).append(" / ")
                        .append(fmt(r.ratioMaePct(), 0)).append(" % / ").append(r.n()).append("</td>");
            }
            b.append("</tr>\n</table>\n");
            csvLink("tables/validation.csv", "every row for both muscle models, with the ratios to standing");
            b.append("<p class=\"note\">Read this honestly. ");
            for (MuscleModelKind k : kinds) {
                b.append(esc(k.id())).append(" muscles: ").append(esc(errorSummary(reports.get(k)))).append(" ");
            }
            b.append("The model misses the measured targets for the loaded tasks (lifting and holding "
                    + fmt(LOAD_KG, 0) + " kg) by far more than a measurement's scatter: it predicts too much "
                    + "pressure there, so use it to compare postures with each other, not as an absolute "
                    + "number. The measurements come from one volunteer. The night rows are predicted by the "
                    + "time-dependent disc through the built-in day (see ./lumbosim day): it predicts the rise "
                    + "of the pressure overnight but under-predicts its size.</p>\n");
        }

        /** Errors of the unloaded and loaded rows of one report, in words. */
        private static String errorSummary(WilkeValidation.Report report) {
            StringBuilder s = new StringBuilder();
            for (boolean loaded : new boolean[] {false, true}) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                double pct = 0;
                int n = 0;
                for (WilkeValidation.Row r : report.rows()) {
                    if (r.status() == WilkeValidation.Status.OK && (r.measurement().loadKg() > 0) == loaded) {
                        lo = Math.min(lo, r.errorMPa());
                        hi = Math.max(hi, r.errorMPa());
                        pct = Math.max(pct, Math.abs(r.errorMPa()) / r.measurement().idpMPa() * 100);
                        n++;
                    }
                }
                s.append(loaded ? "; loaded tasks " : "unloaded activities ");
                s.append(n == 0 ? "none solved" : "error " + String.format(Locale.ROOT, "%+.2f", lo) + " to "
                        + String.format(Locale.ROOT, "%+.2f", hi) + " MPa (up to " + fmt(pct, 0) + " % of the "
                        + "measured value)");
            }
            if (report.failed() > 0) {
                s.append("; ").append(report.failed()).append(" row(s) not solvable");
            }
            return s.append(".").toString();
        }

        void footer(List<Figure> figures) {
            b.append("\n<h2 id=\"files\">Files</h2>\n<p>Every figure as PNG and SVG (for slides) in the folder "
                    + "<code>figures/</code>; all figures in one PDF, one page each: <a href=\"")
                    .append(FIGURES).append('/').append(ALL_FIGURES_PDF).append("\">").append(FIGURES).append('/')
                    .append(ALL_FIGURES_PDF).append("</a>; the numbers as CSV in the folder <code>tables/</code>."
                            + "</p>\n<p class=\"files\">");
            for (Figure f : figures) {
                b.append(f.name()).append(": <a href=\"").append(FIGURES).append('/').append(f.name())
                        .append(".png\">PNG</a> <a href=\"").append(FIGURES).append('/').append(f.name())
                        .append(".svg\">SVG</a><br>\n");
            }
            b.append("</p>\n<p class=\"files\">Made with lumbosim: <code>./lumbosim demo</code>. Model, sources and "
                    + "limits: see the project README.</p>\n</body>\n</html>\n");
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }
}
