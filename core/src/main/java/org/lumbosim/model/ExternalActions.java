package org.lumbosim.model;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrix3x3;
import org.lumbosim.LoadInRestingHandException;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * The one list of the actions on the body from outside it: gravity on every mass, the
 * d'Alembert inertia of every mass ({@code -m a}) and of thorax and head ({@code -I alpha}) in
 * inverse dynamics, the hand loads, the resting supports (which carry a segment's weight where it
 * lies, and the loads held in hands that rest on them: a lying surface, the armrests, or the seat or floor
 * under the thighs that hands rest on), the thighs' push on hands resting on them and on the loads they hold (on the
 * upper body only: the thighs are part of the body), the backrest's push and the support contacts. Each consumer (net loads about every
 * disc, the supports' remainder about the origin, the whole-body balance) adds them in its own
 * order through the per-action methods below, into a force and moment array {@code acc[0..5]}.
 * Allocation-free.
 */
final class ExternalActions {
    private static final int THORAX = Fascicle.Body.THORAX.ordinal();
    private static final double G = TissueConstants.GRAVITY_M_PER_S2;

    /** Hand loads: force (N) and moment about the origin (N·m). */
    private final double[] hand = new double[6];
    /**
     * Per side (left, right): the static vertical force of the loads held at that hand's grip (N, + up):
     * the held masses' weight and the given forces' vertical component, without the held masses' inertia.
     */
    private final double[] gripStaticYN = new double[2];
    /**
     * The push of a resting support under the loads held at the grips: straight up under each grip, by the
     * downward static force of the loads held there ({@link #gripStaticYN}); force (N) and moment about the
     * origin (N·m). The lying surface's or the armrests' ({@link #gripsOnUpperBody}: on the hands, part of the
     * upper body), or
     * that of the seat or the floor under the thighs that hands resting on them lay their loads on (on the
     * thighs); zero where no support carries them.
     */
    private final double[] underGrips = new double[6];
    /** That push's first moment: the sum over the grips of push times position (N·m, x y z). */
    private final double[] underGripsFirstMoment = new double[3];
    /** The support pushing under the grips ({@link Support#ordinal()}), or -1. */
    private int underGripsSupport;
    /** Whether that push acts on the upper body (the lying surface or the armrests under the hands), not on the thighs. */
    private boolean gripsOnUpperBody;
    /**
     * The thighs' push on the hands and wrists resting on them ({@link Support#HANDS_ON_THIGHS}):
     * force (N) and moment about the origin (N·m), on the upper body.
     */
    private final double[] thighPush = new double[6];
    private boolean handsOnThighs;
    /** Per side (left, right): where the hand lies against its thigh's surface. */
    private final ThighSurface[] handThigh = {new ThighSurface(), new ThighSurface()};
    /** Per side: whether the last solve's hand passed into its thigh ({@link ThighSurface#penetrates()}). */
    private final boolean[] handInsideThigh = new boolean[2];
    /** Per side (left, then right): the thighs' push on that hand and wrist, force (N, x y z). */
    private final double[] sideThighPushN = new double[6];
    /**
     * Per side (left, then right): where that push acts as one force (m, x y z): between the hand's centre
     * of mass and the wrist, weighted by the two pushes; the hand's centre of mass where there is none.
     */
    private final double[] sideThighPushPointM = new double[6];
    /** Per mass: the resting support that carries its weight where it lies, or -1. */
    private final int[] restingOwner = new int[MassPoint.COUNT];
    private final double[] backrestPoint = new double[3];
    private final double[] backrestForce = new double[3];
    private double backrestForceN;
    private SubjectGeometry geometry;
    private Kinematics pose;
    private FrameDifferences motion;

    /**
     * Sets the actions of a solve: which masses rest on a support, the hand loads (with the held
     * masses' inertia in inverse dynamics), no backrest push yet.
     *
     * @param g the subject's body (not modified)
     * @param p the posture (not modified)
     * @param loads hand loads (not modified)
     * @param kinematics the pose (not modified)
     * @param differences the accelerations (not modified)
     */
    void prepare(SubjectGeometry g, Posture p, List<? extends ExternalLoad> loads, Kinematics kinematics,
                 FrameDifferences differences) {
        geometry = g;
        pose = kinematics;
        motion = differences;
        restingMask(p);
        handLoads(loads, p);
        surfaceUnderGrips(p);
        thighPushes(p);
        backrestForceN = 0;
        Arrays.fill(backrestForce, 0);
    }

