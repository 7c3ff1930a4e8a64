package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lumbosim.model.SolvedLandmarks.assertLengthsKept;
import static org.lumbosim.model.SolvedLandmarks.assertUnmoved;
import static org.lumbosim.model.SolvedLandmarks.distance;
import static org.lumbosim.model.SolvedLandmarks.solved;

import org.junit.jupiter.api.Test;
import org.lumbosim.posture.Posture;

/**
 * Arm abduction turns each whole arm outward about the axis through the shoulder at right angles to
 * the upper arm in the sagittal plane: hanging arms stay vertical, their points keep their place in
 * the side view's x, and move out by their distance from the shoulder times the sine of the angle;
 * the arms' lengths and the elbow angle are kept.
 */
class ArmAbductionTest {
    @Test
    void hangingArmsTurnOutwardInTheFrontalPlane() {
        Posture bent = Posture.standingFlexed(50);
        Workspace a = solved(bent);
        Workspace b = solved(bent.withShoulderAbductionDeg(10));
        double reach = distance(a, Landmark.SHOULDER_RIGHT, Landmark.GRIP_RIGHT);
        double sin = Math.sin(Math.toRadians(10));
        assertThat(b.landmarkM(Landmark.GRIP_RIGHT, 0)).isCloseTo(a.landmarkM(Landmark.GRIP_RIGHT, 0), within(1e-12));
        assertThat(b.landmarkM(Landmark.GRIP_RIGHT, 2) - a.landmarkM(Landmark.GRIP_RIGHT, 2))
                .isCloseTo(reach * sin, within(1e-12));
        assertThat(b.landmarkM(Landmark.GRIP_LEFT, 2) - a.landmarkM(Landmark.GRIP_LEFT, 2))
                .isCloseTo(-reach * sin, within(1e-12));
        assertThat(distance(b, Landmark.SHOULDER_RIGHT, Landmark.GRIP_RIGHT)).isCloseTo(reach, within(1e-12));
    }

    @Test
    void aBentArmKeepsItsLengthsAndElbowAngle() {
        Posture holding = new Posture(0, 0, 0, 0, 0, 0, 30, 90, 0, java.util.Set.of());
        Workspace a = solved(holding);
        Workspace b = solved(holding.withShoulderAbductionDeg(40));
        assertLengthsKept(a, b, new Landmark[][] {{Landmark.SHOULDER_RIGHT, Landmark.ELBOW_RIGHT},
                {Landmark.ELBOW_RIGHT, Landmark.WRIST_RIGHT}, {Landmark.SHOULDER_RIGHT, Landmark.WRIST_RIGHT}});
        assertThat(b.landmarkM(Landmark.ELBOW_RIGHT, 2)).isGreaterThan(a.landmarkM(Landmark.ELBOW_RIGHT, 2));
    }

    @Test
    void noAbductionLeavesTheArmsWhereTheyWere() {
        Posture bent = Posture.standingFlexed(30);
        Workspace a = solved(bent);
        Workspace b = solved(bent.withShoulderAbductionDeg(0));
        assertUnmoved(a, b, Landmark.ELBOW_LEFT, Landmark.WRIST_RIGHT, Landmark.GRIP_RIGHT);
    }
}
