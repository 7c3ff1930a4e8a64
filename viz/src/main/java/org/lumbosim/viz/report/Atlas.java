package org.lumbosim.viz.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.jfree.chart.JFreeChart;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Checks;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.io.OutputPathException;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.motion.LoadSchedule;
import org.lumbosim.motion.MotionAnalysis;
import org.lumbosim.motion.MotionResult;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.BodySide;
import org.lumbosim.result.HandOnThighPush;
import org.lumbosim.result.TrunkOnThighsPush;
import org.lumbosim.viz.Charts;
import org.lumbosim.viz.FigureExporter;
import org.lumbosim.viz.LumbosimTheme;
import org.lumbosim.viz.StickFigure;
import org.lumbosim.viz.StickScene;

/**
 * The exercise and daily-activity atlas: every posture preset solved for the default subject
 * without hand loads, L5-S1 compression, AP shear and pressure, each as a ratio to relaxed standing,
 * sorted by compression, with a stick figure per preset, a ranking chart with the NIOSH limits, the
 * Wilke et al. (1999) measurement where an activity maps, and the peak of three exercises solved as
 * motions. Numbers are those of {@link Lumbosim#analyze} for the same preset (what
 * {@code lumbosim analyze} prints).
 */
public final class Atlas {
    private Atlas() {
    }

    /** File name of the page. */
    public static final String HTML = "atlas.html";
    /** File name of the table. */
    public static final String CSV = "atlas.csv";
    /** Duration of each half of the exercise motions (s). */
    public static final double MOTION_HALF_S = 1.0;
    /** Frames per half motion. */
    public static final int MOTION_FRAMES = 41;

    /** Pascals in a megapascal. */
    private static final double PASCALS_PER_MEGAPASCAL = 1e6;

    /**
     * One row.
     *
     * @param preset the preset
     * @param result its solution, or empty if the model cannot solve it
     * @param failure why not, or empty; for an overloaded result ({@link AnalysisResult#overloaded()}),
     *     the strength it needs
     * @param peakInMotionN peak L5-S1 compression in the preset's motion (N), NaN without a motion
     * @param motion the motion's description, or empty
     * @param wilke the matching Wilke 1999 measurement (no load), if any
     */
    public record Row(PosturePreset preset, Optional<AnalysisResult> result, Optional<String> failure,
                      double peakInMotionN, String motion, Optional<Wilke1999.Measurement> wilke) {
        /** Checks that every component is given. */
        public Row {
            Checks.given(preset, "preset");
            Checks.given(result, "result");
            Checks.given(failure, "failure");
            Checks.given(motion, "motion");
            Checks.given(wilke, "wilke");
        }

        /**
         * @return {@code ok}, {@code overloaded} (loads at the muscle strength the preset requires, when
         *     the model's policy is {@code OverloadPolicy.REPORT}) or {@code failed} (no loads)
         */
        public String status() {
            return result.isEmpty() ? "failed" : result.get().overloaded() ? "overloaded" : "ok";
        }
    }

    /** @return the number of rows of {@link #rows}: the presets with distinct postures */
    public static int rowCount() {
        return (int) Arrays.stream(PosturePreset.values()).map(PosturePreset::posture).distinct().count();
    }

