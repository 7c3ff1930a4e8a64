package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.lumbosim.model.SolvedLandmarks.assertLengthsKept;
import static org.lumbosim.model.SolvedLandmarks.assertUnmoved;
import static org.lumbosim.model.SolvedLandmarks.distance;
import static org.lumbosim.model.SolvedLandmarks.solved;

import org.junit.jupiter.api.Test;
import org.lumbosim.posture.Posture;

/**
 * Leg adduction turns each whole leg toward the midline about the axis through the hip joint at
 * right angles to the thigh in the sagittal plane: straight legs keep their points' side-view x and
 * move inward by their distance from the hip times the sine of the angle; the segment lengths are
 * kept; 0 changes nothing; the range is checked.
 */
class LegAdductionTest {
    @Test
    void straightLegsTurnInwardInTheFrontalPlane() {
        Posture upright = Posture.standingFlexed(0);
        Workspace a = solved(upright);
        Workspace b = solved(upright.withHipAdductionDeg(6));
        double reach = distance(a, Landmark.HIP_RIGHT, Landmark.ANKLE_RIGHT);
        double sin = Math.sin(Math.toRadians(6));
        assertThat(b.landmarkM(Landmark.ANKLE_RIGHT, 0)).isCloseTo(a.landmarkM(Landmark.ANKLE_RIGHT, 0), within(1e-12));
        assertThat(b.landmarkM(Landmark.ANKLE_RIGHT, 2) - a.landmarkM(Landmark.ANKLE_RIGHT, 2))
                .isCloseTo(-reach * sin, within(1e-12));
        assertThat(b.landmarkM(Landmark.ANKLE_LEFT, 2) - a.landmarkM(Landmark.ANKLE_LEFT, 2))
                .isCloseTo(reach * sin, within(1e-12));
        assertLengthsKept(a, b, new Landmark[][] {{Landmark.HIP_RIGHT, Landmark.KNEE_RIGHT},
                {Landmark.KNEE_RIGHT, Landmark.ANKLE_RIGHT}, {Landmark.ANKLE_RIGHT, Landmark.TOE_RIGHT}});
        assertThat(b.landmarkM(Landmark.HIP_RIGHT, 2)).isEqualTo(a.landmarkM(Landmark.HIP_RIGHT, 2));
    }

    @Test
    void noAdductionLeavesTheLegsWhereTheyWere() {
        Posture bent = Posture.standingFlexed(30);
        Workspace a = solved(bent);
        Workspace b = solved(bent.withHipAdductionDeg(0));
        assertUnmoved(a, b, Landmark.KNEE_LEFT, Landmark.ANKLE_RIGHT, Landmark.TOE_RIGHT);
    }

    @Test
    void adductionOutsideItsRangeIsRejected() {
        Posture upright = Posture.standingFlexed(0);
        assertThatThrownBy(() -> upright.withHipAdductionDeg(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> upright.withHipAdductionDeg(31)).isInstanceOf(IllegalArgumentException.class);
    }
}