    /** Masses carried where they lie by a resting support; the first resting support present claims each. */
    private void restingMask(Posture p) {
        boolean all = p.has(Support.LYING_SURFACE);
        boolean trunk = p.has(Support.TRUNK_RESTING);
        boolean pelvis = p.has(Support.PELVIS_ON_FLOOR);
        boolean legs = p.has(Support.LEGS_ON_FLOOR);
        boolean armrests = p.has(Support.ARMRESTS);
        for (MassPoint mp : MassPoint.ALL) {
            int owner = -1;
            if (all) {
                owner = Support.LYING_SURFACE.ordinal();
            } else if (trunk && mp.region == MassPoint.Region.TRUNK) {
                owner = Support.TRUNK_RESTING.ordinal();
            } else if (pelvis && mp.region == MassPoint.Region.PELVIS) {
                owner = Support.PELVIS_ON_FLOOR.ordinal();
            } else if (legs && mp.region == MassPoint.Region.LEG) {
                owner = Support.LEGS_ON_FLOOR.ordinal();
            } else if (armrests && mp.region == MassPoint.Region.FOREARM) {
                owner = Support.ARMRESTS.ordinal();
            }
            restingOwner[mp.ordinal()] = owner;
        }
    }

    /**
     * The thighs' push on hands resting on them ({@link Support#HANDS_ON_THIGHS}), per side: the
     * hand's weight at its centre of mass, and at the wrist the share of the forearm's weight that
     * balances the forearm's moments about a relaxed elbow. The forearm's centre of mass lies on the
     * elbow-wrist line at {@code forearmCom} of its length from the elbow, so its horizontal distance
     * from the elbow is that fraction of the wrist's, in any direction, and the share is that
     * fraction of the weight at every forearm angle (an exactly vertical forearm, where the moments
     * leave it undetermined, keeps that limit). Masses a resting support already carries are left out.
     * Only a hand that touches its thigh is carried: its centre of mass over the thigh (between its hip
     * and knee) and within {@link Support#CONTACT_TOLERANCE_M} of the thigh's surface
     * ({@link ThighSurface#measureCone}, the thigh's cone about its own hip-knee axis: the hand lies on
     * its upper outer flank). A hand clear of it hangs from
     * the arm as without the support; one inside it by more is flagged ({@link #handInsideThigh(int)}).
     * A load held at the grip of a hand resting on its thigh lies in the lap: the thigh pushes up under the
     * grip (the hand's centre of mass) by the load's downward static force too ({@link #gripStaticYN}), as a
     * hand on the floor passes its load into the floor, and the thigh passes it on to what carries the thigh
     * where it lies: the seat under it ({@link Support#SEAT}) or the floor under legs lying on it
     * ({@link Support#LEGS_ON_FLOOR}), a push under the grip ({@link #underGrips}, on the thigh); with
     * neither, the legs pass it to the lower contacts by the whole body's balance. The seat carries the thigh's
     * load beneath it, not under the ischial tuberosities where its contacts carry the body: through them it
     * would reach the pelvis behind the hips and tip the upper body forward (sitting_unsupported, 10 kg: psoas
     * 57.2 to 52.8 N, L5-S1 468.7 to 464.7 N); the thighs' own weight still goes to the ischial contacts (the
     * thighs' share of the seat load is not modelled). An upward or horizontal part of a hand force, and in a
     * motion the held mass's inertia, act on the arm.
     */
    private void thighPushes(Posture p) {
        Arrays.fill(thighPush, 0);
        Arrays.fill(handInsideThigh, false);
        Arrays.fill(sideThighPushN, 0);
        handsOnThighs = p.has(Support.HANDS_ON_THIGHS);
        if (!handsOnThighs) {
            return;
        }
        int lap = p.has(Support.SEAT) ? Support.SEAT.ordinal()
                : p.has(Support.LEGS_ON_FLOOR) ? Support.LEGS_ON_FLOOR.ordinal() : -1;
        double[] w = pose.massWorld;
        double[] lm = pose.segWorld;
        for (int side = 0; side < 2; side++) {
            int hand = MassPoint.of(MassPoint.HAND_LEFT, side);
            ThighSurface thigh = handThigh[side];
            int hip = 3 * (Landmark.HIP_LEFT.ordinal() + side);
            int knee = 3 * (Landmark.KNEE_LEFT.ordinal() + side);
            thigh.measureCone(w[3 * hand], w[3 * hand + 1], w[3 * hand + 2], lm[hip], lm[hip + 1], lm[hip + 2],
                    lm[knee], lm[knee + 1], lm[knee + 2], geometry.trunkThigh.thighProximalRadiusM,
                    geometry.trunkThigh.thighDistalRadiusM);
            handInsideThigh[side] = thigh.penetrates();
            System.arraycopy(w, 3 * hand, sideThighPushPointM, 3 * side, 3);
            if (!thigh.touches()) {
                continue;
            }
            double handN = 0;
            if (!resting(hand)) {
                // the hand's weight and the load held at its grip (the hand's centre of mass)
                double loadN = Math.max(0, -gripStaticYN[side]);
                if (loadN > 0 && lap >= 0) {
                    underGripsSupport = lap;
                    pushUnderGrip(side, w, 3 * hand);
                }
                handN = weightN(hand) + loadN;
                addForce(thighPush, 0, handN, 0, w[3 * hand], w[3 * hand + 1], w[3 * hand + 2]);
            }
            int forearm = MassPoint.of(MassPoint.FOREARM_LEFT, side);
            int o = 3 * (Landmark.WRIST_LEFT.ordinal() + side);
            double wristN = 0;
            if (!resting(forearm)) {
                wristN = geometry.forearmCom * weightN(forearm);
                addForce(thighPush, 0, wristN, 0, lm[o], lm[o + 1], lm[o + 2]);
            }
            sidePush(side, handN, w, 3 * hand, wristN, lm, o);
        }
    }

