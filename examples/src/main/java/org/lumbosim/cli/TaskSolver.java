package org.lumbosim.cli;

import java.util.List;
import org.lumbosim.BaseOutOfReachException;
import org.lumbosim.BaseOutsideContactsException;
import org.lumbosim.LoadInRestingHandException;
import org.lumbosim.Lumbosim;
import org.lumbosim.DiscTensionException;
import org.lumbosim.SlidingSupportException;
import org.lumbosim.UnsupportedPostureException;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.result.AnalysisResult;

/**
 * Solves what an input file describes. Supports that cannot hold the posture are a fault of the file
 * (its {@code supports} field or its angles), not of the program: they are reported as bad input naming
 * the field and the core's typed reason.
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
     * @throws BadInputException naming {@code <posturePath>.supports} if the supports cannot hold the posture,
     *     or the load's {@code hands} (in the {@code loads} beside the posture) if it is held in a hand that
     *     rests on the floor ({@link #loadInRestingHand})
     * @throws org.lumbosim.InfeasibleRecruitmentException if the muscles cannot balance the task
     */
    static AnalysisResult analyze(LumbarModel model, Posture posture, List<? extends ExternalLoad> loads,
                                  String posturePath) {
        return analyze(model, posture, loads, posturePath, model.newWorkspace());
    }

    /**
     * As {@link #analyze(LumbarModel, Posture, List, String)}, in a reused workspace (started cold: the same
     * result bit for bit).
     *
     * @param ws a workspace of a model with the same muscle model (modified)
     */
    static AnalysisResult analyze(LumbarModel model, Posture posture, List<? extends ExternalLoad> loads,
                                  String posturePath, Workspace ws) {
        try {
            return Lumbosim.analyze(model, posture, loads, ws);
        } catch (UnsupportedPostureException e) {
            throw unsupported(posturePath, posture, e);
        } catch (LoadInRestingHandException e) {
            throw loadInRestingHand(posturePath.substring(0, posturePath.length() - "posture".length()) + "loads",
                    loads, e);
        }
    }

    /**
     * @param loadsPath the loads' place in the input file, e.g. {@code tasks[2].loads}
     * @param loads the loads (not modified)
     * @param e the core's refusal of a load held in a hand that rests on the floor
     * @return the bad-input exception naming the first such load's {@code hands} and its value, the hand
     *     that rests and what to give instead (a free hand or the load's {@code positionM}); the core's
     *     exception is its cause
     */
    static BadInputException loadInRestingHand(String loadsPath, List<? extends ExternalLoad> loads,
                                               LoadInRestingHandException e) {
        int index = 0;
        for (int i = 0; i < loads.size(); i++) {
            if (loads.get(i) instanceof HandLoad h && h.positionM() == null && h.hands() == e.loadHands()
                    && (h.hands() == Hands.BOTH || h.hands() == e.restingHand())) {
                index = i;
                break;
            }
        }
        String load = loadsPath + "[" + index + "]";
        BadInputException b = new BadInputException(load + ".hands = \"" + e.loadHands().id()
                + "\" cannot hold a load: the " + e.restingHand().id() + " hand rests on the floor (support "
                + e.support().id() + "), where a load would pass straight into the floor"
                + " and the body carry none of it; hold it in a free hand or give " + load + ".positionM");
        b.initCause(e);
        return b;
    }

    /**
     * @param posturePath the posture's place in the input file, e.g. {@code posture}
     * @param posture the posture its supports cannot hold
     * @param e the core's refusal, whose typed reason the message gives
     * @return the bad-input exception naming {@code <posturePath>.supports}, its value and the reason: a
     *     contact inside the body that would pass into the thighs names the support, the depth and the
     *     allowed one; a contact that would slide, the support, the friction ratio needed and the
     *     coefficient; upper-body contacts that would pull a lumbar disc apart, the support, the level and its
     *     compression; lower contacts whose resultant would act outside their region, the supports, its push,
     *     point and distance and the distance allowed; beyond the model's reach, its push and point;
     *     otherwise the contacts would have to pull
     */
    static BadInputException unsupported(String posturePath, Posture posture, UnsupportedPostureException e) {
        String head = posturePath + ".supports = " + TaskReader.supportsJson(posture) + " cannot hold this posture: ";
        if (e instanceof SlidingSupportException) {
            return new BadInputException(head + e.reason() + ": it would slide; lessen the horizontal forces on"
                    + " the body (hand forces, a backrest's push) or let other supports carry more of its weight");
        }
        if (e instanceof DiscTensionException) {
            return new BadInputException(head + e.reason() + ": the lower body would hang from the lumbar spine;"
                    + " put a lower support (feet, knees, seat) under more of the body's weight or hold less beyond"
                    + " the upper contacts");
        }
        if (e instanceof BaseOutsideContactsException) {
            return new BadInputException(head + e.reason() + ": no contact is there to push; change the posture's"
                    + " angles so that the body's weight lies over its lower supports, or give the support that"
                    + " carries it there");
        }
        if (e instanceof BaseOutOfReachException) {
            return new BadInputException(head + e.reason() + "; put more of the body's weight on the lower supports"
                    + " (feet, seat, knees) or leave out the support that carries it instead");
        }
        if (e.support().isPresent()) {
            return new BadInputException(head + e.reason() + "; change the posture's angles so that the contact"
                    + " touches, or leave out " + e.support().get().id());
        }
        return new BadInputException(head + "whole-body equilibrium would need a support to pull; give supports"
                + " that carry the body by pushing (of " + TaskReader.supportIds() + ")");
    }

    /**
     * @param e the core's refusal of one point of a sweep
     * @return its reason in parentheses, e.g. {@code " (trunk_on_thighs: the abdomen would pass 0.052 m into
     *     the thighs (at most 0.030 m allowed))"}, for a contact that would pass into the thighs or slide; empty when
     *     the contacts would have to pull (what a note on such points already says)
     */
    static String reasonOfPoint(UnsupportedPostureException e) {
        return e.support().isPresent() ? " (" + e.reason() + ")" : "";
    }
}
