package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.PosturePreset;

/**
 * The intra-abdominal pressure model (issue 12, item 4): the regression of Mairiaux, Davis, Stubbs
 * and Baty (1984, Ergonomics 27:883, abstract) on the net moment at L4-L5, fed by the model's own
 * L4-L5 moment in every posture, sitting and squatting included.
 */
class IntraAbdominalPressureTest {
    private static final double DIAPHRAGM_M2 = 465e-4;

    @Test
    void reproducesThePublishedRegression() {
        // IAP (kPa) = 0.079 M (N·m) - 1.127, Mairiaux et al. 1984 abstract
        assertThat(TissueLoads.iapPressurePa(100)).isCloseTo(1000 * (0.079 * 100 - 1.127), within(1e-9));
        assertThat(TissueLoads.iapPressurePa(200)).isCloseTo(1000 * (0.079 * 200 - 1.127), within(1e-9));
        // no pressure where the regression falls below zero (1.127 / 0.079 = 14.27 N·m)
        assertThat(TissueLoads.iapPressurePa(14.2)).isZero();
        assertThat(TissueLoads.iapPressurePa(14.3)).isPositive();
        assertThat(TissueLoads.iapPressurePa(-30)).isZero();
    }

    @Test
    void followsTheL4L5MomentInEveryPosture() {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        Workspace ws = model.newWorkspace();
        int withPressure = 0;
        for (PosturePreset preset : PosturePreset.values()) {
            for (double kg : new double[] {0, 10}) {
                model.solve(preset.posture(), kg == 0 ? List.of() : List.of(HandLoad.ofMassKg(kg)), ws);
                double moment = ws.netMomentNm(SpinalLevel.L4_L5, 0);
                double expected = Math.max(0, 79 * moment - 1127) * DIAPHRAGM_M2;
                assertThat(ws.iapForceN()).as("%s %s kg", preset, kg).isCloseTo(expected, within(1e-9 * (1 + expected)));
                if (expected > 0) {
                    withPressure++;
                }
            }
        }
        assertThat(withPressure).isPositive();
    }

    @Test
    void sittingAndTheSquatCarryPressureWhenTheirMomentDoes() {
        // the regression it replaces gave exactly zero whenever hip + knee flexion exceeded 119 deg
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        Workspace ws = model.newWorkspace();
        for (PosturePreset preset : List.of(PosturePreset.SITTING_MAX_FLEXION, PosturePreset.LIFT_BENT_KNEES)) {
            model.solve(preset.posture(), List.of(HandLoad.ofMassKg(20)), ws);
            assertThat(ws.netMomentNm(SpinalLevel.L4_L5, 0)).as("%s", preset).isGreaterThan(20);
            assertThat(ws.iapForceN()).as("%s", preset).isPositive();
        }
    }
}
