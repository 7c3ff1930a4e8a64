package org.lumbosim.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the numbers that README.md, docs/cli.md and docs/report-and-examples.md print as a command's
 * output equal to what the command prints now. Each checked passage ({@link DocChecks}) names the
 * command lines it shows; they are run in-process ({@link Main#run}, each once however many passages
 * show it), and every number of the passage is compared at the precision the document prints it
 * with the number that stands at the same place in the fresh output (the passage's text with its
 * numbers as wildcards, found in the output in order). Nothing is hard-coded: the numbers are read
 * from the documents. On a mismatch the report gives the document, line, its text and the fresh
 * output line; {@code --write} rewrites the stale numbers in place (a verbatim output line whole, so
 * its columns stay aligned) and moves each changed document into place from a temporary file.
 *
 * <pre>
 * java -cp "$(./lumbosim classpath)" org.lumbosim.cli.DocNumbers [--write] [--all] [--root DIR]
 * </pre>
 * {@code .ci/regenerate-docs} runs it with {@code --write --all}. Without {@code --all} the passages
 * whose commands take long (a population with varied constants) are left out, as in
 * {@code DocNumbersTest}. Exit 0 when every number agrees (or, with {@code --write}, was rewritten),
 * 1 when a passage matches no output text (its words changed: edit it by hand) or compares no number, 2 on bad
 * options. Runs are in-process but for {@link DocChecks#JAVA} runs: a single-file script launched as documented.
 */
public final class DocNumbers {
    /** A number as printed: optional sign, digits, decimals, exponent; not part of a name such as L5-S1. */
    static final Pattern NUMBER = Pattern.compile("(?<![\\w.])[-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");
    /** Any number, in a regular expression that finds a passage in an output. */
    static final String ANY_NUMBER = "[-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?";
    /**
     * A number a document prints with thousands separators ({@code 4,600}, {@code 10,092.5}), in a regular
     * expression; a passage of prose or a table row ({@link DocChecks.Values}) may group its numbers so.
     */
    static final String GROUPED_NUMBER = "[-+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?";
    private static final Pattern GROUPED = Pattern.compile(GROUPED_NUMBER);
    /** Significant digits from which a document's number is taken to be a double printed whole (Double.toString). */
    private static final int FULL_PRECISION_DIGITS = 15;
    private static final String NUMBER_GROUP = "(" + ANY_NUMBER + ")";

    private DocNumbers() {
    }

    /**
     * One number of a document paired with the number the fresh output prints in its place.
     *
     * @param doc the document (relative to the root)
     * @param start offset of the number in the document's text
     * @param shown the number as the document prints it
     * @param fresh the number as the command prints it now
     * @param docLine the document's line holding it
     * @param freshLine the output line holding the fresh number
     */
    record Pair(String doc, int start, String shown, String fresh, String docLine, String freshLine) {
        /** @return whether the fresh number, rounded to the document's precision, is the one shown */
        boolean agrees() {
            return same(shown, fresh);
        }
    }

    /**
     * A passage of a document that no output text matches (or that is gone from the document).
     *
     * @param doc the document
     * @param start offset in the document's text (0 when the passage is gone)
     * @param what what was looked for
     * @param freshLine the nearest output line, or what went wrong
     */
    record Unmatched(String doc, int start, String what, String freshLine) {
    }

    /**
     * A replacement of a document's text, applied by {@code --write}.
     *
     * @param doc the document
     * @param start first offset replaced
     * @param end offset after the last one replaced
     * @param text the new text
     */
    record Edit(String doc, int start, int end, String text) {
    }

    /**
     * What the checks found.
     *
     * @param pairs every number compared
     * @param unmatched passages no output matches
     * @param edits the replacements that make every compared number agree
     * @param skipped runs not made (an input file not on this machine), with the reason
     * @param perCheck how many numbers each passage compared (document and passage name), in {@link DocChecks#CHECKS}' order
     */
    record Result(List<Pair> pairs, List<Unmatched> unmatched, List<Edit> edits, List<String> skipped, Map<String, Integer> perCheck) {
        /** @return the numbers that disagree */
        List<Pair> stale() {
            return pairs.stream().filter(p -> !p.agrees()).toList();
        }

        /**
         * @param root the documents' root, to number their lines
         * @return one paragraph per stale number and per unmatched passage: document, line, its text and the fresh output
         */
        String report(Path root) throws IOException {
            Map<String, String> texts = new HashMap<>();
            StringBuilder b = new StringBuilder();
            for (Pair p : stale()) {
                String text = texts.computeIfAbsent(p.doc(), d -> read(root.resolve(d)));
                b.append(String.format(Locale.ROOT, "%s:%d: shows %s, the command prints %s%n  doc:   %s%n  fresh: %s%n",
                        p.doc(), lineOf(text, p.start()), p.shown(), p.fresh(), p.docLine().strip(), p.freshLine()));
            }
            for (Unmatched u : unmatched) {
                String text = texts.computeIfAbsent(u.doc(), d -> read(root.resolve(d)));
                b.append(String.format(Locale.ROOT, "%s:%d: no fresh output matches this passage (edit it by hand)%n  doc:   %s%n  fresh: %s%n",
                        u.doc(), lineOf(text, u.start()), u.what().strip(), u.freshLine()));
            }
            for (String s : skipped) {
                b.append("skipped: ").append(s).append('\n');
            }
            return b.toString();
        }
    }

    /** The command lines' outputs, each run once. */
    static final class Outputs {
        private final Path root;
        private final Path dir;
        private final Map<String, String> done = new HashMap<>();
        private final Map<String, Long> millis = new LinkedHashMap<>();

        /**
         * @param root the repository root (inputs such as examples/jobs/warehouse.json are read there)
         * @param dir a folder for the input and output files of the runs
         */
        Outputs(Path root, Path dir) {
            this.root = root;
            this.dir = dir;
        }

        /**
         * @param run a command line
         * @return what it printed on stdout, or {@code null} when an input is not on this machine
         */
        String of(DocChecks.Run run) throws IOException {
            if (done.containsKey(run.id())) {
                return done.get(run.id());
            }
            Path runDir = Files.createDirectories(dir.resolve(run.id()));
            List<String> args = new ArrayList<>();
            String out = null;
            boolean inputs = true;
            for (DocChecks.Input in : run.inputs()) {
                byte[] content = in.content().apply(root);
                if (content == null) {
                    inputs = false;
                    break;
                }
                Files.write(runDir.resolve(in.name()), content);
            }
            long t0 = System.nanoTime();
            if (inputs) {
                for (String a : run.args()) {
                    args.add(a.replace("{dir}", runDir.toString()));
                }
                out = args.get(0).equals(DocChecks.JAVA) ? script(root, args.subList(1, args.size()), run.exitCode())
                        : run(args, run.exitCode(), run.withStderr());
                for (String f : run.files()) {
                    out += "\n" + Files.readString(runDir.resolve(f), StandardCharsets.UTF_8);
                }
            }
            done.put(run.id(), out);
            millis.put(run.id(), (System.nanoTime() - t0) / 1_000_000);
            return out;
        }

        /** @return each run's wall time (ms), in the order run */
        Map<String, Long> millis() {
            return new LinkedHashMap<>(millis);
        }

        /** Runs a single-file Java script of the repository as its documentation does, on this class path. */
        private static String script(Path root, List<String> args, int expectedCode) throws IOException {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), root.resolve(args.get(0)).toString()));
            cmd.addAll(args.subList(1, args.size()));
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (p.waitFor() != expectedCode) {
                    throw new IllegalStateException("java " + String.join(" ", args) + " exited " + p.exitValue());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running " + args.get(0), e);
            }
            return out;
        }

        private static String run(List<String> args, int expectedCode, boolean withStderr) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream stdout = System.out;
            PrintStream stderr = System.err;
            PrintStream captured = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8);
            int code;
            try {
                System.setOut(captured); // the examples print on System.out and System.err
                System.setErr(capturedErr);
                code = Main.run(args.toArray(new String[0]), captured, capturedErr);
            } finally {
                System.setOut(stdout);
                System.setErr(stderr);
            }
            if (code != expectedCode) {
                throw new IllegalStateException("lumbosim " + String.join(" ", args) + " exited " + code + " (expected "
                        + expectedCode + "): " + err.toString(StandardCharsets.UTF_8).strip());
            }
            return out.toString(StandardCharsets.UTF_8) + (withStderr ? err.toString(StandardCharsets.UTF_8) : "");
        }
    }

    /** Collects pairs, unmatched passages and edits while the checks run. */
    static final class Collector {
        final List<Pair> pairs = new ArrayList<>();
        final List<Unmatched> unmatched = new ArrayList<>();
        final List<Edit> edits = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();

        /**
         * Finds one line of a document in the output, from {@code from} on, with its numbers as
         * wildcards, and pairs its numbers with the output's.
         *
         * @param doc the document
         * @param text the document's text
         * @param start offset of the passage in the text
         * @param end offset after it
         * @param output the fresh output
         * @param from offset in the output to search from
         * @param ignore a pattern whose matches in the passage are not compared (timings), or null
         * @return offset in the output after the match, or -1 when nothing matches
         */
        int line(String doc, String text, int start, int end, String output, int from, Pattern ignore) {
            String passage = text.substring(start, end);
            int lead = passage.length() - passage.stripLeading().length();
            String body = passage.strip();
            int bodyStart = start + lead;
            List<int[]> ignored = new ArrayList<>();
            if (ignore != null) {
                Matcher im = ignore.matcher(body);
                while (im.find()) {
                    ignored.add(new int[] {im.start(), im.end()});
                }
            }
            StringBuilder regex = new StringBuilder();
            List<int[]> tokens = new ArrayList<>();
            Matcher m = NUMBER.matcher(body);
            int at = 0;
            while (m.find()) {
                regex.append(literal(body.substring(at, m.start())));
                int s = m.start();
                boolean skip = ignored.stream().anyMatch(r -> s >= r[0] && s < r[1]);
                if (skip) {
                    regex.append(ANY_NUMBER);
                } else {
                    regex.append(NUMBER_GROUP);
                    tokens.add(new int[] {m.start(), m.end()});
                }
                at = m.end();
            }
            regex.append(literal(body.substring(at)));
            Matcher found = Pattern.compile(regex.toString()).matcher(output);
            if (!found.find(from)) {
                unmatched.add(new Unmatched(doc, bodyStart, body, nearest(output, body)));
                return -1;
            }
            int lineStart = output.lastIndexOf('\n', found.start()) + 1;
            int lineEnd = output.indexOf('\n', found.end());
            String freshLine = output.substring(lineStart, lineEnd < 0 ? output.length() : lineEnd);
            String docLine = lineAt(text, start);
            boolean stale = false;
            boolean verbatim = found.start() == lineStart && found.end() == lineStart + freshLine.stripTrailing().length()
                    && passage.substring(0, lead).equals(freshLine.substring(0, freshLine.length() - freshLine.stripLeading().length()));
            List<Edit> tokenEdits = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String shown = body.substring(tokens.get(i)[0], tokens.get(i)[1]);
                String fresh = found.group(i + 1);
                Pair p = new Pair(doc, bodyStart + tokens.get(i)[0], shown, fresh, docLine, freshLine);
                pairs.add(p);
                verbatim &= shape(shown).equals(shape(fresh));
                if (!p.agrees()) {
                    stale = true;
                    tokenEdits.add(new Edit(doc, p.start(), p.start() + shown.length(), render(shown, fresh)));
                }
            }
            boolean elided = body.contains("...") || body.contains("…");
            if (stale && verbatim && ignored.isEmpty() && !elided) {
                edits.add(new Edit(doc, bodyStart, bodyStart + body.length(), freshLine.strip()));
            } else {
                edits.addAll(tokenEdits);
            }
            return found.end();
        }

        /**
         * Pairs numbers of a document, one by one, with fresh numbers.
         *
         * @param doc the document
         * @param text its text
         * @param starts offsets of the document's numbers
         * @param fresh the fresh numbers in the same order
         * @param freshLine the output they come from, for the report
         */
        void numbers(String doc, String text, List<Integer> starts, List<String> fresh, String freshLine) {
            numbers(doc, text, starts, null, fresh, freshLine);
        }

        /**
         * Pairs numbers of a document, one by one, with fresh numbers; a number whose span is one
         * with thousands separators ({@link #GROUPED_NUMBER}) is compared without them and rewritten with them.
         *
         * @param doc the document
         * @param text its text
         * @param starts offsets of the document's numbers
         * @param ends offsets after each of them, or null when not known (then none is read as grouped)
         * @param fresh the fresh numbers in the same order
         * @param freshLine the output they come from, for the report
         */
        void numbers(String doc, String text, List<Integer> starts, List<Integer> ends, List<String> fresh, String freshLine) {
            for (int i = 0; i < starts.size(); i++) {
                Matcher g = GROUPED.matcher(text).region(starts.get(i), ends == null ? starts.get(i) : ends.get(i));
                boolean grouped = ends != null && g.matches();
                Matcher m = grouped ? g : NUMBER.matcher(text);
                if (!grouped && (!m.find(starts.get(i)) || m.start() != starts.get(i))) {
                    throw new IllegalStateException(doc + ": no number at offset " + starts.get(i));
                }
                String shown = m.group().replace(",", "");
                Pair p = new Pair(doc, m.start(), shown, fresh.get(i), lineAt(text, m.start()), freshLine);
                pairs.add(p);
                if (!p.agrees()) {
                    String rendered = render(shown, fresh.get(i));
                    edits.add(new Edit(doc, m.start(), m.end(), grouped ? grouped(rendered) : rendered));
                }
            }
        }
    }

    /**
     * @param shown a number as a document prints it
     * @param fresh a number as the command prints it
     * @return whether {@code fresh}, rounded half up to the precision of {@code shown}, equals it (a double printed
     *         whole, 15 significant digits or more, must be the same number)
     */
    static boolean same(String shown, String fresh) {
        BigDecimal d = new BigDecimal(shown);
        BigDecimal f = new BigDecimal(fresh);
        if (d.precision() >= FULL_PRECISION_DIGITS) {
            return f.compareTo(d) == 0; // a double printed whole: the same double
        }
        if (shown.contains("e") || shown.contains("E")) {
            return f.round(new MathContext(d.precision(), RoundingMode.HALF_UP)).compareTo(d) == 0;
        }
        if (f.scale() > d.scale()) {
            return f.setScale(d.scale(), RoundingMode.HALF_UP).compareTo(d) == 0;
        }
        return f.compareTo(d) == 0;
    }

    /**
     * @param shown a number as a document prints it
     * @param fresh the number the command prints
     * @return {@code fresh} written as {@code shown} is: the same decimals (or significant digits and exponent), and sign
     */
    static String render(String shown, String fresh) {
        BigDecimal d = new BigDecimal(shown);
        if (shape(shown).equals(shape(fresh)) || d.precision() >= FULL_PRECISION_DIGITS) {
            return fresh;
        }
        BigDecimal f = new BigDecimal(fresh);
        String s;
        if (shown.contains("e") || shown.contains("E")) {
            s = String.format(Locale.ROOT, "%." + Math.max(0, d.precision() - 1) + "e", f);
            s = shown.contains("E") ? s.toUpperCase(Locale.ROOT) : s;
        } else {
            s = f.setScale(Math.max(0, d.scale()), RoundingMode.HALF_UP).toPlainString();
        }
        return shown.startsWith("+") && f.signum() >= 0 ? "+" + s : s;
    }

    /** @return {@code number} (sign, digits, decimals; no exponent) with a comma between each three digits of its whole part */
    static String grouped(String number) {
        Matcher m = Pattern.compile("([-+]?)(\\d+)(.*)").matcher(number);
        if (!m.matches()) {
            throw new IllegalArgumentException("number = \"" + number + "\" is not a plain number");
        }
        StringBuilder whole = new StringBuilder(m.group(2));
        for (int at = whole.length() - 3; at > 0; at -= 3) {
            whole.insert(at, ',');
        }
        return m.group(1) + whole + m.group(3);
    }

    /** @return the sign, decimals and exponent of a printed number: two numbers of one shape are printed alike */
    private static String shape(String number) {
        return number.replaceFirst("^(\\D?)\\d+", "$19").replaceAll("\\d", "9")
                .replaceFirst("([eE][-+]?)9+$", "$1");
    }

    /** @return a regular expression for a passage's text between numbers: spaces as any run of spaces, ... as any text */
    private static String literal(String s) {
        StringBuilder b = new StringBuilder();
        String[] parts = s.split("\\.\\.\\.|…", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append(".*?");
            }
            String[] words = parts[i].split("[ \\t]+", -1);
            for (int j = 0; j < words.length; j++) {
                if (j > 0) {
                    b.append("[ \\t]+");
                }
                if (!words[j].isEmpty()) {
                    b.append(Pattern.quote(words[j]));
                }
            }
        }
        return b.toString();
    }

    /** @return the output line that shares the longest start with {@code body}, for the report */
    private static String nearest(String output, String body) {
        String best = "";
        int bestLength = -1;
        for (String l : output.split("\n")) {
            String s = l.strip();
            int n = 0;
            while (n < s.length() && n < body.length() && s.charAt(n) == body.charAt(n)) {
                n++;
            }
            if (n > bestLength) {
                bestLength = n;
                best = l;
            }
        }
        return best;
    }

    /** @return the whole line of {@code text} holding offset {@code at} */
    static String lineAt(String text, int at) {
        int s = text.lastIndexOf('\n', at - 1) + 1;
        int e = text.indexOf('\n', at);
        return text.substring(s, e < 0 ? text.length() : e);
    }

    /** @return the 1-based line number of offset {@code at} */
    static int lineOf(String text, int at) {
        int n = 1;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs every check.
     *
     * @param root the repository root
     * @param outputs the command lines' outputs (shared between calls)
     * @param all whether to include the checks whose commands take long
     * @return what was compared and found
     */
    static Result check(Path root, Outputs outputs, boolean all) throws IOException {
        return check(root, outputs, check -> all || check.cheap());
    }

    /**
     * Runs the checks {@code which} accepts.
     *
     * @param root the repository root
     * @param outputs the command lines' outputs (shared between calls)
     * @param which the checks to run
     * @return what was compared and found
     */
    static Result check(Path root, Outputs outputs, Predicate<DocChecks.Check> which) throws IOException {
        Collector c = new Collector();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Integer> perCheck = new LinkedHashMap<>();
        for (DocChecks.Check check : DocChecks.CHECKS) {
            if (!which.test(check)) {
                continue;
            }
            String text = texts.computeIfAbsent(check.doc(), d -> read(root.resolve(d)));
            List<String> out = new ArrayList<>();
            String missing = null;
            for (DocChecks.Run r : check.runs()) {
                String o = outputs.of(r);
                if (o == null) {
                    missing = r.id();
                    break;
                }
                out.add(o);
            }
            if (missing != null) {
                c.skipped.add(check.doc() + " " + check.name() + ": an input of " + missing + " is not on this machine");
                continue;
            }
            int before = c.pairs.size();
            check.apply(check.doc(), text, out, c);
            perCheck.put(check.doc() + " " + check.name(), c.pairs.size() - before);
        }
        return new Result(List.copyOf(c.pairs), List.copyOf(c.unmatched), List.copyOf(c.edits), List.copyOf(c.skipped),
                perCheck);
    }

    /**
     * Applies the edits, each document through a temporary file moved into place.
     *
     * @param root the repository root
     * @param edits the replacements
     * @return the documents changed
     */
    static List<String> write(Path root, List<Edit> edits) throws IOException {
        Map<String, List<Edit>> byDoc = new LinkedHashMap<>();
        for (Edit e : edits) {
            byDoc.computeIfAbsent(e.doc(), d -> new ArrayList<>()).add(e);
        }
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, List<Edit>> d : byDoc.entrySet()) {
            Path file = root.resolve(d.getKey());
            StringBuilder text = new StringBuilder(read(file));
            List<Edit> sorted = new ArrayList<>(d.getValue());
            sorted.sort(Comparator.comparingInt(Edit::start).reversed());
            int limit = Integer.MAX_VALUE;
            for (Edit e : sorted) {
                if (e.end() > limit) {
                    continue; // a token inside a line already replaced whole
                }
                text.replace(e.start(), e.end(), e.text());
                limit = e.start();
            }
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            changed.add(d.getKey());
        }
        return changed;
    }

    /**
     * Checks, or with {@code --write} regenerates, the documents' numbers.
     *
     * @param args {@code [--write] [--all] [--root DIR]}
     */
    public static void main(String[] args) throws IOException {
        boolean write = false;
        boolean all = false;
        Path root = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--write" -> write = true;
                case "--all" -> all = true;
                case "--root" -> {
                    if (i + 1 == args.length) {
                        System.err.println("error: --root needs a value");
                        System.exit(Main.EXIT_BAD_INPUT);
                    }
                    root = Path.of(args[++i]);
                }
                default -> {
                    System.err.println("usage: DocNumbers [--write] [--all] [--root DIR]");
                    System.exit(Main.EXIT_BAD_INPUT);
                }
            }
        }
        Path dir = Files.createTempDirectory("docnumbers");
        Result r;
        try {
            r = check(root, new Outputs(root, dir), all);
        } finally {
            deleteTree(dir);
        }
        System.out.print(r.report(root));
        List<String> empty = r.perCheck().entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
        for (String passage : empty) {
            System.out.println("compared no number: " + passage);
        }
        System.out.printf(Locale.ROOT, "%d numbers compared in %d passages, %d stale, %d passages unmatched%n", r.pairs().size(),
                r.perCheck().size(), r.stale().size(), r.unmatched().size());
        if (write && !r.edits().isEmpty()) {
            for (String d : write(root, r.edits())) {
                System.out.println("rewrote " + d);
            }
        }
        System.exit(!r.unmatched().isEmpty() || !empty.isEmpty() || (!write && !r.stale().isEmpty()) ? 1 : 0);
    }

    /** Deletes the runs' scratch folder and everything the commands wrote into it. */
    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
