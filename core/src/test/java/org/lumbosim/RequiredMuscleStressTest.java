package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.Workspace;
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
 * solves, and its forces stay within that stress; 0.1 % below it the task is still infeasible. Also
 * for a subject too weak for the abdominal lines to carry the wall's tension that holds the pressure
 * (strength below the wall's activation × the published strength: a passive remainder of the wall's
 * tension acts at the subject's strength), where the required stress is that of the lines carrying the
 * whole wall, as at any strength above the wall's need, under both overload policies.
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
                .contains("no muscle stress up to 100 MPa was found to balance it").endsWith("(task)");
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

    /**
     * The weakest strength allowed (0.1 MPa) and the pressure raised threefold (at its ceiling of 26.6 kPa in a
     * far hold of 20 kg: the wall asks the abdominal lines for 0.128-0.138 MPa): the task is beyond the strength,
     * and the stress it requires (reported by the exception and, with {@link OverloadPolicy#REPORT}, by the
     * overloaded forces) is its threshold. Before the lines carried the whole wall in the search, the reported
     * stress was 1.2 % (single-equivalent) and 2.9 % (multi-fascicle) below the threshold.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"SINGLE_EQUIVALENT", "MULTI_FASCICLE"})
    void requiredStressIsTheThresholdWhenTheLinesCannotCarryTheWall(MuscleModelKind kind) {
        LumbarModel base = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        TissueParameters weak = TissueParameters.published().with(TissueParameter.MAX_MUSCLE_STRESS, 0.1)
                .with(TissueParameter.IAP_SCALE, 3);
        LumbarModel model = base.withTissueParameters(weak);
        List<HandLoad> loads = List.of(HandLoad.ofMassKg(20));
        Workspace ws = model.newWorkspace();
        model.solve(PosturePreset.HOLD_FAR.posture(), loads, ws);
        double wallStressMPa = ws.abdominalWallActivation() * ALLOWED_MPA;
        assertThat(wallStressMPa).as("the wall's need is above the subject's strength").isGreaterThan(0.1);
        InfeasibleRecruitmentException e = catchThrowableOfType(
                () -> Lumbosim.analyze(model, PosturePreset.HOLD_FAR.posture(), loads), InfeasibleRecruitmentException.class);
        assertThat(e).isNotNull();
        double required = e.requiredMuscleStressMPa().orElseThrow();
        LumbarModel reporting = model.withOverloadPolicy(OverloadPolicy.REPORT);
        Workspace r = reporting.newWorkspace();
        reporting.solve(PosturePreset.HOLD_FAR.posture(), loads, r);
        assertThat(r.overloaded()).isTrue();
        assertThat(r.largestMuscleStressMPa()).as("REPORT's stress").isCloseTo(required, within(1e-4 * required));
        for (SpinalLevel level : SpinalLevel.values()) {
            // round-off at the binding level
            assertThat(r.abdominalWallPassiveForceN(level)).as("no passive wall at the required strength, %s", level)
                    .isLessThan(1e-12 * r.abdominalWallForceN());
        }
        System.out.printf("%s, 0.1 MPa, IAP x3, far hold 20 kg: wall needs %.4f MPa; requires %.4f MPa%n",
                kind, wallStressMPa, required);
        AnalysisResult above = Lumbosim.analyze(base.withTissueParameters(
                weak.with(TissueParameter.MAX_MUSCLE_STRESS, required * 1.001)), PosturePreset.HOLD_FAR.posture(), loads);
        double largest = above.muscles().stream().mapToDouble(MuscleForce::stressMPa).max().orElseThrow();
        assertThat(largest).isLessThanOrEqualTo(required * 1.001 * (1 + 1e-12));
        assertThatThrownBy(() -> Lumbosim.analyze(base.withTissueParameters(
                weak.with(TissueParameter.MAX_MUSCLE_STRESS, required * 0.999)), PosturePreset.HOLD_FAR.posture(), loads))
                .isInstanceOf(InfeasibleRecruitmentException.class);
    }
}
