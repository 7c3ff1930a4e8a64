package org.lumbosim.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lumbosim.explorer.ExplorerPage;
import org.lumbosim.io.OutputFiles;

/**
 * {@code lumbosim explore [--out DIR]}: writes the interactive explorer ({@link ExplorerPage}), one
 * offline HTML page that runs the model in the browser, into a folder.
 */
final class ExploreCommand {
    private ExploreCommand() {
    }

    /** Default folder of the explorer, relative to the working directory. */
    static final String DEFAULT_OUT = "lumbosim-explorer";

    static final String USAGE = String.join("\n",
            "usage: lumbosim explore [--out DIR]",
            "",
            "Writes DIR/" + ExplorerPage.FILE + " (default DIR ./" + DEFAULT_OUT + "/): one self-contained page that",
            "opens from the disc in a browser (no network, no server). Sliders for trunk and lumbar flexion, knee",
            "flexion, load and hand distance, sex, stature and body mass, and the muscle model run this model",
            "(compiled to JavaScript, the same numbers as the Java library) at every move and show the stick",
            "figure, the loads at every lumbar level against the NIOSH and shear limits and the ratio to relaxed",
            "standing. Prints the page's path once it is written:",
            "  explorer: /absolute/path/DIR/" + ExplorerPage.FILE,
            Options.FOLDER_OUTPUT_HELP + ".",
            ExitCodes.help("explore"));

    /** The options that take a value (each named in the help text and in docs/cli.md: ContractDocTest). */
    static final List<String> OPTIONS = List.of("--out");
    /** The options without a value. */
    static final List<String> FLAGS = List.of();

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = Options.parse("explore", args, OPTIONS, FLAGS);
        if (o.help()) {
            out.println(USAGE);
            return Main.EXIT_OK;
        }
        o.noPositional();
        Path outDir = o.path("--out").orElse(Path.of(DEFAULT_OUT));
        String html = ExplorerPage.html();
        new OutputFiles().folder("--out", outDir)
                .folderContent(outDir, d -> Files.writeString(d.resolve(ExplorerPage.FILE), html, StandardCharsets.UTF_8))
                .writeAll();
        out.println("explorer: " + Output.oneLine(outDir.toAbsolutePath().normalize().resolve(ExplorerPage.FILE)));
        return Main.EXIT_OK;
    }
}
