package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
