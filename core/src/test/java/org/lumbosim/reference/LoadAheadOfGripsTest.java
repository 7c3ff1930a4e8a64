package org.lumbosim.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A load whose mass centre is ahead of the hands ({@code <kg>&ahead=<m>} in {@code in_vivo_ratios.csv}):
 * how the resource's load text is read.
 */
class LoadAheadOfGripsTest {
    private static final String RESOURCE = "test";

    @Test
    void loadTextIsAMassOrAMassWithItsDistanceAheadOfTheGrips() {
        InVivoRatios.Case atGrips = InVivoRatios.caseOf("standing_relaxed", "20", RESOURCE);
        assertThat(atGrips.loadKg()).isEqualTo(20);
        assertThat(atGrips.loadAheadOfGripsM()).isZero();
        InVivoRatios.Case ahead = InVivoRatios.caseOf("standing_relaxed", "20&ahead=0.07", RESOURCE);
        assertThat(ahead.loadKg()).isEqualTo(20);
        assertThat(ahead.loadAheadOfGripsM()).isEqualTo(0.07);
        for (String bad : List.of("20&behind=0.07", "0&ahead=0.07", "20&ahead=0.07&ahead=0.1", "20&")) {
            assertThatThrownBy(() -> InVivoRatios.caseOf("standing_relaxed", bad, RESOURCE)).as(bad)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(RESOURCE);
        }
    }
}