    /**
     * Solves every preset.
     *
     * @param model the model (default subject in the CLI; the atlas uses {@code OverloadPolicy.REPORT},
     *     so that a preset beyond the muscles' strength is ranked with its loads, marked overloaded)
     * @return one row per distinct posture (a preset whose posture equals an earlier preset's, as
     *     {@code prone_lying} equals {@code lying_prone}, Wilke et al. (1999)'s name, is left out, as in the
     *     ranking chart), sorted by L5-S1 compression (highest first), unsolvable rows last
     */
    public static List<Row> rows(LumbarModel model) {
        Checks.given(model, "model");
        List<Row> rows = new ArrayList<>();
        Set<Posture> seen = new HashSet<>();
        for (PosturePreset p : PosturePreset.values()) {
            if (!seen.add(p.posture())) {
                continue; // prone_lying, the exercise list's name for lying_prone: one row per distinct posture
            }
            Optional<AnalysisResult> r = Optional.empty();
            Optional<String> failure = Optional.empty();
            try {
                r = Optional.of(Lumbosim.analyze(model, p.posture(), List.of()));
                if (r.get().overloaded()) {
                    failure = Optional.of(String.format(Locale.ROOT, "overloaded: needs a muscle stress of %.2f MPa,"
                            + " allowed %.2f (loads at the strength it needs)", r.get().largestMuscleStressMPa(),
                            model.tissueParameters().maxMuscleStressPa() / PASCALS_PER_MEGAPASCAL));
                }
            } catch (org.lumbosim.InfeasibleRecruitmentException e) {
                failure = Optional.of("muscles cannot balance: " + e.getMessage().split(":")[0]
                        + (e.requiredMuscleStressMPa().isPresent()
                                ? String.format(Locale.ROOT, " (needs a muscle stress of %.2f MPa, allowed %.2f)",
                                        e.requiredMuscleStressMPa().getAsDouble(), e.allowedMuscleStressMPa())
                                : " (no muscle stress up to " + org.lumbosim.RangeText.number(
                                        org.lumbosim.InfeasibleRecruitmentException.STRESS_SEARCH_LIMIT_MPA)
                                        + " MPa was found to balance it)"));
            } catch (org.lumbosim.UnsupportedPostureException e) {
                failure = Optional.of("supports cannot hold the posture");
            } catch (LumbosimException e) {
                failure = Optional.of("not solved: " + e.getMessage());
            }
            Motion m = motionOf(p);
            Peak peak = m == null ? new Peak(Double.NaN, 0, 0) : peak(model, m);
            rows.add(new Row(p, r, failure, peak.compressionN, m == null ? "" : m.description + peak.note(),
                    wilkeRow(p)));
        }
        rows.sort(Comparator.comparingDouble((Row x) -> x.result().map(a -> -a.l5s1().compressionN())
                .orElse(Double.POSITIVE_INFINITY)));
        return rows;
    }

    private record Motion(String description, Posture from, Posture to) {
    }

    private static Motion motionOf(PosturePreset p) {
        return switch (p) {
            case SIT_UP -> new Motion("lying to sit-up mid-point and back, 2 s", PosturePreset.CURL_UP.posture()
                    .withTrunkFlexionDeg(-90).withLumbarFlexionDeg(0).withShoulderFlexionDeg(20).withElbowFlexionDeg(130)
                    .withHipFlexionDeg(45), p.posture());
            case CAT, COW -> new Motion("cat to cow and back, 2 s", PosturePreset.CAT.posture(),
                    PosturePreset.COW.posture());
            case PRONE_PRESS_UP -> new Motion("prone on elbows to press-up and back, 2 s",
                    PosturePreset.PRONE_ON_ELBOWS.posture().withSupports(p.posture().supports()), p.posture());
            default -> null;
        };
    }

    /**
     * A motion's peak L5-S1 compression, NaN when some frame has no loads; then how many frames the model
     * could not compute (supports that cannot hold the body, muscles that cannot balance it).
     */
    private record Peak(double compressionN, int framesWithoutLoads, int frames) {
        String note() {
            return framesWithoutLoads == 0 ? ""
                    : "; no peak: " + framesWithoutLoads + " of " + frames + " frames cannot be computed";
        }
    }

    private static Peak peak(LumbarModel model, Motion m) {
        List<Posture> there = MotionAnalysis.smoothTransition(m.from, m.to, MOTION_HALF_S, MOTION_FRAMES);
        List<Posture> frames = new ArrayList<>(there);
        List<Posture> back = MotionAnalysis.smoothTransition(m.to, m.from, MOTION_HALF_S, MOTION_FRAMES);
        frames.addAll(back.subList(1, back.size()));
        double dt = MOTION_HALF_S / (MOTION_FRAMES - 1);
        double[] t = new double[frames.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * dt;
        }
        MotionResult r;
        try {
            r = MotionAnalysis.solve(model, t, frames, LoadSchedule.none());
        } catch (LumbosimException e) {
            return new Peak(Double.NaN, t.length, t.length);
        }
        int without = 0;
        for (int i = 0; i < t.length; i++) {
            if (!r.hasLoads(i)) {
                without++;
            }
        }
        int f = r.peakCompressionFrame(SpinalLevel.L5_S1);
        return new Peak(without > 0 || f < 0 ? Double.NaN : r.compressionN(SpinalLevel.L5_S1)[f], without, t.length);
    }

