package org.lumbosim.viz;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.JavadocLint;

/**
 * The viz module's public API Javadoc (charts, figures, the report and the atlas, which a Java user calls as
 * the README shows), checked as core's is ({@code org.lumbosim.JavadocLintTest}): it must build without an
 * error and the only warnings allowed are the compact constructors' missing {@code @param} tags. Fourteenth
 * session's review: {@code ValidationFigure.of} documented a parameter {@code theme} it does not have (an
 * error; its parameter is {@code slideTheme}), which no test ran javadoc on viz to find.
 */
class VizJavadocLintTest {

    @Test
    void theVizApiDocumentationBuildsWithEveryCommentPresent(@TempDir Path out) throws Exception {
        JavadocLint.assertBuildsWithEveryCommentPresent(out, "viz", "org.lumbosim.viz");
    }
}
