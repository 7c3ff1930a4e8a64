package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.model.SpinalLevel;

/**
 * The README's real trial end to end (issue 13): OpenCap's five body-weight squats
 * (stanfordnmbl/opencap-processing, {@code Moco/exampleSquat/squats1_videoAndMocap.mot}, Apache-2.0;
 * 78.2 kg, the example model's mass), read from the workplace's repository snapshot (it is not
 * committed here; without it the test is skipped, saying why). Every frame has loads and no level
 * carries more than the 17 kN that Cholewicki, McGill and Norman (1991, Med Sci Sports Exerc
 * 23:1179) estimated at L4/L5 for powerlifters: a body-weight squat needs less than a competition
 * lift. Before the lumbar share of axial rotation (the recorded 18.6 deg of trunk rotation at the
 * bottom of each squat spread over the five lumbar levels) L1-L2 peaked at 27.3 kN and 290 frames
 * were overloaded (min-max solutions up to 5.38 MPa).
 */
class RealSquatTrialTest {
    private static final Path REPO = Path.of("/work/.mirror/stanfordnmbl+opencap-processing/repo");
    private static final String FILE = "Moco/exampleSquat/squats1_videoAndMocap.mot";
    /** Powerlifters' largest L4/L5 compression, Cholewicki, McGill and Norman (1991), as quoted in issue 13 (N). */
    private static final double POWERLIFTER_L4L5_COMPRESSION_N = 17_000;

    @TempDir
    Path dir;

    @Test
    void everyFrameOfTheOpenCapSquatsHasLoadsBelowAPowerliftersPeak() throws Exception {
        Path mot = RepositorySnapshot.fileOrSkip(REPO, FILE, dir.resolve("squats.mot"));
        Path csv = dir.resolve("squat-loads.csv");
        CliRun r = CliRun.of("motion", mot.toString(), "--mass-kg", "78.2", "--out", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String summary = r.out().lines().filter(l -> l.startsWith("summary:")).findFirst().orElseThrow();
        System.out.println("RealSquatTrialTest: " + summary);
        assertThat(summary).contains("frames=801 failedFrames=0 ").doesNotContain("NaN").doesNotContain("Infinity");
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",");
        assertThat(lines).hasSize(802);
        double[] peak = new double[SpinalLevel.count()];
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split(",", -1);
            assertThat(row[1]).as(line).isIn("OK", "OVERLOADED");
            for (SpinalLevel l : SpinalLevel.values()) {
                double c = Double.parseDouble(row[List.of(header).indexOf(l.label() + "_compressionN")]);
                assertThat(c).as(line).isFinite().isPositive();
                peak[l.ordinal()] = Math.max(peak[l.ordinal()], c);
            }
        }
        for (SpinalLevel l : SpinalLevel.values()) {
            System.out.printf(Locale.ROOT, "RealSquatTrialTest: peak %s compression %.0f N%n", l.label(), peak[l.ordinal()]);
            assertThat(peak[l.ordinal()]).as(l.label()).isLessThan(POWERLIFTER_L4L5_COMPRESSION_N);
        }
    }
}