    private static Optional<Wilke1999.Measurement> wilkeRow(PosturePreset p) {
        return Wilke1999.measurements().stream()
                .filter(m -> m.loadKg() == 0 && m.preset().isPresent() && m.preset().get() == p).findFirst();
    }

    /**
     * Writes atlas.csv, atlas.html and figures/ (a stick figure PNG per preset, ranking.png and
     * ranking.svg) to a folder, whole or not at all: they are built in a temporary folder beside it
     * and moved into place when complete ({@link OutputFiles}); into an existing folder with files,
     * files of the same names are replaced and the others kept.
     *
     * @param dir the folder (created if needed)
     * @param kind muscle model
     * @return the HTML file
     * @throws UncheckedIOException if the atlas cannot be written (then nothing of it was)
     */
    public static Path write(Path dir, MuscleModelKind kind) {
        Checks.given(dir, "dir");
        Checks.given(kind, "kind");
        try {
            new OutputFiles().folder("dir", dir).folderContent(dir, d -> writeInto(d, kind, done -> { })).writeAll();
        } catch (OutputPathException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
        return dir.resolve(HTML);
    }

    /**
     * Writes the atlas's files into a folder, normally the temporary folder of an
     * {@link OutputFiles} that moves it into place (as {@link #write} does).
     *
     * @param dir the folder (created if needed; written)
     * @param kind muscle model
     * @param presetsDone called after each preset's stick figure with the number of presets done, up to
     *     {@link #rowCount()}, for a progress display
     * @return the HTML file in {@code dir}
     * @throws IOException if a file cannot be written
     */
    public static Path writeInto(Path dir, MuscleModelKind kind, LongConsumer presetsDone) throws IOException {
        return writeInto(dir, kind, presetsDone, null);
    }

    /**
     * As {@link #writeInto(Path, MuscleModelKind, LongConsumer)}, the page linking back to the page
     * it belongs to (the demo report links its atlas both ways).
     *
     * @param dir the folder (created if needed; written)
     * @param kind muscle model
     * @param presetsDone called after each preset's stick figure with the number of presets done
     * @param backHref relative link from the atlas page to the page it belongs to, e.g. {@code
     *     ../index.html}; {@code null} for a stand-alone atlas
     * @return the HTML file in {@code dir}
     * @throws IOException if a file cannot be written
     */
    public static Path writeInto(Path dir, MuscleModelKind kind, LongConsumer presetsDone, String backHref)
            throws IOException {
        Checks.given(dir, "dir");
        Checks.given(kind, "kind");
        Checks.given(presetsDone, "presetsDone");
        Path fig = dir.resolve("figures");
        Files.createDirectories(fig);
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind)
                .withOverloadPolicy(OverloadPolicy.REPORT);
        List<Row> rows = rows(model);
        AnalysisResult standing = Lumbosim.analyze(model, PosturePreset.STANDING_RELAXED.posture(), List.of());
        LumbosimTheme theme = LumbosimTheme.slides();
        FigureExporter ex = FigureExporter.slides();
        FigureExporter small = ex.withSizePt(480, 400);
        List<StickFigure> sticks = new ArrayList<>();
        List<Row> drawn = new ArrayList<>();
        for (Row r : rows) {
            if (r.result().isPresent()) {
                AnalysisResult res = r.result().get();
                sticks.add(StickFigure.of(StickScene.of(res, r.preset().posture().supports(), 0), res,
                        SpinalLevel.L5_S1, cardTitle(r.preset()), theme));
                drawn.add(r);
            }
        }
        sticks = StickFigure.atOneScale(sticks);
        long done = 0;
        for (int i = 0; i < sticks.size(); i++) {
            small.write(sticks.get(i), fig.resolve(drawn.get(i).preset().id() + ".png"));
            presetsDone.accept(++done);
        }
        while (done < rows.size()) {
            presetsDone.accept(++done);
        }
        String stickCaption = sticks.isEmpty() ? "" : sticks.get(0).shared().caption();
        JFreeChart chart = ranking(rows, theme);
        FigureExporter wide = ex.withSizePt(1280, 960);
        wide.write(chart, fig.resolve("ranking.png"));
        wide.write(chart, fig.resolve("ranking.svg"));
        writeCsv(dir.resolve(CSV), rows, standing);
        Path html = dir.resolve(HTML);
        Files.writeString(html, html(rows, standing, kind, backHref, stickCaption,
                StickFigure.besideLegCaption(sticks)), StandardCharsets.UTF_8);
        return html;
    }

