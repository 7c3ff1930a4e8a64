package org.lumbosim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

/** Runs every example with small inputs and checks its numbers against the core API. */
class ExamplesSmokeTest {

    @Test
    void flexionSweepWritesOneRowPerAngleEqualToTheFacade(@TempDir Path dir) throws Exception {
        FlexionSweepToCsv.main(new String[] {"--to-deg", "60", "--step-deg", "30", "--load-kg", "5", "--out", dir.toString()});
        List<String> lines = Files.readAllLines(dir.resolve("flexion-sweep.csv"));
        assertEquals(4, lines.size(), "header + 0, 30, 60 deg");
        String[] row = lines.get(2).split(",");
        assertEquals("30.000", row[0]);
        AnalysisResult r = Lumbosim.analyze(Subject.defaultSubject(), Posture.standingFlexed(30),
                List.of(HandLoad.ofMassKg(5)));
        assertEquals(r.l5s1().compressionN(), Double.parseDouble(row[2]), 0.006, "CSV rounds to 0.01 N");
    }

    /**
     * The verdicts say what supports or contradicts the claim (the newcomer pass found "model disagrees;
     * in vivo data disagree" ambiguous), for every combination; the example prints the demo report's four
     * claims, from the one list both use (twelfth session: it had its own three, one of them not the figure's).
     */
    @Test
    void claimsVerdictsSayWhatSupportsOrContradictsTheClaim() throws Exception {
        assertEquals("a rise of 30 % or more bears the claim out: the model contradicts it (-3 %), and so do the in vivo"
                + " data (-40 %)", ClaimsVersusModel.riseVerdict(-0.03, -0.40));
        assertEquals("a rise of 30 % or more bears the claim out: the model supports it (+45 %), and so do the in vivo"
                + " data (+30 %)", ClaimsVersusModel.riseVerdict(0.45, 0.30));
        assertEquals("a rise of 30 % or more bears the claim out: the model supports it (+31 %), the in vivo data"
                + " contradict it (-40 %)", ClaimsVersusModel.riseVerdict(0.31, -0.40));
        assertEquals("a rise of 30 % or more bears the claim out: the model contradicts it (+29 %), the in vivo data"
                + " support it (+40 %)", ClaimsVersusModel.riseVerdict(0.29, 0.40));
        String stdout = stdoutOf(() -> {
            ClaimsVersusModel.main(new String[0]);
        });
        List<String> verdicts = stdout.lines()
                .filter(l -> l.startsWith("Verdict: ")).toList();
        assertEquals(4, verdicts.size(), verdicts.toString());
        // the claims are the demo report's figure's, in its order (one list: Claims.statements())
        assertEquals(org.lumbosim.viz.report.Claims.statements().stream().map(c -> "Claim:   " + c.text() + ".").toList(),
                stdout.lines().filter(l -> l.startsWith("Claim: ")).toList());
        assertTrue(verdicts.get(0).startsWith("Verdict: a rise of 30 % or more bears the claim out: the model "), verdicts.get(0));
        for (String v : verdicts) {
            assertTrue(v.matches("Verdict: .*the model (supports|contradicts) (the claim|it).*"), v);
            assertTrue(!v.contains("agree"), v);
        }
    }

    /**
     * The sit-up verdict's threshold, {@link ClaimsVersusModel#CLAIMED_LOAD_BORNE_OUT} (75 % of the claimed
     * load; a judgement, as the slouch's 30 %): a model's answer just above it supports the claim, just below
     * contradicts it, and the verdict names the threshold.
     */
    @Test
    void theSitUpVerdictTurnsAtThreeQuartersOfTheClaimedLoad() {
        double claimed = org.lumbosim.viz.report.Claims.SIT_UP_CLAIM_N;
        double threshold = ClaimsVersusModel.CLAIMED_LOAD_BORNE_OUT * claimed;
        java.util.function.DoubleFunction<String> verdict = model -> ClaimsVersusModel.verdict(
                new org.lumbosim.viz.ClaimsFigure.Claim(org.lumbosim.viz.report.Claims.SIT_UP.text(),
                        org.lumbosim.viz.report.Claims.SIT_UP.source(), "L4-L5 compression (N)", claimed, 530,
                        "model: relaxed standing", Double.NaN, "", model, "model: sit-up"));
        assertEquals("75 % of the claimed 3300 N or more bears the claim out: the model supports it (2500 N, 76 %;"
                + " a static mid-point, the feet taken as held)", verdict.apply(2500));
        assertTrue(verdict.apply(threshold).contains("the model supports it"), verdict.apply(threshold));
        assertEquals("75 % of the claimed 3300 N or more bears the claim out: the model contradicts it (2450 N, 74 %;"
                + " a static mid-point, the feet taken as held)", verdict.apply(2450));
    }

