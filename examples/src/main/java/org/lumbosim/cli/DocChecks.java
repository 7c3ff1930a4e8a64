package org.lumbosim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lumbosim.motion.MotionAnalysis;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;

/**
 * The passages of README.md, docs/cli.md and docs/report-and-examples.md that print a command's
 * output, and the command lines they show ({@link DocNumbers} compares and rewrites their numbers).
 * A passage is found by its first line or by a pattern; its numbers are always read from the
 * document. Left out, as measured on a machine rather than computed: timings (JMH tables, run and CI
 * durations, the {@code people:} line's seconds), and numbers quoted in running prose unless a check
 * below names them.
 */
final class DocChecks {
    private DocChecks() {
    }

    private static final String README = "README.md";
    private static final String CLI = "docs/cli.md";
    private static final String REPORT = "docs/report-and-examples.md";
    private static final String N = "(" + DocNumbers.ANY_NUMBER + ")";

    /**
     * An input file of a run.
     *
     * @param name its file name in the run's folder
     * @param content its bytes from the repository root, or {@code null} when not on this machine
     */
    record Input(String name, Function<Path, byte[]> content) {
        static Input text(String name, String text) {
            return new Input(name, root -> text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * One command line, run in-process; {@code {dir}} in an argument is the run's folder.
     *
     * @param id its name (runs are shared by id)
     * @param args the arguments after {@code lumbosim}, or {@link #JAVA}, a script's path from the root and its arguments
     * @param inputs the files it reads
     * @param exitCode the exit code it ends with
     * @param withStderr whether its output, as documented, includes what it prints on stderr after its stdout
     *     ({@code note:} lines)
     * @param files files it writes in its folder whose text follows its output (the precise values a document
     *     rounds, where the printed ones are already rounded)
     */
    record Run(String id, List<String> args, List<Input> inputs, int exitCode, boolean withStderr, List<String> files) {
        Run(String id, List<String> args, List<Input> inputs, int exitCode) {
            this(id, args, inputs, exitCode, false);
        }

        Run(String id, List<String> args, List<Input> inputs, int exitCode, boolean withStderr) {
            this(id, args, inputs, exitCode, withStderr, List.of());
        }

        /** @return a run whose output is its stdout followed by the text of {@code files}, written in its folder */
        static Run withFiles(String id, List<String> files, String... args) {
            return new Run(id, List.of(args), List.of(), Main.EXIT_OK, false, files);
        }

        static Run of(String id, List<Input> inputs, String... args) {
            return new Run(id, List.of(args), inputs, Main.EXIT_OK);
        }

        /** @return a run whose documented output is its stdout followed by its stderr */
        static Run withNotes(String id, List<Input> inputs, String... args) {
            return new Run(id, List.of(args), inputs, Main.EXIT_OK, true);
        }
    }

    /** A passage of a document and how its numbers are paired with the fresh output's. */
    interface Check {
        /** @return the document, relative to the repository root */
        String doc();

        /** @return what the passage is, for the report */
        String name();

        /** @return the command lines whose output the passage shows, in order */
        List<Run> runs();

        /** @return whether its commands are quick enough for every test run */
        boolean cheap();

        /**
         * Pairs the passage's numbers with the outputs'.
         *
         * @param doc the document
         * @param text its text
         * @param outputs the runs' outputs, in order
         * @param c where pairs, unmatched passages and edits go
         */
        void apply(String doc, String text, List<String> outputs, DocNumbers.Collector c);
    }

    /**
     * A fenced block of output: from its first line (equal to {@code first}, else the first line
     * starting with it) to the closing fence, each line with numbers found in the outputs in order.
     * Lines starting with {@code $ } (the command) and lines without numbers are not compared, nor
     * lines matching {@code skip} (the document's own comments).
     */
    record Block(String doc, String first, List<Run> runs, Pattern skip, Pattern ignore, boolean cheap) implements Check {
        @Override
        public String name() {
            return "block " + first;
        }

        @Override
        public void apply(String doc, String text, List<String> outputs, DocNumbers.Collector c) {
            String output = String.join("\n", outputs);
            List<int[]> lines = lines(text);
            int at = -1;
            for (int i = 0; i < lines.size() && at < 0; i++) {
                at = line(text, lines.get(i)).equals(first) ? i : -1;
            }
            for (int i = 0; i < lines.size() && at < 0; i++) {
                at = line(text, lines.get(i)).startsWith(first) ? i : -1;
            }
            if (at < 0) {
                c.unmatched.add(new DocNumbers.Unmatched(doc, 0, first, "(no such block in " + doc + ")"));
                return;
            }
            int from = 0;
            for (int i = at; i < lines.size(); i++) {
                String l = line(text, lines.get(i));
                if (l.startsWith("```")) {
                    break;
                }
                String body = l.strip();
                if (body.startsWith("$ ") || (skip != null && skip.matcher(body).find()) || !DocNumbers.NUMBER.matcher(body).find()) {
                    continue;
                }
                int end = c.line(doc, text, lines.get(i)[0], lines.get(i)[1], output, from, ignore);
                from = end < 0 ? from : end;
            }
        }
    }

    /** Every passage of the document matching {@code inDoc} (a line quoted in prose), found anywhere in the outputs. */
    record Span(String doc, Pattern inDoc, List<Run> runs, boolean cheap) implements Check {
        @Override
        public String name() {
            return "passage " + inDoc.pattern();
        }

        @Override
        public void apply(String doc, String text, List<String> outputs, DocNumbers.Collector c) {
            String output = String.join("\n", outputs);
            Matcher m = inDoc.matcher(text);
            boolean any = false;
            while (m.find()) {
                any = true;
                c.line(doc, text, m.start(), m.end(), output, 0, null);
            }
            if (!any) {
                c.unmatched.add(new DocNumbers.Unmatched(doc, 0, inDoc.pattern(), "(no such passage in " + doc + ")"));
            }
        }
    }

    /** Which match of a {@link Source}'s pattern gives its number. */
    enum Pick {
        /** the first match, every group in order */
        FIRST,
        /** of every match's one group, the least number (the low end of a range the document prints) */
        LEAST,
        /** of every match's one group, the greatest number */
        GREATEST,
        /** the number of matches (0 when none) */
        COUNT
    }

    /**
     * Where fresh numbers are read: the first match of {@code pattern} in the output of run {@code run};
     * its groups in order, each less {@code less} (a target the document says the number misses by); or,
     * by {@code pick}, the least or greatest of every match's one group, or the number of matches.
     *
     * @param run index into the check's runs
     * @param pattern the pattern
     * @param less subtracted from every group's number
     * @param pick which match
     */
    record Source(int run, Pattern pattern, BigDecimal less, Pick pick) {
        Source(int run, Pattern pattern, BigDecimal less) {
            this(run, pattern, less, Pick.FIRST);
        }

        Source(int run, Pattern pattern) {
            this(run, pattern, BigDecimal.ZERO);
        }

        /** @return the least number of {@code pattern}'s one group over all its matches in run {@code run} */
        static Source least(int run, Pattern pattern) {
            return new Source(run, pattern, BigDecimal.ZERO, Pick.LEAST);
        }

        /** @return the greatest number of {@code pattern}'s one group over all its matches in run {@code run} */
        static Source greatest(int run, Pattern pattern) {
            return new Source(run, pattern, BigDecimal.ZERO, Pick.GREATEST);
        }

        /** @return the number of matches of {@code pattern} in the output of run {@code run} */
        static Source count(int run, Pattern pattern) {
            return new Source(run, pattern, BigDecimal.ZERO, Pick.COUNT);
        }
    }

    /**
     * Numbers of one passage of prose or a table row ({@code inDoc}'s groups, in order) paired with
     * numbers of the outputs (the sources' groups, in order): for text that is not a copy of an output line.
     */
    record Values(String doc, String name, Pattern inDoc, List<Run> runs, List<Source> sources, boolean cheap) implements Check {
        @Override
        public void apply(String doc, String text, List<String> outputs, DocNumbers.Collector c) {
            Matcher m = inDoc.matcher(text);
            if (!m.find()) {
                c.unmatched.add(new DocNumbers.Unmatched(doc, 0, name + ": " + inDoc.pattern(), "(no such passage in " + doc + ")"));
                return;
            }
            List<String> fresh = new ArrayList<>();
            List<String> from = new ArrayList<>();
            for (Source s : sources) {
                Matcher o = s.pattern().matcher(outputs.get(s.run()));
                if (s.pick() == Pick.COUNT) {
                    fresh.add(Long.toString(o.results().count()));
                    from.add("count of " + s.pattern().pattern() + " in " + runs.get(s.run()).id());
                    continue;
                }
                if (!o.find()) {
                    c.unmatched.add(new DocNumbers.Unmatched(doc, m.start(), m.group(), "(the output of " + runs.get(s.run()).id()
                            + " has no " + s.pattern().pattern() + ")"));
                    return;
                }
                if (s.pick() != Pick.FIRST) {
                    String best = o.group(1);
                    List<String> matches = new ArrayList<>(List.of(o.group()));
                    while (o.find()) {
                        int order = new BigDecimal(o.group(1)).compareTo(new BigDecimal(best));
                        best = (s.pick() == Pick.LEAST ? order < 0 : order > 0) ? o.group(1) : best;
                        matches.add(o.group());
                    }
                    fresh.add(best);
                    from.add(s.pick().name().toLowerCase(Locale.ROOT) + " of " + String.join(", ", matches));
                    continue;
                }
                for (int g = 1; g <= o.groupCount(); g++) {
                    fresh.add(s.less().signum() == 0 ? o.group(g) : new BigDecimal(o.group(g)).subtract(s.less()).toPlainString());
                }
                from.add(o.group());
            }
            if (fresh.size() != m.groupCount()) {
                throw new IllegalStateException(name + ": " + m.groupCount() + " numbers in the document, " + fresh.size() + " from the outputs");
            }
            List<Integer> starts = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            for (int g = 1; g <= m.groupCount(); g++) {
                starts.add(m.start(g));
                ends.add(m.end(g));
            }
            c.numbers(doc, text, starts, ends, fresh, String.join(" | ", from));
        }
    }

    /**
     * README's Wilke 1999 table: per row the measured pressure, the single-equivalent prediction
     * (with its two bands where the row shows them), measured and predicted ratio, the multi-fascicle
     * prediction (bands) and ratio, from {@code validate} and {@code validate --muscles
     * multi-fascicle}; the summary row from their {@code summary:} lines.
     */
    record WilkeTable(String doc, List<Run> runs) implements Check {
        private static final String HEADER = "| activity (Wilke 1999)";

        @Override
        public String name() {
            return "the Wilke 1999 validation table";
        }

        @Override
        public boolean cheap() {
            return true;
        }

        @Override
        public void apply(String doc, String text, List<String> outputs, DocNumbers.Collector c) {
            List<List<String>> se = rows(outputs.get(0));
            List<List<String>> mf = rows(outputs.get(1));
            List<int[]> lines = lines(text);
            int at = 0;
            while (at < lines.size() && !line(text, lines.get(at)).startsWith(HEADER)) {
                at++;
            }
            if (at == lines.size()) {
                c.unmatched.add(new DocNumbers.Unmatched(doc, 0, HEADER, "(no such table in " + doc + ")"));
                return;
            }
            int row = 0;
            for (int i = at + 2; i < lines.size() && line(text, lines.get(i)).startsWith("|"); i++) {
                String l = line(text, lines.get(i));
                String[] cells = l.split(" \\| ");
                List<String> fresh = new ArrayList<>();
                String freshLine;
                if (l.startsWith("| **summary**")) {
                    fresh.addAll(summary(outputs.get(0)));
                    fresh.addAll(summary(outputs.get(1)));
                    freshLine = "summary lines of validate and validate --muscles multi-fascicle";
                } else if (row >= se.size()) {
                    c.unmatched.add(new DocNumbers.Unmatched(doc, lines.get(i)[0], l, "(validate prints " + se.size() + " rows)"));
                    return;
                } else {
                    List<String> s = se.get(row);
                    List<String> m = mf.get(row);
                    fresh.add(s.get(2));
                    fresh.addAll(withBands(cells[3], s, band(outputs.get(0), s.get(0))));
                    fresh.add(s.get(5));
                    fresh.add(s.get(6));
                    fresh.addAll(withBands(cells[5], m, band(outputs.get(1), m.get(0))));
                    fresh.add(m.get(6));
                    freshLine = "row " + s.get(0) + " of validate (both muscle models)";
                    row++;
                }
                List<Integer> starts = new ArrayList<>();
                int offset = lines.get(i)[0] + cells[0].length() + 3 + cells[1].length() + 3;
                Matcher n = DocNumbers.NUMBER.matcher(text.substring(0, lines.get(i)[1]));
                n.region(offset, lines.get(i)[1]);
                while (n.find()) {
                    starts.add(n.start());
                }
                if (starts.size() != fresh.size()) {
                    c.unmatched.add(new DocNumbers.Unmatched(doc, lines.get(i)[0], l, freshLine + ": " + String.join(" ", fresh)));
                    continue;
                }
                c.numbers(doc, text, starts, fresh, freshLine + ": " + String.join(" ", fresh));
            }
        }

        private static List<String> withBands(String cell, List<String> row, List<String> band) {
            List<String> out = new ArrayList<>(List.of(row.get(3)));
            if (cell.contains("[")) {
                out.addAll(band);
            }
            return out;
        }

        /** @return validate's Wilke rows, each split at spaces (id, load, measured, predicted, error, ratios, ...) */
        private static List<List<String>> rows(String output) {
            List<List<String>> rows = new ArrayList<>();
            boolean in = false;
            for (String l : output.split("\n")) {
                if (l.startsWith("id ") && l.contains("load_kg")) {
                    in = true;
                } else if (in && l.isBlank()) {
                    break;
                } else if (in) {
                    rows.add(List.of(l.strip().split("\\s+")));
                }
            }
            return rows;
        }

        /** @return the row's factor band and factor-and-area band (low, high, low, high) */
        private static List<String> band(String output, String id) {
            boolean in = false;
            for (String l : output.split("\n")) {
                if (l.startsWith("id ") && l.contains("idp_low_MPa")) {
                    in = true;
                } else if (in && l.startsWith(id + " ")) {
                    String[] t = l.strip().split("\\s+");
                    return List.of(t[2], t[4], t[6], t[7]);
                }
            }
            return List.of();
        }

        private static List<String> summary(String output) {
            Matcher m = Pattern.compile("(?m)^summary: rmseIdpMPa=" + N + " ratioMaePct=" + N + " n=" + N + "$").matcher(output);
            if (!m.find()) {
                throw new IllegalStateException("validate printed no summary line");
            }
            return List.of(m.group(1), m.group(2), m.group(3));
        }
    }

    /**
     * Where a README cell's item is read in the CSV files {@code example ValidationSensitivity} writes (their
     * values unrounded: the printed table's three decimals would round a second time): the first line starting
     * with {@code prefix} ({@code {row}} replaced by the row's id) in the output of run {@code run}, its
     * comma-separated fields at {@code fields} for the item's numbers, and at {@code inside} the row's
     * {@code yes}/{@code no} for the item's {@code in}/{@code out} (-1: no word).
     *
     * @param run index into the check's runs
     * @param prefix start of the CSV line, {@code {row}} for the row's id
     * @param fields indices of the fields the item's numbers are compared with, in order
     * @param inside index of the field the item's word is compared with, or -1
     */
    record Item(int run, String prefix, List<Integer> fields, int inside) {
    }

    /**
     * A README table of the sensitivity example's bands: after the first line starting with {@code header}
     * (that follows the first line containing {@code after}, if not null) and its rule, each row's label is
     * mapped to the output's row id ({@code rowIds}) and each cell (one spec per column of {@code columns},
     * null for a column not compared) split at {@code "; "} into items: {@code lo-hi in}, {@code lo-hi out},
     * a single number, or a bare {@code in} / {@code out} (the band not printed). An item's numbers are
     * paired with its {@link Item}'s fields; its word must agree with the output's {@code yes} / {@code no},
     * else the row is reported unmatched (a word is not rewritten).
     */
    record BandTable(String doc, String name, String after, String header, List<Run> runs, Map<String, String> rowIds,
            List<List<Item>> columns, boolean cheap) implements Check {
        private static final Pattern WORD = Pattern.compile("(?:^|\\s)(in|out)$");

        @Override
        public void apply(String doc, String text, List<String> outputs, DocNumbers.Collector c) {
            List<int[]> lines = lines(text);
            int at = 0;
            while (after != null && at < lines.size() && !line(text, lines.get(at)).contains(after)) {
                at++;
            }
            while (at < lines.size() && !line(text, lines.get(at)).startsWith(header)) {
                at++;
            }
            if (at == lines.size()) {
                c.unmatched.add(new DocNumbers.Unmatched(doc, 0, name + ": " + header, "(no such table in " + doc + ")"));
                return;
            }
            for (int i = at + 2; i < lines.size() && line(text, lines.get(i)).startsWith("| "); i++) {
                int lineStart = lines.get(i)[0];
                String l = line(text, lines.get(i));
                String[] cells = l.substring(2, l.endsWith(" |") ? l.length() - 2 : l.length()).split(" \\| ", -1);
                String id = rowIds.get(cells[0]);
                if (id == null || cells.length != columns.size() + 1) {
                    c.unmatched.add(new DocNumbers.Unmatched(doc, lineStart, l, "(" + name + ": no row id for \"" + cells[0]
                            + "\" or not " + (columns.size() + 1) + " cells)"));
                    continue;
                }
                int cellStart = lineStart + 2 + cells[0].length() + 3;
                for (int col = 0; col < columns.size(); cellStart += cells[++col].length() + 3) {
                    List<Item> spec = columns.get(col);
                    if (spec != null) {
                        compareCell(doc, text, l, lineStart, cellStart, cells[col + 1], id, spec, outputs, c);
                    }
                }
            }
        }

        private void compareCell(String doc, String text, String l, int lineStart, int cellStart, String cell, String id,
                List<Item> spec, List<String> outputs, DocNumbers.Collector c) {
            String[] items = cell.split("; ", -1);
            if (items.length != spec.size()) {
                c.unmatched.add(new DocNumbers.Unmatched(doc, lineStart, l, "(" + name + ": \"" + cell + "\" is not " + spec.size()
                        + " items)"));
                return;
            }
            int itemStart = cellStart;
            for (int k = 0; k < items.length; itemStart += items[k++].length() + 2) {
                Item item = spec.get(k);
                String prefix = item.prefix().replace("{row}", id);
                String row = row(outputs.get(item.run()), prefix);
                if (row == null) {
                    c.unmatched.add(new DocNumbers.Unmatched(doc, lineStart, l, "(the output of " + runs.get(item.run()).id()
                            + " has no line starting " + prefix + ")"));
                    return;
                }
                List<String> tokens = List.of(row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1));
                List<Integer> starts = new ArrayList<>();
                Matcher n = DocNumbers.NUMBER.matcher(text).region(itemStart, itemStart + items[k].length());
                while (n.find()) {
                    starts.add(n.start());
                }
                Matcher w = WORD.matcher(items[k]);
                String word = w.find() ? w.group(1) : null;
                boolean shape = (starts.isEmpty() ? word != null && item.inside() >= 0 : starts.size() == item.fields().size())
                        && (word == null) == (item.inside() < 0);
                if (!shape) {
                    c.unmatched.add(new DocNumbers.Unmatched(doc, lineStart, l, "(" + name + ": item \"" + items[k] + "\" does not fit "
                            + item + ")"));
                    continue;
                }
                if (!starts.isEmpty()) {
                    List<String> fresh = new ArrayList<>();
                    for (int t : item.fields()) {
                        fresh.add(tokens.get(t));
                    }
                    c.numbers(doc, text, starts, fresh, runs.get(item.run()).id() + ": " + row);
                }
                String expected = word == null ? null : tokens.get(item.inside()).equals("yes") ? "in" : "out";
                if (word != null && !word.equals(expected)) {
                    c.unmatched.add(new DocNumbers.Unmatched(doc, lineStart, l, "(" + name + ": \"" + items[k] + "\" but the measurement is "
                            + expected + ") " + runs.get(item.run()).id() + ": " + row));
                }
            }
        }

        /** @return the first line of {@code output} starting with {@code prefix}, or null */
        private static String row(String output, String prefix) {
            for (String o : output.split("\n")) {
                if (o.startsWith(prefix)) {
                    return o;
                }
            }
            return null;
        }
    }

    /** @return the [start, end) offsets of every line of {@code text} */
    static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int s = 0;
        while (s <= text.length()) {
            int e = text.indexOf('\n', s);
            e = e < 0 ? text.length() : e;
            out.add(new int[] {s, e});
            s = e + 1;
        }
        return out;
    }

    private static String line(String text, int[] range) {
        return text.substring(range[0], range[1]);
    }

    /** Frames of README's stoop-lift motion example (also {@code MotionOverloadCommandTest}'s). */
    static final int STOOP_FRAMES = 41;
    /** Time step of that motion (s). */
    static final double STOOP_STEP_S = 0.05;

    /** @return the stoop lift's postures: the round-back lifting posture to upright standing in 2 s */
    static List<Posture> stoopLiftFrames() {
        return MotionAnalysis.smoothTransition(PosturePreset.LIFT_ROUND_BACK.posture(), Posture.uprightStanding(),
                (STOOP_FRAMES - 1) * STOOP_STEP_S, STOOP_FRAMES);
    }

    /** @return the stoop lift as a motion CSV ({@code stoop.csv} of README's motion example) */
    static String stoopLiftCsv() {
        List<Posture> postures = stoopLiftFrames();
        StringBuilder b = new StringBuilder("time," + String.join(",", TaskReader.POSTURE_ANGLES) + "\n");
        for (int i = 0; i < STOOP_FRAMES; i++) {
            Posture p = postures.get(i);
            b.append(String.format(Locale.ROOT, "%.2f,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s%n", i * STOOP_STEP_S,
                    p.trunkFlexionDeg(), p.lumbarFlexionDeg(), p.lateralBendDeg(), p.axialRotationDeg(), p.hipFlexionDeg(),
                    p.kneeFlexionDeg(), p.shoulderFlexionDeg(), p.elbowFlexionDeg(), p.bodyRollDeg(),
                    p.anklePlantarFlexionDeg(), p.shoulderAbductionDeg(), p.hipAdductionDeg()));
        }
        return b.toString();
    }

    /** @return docs/cli.md's task file (its first {@code ```json} block), the {@code task.json} of its analyze examples */
    private static byte[] cliTask(Path root) {
        String text = DocNumbers.read(root.resolve(CLI));
        int s = text.indexOf("```json\n") + "```json\n".length();
        return text.substring(s, text.indexOf("```", s)).getBytes(StandardCharsets.UTF_8);
    }

    /** @return README's schedule file (its {@code ```json} block of the 1.65 m woman's warehouse shift) */
    private static byte[] readmeSchedule(Path root) {
        String text = DocNumbers.read(root.resolve(README));
        int s = text.indexOf("```json\n{\"subject\":{\"sex\":\"female\"") + "```json\n".length();
        return text.substring(s, text.indexOf("```", s)).getBytes(StandardCharsets.UTF_8);
    }

    /** @return OpenCap's squat trial from the machine's repository snapshot, or null when it is absent */
    private static byte[] openCapSquats(Path root) {
        return snapshotFile("stanfordnmbl+opencap-processing", "HEAD", "Moco/exampleSquat/squats1_videoAndMocap.mot");
    }

    /**
     * A file of a public repository as the machine's snapshot holds it at a commit (the real trials
     * of docs/research/real-motion/README.md, never committed here).
     *
     * @param repo the snapshot's folder under {@code /work/.mirror} ({@code owner+name})
     * @param commit the commit, or {@code HEAD}
     * @param path the file's path in the repository
     * @return its bytes, or null when the snapshot or the file is absent
     */
    private static byte[] snapshotFile(String repo, String commit, String path) {
        Path dir = Path.of("/work/.mirror", repo, "repo");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try {
            Process p = new ProcessBuilder("git", "--git-dir=" + dir, "show", commit + ":" + path)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] b = p.getInputStream().readAllBytes();
            return p.waitFor() == 0 && b.length > 0 ? b : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The Pose2Sim demo's balancing trial (perfanalytics/pose2sim at 19d0646, since deleted), one IK solution. */
    private static Input pose2SimBalancing(String name, String solution) {
        return new Input(name, root -> snapshotFile("perfanalytics+pose2sim", "19d064661f352f6fbd561b560bc9d8131c3db499",
                "build/lib/Pose2Sim/S00_Demo_BatchSession/S00_P00_SingleParticipant/S00_P00_OpenSim/"
                        + "S00_P00_T01_BalancingTrial_filt_butterworth_0-100_" + solution + ".mot"));
    }

    private static Input json(String name, String json) {
        return Input.text(name, json);
    }

    private static final String LIFT = "{\"posture\":{\"preset\":\"lift_round_back\"},\"loads\":[{\"massKg\":15}]";
    private static final String WEAK = "\"maxMuscleStressMPa\":{\"min\":0.3,\"max\":1.0}";

    static final Run VALIDATE = Run.of("validate", List.of(), "validate");
    static final Run VALIDATE_MF = Run.of("validate-mf", List.of(), "validate", "--muscles", "multi-fascicle");
    private static final Run VALIDATE_COUPLED = Run.of("validate-coupled", List.of(), "validate", "--level-coupling", "christophy2012");
    private static final Run VALIDATE_COUPLED_MF = Run.of("validate-coupled-mf", List.of(), "validate", "--muscles", "multi-fascicle",
            "--level-coupling", "christophy2012");
    private static final Pattern SUMMARY = p("(?m)^summary: rmseIdpMPa=" + N + " ratioMaePct=" + N);
    /** Issue 12's targets (README states them beside the misses): single-equivalent RMSE 0.12 MPa and ratio error 10 points. */
    private static final BigDecimal ISSUE_12_RMSE_MPA = new BigDecimal("0.12");
    private static final BigDecimal ISSUE_12_RATIO_PP = BigDecimal.TEN;
    /** Issue 12's multi-fascicle targets: RMSE 0.10 MPa and ratio error 8 points. */
    private static final BigDecimal ISSUE_12_RMSE_MF_MPA = new BigDecimal("0.10");
    private static final BigDecimal ISSUE_12_RATIO_MF_PP = new BigDecimal("8");
    private static final Input TASK = new Input("task.json", DocChecks::cliTask);
    private static final Run TASK_JSON = Run.of("analyze-task", List.of(TASK), "analyze", "{dir}/task.json");
    private static final Run TASK_CSV = Run.of("analyze-task-csv", List.of(TASK), "analyze", "{dir}/task.json", "--format", "csv");
    private static final Run TASK_TABLE = Run.of("analyze-task-table", List.of(TASK), "analyze", "{dir}/task.json", "--format", "table");
    private static final Run STANDING = Run.of("standing", List.of(json("t.json", "{\"posture\":{\"preset\":\"standing_relaxed\"}}")),
            "analyze", "{dir}/t.json", "--format", "table");
    private static final Run STANDING_MF = Run.of("standing-mf", List.of(json("t.json",
            "{\"posture\":{\"preset\":\"standing_relaxed\"},\"model\":{\"muscles\":\"multi-fascicle\"}}")), "analyze", "{dir}/t.json",
            "--format", "table");
    private static final Run MAX_FLEXION = Run.of("max-flexion", List.of(json("t.json", "{\"posture\":{\"preset\":\"sitting_max_flexion\"}}")),
            "analyze", "{dir}/t.json", "--format", "table");
    private static final Run UNSUPPORTED = Run.of("unsupported", List.of(json("t.json", "{\"posture\":{\"preset\":\"sitting_unsupported\"}}")),
            "analyze", "{dir}/t.json", "--format", "table");
    private static final Run UNSUPPORTED_JSON = Run.of("unsupported-json", List.of(json("t.json",
            "{\"posture\":{\"preset\":\"sitting_unsupported\"}}")), "analyze", "{dir}/t.json");
    private static final Run DAY_CONTACTS = Run.of("day-contacts", List.of(json("day.json", "{\"activities\":["
            + "{\"label\":\"resting on thighs\",\"hours\":1,\"posture\":{\"preset\":\"sitting_max_flexion\"}},"
            + "{\"label\":\"desk\",\"hours\":2,\"posture\":{\"preset\":\"sitting_unsupported\"}},"
            + "{\"label\":\"night\",\"hours\":8,\"posture\":{\"preset\":\"lying_supine\"}}]}")), "day", "{dir}/day.json");
    private static final String HOLD_FAR_30 = "\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"massKg\":30}]";
    private static final Run INFEASIBLE = new Run("infeasible", List.of("analyze", "{dir}/inf.json"), List.of(json("inf.json",
            "{" + HOLD_FAR_30 + ",\"model\":{\"muscles\":\"multi-fascicle\"}}")), Main.EXIT_INFEASIBLE);
    private static final Run OVERLOAD = Run.of("overload", List.of(json("over.json",
            "{" + HOLD_FAR_30 + ",\"model\":{\"muscles\":\"multi-fascicle\",\"overload\":\"report\"}}")),
            "analyze", "--format", "table", "{dir}/over.json");
    private static final Run ASSESS = Run.of("assess", List.of(new Input("warehouse.json", DocChecks::warehouse)),
            "assess", "{dir}/warehouse.json", "--format", "table");
    private static final Run STOOP = Run.of("motion-stoop", List.of(Input.text("stoop.csv", stoopLiftCsv())),
            "motion", "{dir}/stoop.csv", "--cutoff-hz", "0", "--load-kg", "175", "--pickup-s", "0", "--release-s", "2");
    private static final Run SQUATS = Run.of("motion-squats", List.of(new Input("squats.mot", DocChecks::openCapSquats)),
            "motion", "{dir}/squats.mot", "--mass-kg", "78.2", "--out", "{dir}/squat-loads.csv");
    /** The demo participant's mass and height (Pose2Sim's demo Config.toml). */
    private static final Run POSE2SIM_BODY25B = Run.of("motion-pose2sim-body25b", List.of(pose2SimBalancing("body25b.mot", "body25b")),
            "motion", "{dir}/body25b.mot", "--mass-kg", "70", "--stature-m", "1.72");
    /** The same trial with every channel's cut-off chosen by residual analysis (README, "How much of a peak is differentiation"). */
    private static final Run POSE2SIM_BODY25B_AUTO = Run.withNotes("motion-pose2sim-body25b-auto", List.of(pose2SimBalancing("body25b.mot",
            "body25b")), "motion", "{dir}/body25b.mot", "--mass-kg", "70", "--stature-m", "1.72", "--cutoff-hz", "auto", "--out",
            "{dir}/b.csv");
    /** The Pose2Sim Body25b trial at 3 Hz (README's table of cut-offs and the two IK solutions' prose). */
    private static final Run POSE2SIM_BODY25B_3 = Run.of("motion-pose2sim-body25b-3", List.of(pose2SimBalancing("body25b.mot", "body25b")),
            "motion", "{dir}/body25b.mot", "--mass-kg", "70", "--stature-m", "1.72", "--cutoff-hz", "3", "--out", "{dir}/b.csv");
    private static final Run POSE2SIM_LSTM_3 = Run.of("motion-pose2sim-lstm-3", List.of(pose2SimBalancing("lstm.mot", "LSTM")),
            "motion", "{dir}/lstm.mot", "--mass-kg", "70", "--stature-m", "1.72", "--cutoff-hz", "3", "--out", "{dir}/l.csv");
    private static final Run POSE2SIM_LSTM_AUTO = Run.withNotes("motion-pose2sim-lstm-auto", List.of(pose2SimBalancing("lstm.mot", "LSTM")),
            "motion", "{dir}/lstm.mot", "--mass-kg", "70", "--stature-m", "1.72", "--cutoff-hz", "auto", "--out", "{dir}/l.csv");
    /** OpenCap's squats at other cut-offs (README's table of cut-offs and the squats' prose); ids keep {@code motion-squats}: skipped alike. */
    private static final Run SQUATS_3 = Run.of("motion-squats-3", List.of(new Input("squats.mot", DocChecks::openCapSquats)),
            "motion", "{dir}/squats.mot", "--mass-kg", "78.2", "--cutoff-hz", "3", "--out", "{dir}/sq.csv");
    private static final Run SQUATS_4 = Run.of("motion-squats-4", List.of(new Input("squats.mot", DocChecks::openCapSquats)),
            "motion", "{dir}/squats.mot", "--mass-kg", "78.2", "--cutoff-hz", "4", "--out", "{dir}/sq.csv");
    private static final Run SQUATS_MF = Run.of("motion-squats-mf", List.of(new Input("squats.mot", DocChecks::openCapSquats)),
            "motion", "{dir}/squats.mot", "--mass-kg", "78.2", "--muscles", "multi-fascicle", "--out", "{dir}/sq.csv");
    private static final Run SQUATS_AUTO = Run.withNotes("motion-squats-auto", List.of(new Input("squats.mot", DocChecks::openCapSquats)),
            "motion", "{dir}/squats.mot", "--mass-kg", "78.2", "--cutoff-hz", "auto", "--out", "{dir}/sq.csv");
    private static final Run POSE2SIM_LSTM = Run.of("motion-pose2sim-lstm", List.of(pose2SimBalancing("lstm.mot", "LSTM")),
            "motion", "{dir}/lstm.mot", "--mass-kg", "70", "--stature-m", "1.72");
    private static final Run PREDSIM = Run.of("motion-predsim", List.of(new Input("moco.mot",
            root -> snapshotFile("davidpagnon+Pose2Sim_Blender", "HEAD", "Examples/Moco_motion.mot"))), "motion", "{dir}/moco.mot");
    private static final Run POPULATION = Run.of("population", List.of(json("lift.json", LIFT + "}")),
            "population", "{dir}/lift.json", "--n", "100000", "--threads", "2");
    private static final Run POPULATION_VARIED = Run.of("population-varied", List.of(json("liftvar.json", LIFT
            + ",\"variation\":{" + WEAK + ",\"nachemsonPressureFactor\":{\"mean\":1.5,\"sd\":0.1}}}")),
            "population", "{dir}/liftvar.json", "--n", "100000", "--threads", "2", "--out", "{dir}/pct.csv");
    private static final Run POPULATION_HANDS = Run.of("population-hands", List.of(json("t.json",
            "{\"posture\":{\"preset\":\"sitting_unsupported\"}}")), "population", "{dir}/t.json", "--n", "300", "--threads", "1");
    private static final Run POPULATION_TRUNK = Run.of("population-trunk", List.of(json("t.json",
            "{\"posture\":{\"preset\":\"sitting_max_flexion\"}}")), "population", "{dir}/t.json", "--n", "300", "--threads", "1");
    private static final Run POPULATION_WEAK = Run.of("population-weak", List.of(json("t.json",
            LIFT + ",\"variation\":{" + WEAK + "}}")), "population", "{dir}/t.json", "--n", "2000", "--threads", "1");
    private static final Run DAY = Run.of("day", List.of(), "day");
    private static final Run DAY_SHIFT = Run.of("day-shift", List.of(new Input("shift.json", DocChecks::readmeSchedule)), "day",
            "{dir}/shift.json");
    private static final Run DEMO = Run.of("demo", List.of(), "demo", "--out", "{dir}/report");
    private static final Run CLAIMS = Run.of("claims", List.of(), "example", "ClaimsVersusModel");
    private static final Run WILKE_TABLE = Run.of("wilke-table", List.of(), "example", "ReproduceWilke1999Table", "--out", "{dir}");
    private static final Run WILKE_TABLE_MF = Run.of("wilke-table-mf", List.of(), "example", "ReproduceWilke1999Table",
            "--muscles", "multi-fascicle", "--out", "{dir}");
    private static final Run HEAT_MAP = Run.of("heat-map", List.of(), "example", "LiftingHeatMap", "--out", "{dir}");
    /** First argument of a run that launches a single-file Java script (path from the root) instead of a command. */
    static final String JAVA = "java";
    private static final Run SCRIPT = Run.of("flexion-sweep-script", List.of(), JAVA, "examples/scripts/FlexionSweep.java", "10", "30");
    private static final Run ATLAS = Run.of("atlas", List.of(), "atlas", "--out", "{dir}/atlas");
    private static final Run ATLAS_MF = Run.of("atlas-mf", List.of(), "atlas", "--muscles", "multi-fascicle", "--out", "{dir}/atlas");
    private static final Run WORK_DAYS = Run.of("work-days", List.of(), "example", "CompareWorkDays", "--out", "{dir}");
    /** The sensitivity example, one-at-a-time and joint (README's "Sensitivity to the uncertain constants"). */
    private static final Run SENSITIVITY = Run.withFiles("validation-sensitivity", List.of("validation-sensitivity-single-equivalent.csv",
            "validation-joint-single-equivalent.csv"), "example", "ValidationSensitivity", "--out", "{dir}");
    private static final Run SENSITIVITY_MF = Run.withFiles("validation-sensitivity-mf", List.of("validation-sensitivity-multi-fascicle.csv",
            "validation-joint-multi-fascicle.csv"), "example", "ValidationSensitivity", "--muscles", "multi-fascicle", "--out", "{dir}");
    /** A day past the tension-only zero: its documented output is the stderr {@code note:} lines. */
    private static final Run WORK_DAYS_35 = Run.withNotes("work-days-35", List.of(), "example", "CompareWorkDays", "--load-kg", "35",
            "--bending-h", "0", "--out", "{dir}");

    private static byte[] warehouse(Path root) {
        try {
            return Files.readAllBytes(root.resolve("examples/jobs/warehouse.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param prose a passage of prose: {@code #} a number to compare, {@code ~} any text up to the next ')' or ';'
     * @return a pattern for it in which any run of spaces may be a line break
     */
    private static Pattern prose(String prose) {
        StringBuilder b = new StringBuilder();
        for (String word : prose.split(" ")) {
            if (b.length() > 0) {
                b.append("\\s+");
            }
            StringBuilder w = new StringBuilder();
            for (char ch : word.toCharArray()) {
                w.append(ch == '#' ? N : ch == '~' ? "[^);]*" : Pattern.quote(String.valueOf(ch)));
            }
            b.append(w);
        }
        return Pattern.compile(b.toString());
    }

    /** @return a pattern for the atlas ranking's row of {@code preset}, its column {@code column} (0 compression, 1 ratio to standing) */
    private static Pattern atlasRow(String preset, int column) {
        return p("(?m)^ +\\d+ " + preset + " +" + "\\S+ +".repeat(column) + N);
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    private static Block block(String doc, String first, Run... runs) {
        return new Block(doc, first, List.of(runs), null, null, true);
    }

    /** The README's table of the other in vivo sets: a set's row, "MAE x pp, k of n agree" for both models. */
    private static Values otherSet(String set) {
        String cell = "MAE " + N + " pp, " + N + " of " + N + " agree";
        Pattern source = p("summary\\[" + set + "\\]: ratioMaePct=" + N + " agree=" + N + " failed=\\d+ n=" + N);
        return new Values(README, "other set " + set, p("\\| `" + set + "` \\|[^\\n]*\\| " + cell + " \\| " + cell + " \\|"),
                List.of(VALIDATE, VALIDATE_MF), List.of(new Source(0, source), new Source(1, source)), true);
    }

    private static Values wilke2001() {
        String cell = N + " MPa, ratio " + N + " % \\(error " + N + " pp\\)";
        Pattern mpa = p("hold_far_20kg .*?, " + N + " predicted\\)");
        Pattern ratio = p("hold_far_20kg +ratio +\\S+ +" + N + " +" + N + " ");
        return new Values(README, "other set wilke2001", p("\\| `wilke2001` \\|[^\\n]*\\| " + cell + " \\| " + cell + " \\|"),
                List.of(VALIDATE, VALIDATE_MF), List.of(new Source(0, mpa), new Source(0, ratio), new Source(1, mpa), new Source(1, ratio)), true);
    }

    /** README's labels of the Wilke 1999 rows in the sensitivity tables, and the example's row ids. */
    private static final Map<String, String> SENSITIVITY_ROWS = Map.ofEntries(Map.entry("lying supine / prone", "lying_supine"),
            Map.entry("lying on the side", "lying_side"), Map.entry("standing relaxed", "standing_relaxed"),
            Map.entry("standing bent forward", "standing_flexed"), Map.entry("sitting relaxed, no backrest", "sitting_unsupported"),
            Map.entry("sitting, maximum flexion", "sitting_max_flexion"), Map.entry("slouched sitting on a backrest", "sitting_slouched"),
            Map.entry("lifting 20 kg, round back", "lift_round_back_20kg"), Map.entry("lifting 20 kg, bent knees", "lift_bent_knees_20kg"),
            Map.entry("holding 20 kg close to the body", "hold_close_20kg"), Map.entry("lying, start of the night", "night_start"),
            Map.entry("lying, after about 7 h of night", "night_end"));
    /** The one-at-a-time CSV's rows but relaxed standing whose pressure, or ratio, lies in the union. */
    private static final Pattern IN_UNION_PRESSURE = p("(?m)^idpMPa,(?!standing_relaxed,)[^\\n]*,yes,\\w+$");
    private static final Pattern IN_UNION_RATIO = p("(?m)^ratio,(?!standing_relaxed,)[^\\n]*,yes,\\w+$");

    /** @return a one-at-a-time cell "pressure union in|out; ratio union in|out" of run {@code run} (CSV unionLow, unionHigh, measuredInUnion) */
    private static List<Item> unionCell(int run) {
        return List.of(new Item(run, "idpMPa,{row},", List.of(13, 14), 15), new Item(run, "ratio,{row},", List.of(13, 14), 15));
    }

    /**
     * @param quantity {@code idpMPa} or {@code ratio}
     * @return the joint table's columns: measured, then the 95 % band (p2_5, p97_5, measuredInBand) of each model and variant
     */
    private static List<List<Item>> jointColumns(String quantity) {
        String with = "withAreaSpread," + quantity + ",{row},";
        String without = "withoutAreaSpread," + quantity + ",{row},";
        List<Integer> band = List.of(6, 8);
        return List.of(List.of(new Item(0, with, List.of(4), -1)), List.of(new Item(0, with, band, 9)), List.of(new Item(0, without, band, 9)),
                List.of(new Item(1, with, band, 9)), List.of(new Item(1, without, band, 9)));
    }

    /** @return the one-at-a-time summary line's pattern of {@code constant}: {@code end} "low" or "high", then {@code tail} */
    private static Pattern endSummary(String constant, String end, String tail) {
        return p("summary " + constant + " +" + (end.equals("high") ? "low [^;]*; high " : "low ") + tail);
    }

    /** @return the joint count line's pattern of {@code variant}, with {@code tail} after its colon */
    private static Pattern jointCount(String variant, String tail) {
        return p("joint " + variant + ": measured pressure inside the 95 % band in " + tail);
    }

    /** A number a passage may print with thousands separators ({@code 4,600}). */
    private static final String G = "(" + DocNumbers.GROUPED_NUMBER + "|" + DocNumbers.ANY_NUMBER + ")";
    /** A motion run's L5-S1 peak, its time, the stress its overloaded peak needs, its quasi-static value and dynamic rise, its counts. */
    private static final Pattern PEAK = p("peakL5S1CompressionN=" + N);
    private static final Pattern PEAK_AT = p("atS=" + N);
    private static final Pattern PEAK_NEEDS = p("peak L5-S1 compression \\S+ N at \\S+ s \\(overloaded: needs " + N + " MPa\\)");
    private static final Pattern QUASI_STATIC = p("quasi-static L5-S1 compression at \\S+ s " + N
            + " N \\(every derivative zero\\): the dynamic terms add \\S+ N \\(" + N + " %\\)");
    private static final Pattern FAILED_FRAMES = p("failedFrames=" + N);
    private static final Pattern OVERLOADED_FRAMES = p("overloadedFrames=" + N);
    /** {@code --cutoff-hz auto}'s choice for a posture angle, for an axis of the L5-S1 joint's path. */
    private static final Pattern ANGLE_CUTOFF = p("note: --cutoff-hz auto: \\w+Deg " + N + " Hz");
    private static final Pattern JOINT_CUTOFF = p("note: --cutoff-hz auto: l5s1Joint\\wM " + N + " Hz");

    /** @return a cut-off row's numbers: peak, time, quasi-static value and dynamic rise of run {@code run} */
    private static List<Source> peakRow(int run) {
        return List.of(new Source(run, PEAK), new Source(run, PEAK_AT), new Source(run, QUASI_STATIC));
    }

    /**
     * @return an {@code auto} row's numbers of run {@code run}: the posture angles' cut-offs (lowest, highest,
     *     then the named channels'), the joint path's (lowest, highest), then the overloaded peak, its time, the
     *     quasi-static value and rise, failed and overloaded frames
     */
    private static List<Source> autoRow(int run, String... channels) {
        List<Source> out = new ArrayList<>(List.of(Source.least(run, ANGLE_CUTOFF), Source.greatest(run, ANGLE_CUTOFF)));
        for (String channel : channels) {
            out.add(new Source(run, p("note: --cutoff-hz auto: " + channel + " " + N + " Hz")));
        }
        out.addAll(List.of(Source.least(run, JOINT_CUTOFF), Source.greatest(run, JOINT_CUTOFF), new Source(run, PEAK),
                new Source(run, PEAK_NEEDS), new Source(run, PEAK_AT), new Source(run, QUASI_STATIC), new Source(run, FAILED_FRAMES),
                new Source(run, OVERLOADED_FRAMES)));
        return out;
    }

    @SafeVarargs
    private static List<Source> sources(List<Source>... parts) {
        List<Source> out = new ArrayList<>();
        for (List<Source> part : parts) {
            out.addAll(part);
        }
        return out;
    }

    /** A row of README's table of cut-offs: {@code | first | cut-off | peak | at | quasi-static | rise % | notes |}. */
    private static String cutoffRow(String first, String cutoff) {
        return "\\| " + first + "\\| " + cutoff + " \\| " + G + " \\| " + G + " \\| " + G + " \\| " + G + " % \\| [^|\\n]* \\|\\n";
    }

    /** Every checked passage. */
    static final List<Check> CHECKS = List.of(
            // README.md
            new WilkeTable(README, List.of(VALIDATE, VALIDATE_MF)),
            new Values(README, "band counts", p("in the factor band in " + N + " of " + N + " static rows\\s+single-equivalent \\(" + N + " of "
                    + N + " multi-fascicle\\), in the factor-and-area band in " + N + " of " + N + " \\(" + N + " of " + N + "\\)"),
                    List.of(VALIDATE, VALIDATE_MF), List.of(
                            new Source(0, p("band: inFactorBand=" + N + " inFactorAndAreaBand=\\d+ n=" + N)),
                            new Source(1, p("band: inFactorBand=" + N + " inFactorAndAreaBand=\\d+ n=" + N)),
                            new Source(0, p("band: inFactorBand=\\d+ inFactorAndAreaBand=" + N + " n=" + N)),
                            new Source(1, p("band: inFactorBand=\\d+ inFactorAndAreaBand=" + N + " n=" + N))), true),
            new Span(README, p("band: inFactorBand=\\d+ inFactorAndAreaBand=\\d+ n=\\d+"), List.of(VALIDATE), true),
            new Values(README, "standing target", p("relaxed standing L5-S1 is " + N + " N single-equivalent and " + N + " N multi-fascicle"),
                    List.of(STANDING, STANDING_MF), List.of(new Source(0, p("(?m)^L5-S1 +" + N)), new Source(1, p("(?m)^L5-S1 +" + N))), true),
            new Values(README, "targets missed", p("single-equivalent by " + N + " MPa and " + N + " points, multi-fascicle by " + N + " MPa and "
                    + N + " points"), List.of(VALIDATE, VALIDATE_MF), List.of(
                            new Source(0, p("(?m)^summary: rmseIdpMPa=" + N), ISSUE_12_RMSE_MPA), new Source(0, p("(?m)^summary: .*ratioMaePct=" + N), ISSUE_12_RATIO_PP),
                            new Source(1, p("(?m)^summary: rmseIdpMPa=" + N), ISSUE_12_RMSE_MF_MPA),
                            new Source(1, p("(?m)^summary: .*ratioMaePct=" + N), ISSUE_12_RATIO_MF_PP)), true),
            new Values(README, "level coupling", p("multi-fascicle RMSE " + N + " MPa and ratio MAE " + N + " pp\\s+\\(default " + N + " / " + N
                    + "\\), single-equivalent " + N + " / " + N + " \\(default " + N + " / " + N + ";"),
                    List.of(VALIDATE, VALIDATE_MF, VALIDATE_COUPLED, VALIDATE_COUPLED_MF), List.of(new Source(3, SUMMARY), new Source(1, SUMMARY),
                            new Source(2, SUMMARY), new Source(0, SUMMARY)), true),
            block(README, "summary[nachemson1981]:", VALIDATE, VALIDATE_MF),
            otherSet("nachemson1981"), otherSet("nachemson1976fig"), otherSet("vbr"), wilke2001(), otherSet("rohlmann2011"),
            new Values(README, "JSON output", p("\\{\"status\":\"ok\",\"levels\":\\[\\{\"level\":\"L5-S1\",\"compressionN\":" + N + ",\"apShearN\":" + N
                    + ",\"lateralShearN\":" + N + ",\"idpMPa\":" + N), List.of(TASK_JSON), List.of(new Source(0, p("\"compressionN\" : " + N
                    + ",\\s*\"apShearN\" : " + N + ",\\s*\"lateralShearN\" : " + N + ",\\s*\"idpMPa\" : " + N))), true),
            new Values(README, "overloaded JSON", p("\"requiredMuscleStressMPa\":" + N + "…"), List.of(OVERLOAD),
                    List.of(new Source(0, p("requiredMuscleStressMPa=" + N))), true),
            block(README, "$ ./lumbosim assess examples/jobs/warehouse.json", ASSESS),
            block(README, "$ ./lumbosim motion stoop.csv", STOOP),
            block(README, "$ ./lumbosim motion squats1_videoAndMocap.mot", SQUATS),
            block(README, "$ ./lumbosim motion S00_P00_T01_BalancingTrial_filt_butterworth_0-100_body25b.mot", POSE2SIM_BODY25B,
                    POSE2SIM_LSTM, PREDSIM),
            block(README, "$ ./lumbosim motion S00_P00_T01_BalancingTrial_filt_butterworth_0-100_body25b.mot --mass-kg 70"
                    + " --stature-m 1.72 --cutoff-hz auto --out b.csv", POSE2SIM_BODY25B_AUTO),
            new Values(README, "cut-offs, OpenCap squats", p(cutoffRow("OpenCap squats, 100 Hz ", "6") + cutoffRow("", "3")
                    + "\\| \\| auto: angles " + G + "-" + G + " Hz \\(trunk " + G + ", lumbar " + G + "\\), joint path " + G + "-" + G + " Hz \\| "
                    + G + " \\(overloaded, " + G + " MPa\\) \\| " + G + " \\| " + G + " \\| " + G + " % \\| [^;|\\n]*; " + G
                    + " frames `UNSUPPORTED`, " + G + " overloaded \\|"), List.of(SQUATS, SQUATS_3, SQUATS_AUTO),
                    sources(peakRow(0), peakRow(1), autoRow(2, "trunkFlexionDeg", "lumbarFlexionDeg")), true),
            new Values(README, "cut-offs, Pose2Sim Body25b", p(cutoffRow("Pose2Sim Body25b, 60 Hz ", "6") + cutoffRow("", "3")
                    + "\\| \\| auto: angles " + G + "-" + G + " Hz, joint path " + G + "-" + G + " Hz \\| " + G + " \\(overloaded, " + G
                    + " MPa\\) \\| " + G + " \\| " + G + " \\| " + G + " % \\| [^;|\\n]*; " + G + " `UNSUPPORTED`, " + G + " overloaded \\|"),
                    List.of(POSE2SIM_BODY25B, POSE2SIM_BODY25B_3, POSE2SIM_BODY25B_AUTO), sources(peakRow(0), peakRow(1), autoRow(2)), true),
            new Values(README, "cut-offs, Pose2Sim LSTM", p(cutoffRow("Pose2Sim LSTM, 60 Hz ", "6") + cutoffRow("", "auto")),
                    List.of(POSE2SIM_LSTM, POSE2SIM_LSTM_AUTO), sources(peakRow(0), peakRow(1)), true),
            new Values(README, "OpenCap squats' peak by cut-off", p("With\\s+`--cutoff-hz 3` the peak is " + G + " N, with 4 Hz " + G
                    + " N \\(default 6 Hz: " + G + " N\\)"), List.of(SQUATS_3, SQUATS_4, SQUATS),
                    List.of(new Source(0, PEAK), new Source(1, PEAK), new Source(2, PEAK)), true),
            new Values(README, "OpenCap squats, multi-fascicle (frames overloaded, peak; not the largest stress, which only the CSV"
                    + " gives)", p("With `--muscles multi-fascicle`, " + G + " frames around the bottoms are overloaded\\s+\\(up to \\S+ MPa;[^)]*\\)"
                    + " and the L5-S1 peak is " + G + " N"), List.of(SQUATS_MF), List.of(new Source(0, OVERLOADED_FRAMES), new Source(0, PEAK)), false),
            new Values(README, "OpenCap squats' quasi-static bottom (InverseDynamicsCheck prints the same value)", p("the L5-S1"
                    + " compression at 0\\.96 s is " + G + " N"), List.of(SQUATS), List.of(new Source(0, p("quasi-static L5-S1 compression at"
                    + " 0\\.960 s " + N + " N"))), true),
            new Values(README, "the two IK solutions' peaks", p("but not dynamically: " + G + " vs " + G + " N at 6 Hz, " + G + " vs " + G
                    + " N at 3 Hz"), List.of(POSE2SIM_BODY25B, POSE2SIM_LSTM, POSE2SIM_BODY25B_3, POSE2SIM_LSTM_3),
                    List.of(new Source(0, PEAK), new Source(1, PEAK), new Source(2, PEAK), new Source(3, PEAK)), true),
            new Block(README, "$ ./lumbosim population lift.json", List.of(POPULATION), null, p(", [\\d.]+ s$"), true),
            new Block(README, "$ ./lumbosim population liftvar.json", List.of(POPULATION_VARIED), p("^#"), p(", [\\d.]+ s$"), false),
            new Values(README, "share overloaded with varied constants, in prose", p("work ran on the 2 cores: " + N + " % of the people are"
                    + " overloaded"), List.of(POPULATION_VARIED), List.of(new Source(0, p("share overloaded \\(beyond their muscle strength;"
                    + " loads at the strength they need\\): " + N + " %"))), false),
            new Block(README, "$ ./lumbosim day ", List.of(DAY), p("^timeH,"), null, true),
            new Values(README, "the schedule example's L4-L5 height over the shift", p("of its waking height during the shift \\(" + N
                    + " → " + N + " mm\\)"), List.of(DAY_SHIFT), List.of(new Source(0, p("warehouse shift +IDP \\S+ -> \\S+ MPa +height "
                    + N + " -> " + N + " mm"))), true),
            block(README, "Claim:   Slouched sitting", CLAIMS),
            block(README, "$ ./lumbosim example CompareWorkDays --load-kg 35 --bending-h 0", WORK_DAYS_35),
            new Values(README, "atlas ranking", prose("plank # N (# × standing, # N), seated hamstring stretch # N (~), side plank # N,"
                    + " crunch # N, stoop deadlift # N, round-back lift # N; maximally flexed sitting, with the trunk resting on the thighs,"
                    + " # N (rank # of #); bottom: bird dog # N, dead bug # N, knee to chest # N (~), lying # N (the"), List.of(ATLAS),
                    List.of(new Source(0, atlasRow("plank", 0)), new Source(0, atlasRow("plank", 1)), new Source(0, atlasRow("standing_relaxed", 0)),
                            new Source(0, atlasRow("seated_hamstring_stretch", 0)), new Source(0, atlasRow("side_plank", 0)),
                            new Source(0, atlasRow("crunch", 0)), new Source(0, atlasRow("deadlift_stoop", 0)),
                            new Source(0, atlasRow("lift_round_back", 0)), new Source(0, atlasRow("sitting_max_flexion", 0)),
                            new Source(0, p("(?m)^ +" + N + " sitting_max_flexion ")), new Source(0, p("summary: presets=" + N)),
                            new Source(0, atlasRow("bird_dog", 0)), new Source(0, atlasRow("dead_bug", 0)),
                            new Source(0, atlasRow("knee_to_chest", 0)), new Source(0, atlasRow("lying_supine", 0))), false),
            new Values(README, "atlas ranking, multi-fascicle", prose("(seated hamstring stretch # N first, plank # N, side plank # N,"
                    + " round-back lift # N, stoop deadlift # N); `summary: presets=# overloaded=# shareOverloaded=# failed=#`"), List.of(ATLAS_MF),
                    List.of(new Source(0, atlasRow("seated_hamstring_stretch", 0)), new Source(0, atlasRow("plank", 0)),
                            new Source(0, atlasRow("side_plank", 0)), new Source(0, atlasRow("lift_round_back", 0)),
                            new Source(0, atlasRow("deadlift_stoop", 0)),
                            new Source(0, p("summary: presets=" + N + " overloaded=" + N + " shareOverloaded=" + N + " failed=" + N))), false),
            // docs/cli.md
            block(CLI, "$ ./lumbosim analyze task.json | head -14", TASK_JSON),
            block(CLI, "$ ./lumbosim analyze task.json --format csv", TASK_CSV),
            block(CLI, "$ ./lumbosim analyze task.json --format table", TASK_TABLE),
            new Span(CLI, p("trunk on thighs: push [^`]*"), List.of(MAX_FLEXION), true),
            new Span(CLI, p("hands on thighs: left push [^`]*"), List.of(UNSUPPORTED), true),
            new Values(CLI, "handsOnThighs JSON", p("`\\{\"side\":\"left\",\"forceN\":\\[" + N + "," + N + "," + N + "\\],\"pointM\":\\[" + N + "," + N
                    + "," + N + "\\],\"gapM\":" + N + "}`"), List.of(UNSUPPORTED_JSON), List.of(new Source(0, p("\"side\" : \"left\",\\s*\"forceN\" : \\[ "
                    + N + ", " + N + ", " + N + " \\],\\s*\"pointM\" : \\[ " + N + ", " + N + ", " + N + " \\],\\s*\"gapM\" : " + N))), true),
            new Span(CLI, p("(?m)(?<=^`),(?:[-0-9.E]*,){13,}[-0-9.E]*(?=`)"), List.of(DAY_CONTACTS), true),
            new Block(CLI, "$ ./lumbosim analyze inf.json", List.of(INFEASIBLE), p("^\\d+$"), null, true),
            block(CLI, "$ ./lumbosim analyze --format table over.json", OVERLOAD),
            new Block(CLI, "$ ./lumbosim validate", List.of(VALIDATE), p("^\\(band table"), null, true),
            new Span(CLI, p("band: inFactorBand=\\d+ inFactorAndAreaBand=\\d+ n=\\d+"), List.of(VALIDATE), true),
            block(CLI, "$ ./lumbosim validate --muscles multi-fascicle | grep '^summary'", VALIDATE_MF),
            block(CLI, "$ ./lumbosim demo | head -13", DEMO),
            new Span(CLI, p("thighs' push on the left hand \\(N\\):[^`]*"), List.of(POPULATION_HANDS), true),
            new Span(CLI, p("thighs' push on the trunk \\(N\\):[^`]*"), List.of(POPULATION_TRUNK), true),
            new Span(CLI, p("share overloaded \\(beyond their muscle strength; loads at the strength they need\\): [^`]*"),
                    List.of(POPULATION_WEAK), true),
            // docs/report-and-examples.md
            block(REPORT, "summary: rmseIdpMPa=", DEMO),
            new Values(REPORT, "ReproduceWilke1999Table", p("`RMSE " + N + " MPa over " + N + " activities \\(single-equivalent muscles\\)` \\("
                    + N + " with `--muscles multi-fascicle`"), List.of(WILKE_TABLE, WILKE_TABLE_MF),
                    List.of(new Source(0, p("RMSE " + N + " MPa over " + N + " activities")), new Source(1, p("RMSE " + N + " MPa"))), true),
            block(REPORT, "$ java -cp \"$(./lumbosim classpath)\" examples/scripts/FlexionSweep.java", SCRIPT),
            new Span(REPORT, p("\\d+ x \\d+ cells, \\d+ infeasible \\(grey\\)"), List.of(HEAT_MAP), true),
            new Values(REPORT, "CompareWorkDays", p("L4-L5 \\(main with[^)]*\\): " + N + " mm vs " + N + " mm lost, night start " + N + " vs "
                    + N + " MPa"), List.of(WORK_DAYS), List.of(new Source(0, p("office +L4-L5 +" + N + " mm")),
                    new Source(0, p("warehouse +L4-L5 +" + N + " mm")), new Source(0, p("office +L4-L5 +\\S+ mm +" + N + " MPa")),
                    new Source(0, p("warehouse +L4-L5 +\\S+ mm +" + N + " MPa"))), true),
            // README.md, "Sensitivity to the uncertain constants" (example ValidationSensitivity)
            new Values(README, "sensitivity: published ranges", prose("largest muscle stress #-# MPa (~), Nachemson factor #-#, disc area"
                    + " #-# × (~; ~) and abdominal co-activation #-# (Cholewicki et al. 1997's # ± # %MVC"), List.of(SENSITIVITY), List.of(
                            new Source(0, endSummary("maxMuscleStressMPa", "low", N + " [^;]*; high " + N)),
                            new Source(0, endSummary("nachemsonPressureFactor", "low", N + " [^;]*; high " + N)),
                            new Source(0, endSummary("discAreaScale", "low", N + " [^;]*; high " + N)),
                            new Source(0, endSummary("abdominalCoactivation", "low", N + " [^;]*; high " + N)),
                            new Source(0, p(N + " \\+/- " + N + " %MVC"))), false),
            new Values(README, "sensitivity: the best ends' summaries", prose("the best ends give RMSE # MPa and ratio error # points"
                    + " single-equivalent (co-activation #; muscle stress #), # MPa and # points multi-fascicle (co-activation #; at muscle"
                    + " stress # the round-back lift cannot be balanced, so that end's # points are over # rows)"), List.of(SENSITIVITY, SENSITIVITY_MF),
                    List.of(new Source(0, endSummary("abdominalCoactivation", "high", "\\S+ +rmseIdpMPa=" + N)),
                            new Source(0, endSummary("maxMuscleStressMPa", "high", "\\S+ +rmseIdpMPa=\\S+ ratioMaePct=" + N)),
                            new Source(0, endSummary("abdominalCoactivation", "high", N)), new Source(0, endSummary("maxMuscleStressMPa", "high", N)),
                            new Source(1, endSummary("abdominalCoactivation", "low", "\\S+ +rmseIdpMPa=" + N)),
                            new Source(1, endSummary("abdominalCoactivation", "low", "\\S+ +rmseIdpMPa=\\S+ ratioMaePct=" + N)),
                            new Source(1, endSummary("abdominalCoactivation", "low", N)), new Source(1, endSummary("maxMuscleStressMPa", "low", N)),
                            new Source(1, endSummary("maxMuscleStressMPa", "low", "\\S+ +rmseIdpMPa=\\S+ ratioMaePct=" + N + " n=" + N))), false),
            new Values(README, "sensitivity: relaxed standing over the co-activation's range", prose("moves relaxed standing (#-# MPa"
                    + " single-equivalent, #-# multi-fascicle)"), List.of(SENSITIVITY, SENSITIVITY_MF), List.of(
                            new Source(0, p("(?m)^standing_relaxed +\\S+ +\\S+ +(?:\\S+ \\.\\. \\S+ +){3}" + N + " \\.\\. " + N)),
                            new Source(1, p("(?m)^standing_relaxed +\\S+ +\\S+ +(?:\\S+ \\.\\. \\S+ +){3}" + N + " \\.\\. " + N))), false),
            new BandTable(README, "sensitivity: rows outside the one-at-a-time union", null, "| row | measured | single-equivalent: union",
                    List.of(SENSITIVITY, SENSITIVITY_MF), SENSITIVITY_ROWS, Arrays.asList(List.of(new Item(0, "idpMPa,{row},", List.of(3), -1),
                            new Item(0, "ratio,{row},", List.of(3), -1)), unionCell(0), unionCell(1), null), false),
            new Values(README, "sensitivity: rows in the one-at-a-time union", prose("Reading, over the # rows besides relaxed standing: the"
                    + " pressure lies in the union in # rows single-equivalent and # multi-fascicle, but"), List.of(SENSITIVITY, SENSITIVITY_MF),
                    List.of(Source.count(0, p("(?m)^idpMPa,(?!standing_relaxed,)")), Source.count(0, IN_UNION_PRESSURE),
                            Source.count(1, IN_UNION_PRESSURE)), false),
            new Values(README, "sensitivity: ratios in the one-at-a-time union", prose("lies in the union in # rows single-equivalent and in"
                    + " none multi-fascicle"), List.of(SENSITIVITY), List.of(Source.count(0, IN_UNION_RATIO)), false),
            new Values(README, "sensitivity: multi-fascicle lying ratios", prose("the lying rows and the start of the night also miss their ratio"
                    + " (# measured, unions #-# and #-#)"), List.of(SENSITIVITY_MF), List.of(
                            new Source(0, p("(?m)^ratio,lying_supine,\"[^\"]*\"," + N + ",(?:[^,]*,){9}" + N + "," + N + ",")),
                            new Source(0, p("(?m)^ratio,night_start,\"[^\"]*\",(?:[^,]*,){10}" + N + "," + N + ","))), false),
            new BandTable(README, "sensitivity: joint 95 % bands of the pressure", null, "| row | measured | single-eq., with area |",
                    List.of(SENSITIVITY, SENSITIVITY_MF), SENSITIVITY_ROWS, jointColumns("idpMPa"), false),
            new BandTable(README, "sensitivity: joint 95 % bands of the ratio", "and of the ratio to relaxed standing:",
                    "| row | measured | single-eq., with area |", List.of(SENSITIVITY, SENSITIVITY_MF), SENSITIVITY_ROWS, jointColumns("ratio"), false),
            new Values(README, "sensitivity: joint draws unsolved", prose("multi-fascicle the round-back lift in # of # draws in both variants"),
                    List.of(SENSITIVITY_MF), List.of(new Source(0, p("(?m)^withAreaSpread: [\\s\\S]*?\\nlift_round_back_20kg +(?:\\S+ +){12}" + N + "$")),
                            new Source(0, p("every constant above drawn together, " + N + " draws"))), false),
            new Values(README, "sensitivity: joint counts in band", prose("the pressure lies in the band in # / # of # rows single-equivalent"
                    + " (with / without the area's spread) and # / # multi-fascicle; the ratio in # / # of the # rows besides relaxed standing"
                    + " single-equivalent and # / # multi-fascicle"), List.of(SENSITIVITY, SENSITIVITY_MF), List.of(
                            new Source(0, jointCount("withAreaSpread", N)), new Source(0, jointCount("withoutAreaSpread", N + " of " + N)),
                            new Source(1, jointCount("withAreaSpread", N)), new Source(1, jointCount("withoutAreaSpread", N)),
                            new Source(0, jointCount("withAreaSpread", "[^,]*, ratio in " + N)),
                            new Source(0, jointCount("withoutAreaSpread", "[^,]*, ratio in " + N + " of the " + N)),
                            new Source(1, jointCount("withAreaSpread", "[^,]*, ratio in " + N)),
                            new Source(1, jointCount("withoutAreaSpread", "[^,]*, ratio in " + N))), false),
            new Values(README, "sensitivity: where we stand, joint counts without the area", prose("the measured pressure lies in the"
                    + " joint 95 % band in # of # rows single-equivalent and # multi-fascicle"), List.of(SENSITIVITY, SENSITIVITY_MF), List.of(
                            new Source(0, jointCount("withoutAreaSpread", N + " of " + N)), new Source(1, jointCount("withoutAreaSpread", N))), false),
            new Values(README, "sensitivity: the band without the area against the plain prediction", prose("(lying # against #-#)"),
                    List.of(SENSITIVITY), List.of(new Source(0, p("(?m)^idpMPa,lying_supine,\"[^\"]*\",[^,]*," + N + ",")),
                            new Source(0, p("(?m)^withoutAreaSpread,idpMPa,lying_supine,\"[^\"]*\",[^,]*,[^,]*," + N + ",[^,]*," + N + ","))), false));
}
