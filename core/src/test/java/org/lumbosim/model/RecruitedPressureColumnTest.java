package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.solver.RecruitmentCriterion;

/**
 * The recruited pressure's column ({@link AbdominalPressureMode#RECRUITED}; {@link RecruitmentAssembly}) against
 * AnyBody AMMR's buckle (github AnyBody/ammr ef387217, {@code Body/AAUHuman/Trunk/Buckle.any}; model file, numbers
 * only): its area, its per-level arms and its price.
 */
class RecruitedPressureColumnTest {
    /** AMMR's equivalent cavity radius, {@code AbdominalVol.R} (m); its area {@code pi R^2} multiplies the pressure line's length. */
    private static final double AMMR_CAVITY_RADIUS_M = 0.12;

    @Test
    void areaIsAmmrsCylinderWithinThreePercent() {
        double ammr = Math.PI * AMMR_CAVITY_RADIUS_M * AMMR_CAVITY_RADIUS_M;
        assertThat(AbdominalPressureConstants.AREA_M2 / ammr).isCloseTo(1, within(0.03));
    }

    /**
     * In AMMR's own frame (unscaled, neutral spine), the arm of its pressure line at each lumbar disc: the line
     * crosses the disc's mid-plane (through its centre, normal to its endplate) that far ahead of the centre. The
     * column's arms on the default subject standing are those arms laid on our spine (scaled by the similarity and
     * tilted with the posture), within 2 cm at every level, and, like AMMR's, larger at L1-L2 and L5-S1 than at
     * L3-L4 (the U the demand has: docs/research/multi-fascicle-overprediction.md, "Cause, in short").
     */
    @Test
    void armsPerLevelFollowAmmrsPressureLine() {
        int n = AbdominalPressureConstants.AMMR_JOINT_X_M.length;
        double[] cx = new double[n];
        double[] cy = new double[n];
        AbdominalPressure.ammrDiscCentres(cx, cy);
        double px = AbdominalPressureConstants.AMMR_PELVIS_PRESSURE_NODE_X_M;
        double py = AbdominalPressureConstants.AMMR_PELVIS_PRESSURE_NODE_Y_M;
        double tx = AbdominalPressureConstants.AMMR_THORAX_PRESSURE_NODE_X_M;
        double ty = AbdominalPressureConstants.AMMR_THORAX_PRESSURE_NODE_Y_M;
        double[] ammr = new double[LumbarModel.LEVELS];
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            // the disc's anterior axis, along its endplate, and its normal
            double ux = AbdominalPressureConstants.AMMR_ENDPLATE_ANTERIOR_X_M[k] - AbdominalPressureConstants.AMMR_ENDPLATE_POSTERIOR_X_M[k];
            double uy = AbdominalPressureConstants.AMMR_ENDPLATE_ANTERIOR_Y_M[k] - AbdominalPressureConstants.AMMR_ENDPLATE_POSTERIOR_Y_M[k];
            double len = Math.hypot(ux, uy);
            ux /= len;
            uy /= len;
            double nx = -uy, ny = ux;
            double t = ((cx[k] - px) * nx + (cy[k] - py) * ny) / ((tx - px) * nx + (ty - py) * ny);
            double x = px + t * (tx - px) - cx[k], y = py + t * (ty - py) - cy[k];
            ammr[k] = x * ux + y * uy;
        }
        LumbarModel m = LumbarModel.of(Subject.defaultSubject()).withAbdominalPressure(AbdominalPressureMode.RECRUITED);
        Workspace ws = m.newWorkspace();
        m.solve(PosturePreset.STANDING_RELAXED.posture(), List.of(), ws);
        AbdominalPressure a = ws.pipeline.abdomen;
        double[] fr = ws.pipeline.pose.discFrame;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            int o = 9 * k + 6;
            double perPa = a.momentPerPaM3[3 * k] * fr[o] + a.momentPerPaM3[3 * k + 1] * fr[o + 1]
                    + a.momentPerPaM3[3 * k + 2] * fr[o + 2];
            double arm = perPa / AbdominalPressureConstants.AREA_M2;
            System.out.printf(Locale.ROOT, "%s: column arm %.4f m, pressure line %.4f m, AMMR's own %.4f m%n",
                    SpinalLevel.values()[k].label(), arm, a.pressureArmM[k], ammr[k]);
            assertThat(arm).as("level %d", k).isCloseTo(a.pressureArmM[k], within(1e-12));
            assertThat(arm).as("level %d", k).isCloseTo(ammr[k], within(0.02));
        }
        assertThat(ammr[4]).isGreaterThan(ammr[2]);
        assertThat(ammr[0]).isGreaterThan(ammr[2]);
    }

    /**
     * The column written for the first solve is, per pascal and per level, the pressure's moment plus the
     * abdominal lines crossing the level at the wall's stress per pascal along their own lines.
     */
    @Test
    void columnIsThePressureWithItsWall() {
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel m = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind)
                    .withAbdominalPressure(AbdominalPressureMode.RECRUITED);
            Workspace ws = m.newWorkspace();
            m.solve(PosturePreset.HOLD_CLOSE.posture(), List.of(), ws);
            SolvePipeline pl = ws.pipeline;
            pl.recruitment.assemble(m.geometry, m.tissueParameters(), m.muscleSet(), pl.pose, pl.netLoads,
                    pl.tissueLoads, pl.abdomen, pl.hipFlexors, pl.muscleGeometry, PosturePreset.HOLD_CLOSE.posture(),
                    m.levelCoupling(), AbdominalPressureMode.RECRUITED, true, RecruitmentCriterion.SQUARED_STRESS);
            MuscleSet muscles = m.muscleSet();
            int n = muscles.count();
            int col = pl.recruitment.qp.cols() - 1;
            double[] fr = pl.pose.discFrame;
            assertThat(pl.abdomen.wallStressPerPressure).isPositive();
            for (int k = 0; k < LumbarModel.LEVELS; k++) {
                int o = 9 * k + 6;
                double expected = pl.abdomen.momentPerPaM3[3 * k] * fr[o] + pl.abdomen.momentPerPaM3[3 * k + 1] * fr[o + 1]
                        + pl.abdomen.momentPerPaM3[3 * k + 2] * fr[o + 2];
                for (int i : muscles.abdominalLines) {
                    if (k >= muscles.levelLo[i] && k < muscles.levelHi[i]) {
                        expected += pl.abdomen.wallStressPerPressure * m.geometry.pcsaM2[i] * pl.recruitment.qp.getA(3 * k, i);
                    }
                }
                assertThat(pl.recruitment.qp.getA(3 * k, col)).as("%s level %d", kind, k)
                        .isCloseTo(expected, within(1e-12 + 1e-9 * Math.abs(expected)));
            }
            assertThat(pl.recruitment.qp.upperN(col)).isEqualTo(AbdominalPressureConstants.MAX_PRESSURE_PA);
        }
    }

    /**
     * The price: a pressure at the ceiling costs what a muscle at the largest stress costs when no line carries a
     * wall (AMMR's actuator of strength 26.6 kPa), and every abdominal line at the wall's stress adds its own cost.
     */
    @Test
    void weightIsAMuscleOfTheCeilingsStrengthPlusTheWallsLines() {
        double sigma = TissueConstants.MAX_MUSCLE_STRESS_PA;
        double bare = AbdominalPressureConstants.MAX_PRESSURE_PA / sigma;
        for (RecruitmentCriterion c : RecruitmentCriterion.values()) {
            assertThat(RecruitmentAssembly.pressureWeight(c, sigma, 0, 10)).as("%s", c).isCloseTo(bare, within(1e-12));
        }
        double wall = 0.5;
        double two = RecruitmentAssembly.pressureWeight(RecruitmentCriterion.SQUARED_STRESS, sigma, wall, 2);
        assertThat(Math.pow(two, -2)).isCloseTo(Math.pow(bare, -2) + 2 * wall * wall, within(1e-9));
        double three = RecruitmentAssembly.pressureWeight(RecruitmentCriterion.CUBED_STRESS, sigma, wall, 2);
        assertThat(Math.pow(three, -3)).isCloseTo(Math.pow(bare, -3) + 2 * wall * wall * wall, within(1e-9));
        assertThat(RecruitmentAssembly.pressureWeight(RecruitmentCriterion.MIN_MAX, sigma, 100, 2)).isEqualTo(0.01);
    }
}