    /** The newcomer pass found "wrote 1 rows": one angle is one row. */
    @Test
    void flexionSweepCountsItsRowsInWordsThatAgreeWithTheNumber(@TempDir Path dir) throws Exception {
        String stdout = stdoutOf(() -> {
            FlexionSweepToCsv.main(new String[] {"--step-deg", "100", "--out", dir.resolve("one").toString()});
            FlexionSweepToCsv.main(new String[] {"--to-deg", "10", "--step-deg", "10", "--out", dir.resolve("two").toString()});
        });
        List<String> printed = stdout.lines().toList();
        assertEquals(List.of("wrote 1 row to " + dir.resolve("one").resolve("flexion-sweep.csv").toAbsolutePath(),
                "wrote 2 rows to " + dir.resolve("two").resolve("flexion-sweep.csv").toAbsolutePath()), printed);
        assertEquals(2, Files.readAllLines(dir.resolve("one").resolve("flexion-sweep.csv")).size(), "header + 0 deg");
    }

    @Test
    void stoopVersusSquatMatchesTheFacade(@TempDir Path dir) throws Exception {
        CompareStoopVsSquatLift.main(new String[] {"--max-kg", "10", "--step-kg", "10", "--out", dir.toString()});
        List<String> lines = Files.readAllLines(dir.resolve("stoop-vs-squat.csv"));
        assertEquals(3, lines.size(), "header + 0 and 10 kg");
        String[] row = lines.get(2).split(",");
        AnalysisResult stoop = Lumbosim.analyze(Subject.defaultSubject(), PosturePreset.LIFT_ROUND_BACK.posture(),
                List.of(HandLoad.ofMassKg(10)));
        assertEquals(stoop.l5s1().compressionN(), Double.parseDouble(row[1]), 0.06);
    }

    @Test
    void issue15_fourthPass_apiTourPrintsTheSameNumbersInEveryLocale() throws Exception {
        // under a German locale the tour printed "1245,1 N" (decimal commas), unlike every other output
        java.util.Locale saved = java.util.Locale.getDefault();
        String[] texts = new String[2];
        java.util.Locale[] locales = {java.util.Locale.ROOT, java.util.Locale.GERMANY};
        for (int i = 0; i < 2; i++) {
            java.util.Locale.setDefault(locales[i]);
            try {
                texts[i] = stdoutOf(() -> JavaApiTour.main(new String[0]));
            } finally {
                java.util.Locale.setDefault(saved);
            }
        }
        assertTrue(texts[0].matches("(?s).*compression +\\d+\\.\\d N.*"), texts[0]);
        assertEquals(texts[0], texts[1]);
    }

    @Test
    void apiTourPrintsItsFourSteps() throws Exception {
        String stdout = stdoutOf(() -> {
            JavaApiTour.main(new String[0]);
        });
        String text = stdout;
        for (String step : new String[] {"1. ", "2. ", "3. ", "4. bad input is named: trunkFlexionDeg = 200.0"}) {
            assertTrue(text.contains(step), "tour output lacks \"" + step + "\":\n" + text);
        }
    }

    private static java.awt.image.BufferedImage png(Path f) throws Exception {
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(f.toFile());
        assertTrue(img != null && img.getWidth() > 0, f + " does not decode");
        return img;
    }

