package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * A held mass that varies over a motion (issue 13, item 3): the column {@code loadMassKg} of a motion
 * file gives each frame's mass, exclusive with {@code --load-kg}.
 */
class MotionLoadColumnTest {
    /** The file's posture: no shoulder column, so the arms hang under gravity (issue 12 item 8). */
    private static final Posture BENT = new Posture(30, 20, 0, 0, 0, 0, 0, 0, 0, java.util.Set.of(Support.FEET))
            .withArmsHanging();

    /** A still, bent posture; 10 kg held from frame 10 to frame 19. */
    private static String csv(String mass) {
        StringBuilder b = new StringBuilder("time,trunkFlexionDeg,lumbarFlexionDeg,loadMassKg\n");
        for (int i = 0; i < 30; i++) {
            b.append(String.format(Locale.ROOT, "%.2f,30,20,%s%n", i * 0.01, i == 15 ? mass : i >= 10 && i < 20 ? "10" : "0"));
        }
        return b.toString();
    }

    @Test
    void issue13_eachFrameHoldsItsRecordedMass(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("held.csv");
        Files.writeString(f, csv("10"));
        CliRun r = CliRun.of("motion", f.toString(), "--cutoff-hz", "0");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        int l5s1 = List.of(lines.get(0).split(",")).indexOf("L5-S1_compressionN");
        double none = Lumbosim.analyze(Subject.defaultSubject(), BENT, List.of()).l5s1().compressionN();
        double ten = Lumbosim.analyze(Subject.defaultSubject(), BENT, List.of(HandLoad.ofMassKg(10))).l5s1().compressionN();
        for (int i = 0; i < 30; i++) {
            double c = Double.parseDouble(lines.get(1 + i).split(",")[l5s1]);
            assertThat(c).as("frame %s", i).isCloseTo(i >= 10 && i < 20 ? ten : none,
                    org.assertj.core.data.Percentage.withPercentage(1e-4));
        }
        System.out.println("MotionLoadColumnTest: L5-S1 " + none + " N without, " + ten + " N with 10 kg");
        // well beyond round-off; in this posture the hands hang behind L5-S1 and the load lowers the
        // compression (821 -> 770 N since the abdominal-pressure change, which relieves the unloaded frames)
        assertThat(Math.abs(ten - none)).as("the mass matters").isGreaterThan(0.01 * none);
    }

    @Test
    void issue13_theColumnAndLoadKgAreExclusiveAndTheMassIsChecked(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("held.csv");
        Files.writeString(f, csv("10"));
        for (String option : new String[] {"--load-kg", "--pickup-s", "--release-s"}) {
            CliRun r = CliRun.of("motion", f.toString(), option, "5");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().trim()).startsWith("error: --load-kg/--pickup-s/--release-s and the column loadMassKg of")
                    .endsWith("both give the held load; use one of them");
        }
        for (String bad : new String[] {"-1", "200.5", "1e300"}) {
            Files.writeString(f, csv(bad));
            CliRun r = CliRun.of("motion", f.toString());
            assertThat(r.code()).as(bad).isEqualTo(2);
            assertThat(r.err()).contains("held.csv:17:4: loadMassKg = ").contains("is outside [0.0, 200.0] kg");
        }
    }
}
