package org.lumbosim.cli;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/**
 * Fuzz tests of the task, schedule, job and motion parsers: whatever the input, the only failure allowed is
 * the documented {@link BadInputException} (exit code 2), never another exception. Under plain
 * {@code mvn test} they replay the inputs under {@code src/test/resources/org/lumbosim/cli/ParserFuzzTestInputs};
 * to fuzz, run {@code JAZZER_FUZZ=1 mvn -pl examples -am test -Dtest=ParserFuzzTest} (see the README).
 */
class ParserFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void taskFiles(FuzzedDataProvider data) {
        try {
            TaskReader.parse(data.consumeRemainingAsString());
        } catch (BadInputException expected) {
            assertOneLineMessage(expected);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void scheduleFiles(FuzzedDataProvider data) {
        try {
            DayCommand.parse(data.consumeRemainingAsString());
        } catch (BadInputException expected) {
            assertOneLineMessage(expected);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void motionFiles(FuzzedDataProvider data) {
        String name = data.pickValue(List.of("m.csv", "m.mot", "m.sto"));
        double cutoff = data.consumeBoolean() ? 0 : 6;
        List<String> lines = data.consumeRemainingAsString().lines().toList();
        try {
            MotionFile.parse(name, lines, cutoff);
        } catch (BadInputException expected) {
            assertOneLineMessage(expected);
        }
    }

    /** The documented rejection: a non-empty message that fits the one stderr line the CLI prints. */
    private static void assertOneLineMessage(BadInputException e) {
        String m = e.getMessage();
        assertTrue(m != null && !m.isBlank() && m.lines().count() == 1, () -> "bad-input message not one line: " + m);
    }
}
