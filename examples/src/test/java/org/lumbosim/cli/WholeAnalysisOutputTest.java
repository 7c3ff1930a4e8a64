package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.HandOnThighPush;

/**
 * {@code analyze --format csv|table} print whole or nothing: a number refused as not finite by the
 * last column or line (here the right hand's push on its thigh) leaves standard output empty, not
 * a header, the loads and half a line.
 */
class WholeAnalysisOutputTest {
    private static final String RESTING = "{\"posture\":{\"preset\":\"sitting_unsupported\"}}";

    /** The resting hands' analysis with the right hand's gap made NaN. */
    private static AnalysisResult withNaNGap(Task task) {
        AnalysisResult r = Lumbosim.analyze(task.subject(), task.posture(), task.loads());
        List<HandOnThighPush> hands = new ArrayList<>(r.handsOnThighs());
        assertThat(hands).hasSize(2);
        HandOnThighPush right = hands.get(1);
        hands.set(1, new HandOnThighPush(right.side(), right.pointM(), right.forceXN(), right.forceYN(),
                right.forceZN(), Double.NaN));
        return new AnalysisResult(r.levels(), r.muscles(), r.iapForceN(), r.backrestForceN(),
                r.equilibriumResidualNm(), r.iterations(), r.pose(), r.balance(), r.overloaded(), r.trunkOnThighs(),
                hands);
    }

    private static void assertPrintsNothing(Consumer<PrintStream> print) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> print.accept(out)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NaN");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).as("standard output").isEmpty();
    }

    @Test
    void aCsvWithANaNInItsLastColumnPrintsNothing() {
        Task task = TaskReader.parse(RESTING);
        AnalysisResult r = withNaNGap(task);
        assertPrintsNothing(out -> Output.csv(r, false, out));
    }

    @Test
    void aTableWithANaNInItsLastLinePrintsNothing() {
        Task task = TaskReader.parse(RESTING);
        AnalysisResult r = withNaNGap(task);
        assertPrintsNothing(out -> Output.table(task, r, false, out));
    }
}
