package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.explorer.ExplorerPage;

/** lumbosim explore: one self-contained page, written whole, the path printed; bad input exits 2. */
class ExploreCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesOneSelfContainedPageAndPrintsItsPath() throws Exception {
        Path out = dir.resolve("x");
        Run r = run("explore", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("explorer: " + out.toAbsolutePath().normalize().resolve(ExplorerPage.FILE)
                + System.lineSeparator());
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(ExplorerPage.FILE);
        }
        String html = Files.readString(out.resolve(ExplorerPage.FILE));
        // nothing is fetched: no script source, stylesheet, import or request (the only address in the page
        // is the compiled runtime's link to its documentation, in an error message)
        assertThat(html).doesNotContain("src=").doesNotContain("<link").doesNotContain("@import")
                .doesNotContain("url(").doesNotContain("fetch(").doesNotContain("XMLHttpRequest")
                .doesNotContain("WebSocket").contains("LumbosimModel.solve(").contains("\"nioshActionN\":3400")
                .contains("\"nioshMaxN\":6400").contains("lumbosim " + ExplorerPage.version());
    }

    @Test
    void helpAndBadInput() {
        Run help = run("explore", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("usage: lumbosim explore [--out DIR]").contains(ExitCodes.help("explore"));
        Run bad = run("explore", "--muscles", "multi-fascicle");
        assertThat(bad.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(bad.err().lines()).hasSize(1).allMatch(l -> l.startsWith("error: unknown option \"--muscles\""));
        Run positional = run("explore", "page");
        assertThat(positional.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(positional.out()).isEmpty();
    }

    @Test
    void anOutThatIsAFileExitsTwoAndLeavesItAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "keep");
        Run r = run("explore", "--out", file.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).startsWith("error: --out = ");
        assertThat(Files.readString(file)).isEqualTo("keep");
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }
}
