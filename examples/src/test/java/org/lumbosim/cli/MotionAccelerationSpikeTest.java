package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An OpenSim file whose pelvis translation jumps so far in one frame that the L5-S1 joint centre's
 * acceleration is beyond what the inverse dynamics can hold in doubles (audit of 2026-12-07): before,
 * the unfiltered spike of 5e302 m gave an acceleration of 1e307 m/s², NaN loads marked solved and
 * {@code internal error: ... = NaN} (exit 1); now it is bad input, exit 2, one line naming the file,
 * the line of the first frame beyond the range (the frame before the jump: a central difference) and
 * the allowed range.
 */
class MotionAccelerationSpikeTest {

    private static Path spike(Path dir, String jump) throws Exception {
        StringBuilder b = new StringBuilder("synthetic\nversion=1\ninDegrees=yes\nendheader\n"
                + "time\tpelvis_tilt\tpelvis_list\tpelvis_rotation\tpelvis_tx\tpelvis_ty\tpelvis_tz\tlumbar_extension\n");
        for (int i = 0; i <= 20; i++) {
            b.append(String.format(Locale.ROOT, "%.2f\t0\t0\t0\t%s\t0.9\t0\t-10%n", i * 0.01, i == 10 ? jump : "0"));
        }
        Path f = dir.resolve("spike.mot");
        Files.writeString(f, b.toString());
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5e302", "5e302", "-1e300", "1e12"})
    void anUnfilteredSpikeBeyondTheAccelerationRangeIsBadInputNamingTheLine(String jump, @TempDir Path dir)
            throws Exception {
        Path f = spike(dir, jump);
        CliRun r = CliRun.of("motion", f.toString(), "--cutoff-hz", "0");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("error: " + f + ":15: the pelvis columns give the L5-S1 joint centre an "
                + "acceleration of ").contains("along x at 0.09 s; allowed range [-1.2E13, 1.2E13] m/s2");
    }
}
