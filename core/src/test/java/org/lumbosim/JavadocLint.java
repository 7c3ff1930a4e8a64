package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DocumentationTool;
import javax.tools.ToolProvider;

/**
 * The modules' Javadoc check ({@link JavadocLintTest} for core, {@code viz.VizJavadocLintTest}), in one place:
 * the JDK's own tool with every doclint group over a module's {@code src/main/java} must build without an error,
 * and the only warnings allowed are the compact constructors' missing {@code @param} tags, whose components the
 * record's own comment documents.
 */
public final class JavadocLint {
    private JavadocLint() {
    }

    /**
     * Runs javadoc on the current module's sources and asserts the rule above.
     *
     * @param out where the documentation goes (a temporary folder)
     * @param module the module's name, for the messages
     * @param subpackages the root package to document
     * @throws IOException if a source file named by a warning cannot be read
     */
    public static void assertBuildsWithEveryCommentPresent(Path out, String module, String subpackages)
            throws IOException {
        DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
        StringWriter log = new StringWriter();
        List<String> options = List.of("-quiet", "-Xdoclint:all", "-d", out.toString(), "-sourcepath",
                Path.of("src/main/java").toString(), "-cp", System.getProperty("java.class.path"),
                "-subpackages", subpackages);
        boolean ok = tool.getTask(log, null, null, null, options, null).call();
        List<String> diagnostics = log.toString().lines().filter(l -> l.contains(": warning: ") || l.contains(": error: "))
                .toList();
        assertThat(ok).as("javadoc of %s: %s", module, diagnostics.stream().filter(l -> l.contains(": error: ")).toList())
                .isTrue();
        assertThat(diagnostics).as("doclint diagnostics other than a compact constructor's @param")
                .allSatisfy(l -> assertThat(l).containsPattern(": warning: no @param for \\w+$"));
        for (String l : diagnostics) {
            Path file = Path.of(l.substring(0, l.indexOf(".java:") + 5));
            int line = Integer.parseInt(l.substring(l.indexOf(".java:") + 6, l.indexOf(": warning")));
            String declaration = Files.readAllLines(file).get(line - 1).strip();
            assertThat(declaration).as("%s: a compact constructor (its record documents the components)", l)
                    .matches("public \\w+ \\{");
        }
        assertThat(Files.exists(out.resolve("index.html"))).isTrue();
    }
}
