package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --cutoff-hz auto} on the real trials of README.md's motion section, read from the
 * workplace's repository snapshots (never committed; skipped, saying why, when absent): the cut-offs
 * Winter's residual analysis chooses for OpenCap's squats (100 Hz; only the choice: solving the 801
 * frames with them takes about 100 s and is measured in the README) and for the Pose2Sim balancing
 * trial (60 Hz, Body25b solution, whole command at 6 Hz and auto), with the L5-S1 peak, its
 * quasi-static value and the notes. Every chosen cut-off must filter (be positive and below the
 * highest cut-off that filters), and the dynamic-rise note must follow the printed rise.
 */
class RealTrialAutoCutoffTest {
    private static final Path OPENCAP = Path.of("/work/.mirror/stanfordnmbl+opencap-processing/repo");
    private static final Path POSE2SIM = Path.of("/work/.mirror/perfanalytics+pose2sim/repo");
    private static final String POSE2SIM_COMMIT = "19d064661f352f6fbd561b560bc9d8131c3db499";
    private static final String BODY25B = "build/lib/Pose2Sim/S00_Demo_BatchSession/S00_P00_SingleParticipant/S00_P00_OpenSim/"
            + "S00_P00_T01_BalancingTrial_filt_butterworth_0-100_body25b.mot";
    private static final Pattern QUASI_STATIC = Pattern.compile("(?m)^quasi-static L5-S1 compression at \\S+ s \\S+ N"
            + " \\(every derivative zero\\): the dynamic terms add \\S+ N \\(([-+]\\S+) %\\)$");

    @TempDir
    Path dir;

    private static void checkCutoffs(MotionFile.Kinematics k, String what) {
        for (MotionFile.ChannelCutoff c : k.cutoffs()) {
            System.out.printf(Locale.ROOT, "RealTrialAutoCutoffTest: %s: %s %.2f Hz (noise RMS %.3g %s)%n", what, c.channel(),
                    c.choice().cutoffHz(), c.choice().noiseRms(), c.unit());
            assertThat(c.choice().cutoffHz()).as(c.channel()).isPositive()
                    .isLessThan(ResidualAnalysis.TOP_PER_SAMPLE_RATE * k.sampleRateHz());
        }
        assertThat(k.cutoffs()).extracting(MotionFile.ChannelCutoff::channel).contains("trunkFlexionDeg", "lumbarFlexionDeg",
                "hipFlexionDeg", "l5s1JointYM");
    }

    @Test
    void theOpenCapSquatsCutoffs() throws Exception {
        Path mot = RepositorySnapshot.fileOrSkip(OPENCAP, "Moco/exampleSquat/squats1_videoAndMocap.mot", dir.resolve("squats.mot"));
        checkCutoffs(MotionFile.read(mot, MotionFile.AUTO_CUTOFF, false), "OpenCap squats");
    }

    @Test
    void thePose2SimBalancingTrialAtSixHertzAndAuto() throws Exception {
        Path mot = RepositorySnapshot.fileOrSkip(POSE2SIM, POSE2SIM_COMMIT, BODY25B, dir.resolve("body25b.mot"));
        checkCutoffs(MotionFile.read(mot, MotionFile.AUTO_CUTOFF, false), "Pose2Sim Body25b");
        for (String cutoff : List.of("6", "auto")) {
            CliRun r = CliRun.of("motion", mot.toString(), "--mass-kg", "70", "--stature-m", "1.72", "--cutoff-hz", cutoff,
                    "--out", dir.resolve("o.csv").toString());
            assertThat(r.code()).as(r.err()).isZero();
            r.out().lines().filter(l -> l.startsWith("peak L5-S1") || l.startsWith("quasi-static") || l.startsWith("summary:"))
                    .forEach(l -> System.out.println("RealTrialAutoCutoffTest: --cutoff-hz " + cutoff + ": " + l));
            r.err().lines().filter(l -> l.startsWith("note: the")).forEach(l -> System.out.println("RealTrialAutoCutoffTest: " + l));
            Matcher m = QUASI_STATIC.matcher(r.out());
            assertThat(m.find()).as(r.out()).isTrue();
            assertThat(r.err().contains("note: the dynamic terms raise the L5-S1 peak"))
                    .isEqualTo(Double.parseDouble(m.group(1)) > 100 * MotionCommand.MAX_DYNAMIC_RISE);
        }
    }
}
