package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lumbosim.disc.DaySchedule;

/**
 * docs/cli.md's "Contract" section and the code cannot drift apart (issue 15): its table of exit codes
 * is {@link ExitCodes#BY_COMMAND} (which the contract property test promises and every command's
 * {@code --help} ends with), and its table of limits holds the constants the commands enforce. Every
 * option a command's parser accepts is named in its {@code --help} and in its docs/cli.md section, and
 * every option its {@code --help} names is accepted.
 */
class ContractDocTest {
    private static final Path DOC = Path.of("../docs/cli.md");

    /** The rows of the markdown table under "## Contract" whose header starts with {@code | <first> |}. */
    private static List<List<String>> table(String first) throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int section = lines.indexOf("## Contract");
        assertThat(section).as("docs/cli.md has a \"## Contract\" section").isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        boolean in = false;
        for (String line : lines.subList(section + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("| " + first + " |")) {
                in = true;
            } else if (in && line.startsWith("| ---")) {
                continue;
            } else if (in && line.startsWith("|")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                rows.add(Arrays.stream(cells).map(String::strip).toList());
            } else if (in) {
                break;
            }
        }
        assertThat(rows).as("the table starting | %s | under ## Contract", first).isNotEmpty();
        return rows;
    }

    @Test
    void issue15_theContractTableListsEveryCommandWithTheExitCodesOfTheCode() throws IOException {
        Map<String, List<Integer>> documented = new LinkedHashMap<>();
        for (List<String> row : table("command")) {
            List<Integer> codes = Arrays.stream(row.get(1).split(",")).map(String::strip).map(Integer::valueOf).toList();
            documented.put(row.get(0).replace("`", ""), codes);
        }
        assertThat(documented).isEqualTo(ExitCodes.BY_COMMAND);
        assertThat(List.copyOf(documented.keySet())).isEqualTo(List.copyOf(Main.commandNames()));
    }

    @Test
    void issue15_everyCommandsHelpEndsWithItsExitCodes() {
        for (String command : Main.commandNames()) {
            CliRun r = CliRun.of(command, "--help");
            assertThat(r.code()).as(command).isZero();
            List<String> lines = r.out().lines().toList();
            assertThat(lines.get(lines.size() - 1)).as(command + " --help").isEqualTo(ExitCodes.help(command));
        }
        assertThat(ExitCodes.help("motion")).isEqualTo(
                "Exit codes: 0 ok; 2 bad input; 3 the muscles cannot balance it; 1 internal failure.");
    }

    @Test
    void issue15_theLimitsTableHoldsTheLimitsTheCommandsEnforce() throws IOException {
        Map<String, String> code = new LinkedHashMap<>();
        code.put("points of `plot --sweep`", number(Plot.MAX_POINTS));
        code.put("people of `population --n`", number(PopulationCommand.MAX_PEOPLE));
        code.put("threads of `population --threads`", number(PopulationCommand.MAX_THREADS));
        code.put("frames of a motion file", number(MotionFile.MAX_FRAMES));
        code.put("duration of a motion file (s)", number(MotionFile.MAX_DURATION_S));
        code.put("magnitude of a motion file's time values (s)", number(MotionFile.MAX_ABS_TIME_S));
        code.put("shortest time step of a motion file (s)", number(MotionFile.MIN_STEP_S));
        code.put("smallest `motion --cutoff-hz` other than 0 (times the sampling rate)",
                number(MotionFile.MIN_CUTOFF_PER_SAMPLE_RATE));
        code.put("activities of a day schedule", number(DaySchedule.MAX_ACTIVITIES));
        code.put("total duration of a day schedule (h)", number(DaySchedule.MAX_TOTAL_H));
        code.put("`day --step-min` (min)", number(DayCommand.MIN_STEP_MIN) + " to " + number(DayCommand.MAX_STEP_MIN));
        Map<String, String> documented = new LinkedHashMap<>();
        for (List<String> row : table("limit")) {
            String[] parts = row.get(1).split(" to ");
            StringBuilder value = new StringBuilder();
            for (String p : parts) {
                value.append(value.length() == 0 ? "" : " to ").append(number(Double.parseDouble(p)));
            }
            documented.put(row.get(0), value.toString());
        }
        assertThat(documented).isEqualTo(code);
    }

    /** Every command's options as its parser accepts them: those taking a value, then the flags. */
    private static final Map<String, List<String>> ACCEPTED = accepted();

    private static Map<String, List<String>> accepted() {
        Map<String, List<List<String>>> lists = new LinkedHashMap<>();
        lists.put("analyze", List.of(AnalyzeCommand.OPTIONS, AnalyzeCommand.FLAGS));
        lists.put("validate", List.of(ValidateCommand.OPTIONS, ValidateCommand.FLAGS));
        lists.put("demo", List.of(DemoCommand.OPTIONS, DemoCommand.FLAGS));
        lists.put("plot", List.of(Plot.OPTIONS, Plot.FLAGS));
        lists.put("assess", List.of(AssessCommand.OPTIONS, AssessCommand.FLAGS));
        lists.put("motion", List.of(MotionCommand.OPTIONS, MotionCommand.FLAGS));
        lists.put("population", List.of(PopulationCommand.OPTIONS, PopulationCommand.FLAGS));
        lists.put("day", List.of(DayCommand.OPTIONS, DayCommand.FLAGS));
        lists.put("atlas", List.of(AtlasCommand.OPTIONS, AtlasCommand.FLAGS));
        lists.put("explore", List.of(ExploreCommand.OPTIONS, ExploreCommand.FLAGS));
        // example passes its options on to the example program it runs
        lists.put("example", List.of(List.of(), List.of()));
        lists.put("classpath", List.of(ClasspathCommand.OPTIONS, ClasspathCommand.FLAGS));
        Map<String, List<String>> out = new LinkedHashMap<>();
        lists.forEach((command, l) -> out.put(command, l.stream().flatMap(List::stream).toList()));
        return out;
    }

    /** The options a text names: {@code --word} not preceded by a letter, digit or dash. */
    private static java.util.Set<String> optionsNamedIn(String text) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w-])--[a-z][a-z-]*").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** docs/cli.md's section of a command: from its heading {@code ## `command ...`} to the next {@code ## }. */
    private static String section(String command) throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder();
        boolean in = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                in = line.startsWith("## `" + command + " ") || line.startsWith("## `" + command + "`");
            }
            if (in) {
                b.append(line).append('\n');
            }
        }
        assertThat(b).as("docs/cli.md has a section ## `%s ...`", command).isNotEmpty();
        return b.toString();
    }

    @Test
    void everyOptionOfEveryCommandIsInItsHelpAndInItsDocsSectionAndEveryOptionItsHelpNamesIsAccepted() throws IOException {
        assertThat(List.copyOf(ACCEPTED.keySet())).isEqualTo(List.copyOf(Main.commandNames()));
        for (Map.Entry<String, List<String>> e : ACCEPTED.entrySet()) {
            String command = e.getKey();
            CliRun help = CliRun.of(command, "--help");
            assertThat(help.code()).as(command).isZero();
            java.util.Set<String> named = optionsNamedIn(help.out());
            assertThat(named).as(command + " --help names every option its parser accepts").containsAll(e.getValue());
            named.remove("--help");
            if (!command.equals("example")) {
                // example's help also names the options of the example programs, which they read
                assertThat(e.getValue()).as(command + " accepts every option its --help names").containsAll(named);
            }
            assertThat(optionsNamedIn(section(command))).as("docs/cli.md's section of " + command)
                    .containsAll(e.getValue());
        }
    }

    /**
     * {@code lumbosim --help} names, in each command's entry, every option that command accepts and no
     * other (the newcomer pass found motion's entry without --clamp, --title and the subject options,
     * and plot's without --title, though their own help listed them).
     */
    @Test
    void theTopLevelUsageNamesEveryOptionOfEveryCommand() {
        Map<String, StringBuilder> entries = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : Main.USAGE.lines().toList()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^  ([a-z]+)( .*)?$").matcher(line);
            if (m.matches() && Main.commandNames().contains(m.group(1))) {
                current = new StringBuilder();
                entries.put(m.group(1), current);
            } else if (line.isEmpty() || !line.startsWith(" ")) {
                current = null;
            }
            if (current != null) {
                current.append(line).append('\n');
            }
        }
        assertThat(List.copyOf(entries.keySet())).isEqualTo(List.copyOf(Main.commandNames()));
        for (Map.Entry<String, List<String>> e : ACCEPTED.entrySet()) {
            java.util.Set<String> named = optionsNamedIn(entries.get(e.getKey()).toString());
            named.remove("--help"); // example's entry says that its --help lists the examples
            assertThat(named)
                    .as("the options lumbosim --help names for " + e.getKey())
                    .containsExactlyInAnyOrderElementsOf(e.getValue());
        }
        assertThat(entries.get("motion").toString()).contains("--clamp", "--title TEXT", "--mass-kg");
    }

    /** A number written the same way whether the doc or the code holds it. */
    private static String number(double v) {
        return new java.math.BigDecimal(v).stripTrailingZeros().toPlainString();
    }
}
