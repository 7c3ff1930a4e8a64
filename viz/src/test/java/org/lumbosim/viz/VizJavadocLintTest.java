package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DocumentationTool;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The viz module's public API Javadoc (charts, figures, the report and the atlas, which a Java user calls as
 * the README shows), checked as core's is ({@code org.lumbosim.JavadocLintTest}): it must build without an
 * error and the only warnings allowed are the compact constructors' missing {@code @param} tags. Fourteenth
 * session's review: {@code ValidationFigure.of} documented a parameter {@code theme} it does not have (an
 * error; its parameter is {@code slideTheme}), which no test ran javadoc on viz to find.
 */
class VizJavadocLintTest {

    @Test
    void review14_theVizApiDocumentationBuildsWithEveryCommentPresent(@TempDir Path out) throws Exception {
        DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
        StringWriter log = new StringWriter();
        List<String> options = List.of("-quiet", "-Xdoclint:all", "-d", out.toString(), "-sourcepath",
                Path.of("src/main/java").toString(), "-cp", System.getProperty("java.class.path"),
                "-subpackages", "org.lumbosim.viz");
        boolean ok = tool.getTask(log, null, null, null, options, null).call();
        List<String> diagnostics = log.toString().lines().filter(l -> l.contains(": warning: ") || l.contains(": error: "))
                .toList();
        assertThat(ok).as("javadoc of viz: %s", diagnostics.stream().filter(l -> l.contains(": error: ")).toList())
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