    /**
     * Records one side's push on the hand (at the hand's centre of mass {@code at[a..a+2]}) and on the
     * wrist ({@code wrist[b..b+2]}) as one upward force at the point where the two balance.
     */
    private void sidePush(int side, double handN, double[] at, int a, double wristN, double[] wrist, int b) {
        double total = handN + wristN;
        sideThighPushN[3 * side + 1] = total;
        if (total > 0) {
            for (int k = 0; k < 3; k++) {
                sideThighPushPointM[3 * side + k] = (handN * at[a + k] + wristN * wrist[b + k]) / total;
            }
        }
    }

    /**
     * The push under the grips of the resting support that carries the hands where they lie: the lying
     * surface ({@link Support#LYING_SURFACE}) or the armrests ({@link Support#ARMRESTS}). It carries every
     * segment where it lies, the hands too, so it carries the load held at a grip there as well: straight up
     * under each grip, by the load's downward static force ({@link #gripStaticYN}), as a hand on the floor
     * passes its load into the floor. A push on the upper body: for a hand lying on the surface or on its
     * armrest it acts where the hand lies; for arms held up off a lying surface (lying on the back, a weight
     * held above the chest) the load passes down the arms to the thorax and the surface pushes under the
     * thorax on the same vertical line, which for a vertical force is the same push (a vertical force's moment
     * about every point depends only on its vertical line). Where that line falls beyond the upper body (hands
     * held over the abdomen or pelvis) the surface shifts its push under the upper body instead, a couple
     * bounded by the upper body's weight as are its couples on the passive tissues ({@link Supports#lyingSurface});
     * not checked. The armrests hold the forearms and the hand hangs over their front ends: they carry the hand
     * at its centre of mass and the load at its grip, as they carry the forearm where it lies (the forearm
     * pressed on its armrest, a lever about the front end, holds the hand and its load; this model, as for the
     * hand's weight, does not check that the forearm's weight and the armrest's length suffice). Whether the
     * hands lie on the armrests is the posture's declared support, as for their weight: the model has no
     * armrest geometry; with a lying surface too the surface claims the hands first ({@link #restingMask}).
     * An upward or horizontal part of a load, a load at a given point, and in a motion the held mass's inertia
     * act on the body as before (to the contacts or the base under it).
     */
    private void surfaceUnderGrips(Posture p) {
        Arrays.fill(underGrips, 0);
        Arrays.fill(underGripsFirstMoment, 0);
        underGripsSupport = -1;
        int owner = restingOwner[MassPoint.HAND_LEFT.ordinal()];
        gripsOnUpperBody = owner == Support.LYING_SURFACE.ordinal() || owner == Support.ARMRESTS.ordinal();
        if (!gripsOnUpperBody) {
            return;
        }
        underGripsSupport = owner;
        double[] lm = pose.segWorld;
        for (int side = 0; side < 2; side++) {
            pushUnderGrip(side, lm, 3 * (Landmark.GRIP_LEFT.ordinal() + side));
        }
    }

