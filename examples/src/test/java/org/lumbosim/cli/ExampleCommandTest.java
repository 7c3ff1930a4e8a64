package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code lumbosim example}: the usage goes where the exit code says. */
class ExampleCommandTest {

    @Test
    void issue11_exampleWithoutANamePrintsTheUsageOnStderrAndExitsTwo() {
        CliRun r = CliRun.of("example");
        assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("usage: lumbosim example NAME").contains("PerLevelProfile");
    }

    @Test
    void exampleHelpPrintsTheUsageOnStdoutAndExitsZero() {
        CliRun r = CliRun.of("example", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("usage: lumbosim example NAME").contains("PerLevelProfile");
    }
}
