package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers README.md, docs/cli.md and docs/report-and-examples.md print as a command's output
 * are what the command prints now, at the precision the document shows ({@link DocNumbers}, passages
 * listed in {@link DocChecks}; every command run once, in-process). A failure lists the document,
 * line, its text and the fresh output line; {@code .ci/regenerate-docs} rewrites them.
 */
class DocNumbersTest {
    private static final Path ROOT = Path.of("..");

    @TempDir
    static Path runs;

    private static DocNumbers.Outputs outputs;
    private static DocNumbers.Result result;

    @BeforeAll
    static void runTheDocumentedCommands() throws IOException {
        outputs = new DocNumbers.Outputs(ROOT, runs);
        result = DocNumbers.check(ROOT, outputs, false);
    }

    @Test
    void everyDocumentedOutputNumberIsWhatTheCommandPrintsNow() throws IOException {
        System.out.printf("DocNumbersTest: %d numbers compared in %d passages; runs (ms): %s%n", result.pairs().size(),
                result.perCheck().size(), outputs.millis());
        assertThat(result.stale()).as(result.report(ROOT)).isEmpty();
        assertThat(result.unmatched()).as(result.report(ROOT)).isEmpty();
        // every cheap passage is compared (the OpenCap trial only where its snapshot is): a check that finds nothing fails
        assertThat(result.skipped()).allMatch(s -> s.contains("motion-squats"));
        assertThat(result.perCheck()).as("numbers compared per passage").allSatisfy((passage, n) -> assertThat(n).as(passage).isPositive());
        assertThat(result.pairs().size()).isGreaterThan(600);
        assertThat(result.pairs()).extracting(DocNumbers.Pair::doc).contains("README.md", "docs/cli.md", "docs/report-and-examples.md");
    }

