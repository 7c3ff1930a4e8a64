package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ```java} block of README.md and docs/charts.md compiles as printed (newcomer pass,
 * ninth session): its {@code import} lines become the imports of a scratch class and the other lines
 * the body of its {@code main}, compiled against this module's class path (core, viz and their
 * dependencies), as a reader who pastes the block into a class or jshell would. The README's first
 * block, the 30-second tour, is also run and must print the L5-S1 compression and pressure.
 *
 * <p>Fifteenth session (API review): every {@code <pre>{@code ...}</pre>} example in the Javadoc of core's sources
 * compiles and runs too, with every core package and {@code java.util} imported (a Javadoc example shows no
 * imports); the {@code Sweep} example used a {@code model} and {@code postures} it never made.
 */
class DocJavaSnippetsTest {

    private static final List<Path> DOCS = List.of(Path.of("../README.md"), Path.of("../docs/charts.md"));

    @TempDir
    Path dir;

    /** One {@code ```java} block of a document. */
    record Snippet(Path doc, int line, String text) {
        @Override
        public String toString() {
            return doc.getFileName() + ":" + line;
        }

        /** @return the block as a class {@code className} whose {@code main} runs its statements */
        String asClass(String className) {
            StringBuilder imports = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (String l : text.split("\n", -1)) {
                (l.startsWith("import ") ? imports : body).append(l).append('\n');
            }
            return imports + "public class " + className + " {\n public static void main(String[] args) throws Exception {\n"
                    + body + " }\n}\n";
        }
    }

    static List<Snippet> snippets() throws IOException {
        List<Snippet> out = new ArrayList<>();
        for (Path doc : DOCS) {
            List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).equals("```java")) {
                    continue;
                }
                int start = i + 1;
                int end = start;
                while (!lines.get(end).equals("```")) {
                    end++;
                }
                out.add(new Snippet(doc, start + 1, String.join("\n", lines.subList(start, end))));
                i = end;
            }
        }
        return out;
    }

    /** Core's sources, whose Javadoc examples are checked. */
    private static final Path CORE_SOURCES = Path.of("../core/src/main/java");

    /** @return every {@code <pre>{@code ...}</pre>} block of core's Javadoc, with the imports a reader would add */
    static List<Snippet> javadocSnippets() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(CORE_SOURCES)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        StringBuilder imports = new StringBuilder("import java.util.*;\n");
        try (Stream<Path> dirs = Files.walk(CORE_SOURCES.resolve("org/lumbosim"))) {
            dirs.filter(Files::isDirectory).map(d -> CORE_SOURCES.relativize(d).toString().replace('/', '.'))
                    .filter(pkg -> !pkg.endsWith(".internal")).sorted()
                    .forEach(pkg -> imports.append("import ").append(pkg).append(".*;\n"));
        }
        List<Snippet> out = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).trim().equals("* <pre>{@code")) {
                    continue;
                }
                int start = i + 1;
                int end = start;
                while (!lines.get(end).trim().equals("* }</pre>")) {
                    end++;
                }
                StringBuilder body = new StringBuilder(imports);
                for (String l : lines.subList(start, end)) {
                    body.append(l.replaceFirst("^\\s*\\* ?", "")).append('\n');
                }
                out.add(new Snippet(source, start + 1, body.toString()));
                i = end;
            }
        }
        return out;
    }

    static Stream<Arguments> everyJavadocSnippet() throws IOException {
        return javadocSnippets().stream().map(Arguments::of);
    }

    static Stream<Arguments> everySnippet() throws IOException {
        return snippets().stream().map(Arguments::of);
    }

    @Test
    void theDocumentsHaveTheirBlocks() throws IOException {
        // the README's tour (3 blocks) and its charts block, and docs/charts.md's
        assertThat(snippets()).filteredOn(s -> s.doc().endsWith("README.md")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(snippets()).filteredOn(s -> s.doc().endsWith("charts.md")).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySnippet")
    void compilesAsPrinted(Snippet s) throws IOException {
        compile(s, "Snippet");
    }

    @Test
    void coreHasJavadocExamples() throws IOException {
        // Lumbosim's one-call example and Sweep's
        assertThat(javadocSnippets()).extracting(s -> s.doc().getFileName().toString())
                .contains("Lumbosim.java", "Sweep.java");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyJavadocSnippet")
    void javadocExamplesCompileAndRun(Snippet s) throws Exception {
        String className = "Example" + Math.abs(s.toString().hashCode());
        compile(s, className);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            loader.loadClass(className).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        }
    }

    @Test
    void theThirtySecondTourRunsAndPrintsTheLoads() throws Exception {
        Snippet tour = snippets().get(0);
        assertThat(tour.text()).contains("Lumbosim.analyze(");
        compile(tour, "Tour");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("Tour").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(stdout);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).trim()).matches("\\d+\\.\\d+ N, \\d+\\.\\d+ MPa");
    }

    private void compile(Snippet s, String className) throws IOException {
        Path source = dir.resolve(className + ".java");
        Files.writeString(source, s.asClass(className), StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler").isNotNull();
        StringWriter diagnostics = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            ok = javac.getTask(diagnostics, files, null,
                    List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), "-proc:none"),
                    null, files.getJavaFileObjects(source)).call();
        }
        assertThat(ok).as("%s compiles as printed:%n%s%n%s", s, diagnostics, s.asClass(className)).isTrue();
    }
}
