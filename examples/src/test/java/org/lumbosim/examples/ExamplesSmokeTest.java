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
    void apiTourPrintsItsFourSteps() {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            JavaApiTour.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        String text = buf.toString(java.nio.charset.StandardCharsets.UTF_8);
        for (String step : new String[] {"1. ", "2. ", "3. ", "4. bad input is named: trunkFlexionDeg = 200.0"}) {
            assertTrue(text.contains(step), "tour output lacks \"" + step + "\":\n" + text);
        }
    }
}
