package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;

/**
 * The task in the messages of {@link Lumbosim}'s exceptions is written in task-file names (newcomer
 * pass, ninth session): before, {@code ./lumbosim analyze}'s exit-3 line ended with the records'
 * {@code toString}, {@code (posture Posture[trunkFlexionDeg=0.0, ...], loads [HandLoad[massKg=30.0, ...,
 * positionM=null]])}.
 */
class TaskDescriptionTest {

    @Test
    void anInfeasibleTaskIsNamedInTaskFileWords() {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
        InfeasibleRecruitmentException e = catchThrowableOfType(InfeasibleRecruitmentException.class,
                () -> Lumbosim.analyze(model, PosturePreset.HOLD_FAR.posture(), List.of(HandLoad.ofMassKg(30))));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).endsWith("(posture shoulderFlexionDeg=90; supports feet; loads 30 kg in both hands)")
                .doesNotContain("Posture[").doesNotContain("HandLoad[").doesNotContain("null").doesNotContain("\n");
    }

    @Test
    void zeroAnglesAreLeftOutAndHangingArmsAreSaid() {
        assertThat(TaskDescription.of(Posture.uprightStanding(), List.of()))
                .isEqualTo("posture upright (every angle 0); arms hang; supports feet; loads none");
        Posture bent = Posture.standingFlexed(45);
        assertThat(TaskDescription.of(bent, List.of(HandLoad.ofMassKg(12.5))))
                .matches("posture trunkFlexionDeg=45, lumbarFlexionDeg=\\d+(\\.\\d{1,3})?, hipFlexionDeg=\\d+(\\.\\d{1,3})?;.*")
                .contains("; arms hang; supports feet; loads 12.5 kg in both hands")
                .doesNotContain("shoulderFlexionDeg");
    }

    @Test
    void forcesPositionsAndHandsAreNamedWithTheirUnits() {
        HandLoad push = new HandLoad(0, 50, 0, -20, Hands.RIGHT, new PositionM(0.4, 1.1, 0.2));
        HandLoad both = new HandLoad(5, 0, -10, 0, Hands.LEFT, null);
        assertThat(TaskDescription.of(Posture.uprightStanding(), List.of(push, both))).endsWith(
                "loads force [50, 0, -20] N in the right hand at [0.4, 1.1, 0.2] m, 5 kg and force [0, -10, 0] N in the"
                        + " left hand");
    }
}
