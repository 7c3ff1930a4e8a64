package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;

/**
 * The ankle's plantar flexion turns a free foot, or one standing on its toes, toward the shank: the
 * angle between the shank (knee to ankle) and the foot (ankle to toe) is 90 deg minus the plantar
 * flexion; a foot standing flat on the floor stays flat whatever the angle.
 */
class AnkleAngleTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());

    /** Angle between the left shank and the left foot in the sagittal plane (deg). */
    private static double shankToFootDeg(Posture p) {
        Workspace ws = MODEL.newWorkspace();
        MODEL.solve(p, List.of(), ws);
        double sx = ws.landmarkM(Landmark.ANKLE_LEFT, 0) - ws.landmarkM(Landmark.KNEE_LEFT, 0);
        double sy = ws.landmarkM(Landmark.ANKLE_LEFT, 1) - ws.landmarkM(Landmark.KNEE_LEFT, 1);
        double fx = ws.landmarkM(Landmark.TOE_LEFT, 0) - ws.landmarkM(Landmark.ANKLE_LEFT, 0);
        double fy = ws.landmarkM(Landmark.TOE_LEFT, 1) - ws.landmarkM(Landmark.ANKLE_LEFT, 1);
        return Math.toDegrees(Math.acos((sx * fx + sy * fy) / Math.hypot(sx, sy) / Math.hypot(fx, fy)));
    }

    @Test
    void aFootOnItsToesTurnsByThePlantarFlexion() {
        Posture plank = PosturePreset.PLANK.posture();
        assertThat(plank.anklePlantarFlexionDeg()).isEqualTo(50);
        assertThat(shankToFootDeg(plank)).isCloseTo(40, within(1e-9));
        assertThat(shankToFootDeg(plank.withAnklePlantarFlexionDeg(0))).isCloseTo(90, within(1e-9));
        assertThat(shankToFootDeg(plank.withAnklePlantarFlexionDeg(-20))).isCloseTo(110, within(1e-9));
    }

    @Test
    void aFreeFootTurnsByThePlantarFlexion() {
        Posture sitting = PosturePreset.SITTING_UPRIGHT.posture().withSupports(Set.of(Support.SEAT));
        assertThat(shankToFootDeg(sitting)).isCloseTo(90, within(1e-9));
        assertThat(shankToFootDeg(sitting.withAnklePlantarFlexionDeg(30))).isCloseTo(60, within(1e-9));
    }

    @Test
    void aFootFlatOnTheFloorStaysFlat() {
        Posture standing = Posture.uprightStanding();
        Workspace a = MODEL.newWorkspace();
        Workspace b = MODEL.newWorkspace();
        MODEL.solve(standing, List.of(), a);
        MODEL.solve(standing.withAnklePlantarFlexionDeg(30), List.of(), b);
        for (int axis = 0; axis < 3; axis++) {
            assertThat(b.landmarkM(Landmark.TOE_LEFT, axis)).isEqualTo(a.landmarkM(Landmark.TOE_LEFT, axis));
        }
    }

    @Test
    void copiesKeepTheAnkleAngle() {
        Posture p = PosturePreset.PLANK.posture();
        assertThat(p.withTrunkFlexionDeg(80).anklePlantarFlexionDeg()).isEqualTo(50);
        assertThat(p.withShoulderFlexionDeg(70).anklePlantarFlexionDeg()).isEqualTo(50);
        assertThat(p.withArmsHanging().anklePlantarFlexionDeg()).isEqualTo(50);
        assertThat(p.withSupports(Set.of(Support.FEET)).anklePlantarFlexionDeg()).isEqualTo(50);
        assertThat(Posture.uprightStanding().withAnklePlantarFlexionDeg(10).withTrunkFlexionFollowingRhythmDeg(60)
                .anklePlantarFlexionDeg()).isEqualTo(10);
    }
}