    /**
     * Adds to {@link #underGrips} the push under one side's grip (at {@code at[a..a+2]}) of the downward
     * static force of the loads held there, if any (none where they do not point down).
     */
    private void pushUnderGrip(int side, double[] at, int a) {
        double down = Math.max(0, -gripStaticYN[side]);
        if (down > 0) {
            addForce(underGrips, 0, down, 0, at[a], at[a + 1], at[a + 2]);
            for (int k = 0; k < 3; k++) {
                underGripsFirstMoment[k] += down * at[a + k];
            }
        }
    }

    /**
     * Sums hand loads into a force and a moment about the origin.
     *
     * @throws LoadInRestingHandException for a load held (at the grip) in a hand that rests on
     *     {@link Support#HANDS}: it would act where the floor pushes on that hand and pass straight into
     *     the floor, whereas the contacts' minimum-norm share ({@link Supports#contacts}) would spread it
     *     over every contact and change how the body's own weight is shared
     */
    private void handLoads(List<? extends ExternalLoad> loads, Posture p) {
        double[] h = hand;
        java.util.Arrays.fill(h, 0);
        Arrays.fill(gripStaticYN, 0);
        double[] lm = pose.segWorld;
        LoadInRestingHandException.refuseIfHeldInRestingHand(p, loads);
        for (int i = 0, n = loads.size(); i < n; i++) {
            ExternalLoad l = loads.get(i);
            if (l instanceof HandLoad hl) {
                double fx = hl.forceXN();
                double fy = hl.forceYN() - hl.massKg() * G;
                double fz = hl.forceZN();
                if (hl.positionM() != null) {
                    addForce(h, fx, fy, fz, hl.positionM().xM(), hl.positionM().yM(), hl.positionM().zM());
                } else {
                    double share = hl.hands() == Hands.BOTH ? 1.0 / 2 : 1;
                    double m = share * hl.massKg();
                    if (hl.hands() != Hands.RIGHT) {
                        int o = 3 * Landmark.GRIP_LEFT.ordinal();
                        gripStaticYN[0] += share * fy;
                        addForce(h, share * fx - m * motion.landmarkAccel(o), share * fy - m * motion.landmarkAccel(o + 1),
                                share * fz - m * motion.landmarkAccel(o + 2), lm[o], lm[o + 1], lm[o + 2]);
                    }
                    if (hl.hands() != Hands.LEFT) {
                        int o = 3 * Landmark.GRIP_RIGHT.ordinal();
                        gripStaticYN[1] += share * fy;
                        addForce(h, share * fx - m * motion.landmarkAccel(o), share * fy - m * motion.landmarkAccel(o + 1),
                                share * fz - m * motion.landmarkAccel(o + 2), lm[o], lm[o + 1], lm[o + 2]);
                    }
                }
            }
        }
    }

    /** Adds a force (fx, fy, fz) at (x, y, z) to a force and moment about the origin, {@code h[0..5]}. */
    static void addForce(double[] h, double fx, double fy, double fz, double x, double y, double z) {
        h[0] += fx;
        h[1] += fy;
        h[2] += fz;
        h[3] += y * fz - z * fy;
        h[4] += z * fx - x * fz;
        h[5] += x * fy - y * fx;
    }

    // ---------------------------------------------------------------- hand loads

    /** Sets {@code acc} to the hand loads about the origin. */
    void handAboutOrigin(double[] acc) {
        System.arraycopy(hand, 0, acc, 0, 6);
    }

    /**
     * Sets {@code acc} to the hand loads about the point (cx, cy, cz). Bitwise the same as writing
     * them: {@code 0.0 + v} is {@code v} for every sum {@code v} of {@link #addAbout}, which is
     * never {@code -0.0} (the hand loads are sums that start from {@code +0.0}).
     */
    void handAbout(double[] acc, double cx, double cy, double cz) {
        Arrays.fill(acc, 0, 6, 0.0);
        addAbout(acc, hand, cx, cy, cz);
    }

    /**
     * Adds a force and its moment about the origin, {@code aboutOrigin[0..5]}, to {@code acc} about
     * the point C = (cx, cy, cz): the moment about C is M0 - C x F.
     */
    private static void addAbout(double[] acc, double[] aboutOrigin, double cx, double cy, double cz) {
        double fx = aboutOrigin[0], fy = aboutOrigin[1], fz = aboutOrigin[2];
        acc[0] += fx;
        acc[1] += fy;
        acc[2] += fz;
        acc[3] += aboutOrigin[3] - (cy * fz - cz * fy);
        acc[4] += aboutOrigin[4] - (cz * fx - cx * fz);
        acc[5] += aboutOrigin[5] - (cx * fy - cy * fx);
    }

