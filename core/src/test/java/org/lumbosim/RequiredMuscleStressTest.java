package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.internal.Units;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueConstants;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.MuscleForce;

/**
 * The strength an infeasible task needs ({@link InfeasibleRecruitmentException#requiredMuscleStressMPa()})
 * is the threshold it claims to be: with the largest muscle stress set 0.1 % above it the same task
 * solves, and its forces stay within that stress; 0.1 % below it the task is still infeasible.
 */
class RequiredMuscleStressTest {
    private static final double ALLOWED_MPA = TissueConstants.MAX_MUSCLE_STRESS_PA * Units.MPA_PER_PA;

    @Test
    void withoutARequiredStressTheMessageSaysNoneWasFound() {
        InfeasibleRecruitmentException e = new InfeasibleRecruitmentException(SpinalLevel.L1_L2, "axial rotation", 3.5,
                OptionalDouble.empty(), 0.6, "task");
        assertThat(e.requiredMuscleStressMPa()).isEmpty();
        assertThat(e.allowedMuscleStressMPa()).isEqualTo(0.6);
        assertThat(e.getMessage()).contains("L1-L2 about the axial rotation axis: 3.5 N·m")
                .doesNotContain(" Nm ")
                .contains("no muscle stress up to 100.0 MPa was found to balance it").endsWith("(task)");
        InfeasibleRecruitmentException f = new InfeasibleRecruitmentException(SpinalLevel.L5_S1, "flexion-extension", 1,
                OptionalDouble.of(0.75), 0.6, "task");
        assertThat(f.requiredMuscleStressMPa()).hasValue(0.75);
        assertThat(f.getMessage()).contains("would need a largest stress of 0.75 MPa (allowed 0.6 MPa)");
    }

    @ParameterizedTest(name = "{0} + {1} kg, {2}")
    @CsvSource({
        "HOLD_FAR, 30, MULTI_FASCICLE",
        "HOLD_FAR, 50, SINGLE_EQUIVALENT",
    })
    void requiredStressIsTheFeasibilityThreshold(PosturePreset preset, double kg, MuscleModelKind kind) {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        List<HandLoad> loads = List.of(HandLoad.ofMassKg(kg));
        InfeasibleRecruitmentException e = catchThrowableOfType(
                () -> Lumbosim.analyze(model, preset.posture(), loads), InfeasibleRecruitmentException.class);
        assertThat(e).as("%s + %s kg with %s muscles expected infeasible at %s MPa", preset, kg, kind, ALLOWED_MPA).isNotNull();
        assertThat(e.allowedMuscleStressMPa()).isEqualTo(ALLOWED_MPA);
        assertThat(e.requiredMuscleStressMPa()).isPresent();
        double required = e.requiredMuscleStressMPa().getAsDouble();
        System.out.printf("%s + %s kg, %s: needs a largest muscle stress of %.4f MPa (allowed %s)%n",
                preset, kg, kind, required, ALLOWED_MPA);
        assertThat(required).isGreaterThan(ALLOWED_MPA);
        double above = required * 1.001;
        double below = required * 0.999;
        if (above <= TissueParameter.MAX_MUSCLE_STRESS.max()) {
            AnalysisResult r = Lumbosim.analyze(model.withTissueParameters(
                    TissueParameters.published().with(TissueParameter.MAX_MUSCLE_STRESS, above)), preset.posture(), loads);
            double largest = r.muscles().stream().mapToDouble(MuscleForce::stressMPa).max().orElseThrow();
            assertThat(largest).as("largest stress with the bound 0.1 %% above the required one").isLessThanOrEqualTo(above * (1 + 1e-12));
        }
        assertThatThrownBy(() -> Lumbosim.analyze(model.withTissueParameters(
                TissueParameters.published().with(TissueParameter.MAX_MUSCLE_STRESS, below)), preset.posture(), loads))
                .as("0.1 %% below the required stress").isInstanceOf(InfeasibleRecruitmentException.class);
    }
}
