package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

/**
 * A body the lying surface carries entirely, pulled sideways at a hand (found by the physics hunt,
 * {@code PhysicsHuntPropertyTest#everySolveIsFiniteBalancedOrTyped}): the lower contacts' resultant then
 * pushes nothing, and a base that pushes nothing cannot hold the horizontal force's moment about a
 * horizontal axis (that couple would need one point to pull). Before, the solve was reported solved with
 * that moment left over in the whole-body balance: {@code lying_side} with 100 N to the right in the left
 * hand, 23.9 N·m (female 1.77 m, 64.25 kg); 278 N forward under {@code OverloadPolicy.REPORT}, 66.3 N·m.
 * Now it is refused as the supports' failure, as a base pushing a little (its centre of pressure then
 * metres away) already was ({@code BaseOutOfReachException}).
 */
class LyingHorizontalForceTest {
    private static final Subject SUBJECT = new Subject(Sex.FEMALE, 1.77, 64.25, 62.18);
    private static final Posture SIDE = PosturePreset.LYING_SIDE.posture();

    @Test
    void aSidewaysPullOnAHandOfABodyLyingOnItsSideIsRefused() {
        for (OverloadPolicy policy : OverloadPolicy.values()) {
            LumbarModel model = LumbarModel.of(SUBJECT).withOverloadPolicy(policy);
            for (HandLoad pull : List.of(new HandLoad(0, 0, 0, 100, Hands.LEFT, null),
                    new HandLoad(0, 278, 0, 0, Hands.LEFT, null))) {
                Workspace ws = model.newWorkspace();
                model.solve(SIDE, List.of(pull), ws);
                assertThat(ws.supportsBalanced()).as("%s, %s", policy, pull).isFalse();
                assertThat(ws.solved() || ws.overloaded()).isFalse();
                assertThatThrownBy(() -> Lumbosim.analyze(model, SIDE, List.of(pull)))
                        .isExactlyInstanceOf(UnsupportedPostureException.class)
                        .hasMessageContaining("cannot hold the body");
            }
        }
    }

    @Test
    void aWeightHeldLyingOnTheSideStillBalances() {
        double bw = LumbarModel.of(SUBJECT).bodyWeightN();
        for (double kg : new double[] {0, 20, 177.5}) {
            AnalysisResult r = Lumbosim.analyze(SUBJECT, SIDE, List.of(new HandLoad(kg, 0, 0, 0, Hands.LEFT, null)));
            assertThat(r.balance().forceResidualN()).isLessThanOrEqualTo(1e-9 * bw);
            assertThat(r.balance().momentResidualNm()).as("%s kg", kg).isLessThanOrEqualTo(1e-9 * bw);
        }
    }
}
