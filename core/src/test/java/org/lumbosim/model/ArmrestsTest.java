package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.DeLeva1996;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.SupportReaction;
import org.lumbosim.result.WholeBodyBalance;

/**
 * The armrests ({@link Support#ARMRESTS}) carry exactly the forearms and hands where they lie: the
 * whole body stays in equilibrium, the carried weight is the two forearms' and hands' weight at
 * their centre of mass, and taking that weight off a forward reach lowers the lumbar compression.
 */
class ArmrestsTest {
    private static final double TOLERANCE_N = 1e-9;

    /** @return the weight of both forearms and hands of the subject (N) */
    private static double forearmsAndHandsN(Subject s) {
        return 2 * (DeLeva1996.Segment.FOREARM.massFraction(s.sex()) + DeLeva1996.Segment.HAND.massFraction(s.sex()))
                * s.bodyMassKg() * TissueConstants.GRAVITY_M_PER_S2;
    }

    @Test
    void slouchedSittingArmrestsCarryExactlyTheForearmsAndHands() {
        Subject subject = Subject.defaultSubject();
        Posture p = PosturePreset.SITTING_SLOUCHED.posture();
        assertThat(p.has(Support.ARMRESTS)).isTrue();
        AnalysisResult r = Lumbosim.analyze(subject, p, List.of());
        WholeBodyBalance b = r.balance();
        List<SupportReaction> armrests = b.reactions().stream().filter(x -> x.support() == Support.ARMRESTS).toList();
        assertThat(armrests).hasSize(1);
        SupportReaction a = armrests.get(0);
        assertThat(a.forceYN()).isCloseTo(forearmsAndHandsN(subject), within(TOLERANCE_N));
        assertThat(a.forceXN()).isZero();
        assertThat(a.forceZN()).isZero();
        assertThat(a.pointM().zM()).as("symmetric").isCloseTo(0, within(1e-12));
        // the whole body balances, all reactions together carry its weight
        assertThat(b.forceResidualN()).isLessThan(1e-6);
        assertThat(b.momentResidualNm()).isLessThan(1e-6);
        assertThat(b.totalVerticalReactionN()).isCloseTo(b.bodyWeightN(), within(1e-6));
    }

    @Test
    void armrestsCarryTheirWeightAtTheForearmsAndHandsCentreOfMass() {
        Subject subject = Subject.defaultSubject();
        LumbarModel m = LumbarModel.of(subject, MuscleModelKind.SINGLE_EQUIVALENT, TissueParameters.published());
        Workspace ws = m.newWorkspace();
        m.solve(PosturePreset.SITTING_SLOUCHED.posture(), List.of(), ws);
        assertThat(ws.solved()).isTrue();
        double[] mw = ws.pipeline.pose.massWorld;
        double[] mass = m.geometry.massKg;
        double sum = 0;
        double sx = 0;
        for (MassPoint mp : List.of(MassPoint.FOREARM_LEFT, MassPoint.FOREARM_RIGHT, MassPoint.HAND_LEFT,
                MassPoint.HAND_RIGHT)) {
            sum += mass[mp.ordinal()];
            sx += mass[mp.ordinal()] * mw[mp.offset()];
        }
        assertThat(ws.restingWeightN(Support.ARMRESTS)).isCloseTo(sum * TissueConstants.GRAVITY_M_PER_S2,
                within(TOLERANCE_N));
        assertThat(ws.restingCentreM(Support.ARMRESTS, 0)).isCloseTo(sx / sum, within(1e-12));
        // the upper arms still hang from the shoulders
        assertThat(ws.pipeline.actions.resting(MassPoint.UPPER_ARM_LEFT.ordinal())).isFalse();
    }

    /**
     * A resting support that carried nothing in the last solve (absent, or not a resting support) has no
     * centre: {@link Workspace#restingCentreM} refuses it naming the support and its weight, never NaN.
     */
    @Test
    void aSupportThatCarriedNothingHasNoCentre() {
        LumbarModel m = LumbarModel.of(Subject.defaultSubject());
        Workspace ws = m.newWorkspace();
        m.solve(PosturePreset.SITTING_UPRIGHT.posture(), List.of(), ws);
        assertThat(ws.restingWeightN(Support.ARMRESTS)).isZero();
        for (Support s : List.of(Support.ARMRESTS, Support.LYING_SURFACE, Support.SEAT)) {
            assertThatThrownBy(() -> ws.restingCentreM(s, 0)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("restingCentreM(" + s + ")").hasMessageContaining("restingWeightN = 0 N")
                    .hasMessageContaining("restingWeightN > 0 N");
        }
        m.solve(PosturePreset.SITTING_SLOUCHED.posture(), List.of(), ws);
        assertThat(ws.restingCentreM(Support.ARMRESTS, 1)).isFinite();
        assertThatThrownBy(() -> ws.restingCentreM(Support.ARMRESTS, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("axis = 3");
    }

    @Test
    void armrestsUnderForearmsReachingForwardLowerTheCompression() {
        Subject subject = Subject.defaultSubject();
        Posture without = PosturePreset.SITTING_UPRIGHT.posture().withShoulderFlexionDeg(50).withElbowFlexionDeg(60);
        Set<Support> s = EnumSet.copyOf(without.supports());
        s.add(Support.ARMRESTS);
        Posture with = without.withSupports(s);
        double l5Without = Lumbosim.analyze(subject, without, List.of()).level(SpinalLevel.L5_S1).compressionN();
        double l5With = Lumbosim.analyze(subject, with, List.of()).level(SpinalLevel.L5_S1).compressionN();
        assertThat(l5With).isLessThan(l5Without);
    }
}
