package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.Landmark;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

/** A body resting on its shoulder blades lays its head on the floor, flexing the neck within its range. */
class StickSceneNeckTest {

    private static AnalysisResult solve(Posture p) {
        return Lumbosim.analyze(Fixtures.SUBJECT, p, List.of());
    }

    private static StickScene.Contact head(StickScene s) {
        return s.contacts().stream().filter(c -> c.name().equals("head")).findFirst().orElseThrow();
    }

    /** @return how far the figure turned the head from its rigid place on the thorax, side view (deg) */
    private static double neckFlexionDeg(AnalysisResult r, StickScene s) {
        PositionM c7 = r.pose().landmarks().get(Landmark.C7);
        PositionM top = r.pose().landmarks().get(Landmark.HEAD_TOP);
        StickScene.Segment head = s.segments().stream().filter(g -> g.name().equals("head")).findFirst().orElseThrow();
        double a = Math.atan2(top.yM() - c7.yM(), top.xM() - c7.xM());
        double b = Math.atan2(head.to().yM() - head.from().yM(), head.to().xM() - head.from().xM());
        return Math.abs(Math.toDegrees(Math.IEEEremainder(b - a, 2 * Math.PI)));
    }

    @Test
    void theGluteBridgesHeadLiesOnTheFloorWithTheNeckFlexedWithinItsRange() {
        Posture p = PosturePreset.GLUTE_BRIDGE.posture();
        AnalysisResult r = solve(p);
        StickScene s = StickScene.of(r, p.supports(), 0);
        assertThat(head(s).gapM()).isCloseTo(0, offset(1e-9));
        assertThat(neckFlexionDeg(r, s)).isGreaterThan(0).isLessThanOrEqualTo(StickScene.NECK_FLEXION_MAX_DEG + 1e-9);
    }

    @Test
    void aBridgeTooSteepForTheNecksRangeLeavesTheHeadInTheFloor() {
        Posture steep = PosturePreset.GLUTE_BRIDGE.posture().withTrunkFlexionDeg(-135).withKneeFlexionDeg(120);
        AnalysisResult r = solve(steep);
        StickScene s = StickScene.of(r, steep.supports(), 0);
        assertThat(neckFlexionDeg(r, s)).isCloseTo(StickScene.NECK_FLEXION_MAX_DEG, offset(1e-9));
        assertThat(head(s).gapM()).isLessThan(-StickScene.CONTACT_TOLERANCE_M);
    }
}
