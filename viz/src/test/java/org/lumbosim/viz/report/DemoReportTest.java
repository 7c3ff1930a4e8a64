package org.lumbosim.viz.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.OccupationalLimits;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeValidation;
import org.lumbosim.result.AnalysisResult;

/** Writes the demo report once (headless) and checks its page, figures, PDF and tables. */
class DemoReportTest {
    @TempDir
    static Path dir;
    static Path index;
    static String html;
    static final List<Long> STEPS = new ArrayList<>();

    @BeforeAll
    static void write() throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path report = dir.resolve("report");
        new OutputFiles().folder("dir", report).folderContent(report,
                d -> DemoReport.writeInto(d, MuscleModelKind.SINGLE_EQUIVALENT, STEPS::add)).writeAll();
        index = report.resolve(DemoReport.INDEX);
        html = Files.readString(index, StandardCharsets.UTF_8);
    }

    private static Path root() {
        return index.getParent();
    }

    private static List<String> links() {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyLinkIsARelativeFileThatExistsAndNothingIsExternal() {
        assertThat(index.getFileName().toString()).isEqualTo("index.html");
        List<String> links = links();
        assertThat(links).hasSizeGreaterThan(20);
        for (String l : links) {
            if (l.startsWith("#")) {
                assertThat(html).as(l).contains("id=\"" + l.substring(1) + "\"");
                continue;
            }
            assertThat(l).as(l).doesNotContain(":").doesNotStartWith("/").doesNotContain("..");
            assertThat(root().resolve(l)).as(l).isRegularFile();
        }
        assertThat(html).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:")
                .doesNotContain("<script");
    }

    @Test
    void everyFigureIsEmbeddedAsPngWithSvgBesideAndTheyDecode() throws Exception {
        List<String> imgs = new ArrayList<>();
        Matcher m = Pattern.compile("<img src=\"([^\"]+)\" alt=\"([^\"]+)\">").matcher(html);
        while (m.find()) {
            imgs.add(m.group(1));
        }
        // postures, flexion, lifting, heat map, levels, muscles, 5 stick figures, validation, claims,
        // percent of standing, day
        assertThat(imgs).hasSize(15);
        Set<Path> pngs = new TreeSet<>();
        try (Stream<Path> s = Files.list(root().resolve("figures"))) {
            s.filter(p -> p.toString().endsWith(".png")).forEach(pngs::add);
        }
        assertThat(pngs).hasSize(15);
        for (String img : imgs) {
            BufferedImage png = ImageIO.read(root().resolve(img).toFile());
            assertThat(png).as(img).isNotNull();
            assertThat(png.getWidth()).isEqualTo(1920);
            Path svg = root().resolve(img.replace(".png", ".svg"));
            var f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var doc = f.newDocumentBuilder().parse(svg.toFile());
            assertThat(doc.getDocumentElement().getLocalName()).as(svg.toString()).isEqualTo("svg");
        }
        try (PDDocument pdf = Loader.loadPDF(root().resolve("figures/figures.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(15);
        }
    }

    @Test
    void captionsExplainEveryFigureWithUnits() {
        Matcher m = Pattern.compile("<figcaption>(.*?)</figcaption>", Pattern.DOTALL).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
            assertThat(m.group(1).length()).as(m.group(1)).isGreaterThan(40);
        }
        assertThat(n).isEqualTo(15);
        assertThat(html).contains("(N)").contains("MPa").contains("positive when the upper vertebra");
        assertThat(html).contains("misses the measured targets for the loaded tasks");
        assertThat(html).containsAnyOf("cells are grey", "The muscles could balance every cell.");
    }

    @Test
    void everyTableRowSaysWhetherItIsOverloadedAsTheLibraryDoesAndTheCaptionsNameExactlyThose() throws Exception {
        LumbarModel reporting = LumbarModel.of(Subject.defaultSubject()).withOverloadPolicy(OverloadPolicy.REPORT);
        int overloaded = 0;
        for (String[] r : csv("stoop-vs-squat.csv").subList(1, csv("stoop-vs-squat.csv").size())) {
            PosturePreset p = r[0].startsWith("stoop") ? PosturePreset.LIFT_ROUND_BACK : PosturePreset.LIFT_BENT_KNEES;
            double kg = Double.parseDouble(r[1]);
            boolean over = Lumbosim.analyze(reporting, p.posture(),
                    kg > 0 ? List.of(HandLoad.ofMassKg(kg)) : List.of()).overloaded();
            assertThat(r[r.length - 1]).as(String.join(",", r)).isEqualTo(over ? "overloaded" : "ok");
            overloaded += over ? 1 : 0;
        }
        for (String[] r : csv("postures.csv").subList(1, csv("postures.csv").size())) {
            assertThat(r[r.length - 1]).as(String.join(",", r)).isIn("ok", "overloaded");
            overloaded += r[r.length - 1].equals("overloaded") ? 1 : 0;
        }
        assertThat(html.contains("overloaded")).as("the page names overloaded points iff a table has one")
                .isEqualTo(overloaded > 0);
    }

    @Test
    void everyAtlasCardIsTitledInWordsShortEnoughForItsCard() {
        for (PosturePreset p : PosturePreset.values()) {
            String t = Atlas.cardTitle(p);
            assertThat(t).as(p.id()).doesNotContain("_").doesNotContain("(").doesNotContain(":")
                    .hasSizeLessThanOrEqualTo(60);
            assertThat(Character.isUpperCase(t.charAt(0)) || !Character.isLetter(t.charAt(0))).as(t).isTrue();
        }
        assertThat(Atlas.cardTitle(PosturePreset.SITTING_SLOUCHED)).isEqualTo("Slouched sitting leaning on a backrest");
    }

    private static List<String[]> csv(String name) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(root().resolve("tables/" + name))) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    private static String[] row(List<String[]> rows, String... keys) {
        return rows.stream().filter(r -> {
            for (int i = 0; i < keys.length; i++) {
                if (!r[i].equals(keys[i])) {
                    return false;
                }
            }
            return true;
        }).findFirst().orElseThrow(() -> new AssertionError("no row " + String.join(",", keys)));
    }

    @Test
    void tablesEqualTheCoreApi() throws Exception {
        Subject s = Subject.defaultSubject();
        AnalysisResult stoop = Lumbosim.analyze(s, PosturePreset.LIFT_ROUND_BACK.posture(),
                List.of(HandLoad.ofMassKg(DemoReport.LOAD_KG)));
        String[] p = row(csv("postures.csv"), "lift_round_back", "20.0", "L4-L5");
        assertThat(Double.parseDouble(p[3])).isCloseTo(stoop.level(SpinalLevel.L4_L5).compressionN(),
                org.assertj.core.data.Offset.offset(0.006));
        assertThat(Double.parseDouble(p[6])).isCloseTo(stoop.level(SpinalLevel.L4_L5).idpMPa(),
                org.assertj.core.data.Offset.offset(6e-5));
        assertThat(html).contains("<td>" + DemoReport.num(stoop.l5s1().compressionN(), 0) + "</td>");

        AnalysisResult flex = Lumbosim.analyze(s, Posture.standingFlexed(45), List.of(HandLoad.ofMassKg(10)));
        String[] f = row(csv("flexion-sweep.csv"), "holding 10 kg", "45.00");
        assertThat(Double.parseDouble(f[3])).isCloseTo(flex.l5s1().compressionN(),
                org.assertj.core.data.Offset.offset(0.006));
        assertThat(Double.parseDouble(f[4])).isCloseTo(flex.l5s1().apShearN(),
                org.assertj.core.data.Offset.offset(0.006));

        AnalysisResult squat = Lumbosim.analyze(s, PosturePreset.LIFT_BENT_KNEES.posture(),
                List.of(HandLoad.ofMassKg(12.5)));
        String[] q = row(csv("stoop-vs-squat.csv"), "squat (bent knees)", "12.50");
        assertThat(Double.parseDouble(q[3])).isCloseTo(squat.l5s1().compressionN(),
                org.assertj.core.data.Offset.offset(0.006));

        List<String[]> heat = csv("heatmap.csv");
        assertThat(heat).hasSize(1 + 16 * 11);
        // infeasible cells are empty in the table and counted as grey in the caption
        long empty = heat.stream().skip(1).filter(r -> r[3].isEmpty()).count();
        assertThat(html).as("heat map caption with %s infeasible cells", empty).contains(empty == 0
                ? "The muscles could balance every cell." : empty + " of " + (16 * 11) + " cells are grey");

        WilkeValidation.Report mf = WilkeValidation.run(Wilke1999.subjectModel()
                .withMuscleModel(MuscleModelKind.MULTI_FASCICLE));
        String[] v = row(csv("validation.csv"), "multi-fascicle", "lift_round_back_20kg");
        WilkeValidation.Row expected = mf.rows().stream()
                .filter(r -> r.measurement().id().equals("lift_round_back_20kg")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(v[4])).isCloseTo(expected.predictedIdpMPa(),
                org.assertj.core.data.Offset.offset(6e-5));
        assertThat(html).contains(DemoReport.fmt(mf.rmseIdpMPa(), 2) + " / ");
    }

    @Test
    void issue15_progressCountsEveryStepOnce() {
        assertThat(STEPS).isEqualTo(java.util.stream.LongStream.rangeClosed(1, DemoReport.STEPS).boxed().toList());
    }

    @Test
    void issue15_theReportIsMovedIntoPlaceWholeAndNoTemporaryFolderIsLeft() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).contains("report")
                    .noneMatch(n -> n.startsWith(OutputFiles.TEMP_PREFIX));
        }
        assertThat(root().resolve("atlas/atlas.html")).exists();
    }

    @Test
    void issue15_aReportThatCannotBeWrittenLeavesNothingAndSaysWhere() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path under = file.resolve("report");
        assertThatThrownBy(() -> DemoReport.write(under, MuscleModelKind.SINGLE_EQUIVALENT))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("dir = \"" + under + "\" cannot be written: " + file + " is a file, not a folder");
        assertThatThrownBy(() -> Atlas.write(under, MuscleModelKind.SINGLE_EQUIVALENT))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("cannot be written: " + file + " is a file, not a folder");
        Files.delete(file);
    }

    // ------------------------------------------------------------------ issue 14 items 2 and 6

    @Test
    void issue14_everyCaptionNamesOnlyTheLimitLinesItsFigureDraws() {
        Matcher m = Pattern.compile("<figure data-limits-drawn=\"([0-9 ]*)\">(.*?)</figure>", Pattern.DOTALL)
                .matcher(html);
        int charts = 0;
        while (m.find()) {
            charts++;
            java.util.Set<Double> drawn = new java.util.HashSet<>();
            for (String v : m.group(1).split(" ")) {
                if (!v.isEmpty()) {
                    drawn.add(Double.parseDouble(v));
                }
            }
            String caption = m.group(2).replaceAll("<[^>]+>", "");
            for (double limit : new double[] {OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N,
                OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N,
                OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N}) {
                boolean named = caption.contains(String.format(Locale.ROOT, "%.0f N", limit))
                        || caption.contains(String.format(Locale.ROOT, "%,.0f N", limit));
                assertThat(!named || drawn.contains(limit)).as(limit + " named but not drawn in: " + caption).isTrue();
            }
            assertThat(!caption.contains("dashed")
                    || drawn.contains(OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N)).as(caption).isTrue();
        }
        assertThat(charts).as("charts with a record of their lines").isGreaterThanOrEqualTo(7);
    }

    @Test
    void issue14_everyFigureIsInASectionTheNavigationLinks() {
        String nav = html.substring(html.indexOf("<nav>"), html.indexOf("</nav>"));
        Matcher m = Pattern.compile("<h2 id=\"([a-z]+)\">|<figure[ >]").matcher(html);
        String section = null;
        int figures = 0;
        while (m.find()) {
            if (m.group(1) != null) {
                section = m.group(1);
            } else {
                figures++;
                assertThat(section).as("figure " + figures + " has a section").isNotNull();
                assertThat(nav).as("section " + section).contains("href=\"#" + section + "\"");
            }
        }
        assertThat(html).contains("id=\"day\"").contains("figures/day.png");
        assertThat(nav).contains("#day").contains("#references");
    }

    @Test
    void issue14_theReportIsDatedVersionedAndListsItsSources() {
        assertThat(html).contains("Made on " + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + " (UTC) with lumbosim "
                + DemoReport.version());
        assertThat(DemoReport.version()).matches("[0-9]+\\.[0-9]+.*").doesNotContain("${");
        String refs = html.substring(html.indexOf("id=\"references\""), html.indexOf("id=\"files\""));
        String body = html.substring(0, html.indexOf("id=\"references\""));
        // every author-year citation in the page's text has its source in the list
        Matcher m = Pattern.compile("([A-Z][A-Za-z]+)(?: et al\\.| and [A-Z][a-z]+| & [A-Z][a-z]+)? \\((?:[^)]*?)?(19|20)[0-9]{2}")
                .matcher(body.replaceAll("<[^>]+>", ""));
        int cited = 0;
        while (m.find()) {
            cited++;
            assertThat(refs).as(m.group()).contains(m.group(1));
        }
        assertThat(cited).isGreaterThanOrEqualTo(3);
        assertThat(refs).contains("Wilke").contains("NIOSH").contains("Gallagher");
    }

    @Test
    void issue14_wideTablesScrollInTheirOwnBoxAndTheNavigationAndGridWrap() {
        assertThat(html.split("<table>", -1).length - 1).isEqualTo(html.split("<div class=\"scroll\"><table>", -1).length - 1);
        assertThat(html).contains("nav{display:flex;flex-wrap:wrap").contains("minmax(min(100%,520px),1fr)");
    }

    @Test
    void issue14_theAtlasLinksBackAndItsLinksExistAndItsPressureIsAtL4L5() throws Exception {
        Path atlas = root().resolve("atlas").resolve(Atlas.HTML);
        String page = Files.readString(atlas, StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"../index.html\"");
        Matcher m = Pattern.compile("(?:href|src)=\"([^\"#]+)\"").matcher(page);
        while (m.find()) {
            assertThat(atlas.getParent().resolve(m.group(1)).normalize()).as(m.group(1)).isRegularFile();
        }
        assertThat(page).contains("L4-L5 IDP (MPa)").doesNotContain("readme-atlas");
    }

    /** Issue 14 items 3 and 4: the validation and claims figures are in the page, reachable from the navigation. */
    @Test
    void issue14_validationAndClaimsFiguresAreLinkedAndTheirCaptionsComeFromTheirData() throws Exception {
        assertThat(html).contains("<a href=\"#claims\">Claims</a>").contains("id=\"claims\"")
                .contains("figures/validation.png").contains("figures/claims.png")
                .contains("figures/percent-of-standing.png");
        // every Wilke row is in the table beside the validation figure, the night rows included
        for (Wilke1999.Measurement m : Wilke1999.measurements()) {
            assertThat(html).contains(DemoReport.esc(m.activity()));
        }
        assertThat(html).contains("Nachemson 1981: mean |error| (pp)");
        // the claims' model numbers are computed, never written in: the slouched-sitting panel's number
        var model = Wilke1999.subjectModel().withMuscleModel(MuscleModelKind.SINGLE_EQUIVALENT);
        double slouch = Lumbosim.analyze(model, PosturePreset.SITTING_SLOUCHED.posture(), List.of())
                .level(SpinalLevel.L4_L5).idpMPa();
        double stand = Lumbosim.analyze(model, PosturePreset.STANDING_RELAXED.posture(), List.of())
                .level(SpinalLevel.L4_L5).idpMPa();
        assertThat(html).contains("model: slouched sitting " + String.format(Locale.ROOT, "%,.0f", 100 * slouch / stand));
    }
}