    @Test
    void aStaleNumberIsReportedWithItsLineAndRewrittenAtTheDocumentsPrecision(@TempDir Path copy) throws IOException {
        for (String f : List.of("README.md", "docs/cli.md", "docs/report-and-examples.md", "examples/jobs/warehouse.json")) {
            Files.createDirectories(copy.resolve(f).getParent());
            Files.copy(ROOT.resolve(f), copy.resolve(f));
        }
        Path readme = copy.resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String row = DocNumbers.lineAt(text, text.indexOf("| lying supine |"));
        String assess = DocNumbers.lineAt(text, text.indexOf("\ncarry box close ") + 1);
        Matcher predicted = Pattern.compile("\\| (\\d\\.\\d{3}) \\|").matcher(row);
        assertThat(predicted.find()).as(row).isTrue();
        String staleRow = row.substring(0, predicted.start(1)) + new BigDecimal(predicted.group(1)).add(new BigDecimal("0.011"))
                + row.substring(predicted.end(1));
        String staleAssess = assess.replaceFirst("(\\d+)(\\s+)(\\d+)", "9$1$2$3");
        assertThat(staleRow).isNotEqualTo(row);
        assertThat(staleAssess).isNotEqualTo(assess);
        Files.writeString(readme, text.replace(row, staleRow).replace(assess, staleAssess), StandardCharsets.UTF_8);

        DocNumbers.Result stale = DocNumbers.check(copy, outputs, false);
        assertThat(stale.stale()).hasSize(result.stale().size() + 2).filteredOn(p -> p.doc().equals("README.md")).hasSize(2);
        String report = stale.report(copy);
        assertThat(report).contains("README.md:" + DocNumbers.lineOf(text, text.indexOf(row)) + ": shows")
                .contains("doc:   " + staleRow.strip()).contains("fresh: ").contains(assess.strip());

        assertThat(DocNumbers.write(copy, stale.edits())).contains("README.md");
        assertThat(Files.readString(readme, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(DocNumbers.check(copy, outputs, false).stale()).isEmpty();
    }

    @Test
    void numbersAreComparedAndRewrittenAtTheDocumentsPrecision() {
        assertThat(DocNumbers.same("0.166", "0.16594666794526047")).isTrue();
        assertThat(DocNumbers.same("0.165", "0.16594666794526047")).isFalse();
        assertThat(DocNumbers.same("536", "535.9")).isTrue();
        assertThat(DocNumbers.same("43", "+42.8")).isTrue();
        assertThat(DocNumbers.same("1.754e-01", "0.17543")).isTrue();
        assertThat(DocNumbers.same("0.0", "0")).isTrue();
        assertThat(DocNumbers.same("1759.941623344906", "1759.9416233449056")).isFalse(); // two doubles printed whole
        assertThat(DocNumbers.render("0.165", "0.16594666794526047")).isEqualTo("0.166");
        assertThat(DocNumbers.render("+0.004", "0.0051")).isEqualTo("+0.005");
        assertThat(DocNumbers.render("1.754e-01", "0.17643")).isEqualTo("1.764e-01");
        assertThat(DocNumbers.render("12224.4", "12230.549")).isEqualTo("12230.5");
        assertThat(DocNumbers.render("12224.395173407434", "12230.5")).isEqualTo("12230.5");
    }

    /**
     * Fourteenth session: README's table of cut-offs (motion section, "How much of a peak is differentiation")
     * prints its numbers with thousands separators; a stale one is reported without them and rewritten with them
     * (its Body25b rows still showed the peaks from before h13/neutral: 2,815 and 5,167 N for 2,816 and 5,176).
     */
    @Test
    void review14_aStaleNumberWithThousandsSeparatorsIsReportedAndRewrittenWithThem(@TempDir Path copy) throws IOException {
        for (String f : List.of("README.md", "docs/cli.md", "docs/report-and-examples.md", "examples/jobs/warehouse.json")) {
            Files.createDirectories(copy.resolve(f).getParent());
            Files.copy(ROOT.resolve(f), copy.resolve(f));
        }
        Path readme = copy.resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String row = DocNumbers.lineAt(text, text.indexOf("| Pose2Sim Body25b, 60 Hz | 6 | "));
        Matcher peak = Pattern.compile("\\| 6 \\| (\\d,\\d{3}) \\|").matcher(row);
        assertThat(peak.find()).as(row).isTrue();
        String staleRow = row.substring(0, peak.start(1)) + "1,234" + row.substring(peak.end(1));
        Files.writeString(readme, text.replace(row, staleRow), StandardCharsets.UTF_8);

        DocNumbers.Result stale = DocNumbers.check(copy, outputs, false);
        assertThat(stale.stale()).hasSize(result.stale().size() + 1).filteredOn(p -> p.docLine().equals(staleRow))
                .singleElement().satisfies(p -> assertThat(p.shown()).isEqualTo("1234"));
        assertThat(DocNumbers.write(copy, stale.edits())).contains("README.md");
        assertThat(Files.readString(readme, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(DocNumbers.grouped("+10092.5")).isEqualTo("+10,092.5");
        assertThat(DocNumbers.grouped("859")).isEqualTo("859");
    }

    /** The checks of README's "Sensitivity to the uncertain constants" ({@code example ValidationSensitivity}, both models). */
    private static List<DocChecks.Check> sensitivityChecks() {
        return DocChecks.CHECKS.stream().filter(c -> c.name().startsWith("sensitivity: ")).toList();
    }

    /**
     * Fourteenth session (h14/docsens): every number each sensitivity check compares, one unit up in its last
     * place in a copy of README, is reported stale at its line with the edited value, and the rewrite restores
     * the README exactly; unedited, each compares at least one number and finds none stale.
     */
    @Test
    void everySensitivityNumberEditedInACopyIsReportedAtItsLineAndRewrittenBack(@TempDir Path copy) throws IOException {
        Path readme = copy.resolve("README.md");
        String text = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        List<DocChecks.Check> checks = sensitivityChecks();
        assertThat(checks).hasSize(13);
        for (DocChecks.Check check : checks) {
            Files.writeString(readme, text, StandardCharsets.UTF_8);
            DocNumbers.Result fresh = DocNumbers.check(copy, outputs, c -> c == check);
            assertThat(fresh.unmatched()).as(check.name() + "\n" + fresh.report(copy)).isEmpty();
            assertThat(fresh.stale()).as(check.name() + "\n" + fresh.report(copy)).isEmpty();
            assertThat(fresh.pairs()).as(check.name()).isNotEmpty();
            System.out.printf("DocNumbersTest: %s: %d numbers%n", check.name(), fresh.pairs().size());

            StringBuilder edited = new StringBuilder(text);
            List<String> expected = new ArrayList<>();
            List<DocNumbers.Pair> fromTheEnd = fresh.pairs().stream()
                    .sorted(Comparator.comparingInt(DocNumbers.Pair::start).reversed()).toList();
            for (DocNumbers.Pair p : fromTheEnd) {
                BigDecimal shown = new BigDecimal(p.shown());
                String bumped = shown.add(shown.ulp()).toPlainString();
                edited.replace(p.start(), p.start() + p.shown().length(), bumped);
                expected.add("README.md:" + DocNumbers.lineOf(text, p.start()) + ": shows " + bumped + ", the command prints ");
            }
            Files.writeString(readme, edited, StandardCharsets.UTF_8);
            DocNumbers.Result stale = DocNumbers.check(copy, outputs, c -> c == check);
            String report = stale.report(copy);
            assertThat(stale.unmatched()).as(check.name() + "\n" + report).isEmpty();
            assertThat(stale.stale()).as(check.name()).hasSameSizeAs(fresh.pairs());
            assertThat(report).as(check.name()).contains(expected);
            DocNumbers.write(copy, stale.edits());
            assertThat(Files.readString(readme, StandardCharsets.UTF_8)).as(check.name()).isEqualTo(text);
        }
    }

    /**
     * Fourteenth session (h14/docsens): an {@code in} turned {@code out} in each of the three sensitivity tables
     * (the one-at-a-time union's bare {@code in}, the joint pressure and ratio bands' {@code lo-hi in}) is
     * reported at its line: a word is compared, not rewritten.
     */
    @Test
    void aFlippedInOrOutInASensitivityTableIsReportedAtItsLine(@TempDir Path copy) throws IOException {
        Path readme = copy.resolve("README.md");
        String text = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        StringBuilder edited = new StringBuilder(text);
        List<Integer> lines = new ArrayList<>();
        int ratioTable = text.indexOf("and of the ratio to relaxed standing:");
        List<Integer> tables = List.of(text.indexOf("| row | measured | single-equivalent: union"),
                text.indexOf("| row | measured | single-eq., with area |"), text.indexOf("| row | measured | single-eq., with area |", ratioTable));
        for (int i = tables.size() - 1; i >= 0; i--) { // from the end, so the offsets hold
            assertThat(tables.get(i)).isPositive();
            int at = text.indexOf(" in |", tables.get(i));
            edited.replace(at, at + " in |".length(), " out |");
            lines.add(0, DocNumbers.lineOf(text, at));
        }
        Files.writeString(readme, edited, StandardCharsets.UTF_8);

        DocNumbers.Result r = DocNumbers.check(copy, outputs, c -> c instanceof DocChecks.BandTable);
        assertThat(r.stale()).isEmpty();
        assertThat(r.unmatched()).hasSize(3).allSatisfy(u -> assertThat(u.freshLine()).contains("but the measurement is in"));
        assertThat(r.unmatched()).extracting(u -> DocNumbers.lineOf(edited.toString(), u.start())).containsExactlyElementsOf(lines);
    }
}
