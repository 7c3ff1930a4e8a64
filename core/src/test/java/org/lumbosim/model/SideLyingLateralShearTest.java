package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;

/**
 * The lateral shear of {@code lying_side} (lateral bend -15, roll 90) in the two muscle models (eleventh
 * session audit, twelfth session change; docs/recruitment.md, "Lateral shear lying on the side"). Lying,
 * no muscle is recruited and the surface carries every segment, so the only lateral forces on the body
 * above a disc are the ligaments' and the stretched erectors' passive tension. Both models stretch the
 * same fascicles by the same amounts and, since the twelfth session, apply each fascicle's tension along
 * its own path ({@link PassiveMuscles}; before, the single-equivalent model put it on its side's erector
 * line, the PCSA-weighted mean line, and the shears of L5-S1 and L4-L5 differed in sign). This test checks
 * the decomposition at every level: no recruited force, no external, abdominal or psoas lateral force,
 * the ligaments' and the passive erectors' lateral forces the same in both models, and so the same
 * lateral shear, of the same sign; and prints the parts.
 */
class SideLyingLateralShearTest {
    @Test
    void bothModelsGiveTheSameLateralShear() {
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
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            assertThat(ligament[se][k]).as("ligaments' lateral force, level %d", k).isCloseTo(ligament[mf][k], within(1e-9));
            assertThat(passive[se][k]).as("passive erectors' lateral force, level %d", k).isCloseTo(passive[mf][k], within(1e-9));
            assertThat(shear[se][k]).as("lateral shear, level %d", k).isCloseTo(shear[mf][k], within(1e-9));
            assertThat(Math.signum(shear[se][k])).as("sign of the lateral shear, level %d", k).isEqualTo(Math.signum(shear[mf][k]));
            assertThat(Math.abs(shear[mf][k])).as("a lateral shear to compare, level %d", k).isGreaterThan(1e-3);
        }
    }

    /** The force's component along the disc frame's lateral axis at level k (N). */
    private static double lateral(double[] forceN, double[] discFrame, int k) {
        return forceN[3 * k] * discFrame[9 * k + 6] + forceN[3 * k + 1] * discFrame[9 * k + 7]
                + forceN[3 * k + 2] * discFrame[9 * k + 8];
    }
}
