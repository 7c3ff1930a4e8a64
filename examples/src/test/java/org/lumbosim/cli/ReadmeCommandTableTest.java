package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's table of commands (section "Command line: {@code ./lumbosim}") lists every command of
 * {@code lumbosim --help}, in the same order (newcomer audit, twelfth session: {@code explore} had a
 * section of its own but no row, so a reader of the table did not know the command existed).
 */
class ReadmeCommandTableTest {

    @Test
    void audit12_theReadmeTableListsEveryCommandInTheUsageOrder() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("../README.md"));
        int start = lines.indexOf("## Command line: `./lumbosim`");
        assertThat(start).as("the README's command-line section").isNotNegative();
        List<String> table = new ArrayList<>();
        boolean inTable = false;
        for (String l : lines.subList(start + 1, lines.size())) {
            if (l.startsWith("| command |")) {
                inTable = true;
            } else if (inTable && l.startsWith("| `")) {
                String cell = l.substring(3, l.indexOf('`', 3));
                table.add(cell.split(" ")[0]);
            } else if (inTable && !l.startsWith("|")) {
                break;
            }
        }
        assertThat(table).containsExactlyElementsOf(Main.commandNames());
    }
}