    /**
     * @param rows the atlas rows
     * @param theme the look
     * @return horizontal bars of L5-S1 compression, highest first, one per distinct posture (a preset
     *     whose posture equals one ranked above it is left out), named in words, with the NIOSH lines
     *     the data come near
     */
    public static JFreeChart ranking(List<Row> rows, LumbosimTheme theme) {
        Checks.givenEach(rows, "rows");
        Checks.given(theme, "theme");
        Map<String, Double> bars = new LinkedHashMap<>();
        Set<Posture> seen = new HashSet<>();
        for (Row r : rows) {
            if (r.result().isPresent() && seen.add(r.preset().posture())) {
                bars.put(label(r.preset()) + (r.result().get().overloaded() ? " (overloaded)" : ""),
                        r.result().get().l5s1().compressionN());
            }
        }
        return Charts.compressionRanking(bars, "L5-S1 compression (N)", "Body weight only: no load in the "
                + "hands, no bar or sled", "L5-S1 compression, every activity", theme);
    }

    /** @return the preset's description with a capital, and "empty hands" where its name implies a load */
    static String label(PosturePreset p) {
        String d = p.description().replace(" deg", "°");
        String words = Character.toUpperCase(d.charAt(0)) + d.substring(1);
        if (!p.id().matches(".*(lift|hold|carry|deadlift|press|row|squat).*") || words.contains("kg")) {
            return words;
        }
        // "Holding a load ... (empty hands)" contradicted itself: the hold presets are the arms' posture only
        return words.replaceFirst("^Holding a load", "Arms as if holding a load") + " (empty hands)";
    }

