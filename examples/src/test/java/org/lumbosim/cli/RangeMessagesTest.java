package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.RangeText;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.explorer.ExplorerInputs;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.population.ConstantVariation;

/**
 * Range messages built outside {@link org.lumbosim.ParameterOutOfRangeException} print their bounds as it
 * does, through {@link RangeText} (tenth session): the options' ranges, the motion file's cut-off, time,
 * load and angle ranges, the explorer's inputs, the population's spreads and the examples' options. A
 * range is readable when printing its bounds again gives the same text: Java's shortest text of up to six
 * digits, longer bounds rounded into the range to three ({@code [0.0167, 24.0] h}, not
 * {@code [0.016666666666666666, 24.0] h}; the cut-off's {@code %.4g} printed {@code [0.0001111, 1000.0]},
 * below the true minimum 1.1111e-4; the explorer printed {@code [0, 200.0]}).
 */
class RangeMessagesTest {
    private static final Pattern RANGE = Pattern.compile("\\[(\\S+?)(, | to )(\\S+?)]");

    /** Every {@code [a, b]} or {@code [a to b]} in the message is what {@link RangeText} prints for a and b. */
    private static void assertReadableRanges(String message) {
        Matcher m = RANGE.matcher(message);
        int ranges = 0;
        while (m.find()) {
            double lo = Double.parseDouble(m.group(1));
            double hi = Double.parseDouble(m.group(3));
            assertThat(m.group()).as(message).isEqualTo(RangeText.interval(lo, hi, m.group(2)));
            ranges++;
        }
        assertThat(ranges).as(message).isPositive();
    }

    @Test
    void anOptionsLongBoundsAreRoundedIntoTheRange() {
        Options o = Options.parse("day", List.of("--step-h", "0.001"), List.of("--step-h"), List.of());
        assertThatThrownBy(() -> o.number("--step-h", 1, 1.0 / 60, 24, "h"))
                .hasMessage("--step-h = 0.001 is outside the allowed range [0.0167, 24.0] h");
        Options text = Options.parse("day", List.of("--step-h", "x"), List.of("--step-h"), List.of());
        assertThatThrownBy(() -> text.number("--step-h", 1, 1.0 / 60, 2.0 / 3, ""))
                .hasMessage("--step-h = \"x\" is not a number; allowed range [0.0167, 0.666]");
    }

    @Test
    void theCutOffsRangeIsReadableAndHoldsOnlyAllowedValues(@TempDir Path dir) throws Exception {
        // 0.009 s: 111.1 Hz, whose least cut-off 1e-6 x 111.1 Hz printed as %.4g lay below the true one
        StringBuilder b = new StringBuilder("time,trunkFlexionDeg\n");
        for (int i = 0; i < 20; i++) {
            b.append(String.format(Locale.ROOT, "%.3f,10%n", i * 0.009));
        }
        Path f = dir.resolve("m.csv");
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
        CliRun r = CliRun.of("motion", f.toString(), "--cutoff-hz", "1e-5");
        assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertReadableRanges(r.err());
        Matcher m = RANGE.matcher(r.err());
        assertThat(m.find()).isTrue();
        double rateHz = 1 / ((19 * 0.009) / 19);
        assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(1e-6 * rateHz);
    }

    @Test
    void theMotionFilesRangesAreReadable(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, "time,trunkFlexionDeg,loadMassKg\n0,10,0\n0.01,10,-1\n", StandardCharsets.UTF_8);
        CliRun load = CliRun.of("motion", f.toString());
        assertThat(load.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(load.err()).contains("loadMassKg = -1.0 kg is outside [0.0, 200.0] kg");
        assertReadableRanges(load.err());
        Files.writeString(f, "time,trunkFlexionDeg\n0,10\n2e9,10\n", StandardCharsets.UTF_8);
        CliRun time = CliRun.of("motion", f.toString());
        assertThat(time.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertReadableRanges(time.err());
    }

    @Test
    void theExplorersInputsPrintTheirRangesAsTheModelDoes() {
        assertThatThrownBy(() -> new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.SINGLE_EQUIVALENT, 0, 0, 0,
                500, 0.3)).hasMessage("loadKg = 500.0 is outside [0.0, 200.0] kg");
        assertThatThrownBy(() -> new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.SINGLE_EQUIVALENT, 0, 0, 200,
                5, 0.3)).hasMessage("kneeFlexionDeg = 200.0 is outside [0.0, 120.0] deg");
        for (double[] bad : new double[][] {{0, 0, 0, 5, 2}, {150, 0, 0, 5, 0.3}}) {
            assertThatThrownBy(() -> new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.SINGLE_EQUIVALENT, bad[0],
                    bad[1], bad[2], bad[3], bad[4])).satisfies(e -> assertReadableRanges(e.getMessage()));
        }
    }

    @Test
    void thePopulationsSpreadsPrintTheirRangesAsTheModelDoes() {
        assertThatThrownBy(() -> new ConstantVariation.Normal(1, 5).check(TissueParameter.NACHEMSON_FACTOR))
                .hasMessage("nachemsonPressureFactor: normal mean 1.0, sd 5.0 needs the mean within [0.5, 3.0]"
                        + " and the sd within [0.0, 2.5]");
        assertThatThrownBy(() -> new ConstantVariation.Uniform(0, 9).check(TissueParameter.MAX_MUSCLE_STRESS))
                .satisfies(e -> assertReadableRanges(e.getMessage().substring(e.getMessage().indexOf("range"))));
    }

    @Test
    void theExamplesOptionsPrintTheirRangesAsTheModelDoes(@TempDir Path dir) {
        CliRun bending = CliRun.of("example", "CompareWorkDays", "--bending-h", "9", "--out", dir.toString());
        assertThat(bending.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(bending.err()).contains("--bending-h = 9.0 is outside [0.0, 7.5] h");
        CliRun load = CliRun.of("example", "CompareWorkDays", "--load-kg", "900", "--out", dir.toString());
        assertThat(load.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertReadableRanges(load.err());
    }
}
