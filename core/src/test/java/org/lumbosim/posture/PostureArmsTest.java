package org.lumbosim.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.result.AnalysisResult;

/**
 * Hanging arms versus a held shoulder angle (issue 12 item 8): hanging arms are vertical at any
 * trunk angle and stay hanging through every {@code with...} copy; a given angle is kept relative
 * to the thorax; the presets whose hands hang are the ones that say so.
 */
class PostureArmsTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());

    @ParameterizedTest
    @ValueSource(doubles = {-40, 0, 25, 60, 90, 120})
    void hangingArmsAreVerticalAtAnyTrunkAngle(double trunkDeg) {
        Posture p = Posture.uprightStanding().withTrunkFlexionFollowingRhythmDeg(trunkDeg);
        assertThat(p.armsHang()).isTrue();
        AnalysisResult r = Lumbosim.analyze(MODEL, p, List.of());
        var shoulder = r.pose().landmarks().get(Landmark.SHOULDER_LEFT);
        var wrist = r.pose().landmarks().get(Landmark.WRIST_LEFT);
        assertThat(wrist.xM()).as("wrist straight under the shoulder at trunk %s deg", trunkDeg)
                .isCloseTo(shoulder.xM(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(wrist.yM()).isLessThan(shoulder.yM());
    }

    @Test
    void everyCopyKeepsHangingArmsAndReDerivesTheShoulderAngle() {
        Posture p = Posture.standingFlexed(40);
        assertThat(p.shoulderFlexionDeg()).isEqualTo(40);
        assertThat(p.withTrunkFlexionDeg(70).shoulderFlexionDeg()).isEqualTo(70);
        assertThat(p.withTrunkFlexionFollowingRhythmDeg(10).shoulderFlexionDeg()).isEqualTo(10);
        for (Posture q : List.of(p.withLumbarFlexionDeg(5), p.withLateralBendDeg(5), p.withAxialRotationDeg(5),
                p.withHipFlexionDeg(5), p.withKneeFlexionDeg(5), p.withElbowFlexionDeg(5), p.withBodyRollDeg(5),
                p.withSupports(Set.of(Support.FEET, Support.HANDS)))) {
            assertThat(q.armsHang()).as("%s", q).isTrue();
            assertThat(q.shoulderFlexionDeg()).isEqualTo(40);
        }
        // the record's accessors rebuild an equal posture
        Posture copy = new Posture(p.trunkFlexionDeg(), p.lumbarFlexionDeg(), p.lateralBendDeg(), p.axialRotationDeg(),
                p.hipFlexionDeg(), p.kneeFlexionDeg(), p.shoulderFlexionDeg(), p.elbowFlexionDeg(), p.bodyRollDeg(),
                p.supports(), p.armsHang());
        assertThat(copy).isEqualTo(p);
    }

    @Test
    void aGivenShoulderAngleIsHeldRelativeToTheThorax() {
        Posture held = Posture.standingFlexed(40).withShoulderFlexionDeg(40);
        assertThat(held.armsHang()).isFalse();
        assertThat(held.withTrunkFlexionFollowingRhythmDeg(70).shoulderFlexionDeg()).isEqualTo(40);
        assertThat(new Posture(30, 0, 0, 0, 0, 0, 10, 0, 0, Set.of(Support.FEET)).armsHang()).isFalse();
        assertThat(held.withArmsHanging().withTrunkFlexionDeg(70).shoulderFlexionDeg()).isEqualTo(70);
    }

    @Test
    void aShoulderAngleThatContradictsHangingArmsIsRejected() {
        assertThatThrownBy(() -> new Posture(30, 0, 0, 0, 0, 0, 10, 0, 0, Set.of(Support.FEET), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shoulderFlexionDeg = 10.0 deg contradicts armsHang");
    }

    @Test
    void leaningBackBeyondTheShouldersRangeStopsTheArmsAtItsEnd() {
        assertThat(Posture.hangingShoulderFlexionDeg(-90)).isEqualTo(PostureRange.SHOULDER_FLEXION_MIN_DEG);
        assertThat(Posture.hangingShoulderFlexionDeg(-30)).isEqualTo(-30);
    }

    /** The presets whose Javadoc says the arms hang; all others hold their listed shoulder angle. */
    private static final Set<PosturePreset> HANGING = EnumSet.of(PosturePreset.STANDING_RELAXED,
            PosturePreset.STANDING_FLEXED, PosturePreset.LIFT_ROUND_BACK,
            PosturePreset.LIFT_BENT_KNEES, PosturePreset.DEADLIFT_STOOP, PosturePreset.DEADLIFT_SQUAT,
            PosturePreset.WALKING_UPRIGHT);

    @Test
    void presetsWithHangingHandsHaveHangingArms() {
        for (PosturePreset p : PosturePreset.values()) {
            assertThat(p.posture().armsHang()).as(p.id()).isEqualTo(HANGING.contains(p));
        }
    }
}