    // ---------------------------------------------------------------- supports under the loads at the grips

    /** Adds the push of a support under the loads held at the grips, if any, about the origin (a reaction on the body). */
    void addUnderGrips(double[] acc) {
        if (underGripsSupport >= 0) {
            for (int i = 0; i < 6; i++) {
                acc[i] += underGrips[i];
            }
        }
    }

    /**
     * Adds the push of a support under the loads held at the grips about the point (cx, cy, cz) where it acts
     * on the upper body (the lying surface or the armrests under the hands), nothing where it acts on the thighs.
     */
    void addUnderGripsOnUpperBodyAbout(double[] acc, double cx, double cy, double cz) {
        if (gripsOnUpperBody && underGripsSupport >= 0) {
            addAbout(acc, underGrips, cx, cy, cz);
        }
    }

    /** @return the support pushing under the loads held at the grips ({@link Support#ordinal()}), or -1 */
    int underGripsSupport() {
        return underGripsSupport;
    }

    /** @return that support's push under the grips (N, upward), zero without one or a held load */
    double underGripsN() {
        return underGrips[1];
    }

    /**
     * @param axis 0 x, 1 y, 2 z
     * @return that push's first moment along the axis: the sum over the grips of push times position (N·m)
     */
    double underGripsFirstMomentNm(int axis) {
        return underGripsFirstMoment[axis];
    }

    // ---------------------------------------------------------------- hands resting on the thighs

    /** Adds the thighs' push on hands resting on them, if any, about the point (cx, cy, cz). */
    void addThighPushAbout(double[] acc, double cx, double cy, double cz) {
        if (handsOnThighs) {
            addAbout(acc, thighPush, cx, cy, cz);
        }
    }

    /** @return the thighs' upward push on the hands and wrists resting on them, both sides (N), zero without */
    double thighPushN() {
        return thighPush[1];
    }

    /**
     * @param side 0 left, 1 right
     * @param axis 0 x, 1 y, 2 z
     * @return the thighs' push on that hand and wrist, by component (N; upward), zero without
     *     {@link Support#HANDS_ON_THIGHS} or where the hand is clear of its thigh
     */
    double sideThighPushN(int side, int axis) {
        return sideThighPushN[3 * side + axis];
    }

    /**
     * @param side 0 left, 1 right
     * @param axis 0 x, 1 y, 2 z
     * @return with {@link Support#HANDS_ON_THIGHS}, where that side's push acts as one force (m): between
     *     the hand's centre of mass and the wrist, weighted by their pushes; the hand's centre of mass
     *     where there is no push
     */
    double sideThighPushPointM(int side, int axis) {
        return sideThighPushPointM[3 * side + axis];
    }

    /**
     * @param side 0 left, 1 right
     * @return with {@link Support#HANDS_ON_THIGHS}, the distance of that hand's centre of mass from its
     *     thigh's surface (m): positive = clear of it, negative = inside it; not meaningful without
     */
    double handThighGapM(int side) {
        return handThigh[side].gapM;
    }

    /**
     * @param side 0 left, 1 right
     * @return whether, with {@link Support#HANDS_ON_THIGHS}, that hand lay over its thigh and more than
     *     {@link Support#CONTACT_TOLERANCE_M} inside it
     */
    boolean handInsideThigh(int side) {
        return handInsideThigh[side];
    }

    // ---------------------------------------------------------------- gravity and resting supports

    /**
     * @param m a mass
     * @return whether a resting support carries its weight where it lies (its gravity then does
     *     not load the spine or the contacts)
     */
    boolean resting(int m) {
        return restingOwner[m] >= 0;
    }

    /**
     * @param m a mass
     * @return the resting support carrying it ({@link Support#ordinal()}), or -1
     */
    int restingSupport(int m) {
        return restingOwner[m];
    }

    /** @return the weight of mass {@code m} (N) */
    double weightN(int m) {
        return geometry.massKg[m] * G;
    }

    /** Adds the gravity on mass {@code m}, about the origin. */
    void addGravity(double[] acc, int m) {
        double[] w = pose.massWorld;
        addForce(acc, 0, -geometry.massKg[m] * G, 0, w[3 * m], w[3 * m + 1], w[3 * m + 2]);
    }

