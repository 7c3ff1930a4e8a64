package org.lumbosim.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.viz.report.Atlas;

/**
 * {@code lumbosim atlas [--out DIR] [--muscles ...]}: writes the exercise and daily-activity atlas
 * ({@link Atlas}) to a folder and prints its ranking.
 */
final class AtlasCommand {
    private AtlasCommand() {
    }

    /** Default folder of the atlas, relative to the working directory. */
    static final String DEFAULT_OUT = "lumbosim-atlas";

    static final String USAGE = String.join("\n",
            "usage: lumbosim atlas [--out DIR] [--muscles single-equivalent|multi-fascicle]",
            "",
            "Solves every posture preset (body weight only, default subject) and writes, to DIR",
            "(default ./" + DEFAULT_OUT + "/): atlas.csv (ranked by L5-S1 compression, with ratios to relaxed",
            "standing, peak in motion, Wilke 1999 values), atlas.html and figures/ (a stick figure per",
            "preset, ranking.png and ranking.svg with the NIOSH limits). Prints the ranking, the line",
            "summary: presets=<n> overloaded=<k> shareOverloaded=<k/n> failed=<f> and the path once the atlas is",
            "written. A preset beyond the muscles' strength is ranked with its loads at the strength it needs,",
            "marked overloaded (atlas.csv's last column status: ok, overloaded or failed; its note names the",
            "stress needed).",
            Options.FOLDER_OUTPUT_HELP + ". A run that lasts more than 2 s shows \"progress: ...\" on stderr.",
            ExitCodes.help("atlas"));

    /** The options that take a value (each named in the help text and in docs/cli.md: ContractDocTest). */
    static final List<String> OPTIONS = List.of("--out", "--muscles");
    /** The options without a value. */
    static final List<String> FLAGS = List.of();

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = Options.parse("atlas", args, OPTIONS, FLAGS);
        if (o.help()) {
            out.println(USAGE);
            return Main.EXIT_OK;
        }
        o.noPositional();
        Path outDir = o.path("--out").orElse(Path.of(DEFAULT_OUT));
        MuscleModelKind kind = o.muscles();
        List<String> lines = new ArrayList<>();
        new OutputFiles().folder("--out", outDir).folderContent(outDir, d -> {
            Atlas.writeInto(d, kind, new Progress(err, Atlas.rowCount(), "presets"));
            lines.addAll(Files.readAllLines(d.resolve(Atlas.CSV), StandardCharsets.UTF_8));
        }).writeAll();
        out.println("L5-S1 loads, every preset, body weight only, default subject, " + kind.id() + " muscles");
        FiniteOutput.printf(out, "%4s %-26s %9s %8s %8s %8s  %s%n", "rank", "preset", "compr_N", "ratio", "ap_N",
                "idp_MPa", "note");
        int overloaded = 0;
        int failed = 0;
        for (String line : lines.subList(1, lines.size())) {
            List<String> c = csvCells(line);
            FiniteOutput.printf(out, "%4s %-26s %9s %8s %8s %8s  %s%n", c.get(0), c.get(1), c.get(4), c.get(8),
                    c.get(5), c.get(7), c.get(15));
            overloaded += c.get(16).equals("overloaded") ? 1 : 0;
            failed += c.get(16).equals("failed") ? 1 : 0;
        }
        int presets = lines.size() - 1;
        FiniteOutput.printf(out, "summary: presets=%d overloaded=%d shareOverloaded=%.3f failed=%d%n", presets, overloaded,
                overloaded / (double) presets, failed);
        out.println("atlas: " + Output.oneLine(outDir.resolve(Atlas.HTML).toAbsolutePath()));
        return Main.EXIT_OK;
    }

    /**
     * @param line one line of a CSV file (RFC 4180 quoting)
     * @return its cells, unquoted
     */
    static List<String> csvCells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (q) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    q = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                q = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
