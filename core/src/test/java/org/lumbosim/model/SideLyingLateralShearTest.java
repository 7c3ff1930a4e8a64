package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;

/**
 * Why the lateral shear of {@code lying_side} (lateral bend -15, roll 90) has a different sign in the two
 * muscle models (eleventh session audit; docs/recruitment.md, "Lateral shear lying on the side"). Lying,
 * no muscle is recruited and the surface carries every segment, so the only lateral forces on the body
 * above a disc are the ligaments' and the stretched erectors' passive tension. Both models stretch the
 * same fascicles by the same amounts ({@link PassiveMuscles}) and have the same ligaments; they differ in
 * the passive tension's line: each fascicle's own in the multi-fascicle model, the PCSA-weighted mean
 * line of its side's erector group in the single-equivalent model. This test checks that decomposition at
 * every level: no recruited force, no external lateral force, the ligaments' lateral force the same in
 * both models, and the two models' lateral shears differing by exactly the difference of their passive
 * muscle lateral forces; and prints the parts.
 */
class SideLyingLateralShearTest {
    @Test
    void theModelsDifferOnlyInThePassiveErectorTensionsLine() {
        Posture side = PosturePreset.LYING_SIDE.posture();
        double[][] ligament = new double[2][LumbarModel.LEVELS];
        double[][] passive = new double[2][LumbarModel.LEVELS];
        double[][] shear = new double[2][LumbarModel.LEVELS];
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            int m = kind.ordinal();
            LumbarModel model = LumbarModel.of(Subject.defaultSubject(), kind, TissueParameters.published());
            Workspace ws = model.newWorkspace();
            model.solve(side, List.of(), ws);
            assertThat(ws.solved()).isTrue();
            for (int i = 0; i < model.fascicles().size(); i++) {
                assertThat(ws.muscleForceN(i)).as("recruited force of %s", model.fascicles().get(i).name()).isZero();
            }
            SolvePipeline s = ws.pipeline;
            double[] fr = s.pose.discFrame;
            for (SpinalLevel level : SpinalLevel.values()) {
                int k = level.ordinal();
                double external = lateral(s.netLoads.extForce, fr, k);
                assertThat(external).as("external lateral force at %s", level.label()).isCloseTo(0, within(1e-9));
                assertThat(lateral(s.abdomen.forceN, fr, k) + lateral(s.hipFlexors.psoasForceN, fr, k))
                        .as("abdominal and psoas lateral force at %s", level.label()).isCloseTo(0, within(1e-9));
                ligament[m][k] = lateral(s.tissueLoads.ligamentForceN, fr, k);
                passive[m][k] = lateral(s.tissueLoads.muscleForceN, fr, k);
                shear[m][k] = ws.lateralShearN(level);
                System.out.printf("SideLyingLateralShearTest: %s %s lateral shear %+.4f N = ligaments %+.4f + passive "
                        + "erectors %+.4f%n", kind.id(), level.label(), shear[m][k], ligament[m][k], passive[m][k]);
            }
        }
        int se = MuscleModelKind.SINGLE_EQUIVALENT.ordinal();
        int mf = MuscleModelKind.MULTI_FASCICLE.ordinal();
        boolean signsDiffer = false;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            assertThat(ligament[se][k]).as("ligaments' lateral force, level %d", k).isCloseTo(ligament[mf][k], within(1e-9));
            assertThat(shear[se][k] - shear[mf][k]).as("difference of the lateral shears, level %d", k)
                    .isCloseTo(passive[se][k] - passive[mf][k], within(1e-9));
            signsDiffer |= Math.signum(shear[se][k]) != Math.signum(shear[mf][k]);
        }
        assertThat(signsDiffer).as("the audited sign difference (L5-S1, L4-L5)").isTrue();
    }

    /** The force's component along the disc frame's lateral axis at level k (N). */
    private static double lateral(double[] forceN, double[] discFrame, int k) {
        return forceN[3 * k] * discFrame[9 * k + 6] + forceN[3 * k + 1] * discFrame[9 * k + 7]
                + forceN[3 * k + 2] * discFrame[9 * k + 8];
    }
}
