package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code motion --load-kg M --pickup-s T1 --release-s T2} (newcomer pass, ninth session): bad values
 * are named by their options, not by the record fields behind them (before: {@code releaseS = 0.5 s is
 * outside the model's valid range [1.0, 1.7976931348623157E308] s}), and {@code --load-kg} alone holds
 * the load in every frame, as documented.
 */
class MotionLoadOptionsTest {
    @TempDir
    Path dir;

    private Path motion() throws Exception {
        StringBuilder b = new StringBuilder("time,trunkFlexionDeg\n");
        for (int i = 0; i <= 20; i++) {
            b.append(String.format(Locale.ROOT, "%.2f,%.1f%n", i * 0.1, 30.0 + i));
        }
        return Files.writeString(dir.resolve("bend.csv"), b.toString());
    }

    @Test
    void aReleaseBeforeThePickUpIsNamedByTheOptions() throws Exception {
        CliRun r = CliRun.of("motion", motion().toString(), "--load-kg", "10", "--pickup-s", "1", "--release-s", "0.5");
        assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("error: --release-s = 0.5 s is before --pickup-s = 1 s; the load is held"
                + " from --pickup-s to --release-s, both included: give a release at or after the pick-up");
    }

    @Test
    void aMassOutsideTheRangeIsNamedByItsOption() throws Exception {
        for (String kg : new String[] {"-10", "200.5"}) {
            CliRun r = CliRun.of("motion", motion().toString(), "--load-kg", kg, "--pickup-s", "0", "--release-s", "1");
            assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(r.err().strip()).isEqualTo("error: --load-kg = " + kg
                    + " is outside the allowed range [0.0, 200.0] kg");
        }
        assertThat(CliRun.of("motion", motion().toString(), "--load-kg", "200").code()).isZero();
    }

    @Test
    void loadKgAloneHoldsTheLoadInEveryFrame() throws Exception {
        Path f = motion();
        CliRun alone = CliRun.of("motion", f.toString(), "--load-kg", "10");
        CliRun whole = CliRun.of("motion", f.toString(), "--load-kg", "10", "--pickup-s", "0", "--release-s", "2");
        CliRun none = CliRun.of("motion", f.toString());
        assertThat(alone.code()).as(alone.err()).isZero();
        assertThat(alone.out()).isEqualTo(whole.out()).isNotEqualTo(none.out());
    }
}
