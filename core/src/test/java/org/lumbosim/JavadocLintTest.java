package org.lumbosim;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public API's Javadoc, checked by the JDK's own tool with every doclint group (audit of
 * 2026-12-07; the javadoc Maven plugin is not among the build's plugins): it must build without an
 * error (a {@code @throws} on a record's class comment, {@code reference.InVivoRatios.Case}, made it
 * fail), and the only warnings allowed are the compact constructors' missing {@code @param} tags,
 * whose components the record's own comment documents. So every public type and member has a
 * comment.
 */
class JavadocLintTest {

    @Test
    void theCoreApiDocumentationBuildsWithEveryCommentPresent(@TempDir Path out) throws Exception {
        JavadocLint.assertBuildsWithEveryCommentPresent(out, "core", "org.lumbosim");
    }
}
