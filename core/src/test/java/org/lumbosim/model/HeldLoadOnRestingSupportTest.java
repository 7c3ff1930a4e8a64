package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;

/**
 * A load held in a hand that rests on a support which carries that hand where it lies goes where the hand
 * goes: into the lying surface ({@link Support#LYING_SURFACE}) or the armrests ({@link Support#ARMRESTS}), or into the thigh and on to the seat beneath it
 * ({@link Support#HANDS_ON_THIGHS} with {@link Support#SEAT}); it changes no lumbar load. On the floor
 * ({@link Support#HANDS}) the same load is refused ({@code UpperContactLoadTest}), because there the contacts'
 * minimum-norm share, not the hand, would decide where it goes. Before the ninth session the lying surface
 * left a hand load on the spine, carried by a base resultant under the pelvis, and the thighs carried the
 * hands but not their loads.
 */
class HeldLoadOnRestingSupportTest {
    private static final Subject SUBJECT = Subject.defaultSubject();
    private static final double G = TissueConstants.GRAVITY_M_PER_S2;
    private static final LumbarModel SINGLE = LumbarModel.of(SUBJECT);
    private static final List<LumbarModel> MODELS = List.of(SINGLE, SINGLE.withMuscleModel(MuscleModelKind.MULTI_FASCICLE));

    private static Workspace solve(LumbarModel m, Posture p, double kg) {
        Workspace ws = m.newWorkspace();
        m.solve(p, kg == 0 ? List.of() : List.of(HandLoad.ofMassKg(kg)), ws);
        assertThat(ws.solved()).as("%s with %s kg", p, kg).isTrue();
        return ws;
    }

    /** Asserts that every level's compression and shears are those without the load (1e-6 N). */
    private static void assertSameLumbarLoads(Workspace loaded, Workspace unloaded, String what) {
        for (SpinalLevel l : SpinalLevel.values()) {
            assertThat(loaded.compressionN(l)).as("%s, %s compression", what, l).isCloseTo(unloaded.compressionN(l), within(1e-6));
            assertThat(loaded.apShearN(l)).as("%s, %s AP shear", what, l).isCloseTo(unloaded.apShearN(l), within(1e-6));
            assertThat(loaded.lateralShearN(l)).as("%s, %s lateral shear", what, l).isCloseTo(unloaded.lateralShearN(l), within(1e-6));
        }
    }

    /**
     * Lying prone ({@code lying_prone}: arms along the body on the surface) with 20 kg in both hands: the surface
     * under the hands carries the load, so the lumbar loads are those without it (single-equivalent L5-S1 22.9 N,
     * L2-L3 39.5 N) and the surface carries 20 g more, at the grips. Before: the load hung on the spine from the
     * grips and a base resultant under the pelvis held it, L5-S1 687.8 N, L2-L3 1,161.0 N (single-equivalent,
     * squared stress).
     */
    @Test
    void lyingProneTheSurfaceCarriesTheLoadWhereTheHandsLie() {
        Posture p = PosturePreset.LYING_PRONE.posture();
        for (LumbarModel m : MODELS) {
            Workspace unloaded = solve(m, p, 0);
            double w0 = unloaded.restingWeightN(Support.LYING_SURFACE);
            double[] c0 = {unloaded.restingCentreM(Support.LYING_SURFACE, 0), unloaded.restingCentreM(Support.LYING_SURFACE, 2)};
            Workspace loaded = solve(m, p, 20);
            assertSameLumbarLoads(loaded, unloaded, "prone, " + m.muscleModel().id());
            assertThat(loaded.restingWeightN(Support.LYING_SURFACE)).isCloseTo(w0 + 20 * G, within(1e-9));
            double[] lm = loaded.pipeline.pose.segWorld;
            int l = 3 * Landmark.GRIP_LEFT.ordinal();
            int r = 3 * Landmark.GRIP_RIGHT.ordinal();
            for (int axis : new int[] {0, 2}) {
                double grip = (lm[l + axis] + lm[r + axis]) / 2;
                double expected = (w0 * c0[axis / 2] + 20 * G * grip) / (w0 + 20 * G);
                assertThat(loaded.restingCentreM(Support.LYING_SURFACE, axis)).isCloseTo(expected, within(1e-9));
            }
            for (int c = 0; c < 6; c++) {
                assertThat(Math.abs(c < 3 ? loaded.wholeBodyResidualForceN(c) : loaded.wholeBodyResidualMomentNm(c - 3))).isLessThan(1e-6);
            }
        }
    }

