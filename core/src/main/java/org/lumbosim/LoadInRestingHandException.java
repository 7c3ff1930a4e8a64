package org.lumbosim;

import java.util.List;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * A hand load held in a hand that rests on a support ({@link Support#HANDS}): the load would act at the
 * very point where the floor pushes on that hand, so its weight would pass straight into the floor and
 * the body would carry none of it. The model does not compute that: its whole-body balance shares the
 * contacts' pushes by a rule for the whole body (minimum norm, {@link Support}), which would spread the
 * load over the other contacts too and change how the body's own weight is shared between the hands and
 * the feet or knees; with three or more contact lines the lumbar compression could then fall as the load
 * grew. Bad input, so an {@link IllegalArgumentException}. (A lying surface or the thighs, which carry a
 * resting hand where it lies without sharing it among contacts, carry a load held in it too: no refusal
 * there, {@link Support#LYING_SURFACE}, {@link Support#HANDS_ON_THIGHS}.)
 *
 * <p>The message names the support, the hand that rests on it and the load's hands as task files write
 * them ({@link Support#id()}, {@link Hands#id()}), for example
 * {@code "loads: a hand load held in both hands, but the left hand rests on the floor (support hands): ..."};
 * the same facts are available as fields. A load held in a free hand (a body rolled onto its side rests one hand), or
 * applied at a given point ({@code HandLoad.atPositionM}), is accepted. Refused in a frame of a motion, it
 * names the frame ({@link #inFrame}).
 */
public final class LoadInRestingHandException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final Support support;
    private final Hands restingHand;
    private final Hands loadHands;
    /** The motion frame it was refused in, or -1 outside a motion. */
    private final int frame;
    /** That frame's time (s), NaN outside a motion. */
    private final double frameTimeS;

    /**
     * Creates the exception.
     *
     * @param support the support the hand rests on ({@link Support#HANDS})
     * @param restingHand the hand that rests on it and would hold part of the load ({@link Hands#LEFT} or
     *     {@link Hands#RIGHT})
     * @param loadHands the hand(s) the load is held in
     */
    public LoadInRestingHandException(Support support, Hands restingHand, Hands loadHands) {
        super("loads: a hand load held in " + Checks.present(loadHands, "loadHands").id() + (loadHands == Hands.BOTH ? " hands" : " hand")
                + ", but the " + Checks.present(restingHand, "restingHand").id() + " hand rests on the floor (support "
                + Checks.present(support, "support").id() + "): a load in"
                + " a hand on the floor goes straight to the floor and the body carries none of it; hold it in a free"
                + " hand or give the point it acts at");
        this.support = support;
        this.restingHand = restingHand;
        this.loadHands = loadHands;
        this.frame = -1;
        this.frameTimeS = Double.NaN;
    }

    /**
     * Refuses a task whose hand load (at the grip) is held in a hand that rests on the floor, as solving it
     * refuses it ({@code Lumbosim.analyze}, {@code LumbarModel.solve}); a sweep checks every point this way
     * before it solves any. Allocates nothing.
     *
     * @param posture the posture: its supports and roll say which hands rest ({@link Support#HANDS},
     *     {@link Support#actsOnSide})
     * @param loads the loads, in order
     * @throws LoadInRestingHandException for the first such load (its left hand checked before its right)
     * @throws IllegalArgumentException if an argument or a load is null (naming it)
     */
    public static void refuseIfHeldInRestingHand(Posture posture, List<? extends ExternalLoad> loads) {
        Checks.given(posture, "posture", "the posture whose supports say which hands rest is needed");
        Checks.givenEach(loads, "loads", "give an empty list for no load, and no null load");
        boolean leftRests = posture.has(Support.HANDS) && Support.HANDS.actsOnSide(posture.bodyRollDeg(), false);
        boolean rightRests = posture.has(Support.HANDS) && Support.HANDS.actsOnSide(posture.bodyRollDeg(), true);
        for (int i = 0, n = loads.size(); i < n; i++) {
            if (loads.get(i) instanceof HandLoad hl && hl.positionM() == null) {
                if (leftRests && hl.hands() != Hands.RIGHT) {
                    throw new LoadInRestingHandException(Support.HANDS, Hands.LEFT, hl.hands());
                }
                if (rightRests && hl.hands() != Hands.LEFT) {
                    throw new LoadInRestingHandException(Support.HANDS, Hands.RIGHT, hl.hands());
                }
            }
        }
    }

    private LoadInRestingHandException(LoadInRestingHandException e, int frame, double frameTimeS) {
        super("frame " + frame + " (t = " + frameTimeS + " s): " + e.getMessage(), e);
        this.support = e.support;
        this.restingHand = e.restingHand;
        this.loadHands = e.loadHands;
        this.frame = frame;
        this.frameTimeS = frameTimeS;
    }

    /**
     * The same refusal in a frame of a motion: the message begins with the frame's index and time, e.g.
     * {@code "frame 12 (t = 0.4 s): loads: ..."}; this exception is its cause.
     *
     * @param frameIndex the frame's index in the motion (from 0)
     * @param timeS the frame's time (s)
     * @return the refusal naming the frame
     */
    public LoadInRestingHandException inFrame(int frameIndex, double timeS) {
        return new LoadInRestingHandException(this, frameIndex, timeS);
    }

    /** @return the index of the motion frame it was refused in, or -1 outside a motion */
    public int frame() {
        return frame;
    }

    /** @return that frame's time (s), NaN outside a motion */
    public double frameTimeS() {
        return frameTimeS;
    }

    /** @return the support the hand rests on */
    public Support support() {
        return support;
    }

    /** @return the hand that rests on the support ({@link Hands#LEFT} or {@link Hands#RIGHT}) */
    public Hands restingHand() {
        return restingHand;
    }

    /** @return the hand(s) the load is held in */
    public Hands loadHands() {
        return loadHands;
    }
}
