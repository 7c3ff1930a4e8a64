package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.motion.LoadSchedule;
import org.lumbosim.motion.MotionAnalysis;
import org.lumbosim.motion.MotionResult;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;
import org.lumbosim.solver.QpStatus;

/**
 * The one validity rule, {@link Workspace#solved()}: recruitment {@code OK} and supports that hold
 * the body. Standing with the arms held straight ahead, held up only at the hands (which then hold no
 * load: {@code LoadInRestingHandException}), has an {@code OK} recruitment but supports that would have to
 * pull (the hands' pushes lie half a metre in front of the centre of mass; the case the status alone misses); holding 50 kg far in front is infeasible (it needs
 * about twice the largest muscle stress allowed).
 */
class SolvedRuleTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());
    private static final List<HandLoad> LOAD = List.of(HandLoad.ofMassKg(20));
    /** Standing upright, arms straight ahead, held up only at the hands. */
    private static final Posture HELD_AT_THE_HANDS = new Posture(0, 0, 0, 0, 0, 0, 90, 0, 0, Set.of(Support.HANDS));

    @Test
    void anOrdinaryTaskIsSolved() {
        Workspace ws = MODEL.newWorkspace();
        MODEL.solve(PosturePreset.STANDING_RELAXED.posture(), LOAD, ws);
        assertThat(ws.status()).isEqualTo(QpStatus.OK);
        assertThat(ws.supportsBalanced()).isTrue();
        assertThat(ws.solved()).isTrue();
    }

    @Test
    void unbalancedSupportsAreNotSolvedThoughTheRecruitmentIsOk() {
        Workspace ws = MODEL.newWorkspace();
        Posture plank = HELD_AT_THE_HANDS;
        MODEL.solve(plank, List.of(), ws);
        assertThat(ws.status()).as("recruitment held at the hands").isEqualTo(QpStatus.OK);
        assertThat(ws.supportsBalanced()).isFalse();
        assertThat(ws.solved()).isFalse();
        assertThatThrownBy(() -> Lumbosim.toResult(ws, plank, List.of())).isInstanceOf(UnsupportedPostureException.class);
        // its typed reason: contacts that would have to pull, no contact passing into the thighs
        UnsupportedPostureException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Lumbosim.toResult(ws, plank, List.of()), UnsupportedPostureException.class);
        assertThat(e.reason()).contains("would need a contact to pull");
        assertThat(e.getMessage()).contains("would need a contact to pull");
        assertThat(e.support()).isEmpty();
        assertThat(e.depthM()).isEmpty();
    }

    @Test
    void anInfeasibleRecruitmentIsNotSolved() {
        Workspace ws = MODEL.newWorkspace();
        Posture far = PosturePreset.HOLD_FAR.posture();
        List<HandLoad> heavy = List.of(HandLoad.ofMassKg(50));
        MODEL.solve(far, heavy, ws);
        assertThat(ws.status()).isEqualTo(QpStatus.INFEASIBLE);
        assertThat(ws.supportsBalanced()).isTrue();
        assertThat(ws.solved()).isFalse();
        assertThatThrownBy(() -> Lumbosim.toResult(ws, far, heavy)).isInstanceOf(InfeasibleRecruitmentException.class);
    }

    /** A motion reports frames whose supports cannot hold the body as not solved, with NaN loads. */
    @Test
    void motionFramesFollowTheSameRule() {
        Posture plank = HELD_AT_THE_HANDS;
        List<Posture> frames = List.of(plank, plank, plank);
        MotionResult r = MotionAnalysis.solve(MODEL, new double[] {0, 0.1, 0.2}, frames, LoadSchedule.none());
        for (int i = 0; i < r.frames(); i++) {
            assertThat(r.status()[i]).as("frame %d status", i).isEqualTo(QpStatus.OK);
            assertThat(r.solved()[i]).as("frame %d solved", i).isFalse();
            assertThat(r.compressionN(SpinalLevel.L5_S1)[i]).as("frame %d compression", i).isNaN();
        }
        assertThat(r.peakCompressionFrame(SpinalLevel.L5_S1)).isEqualTo(-1);
    }
}
