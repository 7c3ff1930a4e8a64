package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.PositionM;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;
import org.lumbosim.result.SupportReaction;

/**
 * A body rolled onto its side rests its paired limbs on the side nearer the floor only: every
 * reaction of a forearm-and-feet posture rolled by 76 deg acts on the lower side (right for a
 * positive roll, left for a negative one), the lower forearm along the floor (elbow and wrist), and
 * the whole body stays in equilibrium; below the threshold both sides act. Every reaction of a
 * balance has its own name: the lone forearm's two points are its elbow and its wrist.
 */
class RolledSupportsTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());
    private static final Set<Support> FOREARMS_AND_FEET = Set.of(Support.FOREARMS, Support.FEET);

    private static Workspace solved(double rollDeg) {
        Workspace ws = MODEL.newWorkspace();
        MODEL.solve(new Posture(0, 0, 0, 0, 20, 0, -20, 90, rollDeg, FOREARMS_AND_FEET), List.of(), ws);
        return ws;
    }

    private static void assertOneSided(Workspace ws, int lowerSide) {
        assertThat(ws.supportReactionCount()).isEqualTo(3);
        int forearmPoints = 0;
        for (int i = 0; i < ws.supportReactionCount(); i++) {
            assertThat(ws.supportReactionSide(i)).as("side of reaction %d", i).isEqualTo(lowerSide);
            forearmPoints += ws.supportReactionSupport(i) == Support.FOREARMS ? 1 : 0;
        }
        assertThat(forearmPoints).isEqualTo(2);
        assertThat(ws.supportsBalanced()).isTrue();
        for (int c = 0; c < 6; c++) {
            assertThat(c < 3 ? ws.wholeBodyResidualForceN(c) : ws.wholeBodyResidualMomentNm(c - 3)).as("whole-body residual %d", c).isCloseTo(0, within(1e-6));
        }
    }

    @Test
    void rolledOntoTheRightSideOnlyTheRightLimbsTouch() {
        assertOneSided(solved(76), 1);
    }

    @Test
    void rolledOntoTheLeftSideOnlyTheLeftLimbsTouch() {
        assertOneSided(solved(-76), 0);
    }

    @Test
    void belowTheThresholdBothSidesTouch() {
        Workspace ws = solved(30);
        assertThat(ws.supportReactionCount()).isEqualTo(4);
        assertThat(ws.supportReactionSide(0)).isZero();
        assertThat(ws.supportReactionSide(1)).isEqualTo(1);
    }

    @Test
    void theLoneForearmsTwoPointsAreNamedApartAndBothForearmsKeepTheirNames() {
        for (int roll : new int[] {76, -76}) {
            Workspace ws = solved(roll);
            String side = roll > 0 ? "right" : "left";
            List<SupportReaction> reactions = Lumbosim.balance(ws).reactions();
            List<String> names = reactions.stream().map(SupportReaction::contact).toList();
            assertThat(names).as("roll %d", roll).doesNotHaveDuplicates()
                    .contains("forearms, " + side + ", elbow", "forearms, " + side + ", wrist", "feet, " + side);
            for (SupportReaction r : reactions) {
                if (r.contact().startsWith("forearms")) {
                    Landmark at = Landmark.valueOf(r.contact().substring(r.contact().lastIndexOf(' ') + 1)
                            .toUpperCase(java.util.Locale.ROOT) + "_" + side.toUpperCase(java.util.Locale.ROOT));
                    PositionM p = Lumbosim.pose(ws).landmarks().get(at);
                    assertThat(r.pointM()).as(r.contact()).isEqualTo(p);
                }
            }
        }
        List<String> both = Lumbosim.balance(solved(30)).reactions().stream().map(SupportReaction::contact).toList();
        assertThat(both).contains("forearms, left", "forearms, right", "feet, left", "feet, right").doesNotHaveDuplicates();
        for (PosturePreset p : PosturePreset.values()) {
            Workspace ws = MODEL.newWorkspace();
            MODEL.solve(p.posture(), List.of(), ws);
            assertThat(Lumbosim.balance(ws).reactions().stream().map(SupportReaction::contact).toList())
                    .as(p.id()).doesNotHaveDuplicates();
        }
    }
}
