package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/cli.md's "Bad input (exit 2): real messages" are real: every example whose task file is given
 * in its comment ({@code $ ./lumbosim analyze bad1.json  # {...}}) exits 2 and prints the documented
 * {@code error:} line, exactly, or up to a {@code ...} where the documentation shortens it. Scripts
 * match these messages, so a field added to a list or a reworded reason must reach the documentation.
 */
class DocumentedBadInputTest {
    private static final Path DOC = Path.of("../docs/cli.md");
    private static final String SECTION = "### Bad input (exit 2): real messages";
    /** A documented command whose task file's JSON is its comment. */
    private static final Pattern COMMAND = Pattern.compile("^\\$ \\./lumbosim analyze (\\S+)\\s+# (\\{.*})$");
    private static final String ELLIPSIS = "...";

    @TempDir
    Path dir;

    @Test
    void everyDocumentedBadInputExampleExitsTwoWithItsMessage() throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int section = lines.indexOf(SECTION);
        assertThat(section).as("docs/cli.md has \"%s\"", SECTION).isNotNegative();
        int checked = 0;
        for (int i = section + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            Matcher m = COMMAND.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            String documented = lines.get(i + 1);
            Path task = dir.resolve(m.group(1));
            Files.writeString(task, m.group(2), StandardCharsets.UTF_8);
            CliRun r = CliRun.of("analyze", task.toString());
            assertThat(r.code()).as("exit code of %s", lines.get(i)).isEqualTo(Main.EXIT_BAD_INPUT);
            String printed = r.err().strip();
            int cut = documented.indexOf(ELLIPSIS);
            if (cut < 0) {
                assertThat(printed).as("message of %s", lines.get(i)).isEqualTo(documented);
            } else {
                assertThat(printed).as("message of %s", lines.get(i)).startsWith(documented.substring(0, cut));
            }
            checked++;
        }
        assertThat(checked).as("examples with their task file in the comment").isGreaterThanOrEqualTo(7);
    }
}