    /**
     * Lying on the back holding 20 kg above the chest (a bench press held still: {@code lying_supine}, shoulders
     * flexed 90 so the arms stand straight up), statics by hand: the load pulls the grips down; the arms pass it
     * to the shoulders and the thorax, which lies on the surface, and the surface pushes up under the thorax on
     * the grips' vertical line (the grips lie within 1 cm, horizontally, of the shoulders, so that line meets the
     * thorax). On the body above every disc the load and that push are equal and opposite on one vertical line:
     * the net force and moment about every disc are those without the load, so the muscles and discs carry
     * nothing of it. Checked on the net loads (1e-9 N, N·m), the lumbar loads and the surface's carried
     * weight. Before: the base resultant under the pelvis held the load across the spine, L5-S1 1,236.9 N
     * (single-equivalent; 22.9 N without the load).
     */
    @Test
    void lyingSupineALoadHeldAboveTheChestPassesThroughTheThoraxIntoTheSurface() {
        Posture p = PosturePreset.LYING_SUPINE.posture().withShoulderFlexionDeg(90);
        for (LumbarModel m : MODELS) {
            Workspace unloaded = solve(m, p, 0);
            double[] force0 = unloaded.pipeline.netLoads.extForce.clone();
            double[] moment0 = unloaded.pipeline.netLoads.extMoment.clone();
            double w0 = unloaded.restingWeightN(Support.LYING_SURFACE);
            Workspace loaded = solve(m, p, 20);
            double[] lm = loaded.pipeline.pose.segWorld;
            for (int side = 0; side < 2; side++) {
                int grip = 3 * (Landmark.GRIP_LEFT.ordinal() + side);
                int shoulder = 3 * (Landmark.SHOULDER_LEFT.ordinal() + side);
                assertThat(Math.hypot(lm[grip] - lm[shoulder], lm[grip + 2] - lm[shoulder + 2])).isLessThan(0.01);
                assertThat(lm[grip + 1]).as("the grip above the shoulder").isGreaterThan(lm[shoulder + 1] + 0.4);
            }
            for (int i = 0; i < force0.length; i++) {
                assertThat(loaded.pipeline.netLoads.extForce[i]).isCloseTo(force0[i], within(1e-9));
                assertThat(loaded.pipeline.netLoads.extMoment[i]).isCloseTo(moment0[i], within(1e-9));
            }
            assertSameLumbarLoads(loaded, unloaded, "supine, arms up, " + m.muscleModel().id());
            assertThat(loaded.restingWeightN(Support.LYING_SURFACE)).isCloseTo(w0 + 20 * G, within(1e-9));
            assertThat(loaded.psoasHipForceN()).isZero();
        }
    }

    /**
     * The same by hand for a load that is not symmetric: 8 kg in the right hand of a body lying on its back,
     * arms at 45 deg (hands over the abdomen): the surface's push under the right grip alone cancels the load's
     * force and moment about every disc, lateral ones included.
     */
    @Test
    void aOneHandedLoadIsCarriedUnderItsOwnGrip() {
        Posture p = PosturePreset.LYING_SUPINE.posture().withShoulderFlexionDeg(45);
        for (LumbarModel m : MODELS) {
            Workspace unloaded = solve(m, p, 0);
            double[] moment0 = unloaded.pipeline.netLoads.extMoment.clone();
            Workspace loaded = m.newWorkspace();
            m.solve(p, List.of(HandLoad.ofMassKg(8).withHands(org.lumbosim.load.Hands.RIGHT)), loaded);
            assertThat(loaded.solved()).isTrue();
            for (int i = 0; i < moment0.length; i++) {
                assertThat(loaded.pipeline.netLoads.extMoment[i]).isCloseTo(moment0[i], within(1e-9));
            }
            assertSameLumbarLoads(loaded, unloaded, "supine, one hand, " + m.muscleModel().id());
        }
    }

