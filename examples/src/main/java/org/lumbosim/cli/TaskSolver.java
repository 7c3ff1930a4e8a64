package org.lumbosim.cli;

import java.util.List;
import org.lumbosim.Lumbosim;
import org.lumbosim.UnsupportedPostureException;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.posture.Posture;
import org.lumbosim.result.AnalysisResult;

/**
 * Solves what an input file describes. Supports that cannot hold the posture are a fault of the file
 * (its {@code supports} field), not of the program: they are reported as bad input naming the field.
 */
final class TaskSolver {
    private TaskSolver() {
    }

    /**
     * @param task a task read from a file
     * @return its loads
     * @throws BadInputException naming {@code posture.supports} if the supports cannot hold the posture
     * @throws org.lumbosim.InfeasibleRecruitmentException if the muscles cannot balance the task
     */
    static AnalysisResult analyze(Task task) {
        return analyze(task.model(), task.posture(), task.loads(), "posture");
    }

    /**
     * @param model the model
     * @param posture the posture (not modified)
     * @param loads the loads (not modified)
     * @param posturePath the posture's place in the input file, e.g. {@code tasks[2].posture}
     * @return the loads
     * @throws BadInputException naming {@code <posturePath>.supports} if the supports cannot hold the posture
     * @throws org.lumbosim.InfeasibleRecruitmentException if the muscles cannot balance the task
     */
    static AnalysisResult analyze(LumbarModel model, Posture posture, List<? extends ExternalLoad> loads,
                                  String posturePath) {
        try {
            return Lumbosim.analyze(model, posture, loads);
        } catch (UnsupportedPostureException e) {
            throw unsupported(posturePath, posture);
        }
    }

    /**
     * @param posturePath the posture's place in the input file, e.g. {@code posture}
     * @param posture the posture its supports cannot hold
     * @return the bad-input exception naming {@code <posturePath>.supports} and its value
     */
    static BadInputException unsupported(String posturePath, Posture posture) {
        return new BadInputException(posturePath + ".supports = " + TaskReader.supportsJson(posture)
                + " cannot hold this posture: whole-body equilibrium would need a support to pull; give supports"
                + " that carry the body by pushing (of " + TaskReader.supportIds() + ")");
    }
}