    /**
     * A preset's title in words, as the atlas cards print it.
     *
     * @param p a posture preset
     * @return the preset's description up to a colon, without parenthesised remarks, degrees as
     *     "°", with a capital (e.g. "Bird dog start", not "bird_dog")
     */
    public static String cardTitle(PosturePreset p) {
        Checks.given(p, "p");
        String d = p.description().replace(" deg", "°").replaceAll(" \\([^)]*\\)", "");
        int colon = d.indexOf(':');
        String words = colon > 0 ? d.substring(0, colon) : d;
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static final String CSV_HEADER = "rank,preset,category,description,compressionN,apShearN,lateralShearN,idpMPa,"
            + "compressionRatio,apShearRatio,idpRatio,peakInMotionN,motion,wilke1999IdpMPa,wilke1999Ratio,note,status,"
            + "l4l5IdpMPa,l4l5IdpRatio,trunkOnThighsForceN,trunkOnThighsGapM,handsOnThighsLeftForceN,"
            + "handsOnThighsLeftGapM,handsOnThighsRightForceN,handsOnThighsRightGapM";

    private static void writeCsv(Path file, List<Row> rows, AnalysisResult standing) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println(CSV_HEADER);
            int rank = 0;
            for (Row r : rows) {
                rank++;
                StringBuilder b = new StringBuilder();
                b.append(rank).append(',').append(r.preset().id()).append(',')
                        .append(r.preset().category().name().toLowerCase(Locale.ROOT)).append(',')
                        .append(csvQuote(r.preset().description())).append(',');
                if (r.result().isPresent()) {
                    var l = r.result().get().l5s1();
                    var s = standing.l5s1();
                    b.append(fmt(l.compressionN(), 2)).append(',').append(fmt(l.apShearN(), 2)).append(',')
                            .append(fmt(l.lateralShearN(), 2)).append(',').append(fmt(l.idpMPa(), 4)).append(',')
                            .append(fmt(l.compressionN() / s.compressionN(), 3)).append(',')
                            .append(fmt(l.apShearN() / s.apShearN(), 3)).append(',')
                            .append(fmt(l.idpMPa() / s.idpMPa(), 3)).append(',');
                } else {
                    b.append(",,,,,,,");
                }
                b.append(Double.isNaN(r.peakInMotionN()) ? "" : fmt(r.peakInMotionN(), 2)).append(',')
                        .append(csvQuote(r.motion())).append(',');
                b.append(r.wilke().map(m -> fmt(m.idpMPa(), 2)).orElse("")).append(',')
                        .append(r.wilke().map(m -> fmt(m.idpMPa() / Wilke1999.standingIdpMPa(), 3)).orElse(""))
                        .append(',').append(csvQuote(r.failure().orElse(""))).append(',').append(r.status());
                // the L4-L5 pressure, the level of Wilke's values (idpMPa above is at L5-S1, kept for its readers)
                b.append(',');
                if (r.result().isPresent()) {
                    double idp45 = r.result().get().level(SpinalLevel.L4_L5).idpMPa();
                    b.append(fmt(idp45, 4)).append(',').append(fmt(idp45 / standing.level(SpinalLevel.L4_L5).idpMPa(), 3));
                } else {
                    b.append(',');
                }
                // the thighs' push on a trunk resting on them (trunk_on_thighs presets; empty for the others)
                var push = r.result().map(AnalysisResult::trunkOnThighs);
                pushCells(b, push.isPresent(), push.map(TrunkOnThighsPush::forceN).orElse(0.0),
                        push.map(TrunkOnThighsPush::gapM).orElse(0.0));
                // then on each hand resting on its thigh, left then right (hands_on_thighs presets; empty for the others)
                List<HandOnThighPush> hands = r.result().map(AnalysisResult::handsOnThighs).orElse(List.of());
                for (BodySide side : BodySide.values()) {
                    Optional<HandOnThighPush> h = hands.stream().filter(x -> x.side() == side).findFirst();
                    pushCells(b, h.isPresent(), h.map(HandOnThighPush::forceN).orElse(0.0),
                            h.map(HandOnThighPush::gapM).orElse(0.0));
                }
                w.println(b);
            }
        }
    }

    /**
     * Appends a push's two cells: its magnitude (N, two decimals) and its contact's gap (m, four
     * decimals), or two empty cells where the preset has no such contact.
     */
    private static void pushCells(StringBuilder b, boolean present, double forceN, double gapM) {
        b.append(',');
        if (present) {
            b.append(fmt(forceN, 2)).append(',').append(fmt(gapM, 4));
        } else {
            b.append(',');
        }
    }

    /**
     * @param s a CSV field
     * @return the field, quoted (RFC 4180) when it holds a comma, a quote or a line break
     */
    public static String csvQuote(String s) {
        Checks.given(s, "s");
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String html(List<Row> rows, AnalysisResult standing, MuscleModelKind kind, String backHref,
                               String stickCaption, String limbsCaption) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Lumbosim atlas: "
                + "what exercises and daily activities do to the L5-S1 disc</title>\n<style>\n"
                + "body{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;max-width:1250px;margin:0 auto;padding:1em 2em}"
                + "table{border-collapse:collapse;font-size:.85em}th,td{padding:.25em .6em;border-bottom:1px solid #ddd;"
                + "text-align:right;vertical-align:middle}td.l,th.l{text-align:left}th{background:#f3f3f3}"
                + "img.s{width:170px}img.r{width:100%;max-width:1100px}.fail{color:#a00}.scroll{overflow-x:auto;max-width:100%}"
                + "@media (max-width:700px){body{padding:.8em}}\n</style>\n</head>\n<body>\n");
        if (backHref != null) {
            b.append("<p><a href=\"").append(esc(backHref)).append("\">&larr; Back to the demo report</a></p>\n");
        }
        b.append("<h1>Exercise and daily-activity atlas: the L5-S1 disc</h1>\n<p>Default subject (male, 1.75 m, "
                + "70 kg, 45 years), ").append(esc(kind.id())).append(" muscles, squared-stress recruitment, body "
                + "weight only (no hand loads). Ratios are to relaxed standing (compression ")
                .append(DemoReport.num(standing.l5s1().compressionN(), 0)).append(" N, L4-L5 IDP ")
                .append(fmt(standing.level(SpinalLevel.L4_L5).idpMPa(), 2)).append(" MPa). Wilke et al. (1999, Spine 24:755-762) "
                + "measured L4-L5 pressure in one volunteer; their value is shown where the activity maps. The "
                + "hip flexors act on the lumbar spine through the psoas (a hip equation); the pull of the hands in "
                + "stretches, a held leg-press sled and the feet held down in sit-ups are not modelled "
                + "(see docs/atlas.md in the lumbosim project). Compression and shear are at L5-S1; the pressure (IDP) is at "
                + "L4-L5, the level Wilke measured, so that the two pressure columns compare like with like.</p>\n");
        b.append("<p><img class=\"r\" src=\"figures/ranking.png\" alt=\"Ranking of L5-S1 compression\"> "
                + "<a href=\"figures/ranking.svg\">SVG</a> &middot; <a href=\"atlas.csv\">atlas.csv</a></p>\n");
        b.append("<p>Figures: side view facing right (rolled postures from the front), drawn to one scale: every "
                + "card's body at the same size, and its L5-S1 arrows (compression blue, AP shear green, as in the charts) to one "
                + "scale: ").append(esc(stickCaption)).append(". The "
                + "floor (a line hatched beneath), seat, backrest and sled (beige boxes) are where the model's contacts put them; grey ticks are the soft "
                + "tissue between a joint and its surface, the quartered circle is the whole-body centre of mass "
                + "with its plumb line, the black bar on the floor the base of support; a vermilion arrow and dot "
                + "are the thighs' push on a trunk or on hands resting on them.").append(esc(limbsCaption)).append("</p>\n");
        b.append("<div class=\"scroll\"><table>\n<tr><th>#</th><th class=\"l\">activity</th><th>figure</th><th>compression (N)</th>"
                + "<th>&times; standing</th><th>AP shear (N)</th><th>&times; standing</th><th>L4-L5 IDP (MPa)</th>"
                + "<th>&times; standing</th><th>peak in motion (N)</th><th>Wilke 1999, L4-L5 (MPa)</th></tr>\n");
        int rank = 0;
        for (Row r : rows) {
            rank++;
            b.append("<tr><td>").append(rank).append("</td><td class=\"l\"><b>").append(esc(r.preset().id()))
                    .append("</b><br>").append(esc(r.preset().description())).append("</td>");
            if (r.result().isPresent()) {
                var l = r.result().get().l5s1();
                var s = standing.l5s1();
                var idp = r.result().get().level(SpinalLevel.L4_L5);
                var idpStanding = standing.level(SpinalLevel.L4_L5);
                // the thumbnail links to its card at full size, where its legend and scale bar can be read
                b.append("<td><a href=\"figures/").append(r.preset().id()).append(".png\"><img class=\"s\" src=\"figures/")
                        .append(r.preset().id()).append(".png\" alt=\"").append(esc(r.preset().id()))
                        .append("\"></a></td><td>").append(DemoReport.num(l.compressionN(), 0))
                        .append("</td><td>").append(fmt(l.compressionN() / s.compressionN(), 2)).append("</td><td>")
                        .append(DemoReport.num(l.apShearN(), 0)).append("</td><td>").append(fmt(l.apShearN() / s.apShearN(), 2))
                        .append("</td><td>").append(fmt(idp.idpMPa(), 2)).append("</td><td>")
                        .append(fmt(idp.idpMPa() / idpStanding.idpMPa(), 2)).append("</td>");
                if (r.result().get().overloaded()) {
                    b.append("</tr>\n<tr><td></td><td colspan=\"9\" class=\"l fail\">").append(esc(r.failure().orElse("")))
                            .append("</td>");
                }
            } else {
                b.append("<td colspan=\"7\" class=\"l fail\">").append(esc(r.failure().orElse(""))).append("</td>");
            }
            b.append("<td>").append(Double.isNaN(r.peakInMotionN()) ? "" : fmt(r.peakInMotionN(), 0)
                    + "<br><small>" + esc(r.motion()) + "</small>").append("</td><td>")
                    .append(r.wilke().map(m -> fmt(m.idpMPa(), 2)).orElse("")).append("</td></tr>\n");
        }
        b.append("</table></div>\n</body>\n</html>\n");
        return b.toString();
    }

    static String fmt(double v, int decimals) {
        return DemoReport.fmt(v, decimals);
    }

    static String esc(String s) {
        return DemoReport.esc(s);
    }
}
