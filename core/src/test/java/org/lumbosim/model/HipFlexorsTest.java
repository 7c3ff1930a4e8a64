package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;

/**
 * The hip equation ({@link HipFlexors}): the hip flexion moment the posture demands, the psoas force
 * that carries its share and what that force does to the lumbar spine, in both muscle models.
 */
class HipFlexorsTest {
    /** Supine straight-leg raise, both legs 30 deg off the floor, trunk weight on the shoulder blades and pelvis. */
    private static final Posture STRAIGHT_LEG_RAISE = new Posture(-90, 0, 0, 0, 30, 0, 0, 0, 0,
            Set.of(Support.PELVIS_ON_FLOOR, Support.SHOULDERS));

    private static LumbarModel model(MuscleModelKind kind) {
        return LumbarModel.of(Subject.defaultSubject(), kind, TissueParameters.published());
    }

    @Test
    void lyingWithTheLegsSupportedOrLeaningForwardNeedsNoHipFlexor() {
        Posture hookLyingOnTheFloor = new Posture(-90, 0, 0, 0, 0, 0, 0, 0, 0,
                Set.of(Support.TRUNK_RESTING, Support.PELVIS_ON_FLOOR, Support.LEGS_ON_FLOOR));
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel m = model(kind);
            Workspace ws = m.newWorkspace();
            for (Posture p : List.of(PosturePreset.LYING_SUPINE.posture(), PosturePreset.LYING_PRONE.posture(),
                    hookLyingOnTheFloor, PosturePreset.STANDING_FLEXED.posture(), PosturePreset.LIFT_ROUND_BACK.posture())) {
                m.solve(p, List.of(), ws);
                assertThat(ws.solved()).isTrue();
                assertThat(ws.hipFlexionMomentNm()).as("%s %s", kind, p).isZero();
                assertThat(ws.psoasHipForceN()).as("%s %s", kind, p).isZero();
            }
        }
    }

    /**
     * The hips' passive moment (Riener and Edrich 1999) carries what relaxed standing asks (the upper
     * body's centre a little behind the hips: the iliofemoral ligament's job, not the psoas's); at large
     * hip flexion with straight knees it turns into an extension moment (stretched hamstrings) that the
     * flexors must add to the equation's demand.
     */
    @Test
    void thePassiveHipCarriesRelaxedStandingAndStretchedHamstringsAskMoreOfTheFlexors() {
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel m = model(kind);
            Workspace ws = m.newWorkspace();
            m.solve(PosturePreset.STANDING_RELAXED.posture(), List.of(), ws);
            System.out.printf("HipFlexorsTest: %s standing demand %.2f N·m, passive %.2f N·m, psoas %.1f N%n",
                    kind.id(), ws.hipFlexionMomentNm(), ws.passiveHipMomentNm(), ws.psoasHipForceN());
            assertThat(ws.passiveHipMomentNm()).isGreaterThanOrEqualTo(ws.hipFlexionMomentNm());
            assertThat(ws.psoasHipForceN()).isZero();
        }
        double bentKnees = HipFlexors.passiveFlexionMomentNm(90, 90);
        double straightKnees = HipFlexors.passiveFlexionMomentNm(90, 0);
        assertThat(straightKnees).isNegative().isLessThan(bentKnees);
        assertThat(HipFlexors.passiveFlexionMomentNm(-10, 0)).isGreaterThan(HipFlexors.passiveFlexionMomentNm(0, 0));
    }

    /**
     * Where point contacts alone hold the body (no base resultant), the moment demanded of the hip
     * flexors by the body above the hips equals the one the legs' weight and their contacts demand.
     */
    @Test
    void hipMomentOfTheUpperBodyBalancesTheLegs() {
        LumbarModel m = model(MuscleModelKind.SINGLE_EQUIVALENT);
        Workspace ws = m.newWorkspace();
        for (Posture p : List.of(STRAIGHT_LEG_RAISE, PosturePreset.SITTING_UPRIGHT.posture(), PosturePreset.PLANK.posture())) {
            m.solve(p, List.of(), ws);
            assertThat(ws.baseResultant()).isFalse();
            assertThat(ws.solved()).isTrue();
            double legs = legsExtendingMomentNm(m, ws);
            System.out.printf("HipFlexorsTest: %s hip flexion moment %.2f N·m (legs' side %.2f), psoas %.1f N%n",
                    p, ws.hipFlexionMomentNm(), legs, ws.psoasHipForceN());
            assertThat(ws.hipFlexionMomentNm()).as("%s", p).isPositive().isCloseTo(legs, within(1e-9 * m.bodyWeightN()));
        }
    }

    /**
     * Moment about the hip axis, of the legs' weight, the lower contacts on the legs (not the
     * seat's or the pelvis's on the floor, which push on the pelvis) and the hands resting on the
     * thighs, that extends the thighs.
     */
    private static double legsExtendingMomentNm(LumbarModel m, Workspace ws) {
        SolvePipeline pl = ws.pipeline;
        double[] lm = pl.pose.segWorld;
        int l = 3 * Landmark.HIP_LEFT.ordinal();
        int r = 3 * Landmark.HIP_RIGHT.ordinal();
        double cx = (lm[l] + lm[r]) / 2, cy = (lm[l + 1] + lm[r + 1]) / 2, cz = (lm[l + 2] + lm[r + 2]) / 2;
        double[] axis = {lm[r] - lm[l], lm[r + 1] - lm[l + 1], lm[r + 2] - lm[l + 2]};
        double[] acc = new double[6];
        for (MassPoint mp : MassPoint.ALL) {
            int i = mp.offset();
            if (mp.region == MassPoint.Region.LEG && !pl.actions.resting(mp.ordinal())) {
                ExternalActions.addForce(acc, 0, -m.geometry.massKg[mp.ordinal()] * TissueConstants.GRAVITY_M_PER_S2, 0,
                        pl.pose.massWorld[i] - cx, pl.pose.massWorld[i + 1] - cy, pl.pose.massWorld[i + 2] - cz);
            }
        }
        Supports s = pl.supports;
        for (int c = 0; c < s.firstUpperContact; c++) {
            if (s.contactSupport[c] == Support.SEAT.ordinal() || s.contactSupport[c] == Support.PELVIS_ON_FLOOR.ordinal()) {
                continue; // the seat and the floor under the pelvis push on the pelvis, not on the legs
            }
            ExternalActions.addForce(acc, s.contactForce[3 * c], s.contactForce[3 * c + 1], s.contactForce[3 * c + 2],
                    s.contactPoint[3 * c] - cx, s.contactPoint[3 * c + 1] - cy, s.contactPoint[3 * c + 2] - cz);
        }
        // hands resting on the thighs push down on them as the thighs push up on the hands
        double[] push = new double[6];
        pl.actions.addThighPushAbout(push, cx, cy, cz);
        for (int i = 3; i < 6; i++) {
            acc[i] -= push[i];
        }
        double len = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
        // the legs' moment flexes the thighs when it is + about the hip axis; the flexors must cancel its opposite
        return -(acc[3] * axis[0] + acc[4] * axis[1] + acc[5] * axis[2]) / len;
    }

    @Test
    void legRaiseAndSitUpLoadTheSpineThroughThePsoas() {
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel m = model(kind);
            Workspace ws = m.newWorkspace();
            for (Posture p : List.of(STRAIGHT_LEG_RAISE, PosturePreset.SIT_UP.posture())) {
                m.solve(p, List.of(), ws);
                assertThat(ws.solved()).as("%s %s", kind, p).isTrue();
                assertThat(ws.hipFlexionMomentNm()).isPositive();
                assertThat(ws.psoasHipForceN()).isPositive();
                assertThat(ws.equilibriumResidualNm()).isLessThan(1e-6);
                if (m.muscleSet().hasPsoas) {
                    double psoas = 0;
                    for (int i = 0; i < m.muscleCount(); i++) {
                        psoas += m.muscleSet().psoasSide[i] >= 0 && m.muscleSet().levelLo[i] == 0 ? ws.muscleForceN(i) : 0;
                    }
                    assertThat(psoas).as("%s %s psoas lines", kind, p).isGreaterThanOrEqualTo(ws.psoasHipForceN() * (1 - 1e-9));
                }
                double[] with = compressionsN(ws);
                double hipNm = ws.hipFlexionMomentNm();
                double psoasN = ws.psoasHipForceN();
                double[] without = compressionsWithoutHipN(m, p, ws);
                System.out.printf("HipFlexorsTest: %s %s hip %.1f N·m psoas %.0f N, L5-S1 %.0f N (without the hip equation %.0f N)%n",
                        kind.id(), p, hipNm, psoasN, with[0], without[0]);
                assertThat(with[0]).as("%s %s L5-S1", kind, p).isGreaterThan(without[0]);
            }
        }
    }

    private static double[] compressionsN(Workspace ws) {
        return ws.pipeline.discs.compressionN.clone();
    }

    /**
     * The last solve again from its recruitment on, with the hip equation's psoas force removed (the
     * stages before recruitment do not depend on it).
     */
    private static double[] compressionsWithoutHipN(LumbarModel m, Posture p, Workspace ws) {
        SolvePipeline pl = ws.pipeline;
        HipFlexors hip = pl.hipFlexors;
        hip.hipFlexionMomentNm = 0;
        hip.psoasForcePerSideN = 0;
        Arrays.fill(hip.psoasForceN, 0);
        Arrays.fill(hip.psoasMomentNm, 0);
        pl.recruitment.assemble(m.geometry, m.tissueParameters(), m.muscleSet(), pl.pose, pl.netLoads, pl.tissueLoads, pl.abdomen,
                hip, pl.muscleGeometry, p, m.levelCoupling(), m.abdominalPressure(), false,
                m.solver().criterion());
        pl.recruitment.solve(m.solver(), m.overloadPolicy());
        assertThat(pl.recruitment.status).isEqualTo(org.lumbosim.solver.QpStatus.OK);
        pl.discs.compute(m.geometry, m.tissueParameters(), m.muscleSet(), pl.pose, pl.netLoads, pl.tissueLoads, pl.abdomen, hip,
                pl.muscleGeometry, pl.recruitment);
        return compressionsN(ws);
    }
}
