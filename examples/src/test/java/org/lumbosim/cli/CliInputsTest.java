package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.model.TissueParameters.TissueParameter;

/**
 * The random inputs of {@link CliInputs} that claim to be in range are: every drawn number lies in the
 * range it was drawn from, and every random subject is one the task reader accepts.
 */
class CliInputsTest {
    private static final int DRAWS = 20_000;

    @Test
    void aNumberDrawnInARangeNeverLeavesIt() {
        List<double[]> ranges = new ArrayList<>(List.of(new double[] {1.3, 2.2}, new double[] {0, 0.6},
                new double[] {-0.3, 0.6}, new double[] {-0.3, 0.3}, new double[] {1.0 / 60, 0.5},
                new double[] {-16, 52}, new double[] {35, 200}));
        for (TissueParameter p : TissueParameter.values()) {
            ranges.add(new double[] {p.min(), p.max()});
            ranges.add(new double[] {0, (p.max() - p.min()) / 4});
        }
        CliInputs g = new CliInputs(1);
        for (double[] range : ranges) {
            for (int i = 0; i < DRAWS; i++) {
                assertThat(g.inRange(range[0], range[1])).as("drawn in [%s, %s]", range[0], range[1])
                        .isBetween(range[0], range[1]);
            }
        }
    }

    @Test
    void everyRandomSubjectIsAcceptedByTheTaskReader() {
        for (long seed = 0; seed < DRAWS / 10; seed++) {
            String task = "{\"subject\":" + new CliInputs(seed).subject() + ",\"posture\":{\"preset\":\"standing_relaxed\"}}";
            assertThatCode(() -> TaskReader.parse(task)).as(task).doesNotThrowAnyException();
        }
    }
}
