package org.lumbosim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Non-regression guard (not validation): every case of {@link GoldenResults} must give bitwise the
 * same outputs as recorded in {@code golden/results.txt.gz}. Refactoring must leave it green; a
 * deliberate model change regenerates the file with {@link GoldenResults#main} and says so in
 * docs/validation-log.md.
 */
class GoldenResultsTest {

    @Test
    void everyCaseIsBitwiseEqualToTheRecordedResults() throws IOException {
        List<String> expected;
        try (InputStream in = GoldenResultsTest.class.getResourceAsStream(GoldenResults.RESOURCE)) {
            assertNotNull(in, GoldenResults.RESOURCE + " is missing");
            expected = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))
                    .lines().toList();
        }
        List<String> actual = GoldenResults.compute();
        assertEquals(expected.size(), actual.size(), "number of golden cases");
        int differing = 0;
        String first = null;
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                differing++;
                if (first == null) {
                    first = firstDifference(expected.get(i), actual.get(i));
                }
            }
        }
        assertEquals(0, differing, differing + " of " + expected.size() + " cases differ; first: " + first);
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split(" ");
        String[] a = actual.split(" ");
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            if (!e[i].equals(a[i])) {
                return e[0] + " field " + i + ": expected " + e[i] + ", was " + a[i];
            }
        }
        return e[0] + ": " + e.length + " fields expected, " + a.length + " found";
    }
}
