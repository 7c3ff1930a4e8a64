package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's contract (docs/cli.md, "Contract") over seeded random inputs, run in-process
 * through {@link Main#run}: random in-range task, job, schedule and motion files and hostile variants
 * of them, with random option lists. For every run:
 * <ul>
 *   <li>the exit code is one the command promises; 1 (internal failure) is never expected;</li>
 *   <li>on failure: exactly one stderr line and nothing on stdout (except the documented status object
 *       of {@code analyze --format json} on exit 3), and no file left in the output folder;</li>
 *   <li>on success: nothing on stderr but {@code note:} lines, no temporary file left;</li>
 *   <li>never {@code NaN} or {@code Infinity} in stdout or in a written text file.</li>
 * </ul>
 * A failure prints the case's seed, arguments and input; {@code -Dlumbosim.contract.seed=S} and
 * {@code -Dlumbosim.contract.scale=K} (K times the cases) replay or widen the search.
 */
class CliContractPropertyTest {
    private static final long SEED = Long.getLong("lumbosim.contract.seed", 20250115L);
    private static final int SCALE = Integer.getInteger("lumbosim.contract.scale", 1);
    private static final Set<String> TEXT_OUTPUTS = Set.of("csv", "json", "svg", "html", "txt");

    @TempDir
    Path base;

    private Set<Path> workingDirectoryBefore;

    @BeforeEach
    void listTheWorkingDirectory() throws IOException {
        workingDirectoryBefore = listing(Path.of(""));
    }

    /** No run may write where it was not told to (a relative --out value lands in the working directory). */
    @AfterEach
    void nothingWasWrittenToTheWorkingDirectory() throws IOException {
        assertThat(listing(Path.of(""))).isEqualTo(workingDirectoryBefore);
    }

    private static Set<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.collect(java.util.stream.Collectors.toSet());
        }
    }

    /** One generated run: its arguments and the input files it reads. */
    private record Case(String name, long seed, List<String> args, List<Path> inputs, Path dir) {
        String describe() {
            StringBuilder b = new StringBuilder(name + " seed=" + seed + "\nargs: " + String.join(" ", args));
            for (Path in : inputs) {
                try {
                    String text = Files.readString(in, StandardCharsets.UTF_8);
                    b.append("\n").append(in.getFileName()).append(":\n")
                            .append(text.length() > 4000 ? text.substring(0, 4000) + "..." : text);
                } catch (IOException e) {
                    b.append("\n").append(in.getFileName()).append(": (unreadable: ").append(e.getMessage()).append(")");
                }
            }
            return b.toString();
        }
    }

    /** Builds one case's arguments from its generator and folder. */
    private interface CaseMaker {
        Case make(String name, long seed, CliInputs g, Path dir) throws IOException;
    }

    /**
     * Runs the cases and checks each.
     *
     * @return how many runs ended with each exit code
     */
    private Map<Integer, Integer> runCases(String name, int cases, CaseMaker maker)
            throws IOException {
        Map<Integer, Integer> codes = new TreeMap<>();
        for (int i = 0; i < cases * SCALE; i++) {
            long seed = SEED * 1_000_003L + name.hashCode() * 7919L + i;
            Path dir = Files.createDirectories(base.resolve(name + "-" + i));
            Case c = maker.make(name, seed, new CliInputs(seed), dir);
            CliRun r = CliRun.of(c.args().toArray(new String[0]));
            check(c, r);
            codes.merge(r.code(), 1, Integer::sum);
            deleteTree(dir);
        }
        return codes;
    }

    private static void check(Case c, CliRun r) throws IOException {
        // the codes the command promises (docs/cli.md, "Contract"); an unknown command is bad input
        List<Integer> promised = ExitCodes.BY_COMMAND.getOrDefault(c.args().get(0), List.of(Main.EXIT_BAD_INPUT));
        String what = c.describe() + "\nexit " + r.code() + "\nstdout:\n" + cut(r.out()) + "\nstderr:\n" + r.err();
        assertThat(r.code()).as("exit code 1 is never expected; %s", what).isNotEqualTo(Main.EXIT_INTERNAL);
        assertThat(promised).as("promised exit codes; %s", what).contains(r.code());
        assertThat(r.out()).as("stdout; %s", what).doesNotContain("NaN").doesNotContain("Infinity");
        List<Path> written = written(c);
        if (r.code() == Main.EXIT_OK) {
            // progress lines are documented for any computation that lasts more than 2 s (a busy machine, overloaded solves)
            assertThat(r.err().lines().filter(l -> !l.startsWith("note: ") && !l.startsWith("progress: ")).toList())
                    .as("stderr on success; %s", what)
                    .isEmpty();
            for (Path f : written) {
                String n = f.getFileName().toString();
                assertThat(n.startsWith(".") || n.endsWith(".part") || n.endsWith(".tmp"))
                        .as("temporary file %s left; %s", f, what).isFalse();
                String ext = n.substring(n.lastIndexOf('.') + 1);
                if (TEXT_OUTPUTS.contains(ext)) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    // a page's scripts are code (the explorer's compiled model names NaN and Infinity), not numbers
                    String numbers = ext.equals("html") ? text.replaceAll("(?s)<script>.*?</script>", "") : text;
                    assertThat(numbers).as("written file %s; %s", f, what)
                            .doesNotContain("NaN").doesNotContain("Infinity");
                }
            }
        } else {
            assertThat(r.err().lines().toList()).as("one stderr line on failure; %s", what).hasSize(1);
            assertThat(r.err()).as("stderr; %s", what).startsWith(r.code() == Main.EXIT_BAD_INPUT ? "error: " : "infeasible: ");
            boolean statusObject = r.code() == Main.EXIT_INFEASIBLE && c.args().get(0).equals("analyze")
                    && !c.args().contains("csv") && !c.args().contains("table") && !c.args().contains("--format=csv")
                    && !c.args().contains("--format=table");
            if (statusObject) {
                assertThat(r.out()).as("analyze's status object; %s", what).contains("\"status\" : \"infeasible\"");
            } else {
                assertThat(r.out()).as("stdout on failure; %s", what).isEmpty();
            }
            assertThat(written).as("files left by a failed run; %s", what).isEmpty();
        }
    }

    /**
     * Guards the generator: a property run that never succeeds, never meets bad input or never meets
     * a task the muscles cannot balance tests less than it claims.
     */
    private static void assertCovers(Map<Integer, Integer> codes, List<Integer> expected) {
        assertThat(codes.keySet()).as("exit codes met: %s", codes).containsAll(expected);
    }

    /** Every file in the case's folder that the run wrote (everything but its inputs). */
    private static List<Path> written(Case c) throws IOException {
        try (Stream<Path> s = Files.walk(c.dir())) {
            return s.filter(Files::isRegularFile).filter(p -> !c.inputs().contains(p)).toList();
        }
    }

    private static String cut(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    // ------------------------------------------------------------------ option lists

    /**
     * Arguments from options (each a name and a value, or a flag with a null value) and positionals:
     * shuffled, sometimes written {@code --opt=value}, sometimes with an unknown option, a repeated
     * option, a missing value, a missing or extra positional.
     */
    private static List<String> arguments(CliInputs g, String command, List<String[]> options, List<String> positional,
                                          double hostileChance) {
        List<List<String>> parts = new ArrayList<>();
        List<String> pos = new ArrayList<>(positional);
        List<String[]> opts = new ArrayList<>(options);
        if (g.chance(hostileChance)) {
            switch (g.between(0, 4)) {
                case 0 -> opts.add(new String[] {g.pick(List.of("--bogus", "-x", "--Out", "--format")), "1"});
                case 1 -> {
                    if (!opts.isEmpty()) {
                        opts.add(g.pick(opts));
                    }
                }
                case 2 -> {
                    if (!pos.isEmpty()) {
                        pos.remove(0);
                    }
                }
                case 3 -> pos.add("extra.json");
                default -> opts.add(new String[] {"--help", null});
            }
        }
        for (String[] o : opts) {
            if (o[1] == null) {
                parts.add(List.of(o[0]));
            } else if (g.chance(0.3)) {
                parts.add(List.of(o[0] + "=" + o[1]));
            } else {
                parts.add(List.of(o[0], o[1]));
            }
        }
        pos.forEach(p -> parts.add(List.of(p)));
        Collections.shuffle(parts, new java.util.Random(g.between(0, Integer.MAX_VALUE - 1)));
        List<String> args = new ArrayList<>();
        args.add(command);
        parts.forEach(args::addAll);
        if (g.chance(hostileChance / 4)) {
            args.add(g.pick(List.of("--out", "--n", "--format", "--step-min")));
        }
        return args;
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** An output path in the case's folder: usually a fresh file, sometimes in a new subfolder. */
    private static String outPath(CliInputs g, Path dir, String name) {
        return (g.chance(0.8) ? dir.resolve(name) : dir.resolve("sub").resolve(name)).toString();
    }

    /**
     * A figure path of motion and day, always in an existing folder: today a figure into a new folder
     * fails after the CSV was printed or written (the output writer's part of issue 15, items 5 and 6);
     * once one writer serves every command, this becomes {@link #outPath}.
     */
    private static String plotPath(Path dir, String name) {
        return dir.resolve(name).toString();
    }

    // ------------------------------------------------------------------ the properties

    @Test
    void analyzeKeepsTheContractOverRandomAndHostileTaskFiles() throws IOException {
        assertCovers(runCases("analyze", 1500, (name, seed, g, dir) -> {
            Path in = write(dir, "task.json", g.text(g.task(), 0.4));
            List<String[]> o = new ArrayList<>();
            if (g.chance(0.7)) {
                o.add(new String[] {"--format", g.optionValue(List.of("json", "csv", "table"))});
            }
            if (g.chance(0.3)) {
                o.add(new String[] {"--muscle-forces", null});
            }
            return new Case(name, seed, arguments(g, "analyze", o, List.of(in.toString()), 0.1), List.of(in), dir);
        }), ExitCodes.BY_COMMAND.get("analyze"));
    }

    @Test
    void assessKeepsTheContractOverRandomAndHostileJobFiles() throws IOException {
        assertCovers(runCases("assess", 800, (name, seed, g, dir) -> {
            Path in = write(dir, "job.json", g.text(g.job(), 0.4));
            List<String[]> o = new ArrayList<>();
            if (g.chance(0.5)) {
                o.add(new String[] {"--format", g.optionValue(List.of("json", "table"))});
            }
            return new Case(name, seed, arguments(g, "assess", o, List.of(in.toString()), 0.1), List.of(in), dir);
        }), ExitCodes.BY_COMMAND.get("assess"));
    }

    @Test
    void dayKeepsTheContractOverRandomAndHostileSchedules() throws IOException {
        assertCovers(runCases("day", 300, (name, seed, g, dir) -> {
            List<Path> inputs = new ArrayList<>();
            List<String> pos = new ArrayList<>();
            if (g.chance(0.95)) {
                Path in = write(dir, "schedule.json", g.text(g.schedule(), 0.4));
                inputs.add(in);
                pos.add(in.toString());
            }
            List<String[]> o = new ArrayList<>();
            if (g.chance(0.5)) {
                o.add(new String[] {"--step-min", g.optionValue(List.of("1", "5", "10", "60", "7.5"))});
            }
            if (g.chance(0.5)) {
                o.add(new String[] {"--out", outPath(g, dir, "day.csv")});
            }
            if (g.chance(0.04)) {
                o.add(new String[] {"--plot", plotPath(dir, g.pick(List.of("day.png", "day.svg")))});
            }
            return new Case(name, seed, arguments(g, "day", o, pos, 0.1), inputs, dir);
        }), ExitCodes.BY_COMMAND.get("day"));
    }

    @Test
    void populationKeepsTheContractOverRandomAndHostileTaskFiles() throws IOException {
        assertCovers(runCases("population", 250, (name, seed, g, dir) -> {
            ObjectNode task = g.task();
            if (g.chance(0.4)) {
                task.set("variation", g.variation());
            }
            if (g.chance(0.05)) {
                // a moment beyond every muscle at any strength up to the search limit (exit 3); random postures no
                // longer reach one since the lumbar levels take only their share of the axial rotation
                task.set("loads", FiniteOutputTest.twistingCouple());
            }
            Path in = write(dir, "task.json", g.text(task, 0.4));
            List<String[]> o = new ArrayList<>();
            o.add(new String[] {"--n", g.optionValue(List.of("1", "3", "10", "25"))});
            if (g.chance(0.5)) {
                o.add(new String[] {"--seed", g.optionValue(List.of("1", "-7", "9223372036854775807"))});
            }
            if (g.chance(0.5)) {
                o.add(new String[] {"--threads", g.optionValue(List.of("1", "2"))});
            }
            if (g.chance(0.4)) {
                o.add(new String[] {"--out", outPath(g, dir, "p.csv")});
            }
            return new Case(name, seed, arguments(g, "population", o, List.of(in.toString()), 0.1), List.of(in), dir);
        }), ExitCodes.BY_COMMAND.get("population"));
    }

    @Test
    void motionKeepsTheContractOverRandomAndHostileMotionFiles() throws IOException {
        assertCovers(runCases("motion", 400, (name, seed, g, dir) -> {
            Path in = write(dir, "motion.csv", g.motionText(g.motionCsv(), 0.4));
            List<String[]> o = new ArrayList<>();
            if (g.chance(0.4)) {
                o.add(new String[] {"--load-kg", g.optionValue(List.of("5", "20", "0", "200"))});
                if (g.chance(0.5)) {
                    o.add(new String[] {"--pickup-s", g.optionValue(List.of("0", "0.2", "-5"))});
                    o.add(new String[] {"--release-s", g.optionValue(List.of("0.5", "1", "100"))});
                }
            }
            if (g.chance(0.4)) {
                o.add(new String[] {"--cutoff-hz", g.optionValue(List.of("0", "6", "2.5", "40"))});
            }
            if (g.chance(0.5)) {
                o.add(new String[] {"--out", outPath(g, dir, "loads.csv")});
            }
            if (g.chance(0.2)) {
                o.add(new String[] {"--muscles", g.optionValue(List.of("single-equivalent", "multi-fascicle"))});
            }
            if (g.chance(0.2)) {
                o.add(new String[] {g.pick(List.of("--stature-m", "--mass-kg", "--age-years", "--sex")),
                    g.optionValue(List.of("1.6", "80", "30", "female"))});
            }
            if (g.chance(0.03)) {
                o.add(new String[] {"--plot", plotPath(dir, g.pick(List.of("m.png", "m.svg")))});
            }
            return new Case(name, seed, arguments(g, "motion", o, List.of(in.toString()), 0.1), List.of(in), dir);
        }), List.of(Main.EXIT_OK, Main.EXIT_BAD_INPUT));
        // exit 3 stays promised, but since issue 13 only a motion none of whose frames has loads at any muscle
        // strength up to the search limit exits 3 (overloaded frames have loads): random files do not reach it
    }

    @Test
    void plotKeepsTheContractOverRandomAndHostileTaskFiles() throws IOException {
        assertCovers(runCases("plot", 180, (name, seed, g, dir) -> {
            Path in = write(dir, "task.json", g.text(g.task(), 0.4));
            List<String[]> o = new ArrayList<>();
            o.add(new String[] {"--out", outPath(g, dir, g.pick(List.of("f.png", "f.svg", "f.svg", "f.pdf")))});
            if (g.chance(0.6)) {
                o.add(new String[] {"--sweep", g.optionValue(List.of("trunkFlexionDeg=0:60:20", "loadMassKg=0:30:10",
                        "axialRotationDeg=-30:30:30", "kneeFlexionDeg=0:160:80", "bodyRollDeg=-90:90:90"))});
                if (g.chance(0.5)) {
                    o.add(new String[] {"--level", g.optionValue(List.of("L5-S1", "L1-L2", "L3-L4"))});
                }
            }
            return new Case(name, seed, arguments(g, "plot", o, List.of(in.toString()), 0.1), List.of(in), dir);
        }), ExitCodes.BY_COMMAND.get("plot"));
    }

    /** Commands without a model input file: only option lists vary; most runs fail fast on them. */
    @Test
    void everyCommandKeepsTheContractOverRandomOptionLists() throws IOException {
        List<String> commands = List.of("analyze", "validate", "demo", "plot", "assess", "motion", "population",
                "day", "atlas", "explore", "example", "nosuchcommand");
        BiFunction<CliInputs, Path, List<String[]>> anyOptions = (g, dir) -> {
            List<String[]> o = new ArrayList<>();
            for (int k = g.between(0, 3); k > 0; k--) {
                String option = g.pick(List.of("--out", "--muscles", "--format", "--n", "--step-min", "--sweep",
                    "--level", "--threads", "--load-kg"));
                String value = g.optionValue(List.of("multi-fascicle", "json", "2", "o.png"));
                // a run must never write outside its folder, whatever the value
                o.add(new String[] {option, option.equals("--out") ? dir.resolve(value.strip() + "x").toString() : value});
            }
            return o;
        };
        assertCovers(runCases("options", 600, (name, seed, g, dir) -> {
            String command = g.pick(commands);
            List<String[]> o = anyOptions.apply(g, dir);
            // a run that would solve everything (validate, demo, atlas) or run an example is left to its own
            // test; here only runs that fail on their options or arguments are kept
            if (Set.of("validate", "demo", "atlas", "example").contains(command)) {
                o.add(new String[] {"--no-such-option", "1"});
            }
            // explore is quick: it may succeed, but always into the case's folder
            if (command.equals("explore") && o.stream().noneMatch(opt -> opt[0].equals("--out"))) {
                o.add(new String[] {"--out", dir.resolve("explorer").toString()});
            }
            List<String> pos = g.chance(0.5) ? List.of() : List.of(dir.resolve("missing.json").toString());
            return new Case(name, seed, arguments(g, command, o, pos, 0.3), List.of(), dir);
        }), List.of(Main.EXIT_OK, Main.EXIT_BAD_INPUT));
    }

    @Test
    void commandsWithoutInputFilesKeepTheContract() throws IOException {
        runCases("validate", 2, (name, seed, g, dir) -> new Case(name, seed,
                arguments(g, "validate", List.<String[]>of(new String[] {"--muscles",
                    g.optionValue(List.of("single-equivalent", "multi-fascicle"))}), List.of(), 0), List.of(), dir));
        runCases("atlas", 1, (name, seed, g, dir) -> new Case(name, seed,
                List.of("atlas", "--out", dir.resolve("atlas").toString()), List.of(), dir));
    }
}
