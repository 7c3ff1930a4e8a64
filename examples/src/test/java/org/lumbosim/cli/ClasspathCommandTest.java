package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code lumbosim classpath} is a command of {@link Main} like the others (the newcomer pass found it
 * handled by the launcher script alone: missing from {@code --help}, and {@code classpath --help} exit 2
 * "unknown command"): listed in the usage, with its own help, bad input for an argument, and printing
 * a class path from which the command line and the library load.
 */
class ClasspathCommandTest {
    @Test
    void theUsageListsClasspathAndItsHelpExitsZero() {
        CliRun usage = CliRun.of("--help");
        assertThat(usage.code()).isZero();
        assertThat(usage.out()).contains("\n  classpath\n");
        CliRun help = CliRun.of("classpath", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).startsWith("usage: lumbosim classpath\n");
    }

    @Test
    void itPrintsOneLineOfAbsoluteEntriesFromWhichTheCliAndTheLibraryLoad() throws Exception {
        CliRun r = CliRun.of("classpath");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(1);
        List<URL> urls = new ArrayList<>();
        for (String entry : lines.get(0).split(File.pathSeparator)) {
            assertThat(Path.of(entry)).as(entry).isAbsolute().exists();
            urls.add(Path.of(entry).toUri().toURL());
        }
        // no parent but the platform loader: the classes must come from the printed entries
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            for (String name : List.of("org.lumbosim.cli.Main", "org.lumbosim.Lumbosim")) {
                assertThat(Class.forName(name, false, loader).getClassLoader()).as(name).isSameAs(loader);
            }
        }
    }

    @Test
    void relativeEntriesAreMadeAbsoluteAndEmptyOnesDropped() {
        String cp = "a.jar" + File.pathSeparator + File.pathSeparator + "lib/../b";
        String cwd = Path.of("").toAbsolutePath().toString();
        assertThat(ClasspathCommand.classPath(cp))
                .isEqualTo(Path.of(cwd, "a.jar") + File.pathSeparator + Path.of(cwd, "b"));
    }

    @Test
    void anArgumentOrAnOptionIsBadInputWithOneLine() {
        CliRun extra = CliRun.of("classpath", "x");
        assertThat(extra.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(extra.out()).isEmpty();
        assertThat(extra.err().strip()).isEqualTo("error: classpath takes no file or other argument; got \"x\"");
        CliRun option = CliRun.of("classpath", "--out", "x");
        assertThat(option.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(option.out()).isEmpty();
        assertThat(option.err().lines().toList()).hasSize(1);
    }
}
