package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeValidation;

/**
 * {@code lumbosim example ValidationSensitivity --joint N --seed S}: the same seed writes the same joint CSV
 * and another seed another; the CSV has a line per variant, quantity and row, its predicted column is the
 * plain comparison and its percentiles are ordered; the one-at-a-time output above it is the same as
 * without the joint run; a bad {@code --joint} or {@code --seed} exits 2 naming the option, its value and
 * the allowed range, and writes nothing.
 */
class ValidationJointExampleTest {
    private static final String JOINT = "validation-joint-single-equivalent.csv";
    /** The CSV's six significant digits. */
    private static final double CSV_RELATIVE_PRECISION = 1e-5;

    @Test
    void theSameSeedWritesTheSameCsvAndAnotherSeedAnother(@TempDir Path dir) throws IOException {
        List<String> a = joint(dir.resolve("a"), "5");
        List<String> b = joint(dir.resolve("b"), "5");
        List<String> c = joint(dir.resolve("c"), "6");
        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
        int rows = Wilke1999.measurements().size();
        assertThat(a).hasSize(1 + 2 * 2 * rows);
        List<String> header = Arrays.asList(a.get(0).split(","));
        WilkeValidation.Report plain = WilkeValidation.run(Wilke1999.subjectModel());
        for (int i = 1; i < a.size(); i++) {
            String[] cells = a.get(i).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            assertThat(cells[header.indexOf("variant")]).isIn("withAreaSpread", "withoutAreaSpread");
            double low = Double.parseDouble(cells[header.indexOf("p2_5")]);
            double median = Double.parseDouble(cells[header.indexOf("p50")]);
            double high = Double.parseDouble(cells[header.indexOf("p97_5")]);
            assertThat(low).as(a.get(i)).isLessThanOrEqualTo(median);
            assertThat(median).as(a.get(i)).isLessThanOrEqualTo(high);
            assertThat(cells[header.indexOf("unsolvedDraws")]).isEqualTo("0");
            assertThat(cells[header.indexOf("draws")]).isEqualTo("6");
            WilkeValidation.Row row = plain.rows().stream()
                    .filter(r -> r.measurement().id().equals(cells[header.indexOf("row")])).findFirst().orElseThrow();
            double expected = cells[header.indexOf("quantity")].equals("ratio") ? row.predictedRatio()
                    : row.predictedIdpMPa();
            assertThat(Double.parseDouble(cells[header.indexOf("predicted")]))
                    .isCloseTo(expected, within(expected * CSV_RELATIVE_PRECISION));
        }
    }

    @Test
    void theOneAtATimeOutputIsTheSameWithTheJointRun(@TempDir Path dir) throws IOException {
        String without = stdout("example", "ValidationSensitivity", "--joint", "0", "--out", dir.resolve("a").toString());
        String with = stdout("example", "ValidationSensitivity", "--joint", "2", "--out", dir.resolve("b").toString());
        String csv = "validation-sensitivity-single-equivalent.csv";
        assertThat(Files.readString(dir.resolve("b").resolve(csv))).isEqualTo(Files.readString(dir.resolve("a").resolve(csv)));
        String oneAtATime = without.substring(0, without.indexOf("wrote "));
        assertThat(with).startsWith(oneAtATime);
        assertThat(with).contains("Joint bands", "joint withAreaSpread:", "joint withoutAreaSpread:", JOINT);
    }

    @Test
    void aBadJointOrSeedExitsTwoNamingTheOptionValueAndRangeAndWritesNothing(@TempDir Path dir) throws IOException {
        for (String[] bad : List.of(new String[] {"--joint", "-1", "[0, 100000]"}, new String[] {"--joint", "1.5", "[0, 100000]"},
                new String[] {"--joint", "100001", "[0, 100000]"}, new String[] {"--seed", "x", "9223372036854775807"},
                new String[] {"--seed", "9223372036854775808", "9223372036854775807"})) {
            CliRun r = CliRun.of("example", "ValidationSensitivity", bad[0], bad[1], "--out", dir.toString());
            assertThat(r.code()).as(String.join(" ", bad)).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(r.err()).contains(bad[0], bad[1], bad[2]);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    /** The examples print to {@link System#out}: captured around one in-process run, which must exit 0. */
    private static String stdout(String... args) {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(r.err()).isZero();
        } finally {
            System.setOut(before);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> joint(Path dir, String seed) throws IOException {
        CliRun r = CliRun.of("example", "ValidationSensitivity", "--joint", "6", "--seed", seed, "--out", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return Files.readAllLines(dir.resolve(JOINT));
    }
}
