package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's table of commands (section "Command line: {@code ./lumbosim}") lists every command of
 * {@code lumbosim --help}, in the same order (newcomer audit, twelfth session: {@code explore} had a
 * section of its own but no row, so a reader of the table did not know the command existed), and
 * names every option of each command's own {@code --help} usage, as {@code lumbosim --help} does
 * (fourteenth session's review: the README row of {@code validate} lacked {@code --abdominal-pressure},
 * the top-level usage offered {@code --cutoff-hz 6} where {@code motion --help} offers {@code 6|auto}).
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

    /** An option and the word after it ({@code --format json|csv|table}); the word is empty for a flag. */
    private static final Pattern OPTION = Pattern.compile("--([a-z][a-z0-9-]*)(?:[ =]([^\\s\\]\\[]+))?");

    @Test
    void review14_everyOptionOfACommandsHelpIsInTheTopLevelUsageAndTheReadmeRow() throws Exception {
        Map<String, String> readmeRows = readmeRows();
        List<String> mismatches = new ArrayList<>();
        for (String command : Main.commandNames()) {
            CliRun help = CliRun.of(command, "--help");
            assertThat(help.code()).as(command + " --help").isZero();
            Map<String, String> own = options(usageLines(help.out(), "usage: lumbosim " + command));
            Map<String, String> top = options(topLevelEntry(command));
            Map<String, String> readme = options(readmeRows.getOrDefault(command, ""));
            compare(command, "lumbosim --help", own, top, mismatches);
            compare(command, "the README's command table", own, readme, mismatches);
        }
        assertThat(mismatches).isEmpty();
    }

    /**
     * Every option of {@code own} must be in {@code other}; where {@code own} offers choices
     * ({@code a|b}), {@code other} must offer the same ones or abbreviate them as {@code …}.
     */
    private static void compare(String command, String where, Map<String, String> own, Map<String, String> other, List<String> out) {
        for (Map.Entry<String, String> e : own.entrySet()) {
            String value = other.get(e.getKey());
            if (value == null) {
                out.add(command + ": " + where + " lacks --" + e.getKey());
            } else if (e.getValue().contains("|") && !value.equals(e.getValue()) && !value.equals("…")) {
                out.add(command + ": " + where + " gives --" + e.getKey() + " " + value + ", its --help " + e.getValue());
            }
        }
    }

    /** @return the options of {@code text} (not {@code --help}) and each one's word, in order */
    private static Map<String, String> options(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = OPTION.matcher(text.replace("\\|", "|"));
        while (m.find()) {
            if (!m.group(1).equals("help")) {
                out.putIfAbsent(m.group(1), m.group(2) == null || m.group(2).startsWith("--") ? "" : m.group(2));
            }
        }
        return out;
    }

    /** @return the usage lines of a command's help: the line starting {@code first} and the indented lines after it */
    private static String usageLines(String help, String first) {
        List<String> lines = List.of(help.split("\\R"));
        int at = 0;
        while (!lines.get(at).startsWith(first)) {
            at++;
        }
        StringBuilder b = new StringBuilder(lines.get(at).substring(first.length()));
        for (int i = at + 1; i < lines.size() && lines.get(i).startsWith(" "); i++) {
            b.append('\n').append(lines.get(i));
        }
        return b.toString();
    }

    /** @return the command's entry in {@code lumbosim --help}: its line and the lines up to the next command's */
    private static String topLevelEntry(String command) {
        List<String> lines = List.of(Main.USAGE.split("\n"));
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("  " + command + " ") || l.equals("  " + command))
                .findFirst().orElseThrow(() -> new AssertionError("lumbosim --help has no entry for " + command)));
        StringBuilder b = new StringBuilder(lines.get(at).substring(2 + command.length()));
        for (int i = at + 1; i < lines.size() && lines.get(i).startsWith("   "); i++) {
            b.append('\n').append(lines.get(i));
        }
        return b.toString();
    }

    /** @return the README command table's first cell (the command line) by command */
    private static Map<String, String> readmeRows() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("../README.md"));
        Map<String, String> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String l : lines.subList(lines.indexOf("## Command line: `./lumbosim`") + 1, lines.size())) {
            if (l.startsWith("| command |")) {
                inTable = true;
            } else if (inTable && l.startsWith("| `")) {
                String cell = l.substring(3, l.indexOf("` |"));
                String command = cell.split(" ")[0];
                rows.put(command, cell.substring(command.length()));
            } else if (inTable && !l.startsWith("|")) {
                break;
            }
        }
        return rows;
    }
}
