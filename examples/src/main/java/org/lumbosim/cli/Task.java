package org.lumbosim.cli;

import java.util.List;
import java.util.Map;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.AbdominalPressureMode;
import org.lumbosim.model.LevelCoupling;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.posture.Posture;
import org.lumbosim.solver.RecruitmentCriterion;
import org.lumbosim.solver.RecruitmentSolver;

/**
 * One analysis read from a task file: who, in which posture, holding what, with which model.
 *
 * @param subject the person
 * @param posture the posture (preset plus overrides already applied)
 * @param loads hand loads (copied; may be empty)
 * @param muscles the muscle model
 * @param criterion the recruitment criterion
 * @param overload what a task beyond the subject's strength gives (task field {@code model.overload})
 * @param discAreaMm2 the subject's own disc areas (mm², task field {@code subject.discAreaMm2}; copied;
 *     may be empty): each replaces the default area at its level ({@link LumbarModel#withDiscAreaMm2})
 * @param abdominalCoactivation the abdominal flexors' smallest activation in upright postures (task
 *     field {@code model.abdominalCoactivation}; {@link TissueParameters#abdominalCoactivation()})
 * @param levelCoupling how the recruitment ties the levels together (task field {@code model.levelCoupling};
 *     {@link LumbarModel#withLevelCoupling})
 * @param abdominalPressure how the abdominal pressure is found (task field {@code model.abdominalPressure};
 *     {@link LumbarModel#withAbdominalPressure})
 */
public record Task(Subject subject, Posture posture, List<HandLoad> loads, MuscleModelKind muscles,
                   RecruitmentCriterion criterion, OverloadPolicy overload, Map<SpinalLevel, Double> discAreaMm2,
                   double abdominalCoactivation, LevelCoupling levelCoupling, AbdominalPressureMode abdominalPressure) {
    /** Copies the list and the map; checks the co-activation's range. */
    public Task {
        Checks.given(subject, "subject");
        Checks.given(posture, "posture");
        Checks.givenEach(loads, "loads");
        Checks.given(muscles, "muscles");
        Checks.given(criterion, "criterion");
        Checks.given(overload, "overload");
        Checks.given(discAreaMm2, "discAreaMm2");
        Checks.given(levelCoupling, "levelCoupling");
        Checks.given(abdominalPressure, "abdominalPressure");
        loads = List.copyOf(loads);
        discAreaMm2 = Map.copyOf(discAreaMm2);
        TissueParameters.published().with(TissueParameter.ABDOMINAL_COACTIVATION, abdominalCoactivation);
    }

    /**
     * A task with the prescribed abdominal pressure ({@link AbdominalPressureMode#PRESCRIBED}).
     *
     * @param subject the person
     * @param posture the posture
     * @param loads hand loads (copied)
     * @param muscles the muscle model
     * @param criterion the recruitment criterion
     * @param overload what a task beyond the subject's strength gives
     * @param discAreaMm2 the subject's own disc areas (mm², copied; may be empty)
     * @param abdominalCoactivation the abdominal flexors' smallest activation in upright postures
     * @param levelCoupling how the recruitment ties the levels together
     */
    public Task(Subject subject, Posture posture, List<HandLoad> loads, MuscleModelKind muscles,
                RecruitmentCriterion criterion, OverloadPolicy overload, Map<SpinalLevel, Double> discAreaMm2,
                double abdominalCoactivation, LevelCoupling levelCoupling) {
        this(subject, posture, loads, muscles, criterion, overload, discAreaMm2, abdominalCoactivation, levelCoupling,
                AbdominalPressureMode.PRESCRIBED);
    }

    /**
     * A task with the default level coupling ({@link LevelCoupling#DEVIATIONS}).
     *
     * @param subject the person
     * @param posture the posture
     * @param loads hand loads (copied)
     * @param muscles the muscle model
     * @param criterion the recruitment criterion
     * @param overload what a task beyond the subject's strength gives
     * @param discAreaMm2 the subject's own disc areas (mm², copied; may be empty)
     * @param abdominalCoactivation the abdominal flexors' smallest activation in upright postures
     */
    public Task(Subject subject, Posture posture, List<HandLoad> loads, MuscleModelKind muscles,
                RecruitmentCriterion criterion, OverloadPolicy overload, Map<SpinalLevel, Double> discAreaMm2,
                double abdominalCoactivation) {
        this(subject, posture, loads, muscles, criterion, overload, discAreaMm2, abdominalCoactivation,
                LevelCoupling.DEVIATIONS);
    }

    /**
     * A task with the published abdominal co-activation.
     *
     * @param subject the person
     * @param posture the posture
     * @param loads hand loads (copied)
     * @param muscles the muscle model
     * @param criterion the recruitment criterion
     * @param overload what a task beyond the subject's strength gives
     * @param discAreaMm2 the subject's own disc areas (mm², copied; may be empty)
     */
    public Task(Subject subject, Posture posture, List<HandLoad> loads, MuscleModelKind muscles,
                RecruitmentCriterion criterion, OverloadPolicy overload, Map<SpinalLevel, Double> discAreaMm2) {
        this(subject, posture, loads, muscles, criterion, overload, discAreaMm2,
                TissueParameters.published().abdominalCoactivation());
    }

    /**
     * A task with the default disc areas (none given).
     *
     * @param subject the person
     * @param posture the posture
     * @param loads hand loads (copied)
     * @param muscles the muscle model
     * @param criterion the recruitment criterion
     * @param overload what a task beyond the subject's strength gives
     */
    public Task(Subject subject, Posture posture, List<HandLoad> loads, MuscleModelKind muscles,
                RecruitmentCriterion criterion, OverloadPolicy overload) {
        this(subject, posture, loads, muscles, criterion, overload, Map.of());
    }

    /**
     * A task with the default overload policy ({@link OverloadPolicy#FAIL}).
     *
     * @param subject the person
     * @param posture the posture
     * @param loads hand loads (copied)
     * @param muscles the muscle model
     * @param criterion the recruitment criterion
     */
    public Task(Subject subject, Posture posture, List<HandLoad> loads, MuscleModelKind muscles,
                RecruitmentCriterion criterion) {
        this(subject, posture, loads, muscles, criterion, OverloadPolicy.FAIL);
    }

    /**
     * @return the model of the subject with this task's disc areas, muscle model, criterion,
     *     overload policy, abdominal co-activation and level coupling
     */
    public LumbarModel model() {
        LumbarModel m = LumbarModel.of(subject);
        for (SpinalLevel level : SpinalLevel.values()) {
            Double area = discAreaMm2.get(level);
            if (area != null) {
                m = m.withDiscAreaMm2(level, area);
            }
        }
        return m.withTissueParameters(m.tissueParameters().with(TissueParameter.ABDOMINAL_COACTIVATION, abdominalCoactivation))
                .withMuscleModel(muscles)
                .withSolver(RecruitmentSolver.defaults().withCriterion(criterion)).withOverloadPolicy(overload)
                .withLevelCoupling(levelCoupling).withAbdominalPressure(abdominalPressure);
    }
}