    /**
     * Sitting on a stool with the hands on the thighs ({@code sitting_unsupported}) holding 10 kg: each thigh
     * pushes up under its grip by the hand's weight, the forearm's share and half the load (49.05 N more per
     * side), the seat beneath the thighs carries the load where it lies (98.1 N at the grips, its resting
     * weight), its contacts under the ischial tuberosities and the feet carry what they carry without the load,
     * and the lumbar loads are those without it. Before: the load hung from the arms while the hands lay on the
     * thighs. Carried instead through the ischial contacts, the seat's larger push behind the hips would tip the
     * upper body forward: psoas 57.2 -> 52.8 N, L5-S1 468.7 -> 464.7 N (measured on this branch's first try).
     */
    @Test
    void handsOnTheThighsLayTheirLoadOnTheSeatBeneathThem() {
        Posture p = PosturePreset.SITTING_UNSUPPORTED.posture();
        for (LumbarModel m : MODELS) {
            Workspace unloaded = solve(m, p, 0);
            Workspace loaded = solve(m, p, 10);
            assertSameLumbarLoads(loaded, unloaded, "hands on thighs, " + m.muscleModel().id());
            for (int side = 0; side < 2; side++) {
                assertThat(loaded.pipeline.actions.sideThighPushN(side, 1))
                        .isCloseTo(unloaded.pipeline.actions.sideThighPushN(side, 1) + 5 * G, within(1e-9));
            }
            assertThat(unloaded.restingWeightN(Support.SEAT)).isZero();
            assertThat(loaded.restingWeightN(Support.SEAT)).isCloseTo(10 * G, within(1e-9));
            double[] lm = loaded.pipeline.pose.massWorld;
            int l = 3 * MassPoint.HAND_LEFT.ordinal();
            int r = 3 * MassPoint.HAND_RIGHT.ordinal();
            for (int axis = 0; axis < 3; axis++) {
                assertThat(loaded.restingCentreM(Support.SEAT, axis)).isCloseTo((lm[l + axis] + lm[r + axis]) / 2, within(1e-9));
            }
            assertThat(loaded.supportReactionCount()).isEqualTo(unloaded.supportReactionCount());
            for (int i = 0; i < loaded.supportReactionCount(); i++) {
                assertThat(loaded.supportReactionForceN(i, 1)).isCloseTo(unloaded.supportReactionForceN(i, 1), within(1e-9));
            }
            assertThat(loaded.psoasHipForceN()).isCloseTo(unloaded.psoasHipForceN(), within(1e-9));
            for (int c = 0; c < 6; c++) {
                assertThat(Math.abs(c < 3 ? loaded.wholeBodyResidualForceN(c) : loaded.wholeBodyResidualMomentNm(c - 3))).isLessThan(1e-6);
            }
        }
    }