    /** Adds the gravity on mass {@code m}, about the point (cx, ., cz) (a vertical force has no moment about y). */
    void addGravityAbout(double[] acc, int m, double cx, double cz) {
        double[] w = pose.massWorld;
        double wy = -geometry.massKg[m] * G;
        double rx = w[3 * m] - cx, rz = w[3 * m + 2] - cz;
        acc[1] += wy;
        // r x (0, wy, 0) = (-rz*wy, 0, rx*wy)
        acc[3] -= rz * wy;
        acc[5] += rx * wy;
    }

    /** Adds the push of the resting support carrying mass {@code m} (its weight, upwards), about the origin. */
    void addRestingReaction(double[] acc, int m) {
        double[] w = pose.massWorld;
        addForce(acc, 0, weightN(m), 0, w[3 * m], w[3 * m + 1], w[3 * m + 2]);
    }

    // ---------------------------------------------------------------- inertia (inverse dynamics only)

    /** @return whether inertia acts (inverse dynamics) */
    boolean dynamic() {
        return motion.dynamic();
    }

    /** Adds the d'Alembert force {@code -m a} of mass {@code m}, about the origin. */
    void addInertia(double[] acc, int m) {
        double[] w = pose.massWorld;
        double[] a = motion.massAccel;
        double mass = geometry.massKg[m];
        addForce(acc, -mass * a[3 * m], -mass * a[3 * m + 1], -mass * a[3 * m + 2], w[3 * m], w[3 * m + 1], w[3 * m + 2]);
    }

    /**
     * Adds the d'Alembert force {@code -m a} of mass {@code m}, about the point (cx, cy, cz): the force
     * at the mass's place relative to that point, r x F with r = (mass - C).
     */
    void addInertiaAbout(double[] acc, int m, double cx, double cy, double cz) {
        double[] w = pose.massWorld;
        double[] a = motion.massAccel;
        double mass = geometry.massKg[m];
        addForce(acc, -mass * a[3 * m], -mass * a[3 * m + 1], -mass * a[3 * m + 2],
                w[3 * m] - cx, w[3 * m + 1] - cy, w[3 * m + 2] - cz);
    }

    /** Adds the inertial moment {@code -I alpha} of thorax and head (a couple: the same about every point). */
    void addInertialMoment(double[] acc) {
        acc[3] += motion.inertialMoment[0];
        acc[4] += motion.inertialMoment[1];
        acc[5] += motion.inertialMoment[2];
    }

    // ---------------------------------------------------------------- backrest

    /**
     * Sets the backrest's push: along the thorax's anterior axis, at the thoracic centre of mass.
     *
     * @param forceN its magnitude (N), positive
     */
    void setBackrest(double forceN) {
        DMatrix3x3 o = pose.orient[THORAX];
        int t = MassPoint.THORACIC.offset();
        backrestForceN = forceN;
        backrestPoint[0] = pose.massWorld[t];
        backrestPoint[1] = pose.massWorld[t + 1];
        backrestPoint[2] = pose.massWorld[t + 2];
        backrestForce[0] = forceN * o.a11;
        backrestForce[1] = forceN * o.a21;
        backrestForce[2] = forceN * o.a31;
    }

    /** @return the backrest's push in this solve (N), zero without one */
    double backrestForceN() {
        return backrestForceN;
    }

    /**
     * @param axis 0 x, 1 y, 2 z
     * @return where the backrest pushed in the last solve with a push (m)
     */
    double backrestPointM(int axis) {
        return backrestPoint[axis];
    }

    /**
     * @param axis 0 x, 1 y, 2 z
     * @return the backrest's force in the last solve with a push (N)
     */
    double backrestForceN(int axis) {
        return backrestForce[axis];
    }

    /** Adds the backrest's push, if any, about the origin. */
    void addBackrest(double[] acc) {
        if (backrestForceN != 0) {
            addForce(acc, backrestForce[0], backrestForce[1], backrestForce[2],
                    backrestPoint[0], backrestPoint[1], backrestPoint[2]);
        }
    }

    // ---------------------------------------------------------------- contacts

    /** Adds every support reaction of the solve (point contacts and the base resultant with its twist), about the origin. */
    void addContacts(double[] acc, Supports supports) {
        double[] f = supports.contactForce;
        double[] x = supports.contactPoint;
        for (int c = 0, n = supports.reactionCount(); c < n; c++) {
            addForce(acc, f[3 * c], f[3 * c + 1], f[3 * c + 2], x[3 * c], x[3 * c + 1], x[3 * c + 2]);
        }
        acc[4] += supports.baseTwistNm;
    }
}