    @Test
    void wilkeTableEqualsTheValidationClass(@TempDir Path dir) throws Exception {
        ReproduceWilke1999Table.main(new String[] {"--muscles", "single-equivalent", "--out", dir.toString()});
        List<String> lines = Files.readAllLines(dir.resolve("wilke1999.csv"));
        org.lumbosim.reference.WilkeValidation.Report report = org.lumbosim.reference.WilkeValidation.run(
                org.lumbosim.reference.Wilke1999.subjectModel());
        assertEquals(1 + report.rows().size(), lines.size());
        String stoop = lines.stream().filter(l -> l.startsWith("lift_round_back_20kg,")).findFirst().orElseThrow();
        String[] cells = stoop.split(",");
        double predicted = report.rows().stream().filter(r -> r.measurement().id().equals("lift_round_back_20kg"))
                .findFirst().orElseThrow().predictedIdpMPa();
        assertEquals(predicted, Double.parseDouble(cells[cells.length - 3]), 6e-5);
    }

    @Test
    void sittingPosturesChartAndCsvMatchTheFacade(@TempDir Path dir) throws Exception {
        PlotSittingPostures.main(new String[] {"--out", dir.toString()});
        png(dir.resolve("sitting-postures.png"));
        List<String> lines = Files.readAllLines(dir.resolve("sitting-postures.csv"));
        assertEquals(1 + PlotSittingPostures.POSTURES.size(), lines.size());
        String[] slouched = lines.stream().filter(l -> l.startsWith("sitting_slouched,")).findFirst().orElseThrow()
                .split(",", -1);
        AnalysisResult r = Lumbosim.analyze(Subject.defaultSubject(), PosturePreset.SITTING_SLOUCHED.posture(),
                List.of());
        assertEquals(r.l5s1().compressionN(), Double.parseDouble(slouched[1]), 0.006);
        assertEquals("0.30", slouched[4], "Wilke's slouched sitting value");
    }

    /**
     * The printed table names the level of each number and the subject (newcomer audit, twelfth
     * session): its rows read {@code C 519 N  IDP 0.45 MPa}, an L5-S1 compression beside an L4-L5
     * pressure with neither level said, for the default subject where {@code validate} gives 0.49 MPa
     * for the same posture in Wilke's volunteer.
     */
    @Test
    void audit12_sittingPosturesTableNamesTheLevelsAndTheSubject(@TempDir Path dir) throws Exception {
        String stdout = stdoutOf(() -> {
            PlotSittingPostures.main(new String[] {"--out", dir.toString()});
        });
        List<String> lines = stdout.lines().toList();
        assertTrue(lines.get(0).startsWith("male, 1.75 m, 70 kg"), lines.get(0));
        for (PosturePreset p : PlotSittingPostures.POSTURES) {
            String row = lines.stream().filter(l -> l.startsWith(p.id() + " ")).findFirst().orElseThrow();
            assertTrue(row.contains(" L5-S1 compression ") && row.contains(" L4-L5 IDP "), row);
        }
    }

    @Test
    void liftingHeatMapGridMatchesTheFacade(@TempDir Path dir) throws Exception {
        LiftingHeatMap.main(new String[] {"--max-kg", "10", "--step-kg", "5", "--near-m", "0.2", "--far-m", "0.4",
            "--step-m", "0.2", "--out", dir.toString()});
        png(dir.resolve("lifting-heatmap.png"));
        List<String> lines = Files.readAllLines(dir.resolve("lifting-heatmap.csv"));
        assertEquals(1 + 3 * 2, lines.size(), "0, 5, 10 kg x 0.2, 0.4 m");
        String[] cell = lines.stream().filter(l -> l.startsWith("5.00,0.200,")).findFirst().orElseThrow().split(",");
        double shoulderM = Lumbosim.analyze(Subject.defaultSubject(), Posture.uprightStanding(), List.of()).pose()
                .landmarks().get(org.lumbosim.model.Landmark.SHOULDER_RIGHT).yM();
        assertEquals(shoulderM, Double.parseDouble(cell[2]), 5e-4);
        AnalysisResult r = Lumbosim.analyze(Subject.defaultSubject(), Posture.uprightStanding(),
                List.of(HandLoad.ofMassKg(5).atPositionM(new org.lumbosim.load.PositionM(0.2, shoulderM, 0))));
        assertEquals(r.l5s1().compressionN(), Double.parseDouble(cell[3]), 0.006);
    }