    /**
     * Leaning back in an armchair ({@code sitting_slouched}: seat, backrest, feet, forearms and hands on the
     * armrests) holding 10 kg, statics by hand: the armrests carry the hands where they lie, so they push up under
     * each grip by half the load; on the upper body above every disc the load and that push are equal and opposite
     * on one vertical line, so the net force and moment about every disc are those without the load (1e-9 N,
     * N·m), the lumbar loads, the backrest's push, the hip flexors' force and the seat's and feet's contacts are
     * unchanged, and the armrests carry 10 g more, at the grips. Before: the load hung on the arms and the spine
     * while the armrests carried the forearms and hands.
     */
    @Test
    void armrestsCarryTheLoadHeldInTheHandsTheyCarry() {
        Posture p = PosturePreset.SITTING_SLOUCHED.posture();
        assertThat(p.has(Support.ARMRESTS)).isTrue();
        for (LumbarModel m : MODELS) {
            Workspace unloaded = solve(m, p, 0);
            double[] force0 = unloaded.pipeline.netLoads.extForce.clone();
            double[] moment0 = unloaded.pipeline.netLoads.extMoment.clone();
            double w0 = unloaded.restingWeightN(Support.ARMRESTS);
            double[] c0 = {unloaded.restingCentreM(Support.ARMRESTS, 0), unloaded.restingCentreM(Support.ARMRESTS, 2)};
            Workspace loaded = solve(m, p, 10);
            for (int i = 0; i < force0.length; i++) {
                assertThat(loaded.pipeline.netLoads.extForce[i]).isCloseTo(force0[i], within(1e-9));
                assertThat(loaded.pipeline.netLoads.extMoment[i]).isCloseTo(moment0[i], within(1e-9));
            }
            assertSameLumbarLoads(loaded, unloaded, "armrests, " + m.muscleModel().id());
            assertThat(loaded.backrestForceN()).isCloseTo(unloaded.backrestForceN(), within(1e-9));
            assertThat(loaded.psoasHipForceN()).isCloseTo(unloaded.psoasHipForceN(), within(1e-9));
            assertThat(loaded.supportReactionCount()).isEqualTo(unloaded.supportReactionCount());
            for (int i = 0; i < loaded.supportReactionCount(); i++) {
                for (int axis = 0; axis < 3; axis++) {
                    assertThat(loaded.supportReactionForceN(i, axis))
                            .isCloseTo(unloaded.supportReactionForceN(i, axis), within(1e-9));
                }
            }
            assertThat(loaded.restingWeightN(Support.ARMRESTS)).isCloseTo(w0 + 10 * G, within(1e-9));
            double[] lm = loaded.pipeline.pose.segWorld;
            int l = 3 * Landmark.GRIP_LEFT.ordinal();
            int r = 3 * Landmark.GRIP_RIGHT.ordinal();
            for (int axis : new int[] {0, 2}) {
                double grip = (lm[l + axis] + lm[r + axis]) / 2;
                double expected = (w0 * c0[axis / 2] + 10 * G * grip) / (w0 + 10 * G);
                assertThat(loaded.restingCentreM(Support.ARMRESTS, axis)).isCloseTo(expected, within(1e-9));
            }
            for (int c = 0; c < 6; c++) {
                assertThat(Math.abs(c < 3 ? loaded.wholeBodyResidualForceN(c) : loaded.wholeBodyResidualMomentNm(c - 3))).isLessThan(1e-6);
            }
        }
    }

    /**
     * The hands clear of the thighs (elbows straight: they hang beside the thighs) are not carried, nor are their
     * loads: the load hangs from the arms and raises the compression at every level.
     */
    @Test
    void aLoadInAHandClearOfItsThighHangsFromTheArm() {
        Posture p = PosturePreset.SITTING_UNSUPPORTED.posture().withShoulderFlexionDeg(0).withElbowFlexionDeg(0);
        Workspace unloaded = solve(SINGLE, p, 0);
        assertThat(unloaded.handsOnThighsForceN()).isZero();
        Workspace loaded = solve(SINGLE, p, 10);
        assertThat(loaded.handsOnThighsForceN()).isZero();
        assertThat(loaded.restingWeightN(Support.SEAT)).isZero();
        for (SpinalLevel l : SpinalLevel.values()) {
            assertThat(loaded.compressionN(l)).as("%s", l).isGreaterThan(unloaded.compressionN(l) + 10);
        }
    }
}
