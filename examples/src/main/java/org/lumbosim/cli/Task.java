package org.lumbosim.cli;

import java.util.List;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
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
 */
public record Task(Subject subject, Posture posture, List<HandLoad> loads, MuscleModelKind muscles,
                   RecruitmentCriterion criterion) {
    /** Copies the list. */
    public Task {
        loads = List.copyOf(loads);
    }

    /** @return the model of the subject with this task's muscle model and criterion */
    public LumbarModel model() {
        return LumbarModel.of(subject).withMuscleModel(muscles)
                .withSolver(RecruitmentSolver.defaults().withCriterion(criterion));
    }
}