    @Test
    void perLevelProfileHasFiveLevelsEqualToTheFacade(@TempDir Path dir) throws Exception {
        PerLevelProfile.main(new String[] {"--preset", "lift_bent_knees", "--load-kg", "15", "--out", dir.toString()});
        png(dir.resolve("level-profile.png"));
        List<String> lines = Files.readAllLines(dir.resolve("level-profile.csv"));
        assertEquals(6, lines.size());
        AnalysisResult r = Lumbosim.analyze(Subject.defaultSubject(), PosturePreset.LIFT_BENT_KNEES.posture(),
                List.of(HandLoad.ofMassKg(15)));
        String[] l3 = lines.stream().filter(l -> l.startsWith("L3-L4,")).findFirst().orElseThrow().split(",");
        assertEquals(r.level(org.lumbosim.model.SpinalLevel.L3_L4).compressionN(), Double.parseDouble(l3[1]), 0.006);
        assertEquals(r.level(org.lumbosim.model.SpinalLevel.L3_L4).idpMPa(), Double.parseDouble(l3[4]), 6e-5);
    }

    @Test
    void compareWorkDaysMatchesTheDiurnalModelAndTheWarehouseDayLosesMore(@TempDir Path dir) throws Exception {
        CompareWorkDays.main(new String[] {"--load-kg", "10", "--bending-h", "2", "--out", dir.toString()});
        png(dir.resolve("warehouse-day.png"));
        List<String> lines = Files.readAllLines(dir.resolve("work-days.csv"));
        assertEquals(1 + 2 * 5, lines.size());
        org.lumbosim.disc.DaySchedule warehouse = CompareWorkDays.warehouseDay(10, 2);
        assertEquals(24.0, warehouse.totalH(), 1e-12);
        org.lumbosim.disc.DayResult d = org.lumbosim.disc.DiurnalDisc.of(org.lumbosim.model.LumbarModel.of(Subject.defaultSubject()))
                .simulate(warehouse, 1.0 / 6);
        String[] l45 = lines.stream().filter(l -> l.startsWith("warehouse,L4-L5,")).findFirst().orElseThrow().split(",");
        assertEquals(d.level(org.lumbosim.model.SpinalLevel.L4_L5).dailyHeightLossMm(), Double.parseDouble(l45[2]), 1e-4);
        String[] o45 = lines.stream().filter(l -> l.startsWith("office,L4-L5,")).findFirst().orElseThrow().split(",");
        assertTrue(Double.parseDouble(l45[2]) > Double.parseDouble(o45[2]), "the warehouse day loses more height");
    }

    @Test
    void everyExampleAnswersHelpWithItsDefaults() throws Exception {
        String stdout = stdoutOf(() -> {
            ReproduceWilke1999Table.main(new String[] {"--help"});
            PlotSittingPostures.main(new String[] {"--help"});
            LiftingHeatMap.main(new String[] {"--help"});
            PerLevelProfile.main(new String[] {"--help"});
            CompareWorkDays.main(new String[] {"--help"});
        });
        String text = stdout;
        for (String s : new String[] {"usage: ReproduceWilke1999Table", "usage: PlotSittingPostures",
            "usage: LiftingHeatMap", "usage: PerLevelProfile", "usage: CompareWorkDays", "(default: lift_round_back)", "(default: out)"}) {
            assertTrue(text.contains(s), "help lacks \"" + s + "\":\n" + text);
        }
    }

    @Test
    void issue15_claimsVersusModelHelpPrintsUsageOnly() throws Exception {
        String stdout = stdoutOf(() -> {
            ClaimsVersusModel.main(new String[] {"--help"});
        });
        String text = stdout;
        assertTrue(text.startsWith("usage: ClaimsVersusModel"), text);
        assertTrue(!text.contains("In vivo"), "--help ran the example:\n" + text);
    }

    /** Something that prints, as an example's main does. */
    private interface Printing {
        void run() throws Exception;
    }

    /** @return what {@code p} prints on standard output (UTF-8), standard output restored after */
    private static String stdoutOf(Printing p) throws Exception {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            p.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
