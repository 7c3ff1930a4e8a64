package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress lines on stderr: only for long runs, at most every 2 s (issue 15). */
class ProgressTest {

    @Test
    void issue15_progressIsSilentForShortRunsThenPrintsAtMostEveryTwoSeconds() {
        AtomicLong clockNs = new AtomicLong(5_000_000_000L);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), 1_000_000, "people", clockNs::get);
        clockNs.addAndGet(1_900_000_000L);
        p.accept(100_000);
        assertThat(err.toString(StandardCharsets.UTF_8)).as("not yet 2 s").isEmpty();
        clockNs.addAndGet(100_000_000L);
        p.accept(400_000);
        clockNs.addAndGet(1_000_000_000L);
        p.accept(500_000);
        clockNs.addAndGet(1_000_000_000L);
        p.accept(1_000_000);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(System.lineSeparator(),
                "progress: 40 % (400000 of 1000000 people)", "progress: 100 % (1000000 of 1000000 people)", ""));
    }
}
