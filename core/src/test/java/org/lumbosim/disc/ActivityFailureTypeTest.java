package org.lumbosim.disc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.ActivityFailedException;
import org.lumbosim.ActivityInputException;
import org.lumbosim.InfeasibleRecruitmentException;
import org.lumbosim.LoadInRestingHandException;
import org.lumbosim.UnsupportedPostureException;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;

/**
 * An activity the static model cannot solve keeps its type (robustness pass of 2026-12-07): the audit found
 * {@code DiurnalDisc.simulate} wrapping an {@link InfeasibleRecruitmentException} or an
 * {@link UnsupportedPostureException} in a plain {@code LumbosimException}, so that a caller could not
 * catch what went wrong. It is now an {@link ActivityFailedException} naming the activity and exposing the
 * typed failure with its fields (and, since the eleventh session, the activity's start time). An activity
 * whose posture and loads the model refuses as bad input (a load in a hand resting on the floor) is an
 * {@link ActivityInputException} naming the activity and its start time (eleventh session; before, {@code simulate} let the bare refusal through, saying nothing of which
 * activity it was).
 */
class ActivityFailureTypeTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());
    private static final Activity NIGHT = Activity.of("night", PosturePreset.LYING_SUPINE.posture(), 8);

    @Test
    void anInfeasibleActivityKeepsItsTypeLevelAndLabel() {
        Activity hold = new Activity("hold", PosturePreset.HOLD_FAR.posture(), List.of(HandLoad.ofMassKg(50)), 16);
        DaySchedule day = new DaySchedule(List.of(Activity.of("up", PosturePreset.STANDING_RELAXED.posture(), 0.5),
                hold, NIGHT));
        assertThatThrownBy(() -> DiurnalDisc.of(MODEL).simulate(day, 0.1))
                .isInstanceOfSatisfying(ActivityFailedException.class, e -> {
                    assertThat(e.activityIndex()).isEqualTo(1);
                    assertThat(e.label()).isEqualTo("hold");
                    assertThat(e.getMessage()).startsWith(
                            "activity 2 (\"hold\", from 0.50 h): muscle recruitment fails at ");
                    assertThat(e.startH()).isEqualTo(0.5);
                    InfeasibleRecruitmentException cause = e.failure(InfeasibleRecruitmentException.class).orElseThrow();
                    assertThat(cause).isSameAs(e.getCause()).isSameAs(e.failure());
                    assertThat(cause.level()).isNotNull();
                    assertThat(cause.allowedMuscleStressMPa()).isPositive();
                    assertThat(e.failure(UnsupportedPostureException.class)).isEmpty();
                });
    }

    @Test
    void anActivityItsSupportsCannotHoldKeepsItsType() {
        Posture lean = PosturePreset.STANDING_RELAXED.posture().withSupports(Set.of(Support.SHOULDERS));
        DaySchedule day = new DaySchedule(List.of(Activity.of("lean", lean, 16), NIGHT));
        assertThatThrownBy(() -> DiurnalDisc.of(MODEL).simulate(day, 0.1))
                .isInstanceOfSatisfying(ActivityFailedException.class, e -> {
                    assertThat(e.activityIndex()).isZero();
                    assertThat(e.getMessage()).startsWith("activity 1 (\"lean\", from 0.00 h): ");
                    assertThat(e.failure(UnsupportedPostureException.class)).containsSame(
                            (UnsupportedPostureException) e.getCause());
                });
    }

    @Test
    void anActivityWhoseLoadIsBadInputNamesTheActivityAndItsStartTime() {
        Activity paw = new Activity("paw", PosturePreset.COW.posture(), List.of(HandLoad.ofMassKg(5)), 1);
        DaySchedule day = new DaySchedule(List.of(Activity.of("up", PosturePreset.STANDING_RELAXED.posture(), 0.5),
                Activity.of("walk", PosturePreset.STANDING_RELAXED.posture(), 1.25), paw, NIGHT));
        assertThatThrownBy(() -> DiurnalDisc.of(MODEL).simulate(day, 0.1))
                .isInstanceOfSatisfying(ActivityInputException.class, e -> {
                    assertThat(e.activityIndex()).isEqualTo(2);
                    assertThat(e.label()).isEqualTo("paw");
                    assertThat(e.startH()).isEqualTo(1.75);
                    assertThat(e.getMessage()).startsWith("activity 3 (\"paw\", from 1.75 h): loads: a hand load held "
                            + "in both hands, but the ");
                    assertThat(e.failure()).isInstanceOf(LoadInRestingHandException.class).isSameAs(e.getCause());
                    assertThat(e.failure().getMessage()).isEqualTo(e.getMessage().substring(
                            e.getMessage().indexOf("): ") + 3));
                });
    }

    @Test
    void theActivityExceptionsRefuseAMissingLabelOrFailureByName() {
        var infeasible = new UnsupportedPostureException("no such posture");
        var refusal = new IllegalArgumentException("loads: bad");
        assertThatThrownBy(() -> new ActivityFailedException(0, null, 0, infeasible))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("label is null");
        assertThatThrownBy(() -> new ActivityFailedException(0, "sit", 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("failure is null");
        assertThatThrownBy(() -> new ActivityInputException(0, null, 0, refusal))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("label is null");
        assertThatThrownBy(() -> new ActivityInputException(0, "sit", 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("failure is null");
        assertThat(new ActivityInputException(1, "paw", 1.75, refusal))
                .hasMessage("activity 2 (\"paw\", from 1.75 h): loads: bad").hasCause(refusal);
    }
}
