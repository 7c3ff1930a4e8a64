package org.lumbosim.model;

import org.ejml.data.DMatrix3x3;
import org.lumbosim.anthropometry.DeLeva1996;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * Supports and their reactions: the backrest's push, which spares every lumbar level a flexor
 * muscle; the thighs' push on a trunk resting on them, which spares the resting body's erector spinae
 * as far as it can without calling on a flexor or pulling a disc apart; the lying surface's couples,
 * which hold a lying posture in passive equilibrium; then
 * whole-body equilibrium, where the remainder of the external actions (about the origin) is
 * balanced by vertical pushes at the posture's point contacts (minimum-norm forces, pushes only; the
 * upper-body contacts' share weighted down where the plain share would pull a lumbar disc apart,
 * {@link #upperWeight}) and friction in proportion to them ({@link Support}, "Friction"), or, when those
 * cannot hold it, by one resultant under the body. The forces on the upper body are added to the loads
 * above every disc.
 * Allocation-free.
 */
final class Supports {
    /** Relative tolerance (of body weight) on the balance of the contact forces. */
    private static final double SUPPORT_TOLERANCE = 1e-7;
    private static final Support[] SUPPORT_VALUES = Support.values();
    /** Point contacts: at most two per support, then one base resultant. */
    private static final int MAX_CONTACTS = 2 * SUPPORT_VALUES.length + 1;
    private static final int THORAX = Fascicle.Body.THORAX.ordinal();
    private static final int SEAT = Support.SEAT.ordinal();
    /**
     * Most passes of the friction that turns the body about the vertical axis: its moments about the
     * horizontal axes change the pushes, which change it (numerical bound, not a model constant).
     */
    private static final int TORSION_PASSES = 100;
    /** Relative tolerance (of body weight, per metre) on the last pass's change of that friction's moments: round-off. */
    private static final double TORSION_TOLERANCE = 1e-12;
    private static final int FEET = Support.FEET.ordinal();
    /**
     * Points of the region a base resultant may act in: each lower point contact as at most three points
     * (a foot's heel and toe tip; the ends of a pelvic outline's chord, and for the seat the knee), then the
     * centre of each mass a resting support under the body carries.
     */
    private static final int MAX_REGION_POINTS = 3 * MAX_CONTACTS + MassPoint.COUNT;
    private static final int PELVIS_ON_FLOOR = Support.PELVIS_ON_FLOOR.ordinal();

    final int[] contactSupport = new int[MAX_CONTACTS];
    final int[] contactSide = new int[MAX_CONTACTS];
    /**
     * Per reaction: the ordinal of the {@link Landmark} it acts at, or -1 where it acts elsewhere (a
     * foot's centre of mass, under an ischial tuberosity, a forearm's middle, a base resultant).
     */
    final int[] contactLandmark = new int[MAX_CONTACTS];
    /** Per reaction: where it acts (m, world). */
    final double[] contactPoint = new double[3 * MAX_CONTACTS];
    /** Per reaction: its force on the body (N, world). */
    final double[] contactForce = new double[3 * MAX_CONTACTS];
    private final double[] remainder = new double[6];
    private final double[] contactMatrix = new double[3 * MAX_CONTACTS];
    private final double[] contactRhs = new double[3];
    private final double[] contactSolution = new double[MAX_CONTACTS];
    /** The refinement step of a weighted share: its right-hand side (the residual) and its correction. */
    private final double[] refineRhs = new double[3];
    private final double[] refineStep = new double[MAX_CONTACTS];
    private final boolean[] contactActive = new boolean[MAX_CONTACTS];
    private final MinimumNorm kernel = new MinimumNorm();
    /** The thighs' push on a trunk resting on them. */
    final TrunkThighContact trunkThighs = new TrunkThighContact();
    /** Whether the last solve's abdomen passed into the thighs ({@link TrunkThighContact#penetrates()}). */
    boolean trunkPassesIntoThighs;
    /** Number of point contacts. */
    int contactCount;
    /** Index of the first point contact on the upper body (thorax, head, arms); the lower ones come before it. */
    int firstUpperContact;
    boolean supportsBalanced = true;
    /** Whether a base resultant follows the point contacts. */
    boolean baseResultant;
    /**
     * The base resultant's moment about the vertical axis (N·m, world y): the twist its contact area
     * (the feet's soles, the seat under the buttocks) gives by friction; zero without a base resultant.
     */
    double baseTwistNm;
    /** The support whose contact would slide in the last solve (its ordinal), or -1. */
    int slidingSupport = -1;
    /** The friction over push that contact needs (zero when none slides). */
    double neededFrictionRatio;
    /** The most its surface gives ({@link #frictionCoefficient}; zero when none slides). */
    double allowedFrictionRatio;
    /**
     * The weight of the upper-body contacts in the minimum-norm share (1: the plain minimum norm). A
     * weight {@code w} minimises the sum of the lower contacts' squared pushes plus the upper contacts'
     * divided by {@code w^2}, so a smaller weight moves the share of the body's weight from the upper
     * contacts to the lower ones as far as equilibrium allows; set by {@link SolvePipeline} where the
     * plain share would pull a lumbar disc apart.
     */
    double upperWeight = 1;
    /**
     * The lumbar level (index) the upper contacts would pull apart in the last solve even with their
     * least share, so that the supports cannot hold the body ({@link #supportsBalanced} is false), or -1.
     */
    int pulledApartLevel = -1;
    /** That level's compression at the upper contacts' least share (N, negative); zero when none. */
    double pulledApartCompressionN;
    /** The upper contact (support ordinal) with the largest push at that share, or -1. */
    int pulledApartSupport = -1;
    /**
     * How far the last solve's base resultant acted outside the region of the contacts it stands for
     * (m, horizontal, beyond {@link #baseAllowedM}), so that {@link #supportsBalanced} is
     * false; zero when it acted within it or there was none.
     */
    double baseOutsideM;
    /** How far outside that region it may act (m): {@link Support#CONTACT_TOLERANCE_M}, or the legs' length for the feet alone. */
    double baseAllowedM;
    /**
     * Whether the last base resultant stood for the feet alone (no other contact, no segment resting under
     * the body): its centre of pressure may then lie as far from the feet the model places as the legs are
     * long (thigh and shank). Standing, the body above the feet is free to shift over them (the hips back,
     * the ankles and knees bent) without changing any lumbar load, and this model's kinematics do not resolve
     * that shift ({@link Support}, last item); no shift moves the body further from its feet than its legs
     * reach (a geometric bound, not a measured one). With a seat, knees, the pelvis or a segment on a
     * surface the body is held where they are: {@link Support#CONTACT_TOLERANCE_M}.
     */
    private boolean feetAlone;
    /** The region's points (m, world x and z), then its convex hull's (counter-clockwise). */
    private final double[] regionX = new double[MAX_REGION_POINTS];
    private final double[] regionZ = new double[MAX_REGION_POINTS];
    private final double[] hullX = new double[MAX_REGION_POINTS + 1];
    private final double[] hullZ = new double[MAX_REGION_POINTS + 1];
    /** The pushes' centre of the last friction step (m, world x and z). */
    private double centroidX;
    private double centroidZ;

    /** @return number of reactions: the point contacts, then the base resultant if any */
    int reactionCount() {
        return baseResultant ? contactCount + 1 : contactCount;
    }

    // ---------------------------------------------------------------- backrest

    /**
     * The backrest pushes just hard enough that no lumbar level needs a flexor muscle: at each level
     * the moment on the body above that would extend it, from the external actions and from the
     * passive tissues resisting the level's flexion (a flexed lumbar spine's stretched ligaments pull
     * the upper body backwards), is what the abdominal muscles would otherwise hold; the push is the
     * largest of the levels' needs, so that a person leaning back relaxes them. It cannot pull. Its
     * push is set in {@code actions} and added to the loads above every disc. On a lying surface
     * ({@link #lyingSurface}) the surface already holds the passive tissues' moments, so the backrest
     * counts the external moment alone: a support another one already carries is not carried twice
     * (counted twice, the backrest pushed the trunk forward against moments the surface also cancelled,
     * the extensors held that push, and a load in front, shrinking it, lowered the compression).
     *
     * @param tissue the passive tissues' moments at the prescribed posture (not modified)
     * @param lying whether a lying surface holds the passive tissues' moments
     */
    void backrest(Kinematics pose, ExternalActions actions, NetLoads net, TissueLoads tissue, boolean lying) {
        DMatrix3x3 o = pose.orient[THORAX];
        double dx = o.a11, dy = o.a21, dz = o.a31;
        int t = MassPoint.THORACIC.offset();
        double rx = pose.massWorld[t], ry = pose.massWorld[t + 1], rz = pose.massWorld[t + 2];
        double[] fr = pose.discFrame;
        double[] j = pose.jointWorld;
        double force = 0;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double lx = fr[9 * k + 6], ly = fr[9 * k + 7], lz = fr[9 * k + 8];
            double ax = rx - j[3 * k], ay = ry - j[3 * k + 1], az = rz - j[3 * k + 2];
            // moment of a unit push about the disc centre, (r - c) x d, on the level's lateral axis
            double perUnit = (ay * dz - az * dy) * lx + (az * dx - ax * dz) * ly + (ax * dy - ay * dx) * lz;
            // + = extends the body above: the external moment plus the passive tissues' (resisting flexion)
            double need = net.extMoment[3 * k] * lx + net.extMoment[3 * k + 1] * ly + net.extMoment[3 * k + 2] * lz
                    + (lying ? 0 : tissue.passiveAxisMomentNm[3 * k]);
            if (perUnit < 0 && need > 0) {
                force = Math.max(force, -need / perUnit);
            }
        }
        if (force == 0) {
            return;
        }
        actions.setBackrest(force);
        net.addPointForce(force * dx, force * dy, force * dz, rx, ry, rz, pose);
    }

    // ---------------------------------------------------------------- trunk on the thighs

    /**
     * Hands resting on the thighs ({@link Support#HANDS_ON_THIGHS}): a hand that passes into its thigh
     * ({@link ExternalActions#handInsideThigh(int)}) leaves the supports unable to hold the body. Call
     * after the contacts.
     *
     * @param actions the external actions of the solve, prepared (not modified)
     */
    void handsOnThighs(ExternalActions actions) {
        if (actions.handInsideThigh(0) || actions.handInsideThigh(1)) {
            supportsBalanced = false;
        }
    }

    /**
     * The thighs' push on a trunk bent forward onto them ({@link Support#TRUNK_ON_THIGHS},
     * {@link TrunkThighContact}): none without that support. Call after the contacts, whose pushes on
     * the upper body it counts. An abdomen that passes into the thighs
     * ({@link TrunkThighContact#penetrates()}) leaves the supports unable to hold the body.
     *
     * @param net the net loads (modified: the push is added above every disc)
     * @param tissue the passive tissues' moments at the prescribed posture (not modified)
     */
    void trunkOnThighs(Posture p, SubjectGeometry g, Kinematics pose, NetLoads net, TissueLoads tissue) {
        trunkThighs.forceN = 0;
        trunkPassesIntoThighs = false;
        if (!p.has(Support.TRUNK_ON_THIGHS)) {
            return;
        }
        trunkThighs.place(g, pose);
        if (trunkThighs.penetrates()) {
            trunkPassesIntoThighs = true;
            supportsBalanced = false;
            return;
        }
        trunkThighs.push(net, tissue, pose);
    }

    // ---------------------------------------------------------------- lying surface

    /**
     * The lying surface holds a lying posture in its passive equilibrium. A body relaxed on a surface
     * settles where gravity, the surface's reaction and its passive tissues balance: lying on the
     * side, the waist sags until shoulder and greater trochanter both touch, and the floor, pushing
     * there rather than under every mass, bends the lumbar spine against its ligaments and discs.
     * This model cancels gravity where each mass lies and does not resolve how the reaction divides
     * between shoulder, waist and hip; it takes the division that balances the passive tissues: at
     * every level the surface adds to the moment on the body above the couple that cancels the
     * passive tissues' moment there (all three axes), and the opposite couple on the body below, so
     * the whole body's balance and every force are unchanged. A posture on a lying surface is thus a
     * relaxed one: its muscles act only for hand loads and inertia. (The couple a real surface can
     * give is bounded, by the upper body's weight times the distance from its centre of mass to the
     * shoulder's contact; not checked.) Call after the abdominal pressure, which follows the
     * muscles' effort, not the surface's reaction.
     *
     * @param tissue the passive tissues' moments at the prescribed posture (not modified)
     * @param net the net loads (modified: the couples are added and resolved again)
     */
    void lyingSurface(Kinematics pose, NetLoads net, TissueLoads tissue) {
        double[] fr = pose.discFrame;
        double[] p = tissue.passiveAxisMomentNm;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            int o = 9 * k;
            // the passive moment in world axes: its normal, anterior and lateral components on the disc's axes
            for (int i = 0; i < 3; i++) {
                net.extMoment[3 * k + i] -= p[3 * k + 2] * fr[o + i] + p[3 * k + 1] * fr[o + 3 + i]
                        + p[3 * k] * fr[o + 6 + i];
            }
        }
        net.resolve(pose);
    }

    // ---------------------------------------------------------------- contacts

    /** Adds one point contact (vertical push) of a support at (x, y, z), at a landmark (its ordinal) or -1. */
    private void addContact(Support s, int side, int landmark, double x, double y, double z) {
        int c = contactCount++;
        contactSupport[c] = s.ordinal();
        contactSide[c] = side;
        contactLandmark[c] = landmark;
        contactPoint[3 * c] = x;
        contactPoint[3 * c + 1] = y;
        contactPoint[3 * c + 2] = z;
        contactForce[3 * c] = 0;
        contactForce[3 * c + 1] = 0;
        contactForce[3 * c + 2] = 0;
    }

    private void addLandmarkContacts(Posture p, double[] lm, Support s, Landmark left) {
        for (int side = 0; side < 2; side++) {
            if (s.actsOnSide(p.bodyRollDeg(), side == 1)) {
                int o = 3 * (left.ordinal() + side);
                addContact(s, side, left.ordinal() + side, lm[o], lm[o + 1], lm[o + 2]);
            }
        }
    }

    /**
     * The seat's two point contacts, one under each ischial tuberosity: the tuberosity's inferior
     * outline is a circle about a point fixed to the pelvis ({@link IschialTuberosityGeometry}), so
     * it touches a horizontal seat straight below that centre, placed by the pelvis's pose (the
     * pelvis frame's origin is L5-S1, the world origin), one radius lower. The seat pushes there, on
     * the pelvis, so that the hip equation ({@link HipFlexors}) sees the moment of its push about the
     * hip axis: with the tuberosities about 2 cm behind the hip joint centres the seat, not the
     * psoas, holds part of the pelvis and trunk that lie behind the hips.
     */
    private void seatContacts(SubjectGeometry g, Kinematics pose) {
        DMatrix3x3 o = pose.orient[0];
        for (int side = 0; side < 2; side++) {
            double x = g.ischiumX, y = g.ischiumY, z = side == 0 ? -g.ischiumZ : g.ischiumZ;
            addContact(Support.SEAT, side, -1, o.a11 * x + o.a12 * y + o.a13 * z,
                    o.a21 * x + o.a22 * y + o.a23 * z - g.ischiumRadiusM, o.a31 * x + o.a32 * y + o.a33 * z);
        }
    }

    /** Point contacts of the posture, lower-body supports first (the friction order of {@link Support}). */
    private void contactPoints(Posture p, SubjectGeometry g, Kinematics pose) {
        contactCount = 0;
        double[] w = pose.massWorld;
        double[] lm = pose.segWorld;
        if (p.has(Support.FEET)) {
            for (int side = 0; side < 2; side++) {
                if (Support.FEET.actsOnSide(p.bodyRollDeg(), side == 1)) {
                    int o = 3 * MassPoint.of(MassPoint.FOOT_LEFT, side);
                    addContact(Support.FEET, side, -1, w[o], w[o + 1], w[o + 2]);
                }
            }
        }
        if (p.has(Support.SEAT)) {
            seatContacts(g, pose);
        }
        if (p.has(Support.KNEES)) {
            addLandmarkContacts(p, lm, Support.KNEES, Landmark.KNEE_LEFT);
        }
        if (p.has(Support.PELVIS_ON_FLOOR)) {
            addLandmarkContacts(p, lm, Support.PELVIS_ON_FLOOR, Landmark.PELVIS_REST_LEFT);
        }
        firstUpperContact = contactCount;
        if (p.has(Support.HANDS)) {
            addLandmarkContacts(p, lm, Support.HANDS, Landmark.GRIP_LEFT);
        }
        if (p.has(Support.FOREARMS)) {
            for (int side = 0; side < 2; side++) {
                int e = 3 * (Landmark.ELBOW_LEFT.ordinal() + side);
                int r = 3 * (Landmark.WRIST_LEFT.ordinal() + side);
                if (!Support.FOREARMS.actsOnSide(p.bodyRollDeg(), side == 1)) {
                    continue;
                } else if (!Support.FOREARMS.actsOnSide(p.bodyRollDeg(), side == 0)) {
                    // the one forearm of a body on its side lies along the floor: elbow and wrist
                    addContact(Support.FOREARMS, side, Landmark.ELBOW_LEFT.ordinal() + side, lm[e], lm[e + 1], lm[e + 2]);
                    addContact(Support.FOREARMS, side, Landmark.WRIST_LEFT.ordinal() + side, lm[r], lm[r + 1], lm[r + 2]);
                    continue;
                }
                addContact(Support.FOREARMS, side, -1, (lm[e] + lm[r]) / 2, (lm[e + 1] + lm[r + 1]) / 2,
                        (lm[e + 2] + lm[r + 2]) / 2);
            }
        }
        if (p.has(Support.SHOULDERS)) {
            addLandmarkContacts(p, lm, Support.SHOULDERS, Landmark.SHOULDER_LEFT);
        }
        if (p.has(Support.TRUNK_RESTING) && !p.has(Support.LYING_SURFACE)) {
            addLandmarkContacts(p, lm, Support.TRUNK_RESTING, Landmark.SHOULDER_LEFT);
        }
    }

    /**
     * Whole-body equilibrium: the sum of gravity on the segments not resting on a support, inertia,
     * hand loads less what a resting support carries of them under the grips (a lying surface, the seat or
     * floor under thighs that hands holding them rest on), and the backrest (the
     * "remainder", about the origin) is balanced by vertical pushes
     * at the point contacts and friction in proportion to each push (the whole body's horizontal over
     * vertical force, plus a twist field about the pushes' centre for the moment about the vertical
     * axis, iterated with the pushes since its moments move them); a seat contact needing more than
     * its measured coefficient slides ({@link #slidingSupport}). The forces on the upper body are then
     * added to the loads above every disc.
     *
     * @param p the posture (not modified)
     * @param g the subject's body (not modified)
     * @param pose the pose (not modified)
     * @param actions the external actions (not modified)
     * @param net the net loads (modified: the upper contacts' pushes are added)
     */
    void contacts(Posture p, SubjectGeometry g, Kinematics pose, ExternalActions actions, NetLoads net) {
        contactPoints(p, g, pose);
        double[] r = remainder;
        actions.handAboutOrigin(r);
        actions.addUnderGrips(r);
        boolean dynamic = actions.dynamic();
        for (int m = 0; m < MassPoint.COUNT; m++) {
            if (!actions.resting(m)) {
                actions.addGravity(r, m);
            }
            if (dynamic) {
                actions.addInertia(r, m);
            }
        }
        if (dynamic) {
            actions.addInertialMoment(r);
        }
        actions.addBackrest(r);
        int n = contactCount;
        supportsBalanced = true;
        pulledApartLevel = -1;
        pulledApartCompressionN = 0;
        pulledApartSupport = -1;
        baseResultant = false;
        baseTwistNm = 0;
        slidingSupport = -1;
        neededFrictionRatio = 0;
        allowedFrictionRatio = 0;
        baseOutsideM = 0;
        baseAllowedM = 0;
        double scale = g.bodyWeightN;
        if (n == 0) {
            baseResultant(p, g, pose, actions, scale);
            return;
        }
        // friction in proportion to the pushes: the whole-body ratio of horizontal to vertical force
        // (no push, no friction: then nothing horizontal may remain)
        double load = -r[1];
        boolean pushed = load > SUPPORT_TOLERANCE * scale;
        boolean ok = pushed || Math.hypot(r[0], r[2]) <= SUPPORT_TOLERANCE * scale;
        double lx = pushed ? -r[0] / load : 0;
        double lz = pushed ? -r[2] / load : 0;
        double[] a = contactMatrix;
        double torsionMx = 0;
        double torsionMz = 0;
        double omega = 0;
        boolean settled = false;
        boolean balanced = false;
        for (int pass = 0; ok && !settled && pass < TORSION_PASSES; pass++) {
            // a push f with its friction (lx f, lz f) at (x, y, z): column (1, -z + y lz, x - y lx) for Fy, Mx, Mz;
            // an upper contact's column scaled by its weight in the share (its push = weight x kernel unknown)
            for (int c = 0; c < n; c++) {
                double x = contactPoint[3 * c], y = contactPoint[3 * c + 1], z = contactPoint[3 * c + 2];
                double w = c >= firstUpperContact ? upperWeight : 1;
                a[3 * c] = w;
                a[3 * c + 1] = w * (-z + y * lz);
                a[3 * c + 2] = w * (x - y * lx);
                contactActive[c] = true;
            }
            contactRhs[0] = -r[1];
            contactRhs[1] = -r[3] - torsionMx;
            contactRhs[2] = -r[5] - torsionMz;
            ok = kernel.solve(a, n, contactRhs, contactActive, contactSolution, true);
            if (ok && upperWeight != 1) {
                // the kernel's ridge is not small against the weighted columns' share of the normal matrix:
                // one step of iterative refinement on the same contacts removes its error
                for (int row = 0; row < 3; row++) {
                    double res = contactRhs[row];
                    for (int c = 0; c < n; c++) {
                        res -= a[3 * c + row] * contactSolution[c];
                    }
                    refineRhs[row] = res;
                }
                kernel.solve(a, n, refineRhs, contactActive, refineStep, false);
                for (int c = 0; c < n; c++) {
                    contactSolution[c] += refineStep[c];
                }
            }
            for (int c = firstUpperContact; c < n; c++) {
                contactSolution[c] *= upperWeight;
                double w = upperWeight;
                a[3 * c] /= w;
                a[3 * c + 1] /= w;
                a[3 * c + 2] /= w;
            }
            double res = 0;
            for (int row = 0; row < 3; row++) {
                double s = -contactRhs[row];
                for (int c = 0; c < n; c++) {
                    s += a[3 * c + row] * contactSolution[c];
                }
                res = Math.max(res, Math.abs(s));
            }
            // judged once the friction has settled: a pass's pushes balance the moments of the friction the
            // previous pass's pushes gave, so an early pass may miss where the settled pushes balance (the
            // first pass, without the twist's friction, put L5-S1 on a base resultant 107 N off the points'
            // loads for 1e-7 deg of twist; docs/tests.md, "Known findings" 17)
            balanced = res <= SUPPORT_TOLERANCE * scale;
            if (!ok) {
                break;
            }
            omega = torsion(n, r[4], lx, lz, scale);
            ok = !Double.isNaN(omega);
            double mx = 0;
            double mz = 0;
            for (int c = 0; ok && c < n; c++) {
                double f = contactSolution[c] * omega * contactPoint[3 * c + 1];
                mx -= f * (contactPoint[3 * c] - centroidX);
                mz -= f * (contactPoint[3 * c + 2] - centroidZ);
            }
            settled = Math.abs(mx - torsionMx) <= TORSION_TOLERANCE * scale
                    && Math.abs(mz - torsionMz) <= TORSION_TOLERANCE * scale;
            torsionMx = mx;
            torsionMz = mz;
        }
        ok &= settled && balanced;
        if (!ok) {
            if (firstUpperContact < n) {
                supportsBalanced = false;
                for (int c = 0; c < n; c++) {
                    contactForce[3 * c + 1] = contactSolution[c];
                }
                return;
            }
            baseResultant(p, g, pose, actions, scale);
            return;
        }
        for (int c = 0; c < n; c++) {
            double f = contactSolution[c];
            contactForce[3 * c] = f * (lx + omega * (contactPoint[3 * c + 2] - centroidZ));
            contactForce[3 * c + 1] = f;
            contactForce[3 * c + 2] = f * (lz - omega * (contactPoint[3 * c] - centroidX));
        }
        checkFriction(n, scale);
        // forces on the upper body load every disc
        for (int c = firstUpperContact; c < n; c++) {
            net.addPointForce(contactForce[3 * c], contactForce[3 * c + 1], contactForce[3 * c + 2],
                    contactPoint[3 * c], contactPoint[3 * c + 1], contactPoint[3 * c + 2], pose);
        }
    }

    /**
     * @return whether the last solve's contacts held the body with some push on the upper body (a
     *     point contact on the thorax, head or arms pushing more than the balance tolerance)
     */
    boolean upperContactsPush(double bodyWeightN) {
        if (!supportsBalanced || baseResultant) {
            return false;
        }
        for (int c = firstUpperContact; c < contactCount; c++) {
            if (contactForce[3 * c + 1] > SUPPORT_TOLERANCE * bodyWeightN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records that the upper contacts, even with their least share, would pull lumbar level {@code level}
     * apart: the supports cannot hold the body ({@link #supportsBalanced} false, {@link #pulledApartLevel}).
     *
     * @param compressionN that level's compression (N, negative)
     */
    void pullsApart(int level, double compressionN) {
        int most = -1;
        double mostN = 0;
        for (int c = firstUpperContact; c < contactCount; c++) {
            if (contactForce[3 * c + 1] > mostN) {
                mostN = contactForce[3 * c + 1];
                most = contactSupport[c];
            }
        }
        pulledApartLevel = level;
        pulledApartCompressionN = compressionN;
        pulledApartSupport = most;
        supportsBalanced = false;
    }

    /**
     * The friction that turns the body about the vertical axis: a field about the pushes' centre
     * (set in {@link #centroidX}, {@link #centroidZ}) in proportion to each push times its distance
     * from that centre (the least sum of squared friction over push, as the translational part), so
     * that with it the moment about the vertical axis is balanced and the friction's sum is unchanged.
     *
     * @param n number of contacts, their pushes in {@code contactSolution}
     * @param my the remainder's moment about the vertical axis (N·m)
     * @param lx the translational friction per newton of push along x
     * @param lz along z
     * @param scale the body weight (N), the tolerances' scale
     * @return the field's rate (friction per newton of push per metre, 1/m), or NaN where a moment remains
     *     that the pushes' spread cannot give (all pushes at one point)
     */
    private double torsion(int n, double my, double lx, double lz, double scale) {
        double sum = 0;
        double sx = 0;
        double sz = 0;
        for (int c = 0; c < n; c++) {
            double f = contactSolution[c];
            sum += f;
            sx += f * contactPoint[3 * c];
            sz += f * contactPoint[3 * c + 2];
        }
        boolean pushed = sum > SUPPORT_TOLERANCE * scale;
        centroidX = pushed ? sx / sum : 0;
        centroidZ = pushed ? sz / sum : 0;
        double moment = my;
        double inertia = 0;
        for (int c = 0; c < n; c++) {
            double f = contactSolution[c];
            double x = contactPoint[3 * c], z = contactPoint[3 * c + 2];
            moment += f * (z * lx - x * lz);
            inertia += f * ((x - centroidX) * (x - centroidX) + (z - centroidZ) * (z - centroidZ));
        }
        if (!pushed || inertia <= SUPPORT_TOLERANCE * SUPPORT_TOLERANCE * sum) {
            return Math.abs(moment) <= SUPPORT_TOLERANCE * scale ? 0 : Double.NaN;
        }
        return -moment / inertia;
    }

    /**
     * The friction each contact needs against what its surface can give: a contact with a measured
     * coefficient ({@link #frictionCoefficient}) that would need more of its push is where the body
     * slides; the supports then cannot hold it ({@link #slidingSupport}).
     */
    private void checkFriction(int n, double scale) {
        for (int c = 0; c < n; c++) {
            double f = contactForce[3 * c + 1];
            double allowed = frictionCoefficient(contactSupport[c]);
            if (f <= SUPPORT_TOLERANCE * scale || Double.isNaN(allowed)) {
                continue;
            }
            double ratio = Math.hypot(contactForce[3 * c], contactForce[3 * c + 2]) / f;
            if (ratio > allowed && ratio > neededFrictionRatio) {
                slidingSupport = contactSupport[c];
                neededFrictionRatio = ratio;
                allowedFrictionRatio = allowed;
                supportsBalanced = false;
            }
        }
    }

    /**
     * @param support a support's ordinal
     * @return the largest measured static friction coefficient of its surface, or NaN where none was
     *     found (then not checked): the seat's clothing on its cover ({@link Lamsal2024SeatFriction})
     */
    static double frictionCoefficient(int support) {
        return support == SEAT ? Lamsal2024SeatFriction.MAX_STATIC_COEFFICIENT : Double.NaN;
    }

    /**
     * The lower contacts as one resultant on the remainder's line of action, at the height of the
     * lowest contact (or of the feet without contacts): its vertical push and all the friction (the
     * contacts, pushing nothing, give none), with the twist about the vertical axis that its contact
     * area gives ({@link #baseTwistNm}). It is checked as the point contacts are: it must push; its
     * friction over its push within the surfaces' coefficient where every surface it stands for has a
     * measured one ({@link #frictionCoefficient}; else not checked, as for a point contact), and its
     * centre of pressure within the region of the contacts it stands for ({@link #baseRegion}); where
     * it fails, the supports cannot hold the body ({@link #supportsBalanced} false, with
     * {@link #slidingSupport} or {@link #baseOutsideM} naming why). A resultant that pushes nothing (the
     * resting supports carry the whole body) holds no moment about a horizontal axis: where its horizontal
     * force at its point leaves one, the supports cannot hold the body either.
     */
    private void baseResultant(Posture p, SubjectGeometry g, Kinematics pose, ExternalActions actions, double scale) {
        double[] r = remainder;
        for (int c = 0; c < 3 * contactCount; c++) {
            contactForce[c] = 0;
        }
        double f = -r[1];
        double lowest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < contactCount; c++) {
            lowest = Math.min(lowest, contactPoint[3 * c + 1]);
        }
        if (contactCount == 0) {
            lowest = Math.min(pose.segWorld[3 * Landmark.ANKLE_LEFT.ordinal() + 1],
                    pose.massWorld[MassPoint.PELVIS.offset() + 1]);
        }
        int c = contactCount;
        int support = -1;
        for (Support s : SUPPORT_VALUES) {
            if (s != Support.BACKREST && p.has(s)) {
                support = s.ordinal();
                break;
            }
        }
        contactSupport[c] = support;
        contactSide[c] = -1;
        contactLandmark[c] = -1;
        // the contacts push nothing, so they give no friction: the whole remainder acts at the base point
        double fx = -r[0];
        double fz = -r[2];
        contactPoint[3 * c + 1] = lowest;
        if (Math.abs(f) <= SUPPORT_TOLERANCE * scale) {
            contactPoint[3 * c] = 0;
            contactPoint[3 * c + 2] = 0;
            f = 0;
        } else {
            contactPoint[3 * c] = (lowest * fx - r[5]) / f;
            contactPoint[3 * c + 2] = (lowest * fz + r[3]) / f;
        }
        contactForce[3 * c] = fx;
        contactForce[3 * c + 1] = f;
        contactForce[3 * c + 2] = fz;
        baseTwistNm = -(r[4] + contactPoint[3 * c + 2] * fx - contactPoint[3 * c] * fz);
        baseResultant = true;
        if (f < -SUPPORT_TOLERANCE * scale) {
            supportsBalanced = false;
            return;
        }
        if (f == 0) {
            // pushing nothing, the base holds no moment about a horizontal axis (that couple would need one
            // point to pull): what its horizontal force at its point leaves of the remainder's moment (a
            // horizontal hand force off a body the lying surface carries) would be left unbalanced
            supportsBalanced = Math.hypot(r[3] + lowest * fz, r[5] - lowest * fx) <= SUPPORT_TOLERANCE * scale;
            return;
        }
        double allowed = baseFrictionCoefficient(actions);
        double ratio = Math.hypot(fx, fz) / f;
        if (ratio > allowed) {
            slidingSupport = support;
            neededFrictionRatio = ratio;
            allowedFrictionRatio = allowed;
            supportsBalanced = false;
            return;
        }
        int points = baseRegion(g, pose, actions);
        if (points > 0) {
            double outside = outsideHull(points, contactPoint[3 * c], contactPoint[3 * c + 2]);
            double reach = feetAlone ? g.thighM + g.shankM : Support.CONTACT_TOLERANCE_M;
            if (outside > reach) {
                baseOutsideM = outside;
                baseAllowedM = reach;
                supportsBalanced = false;
            }
        }
    }

    /**
     * The largest friction coefficient the surfaces a base resultant stands for can give: the largest of
     * the lower point contacts' and the resting supports' under the body ({@link #frictionCoefficient}),
     * since the friction may come from any of them in proportion to its push; NaN (not checked) where
     * one of them has no measured coefficient.
     */
    private double baseFrictionCoefficient(ExternalActions actions) {
        double allowed = Double.NaN;
        for (int c = 0; c < contactCount; c++) {
            double mu = frictionCoefficient(contactSupport[c]);
            if (Double.isNaN(mu)) {
                return Double.NaN;
            }
            allowed = Double.isNaN(allowed) ? mu : Math.max(allowed, mu);
        }
        for (int m = 0; m < MassPoint.COUNT; m++) {
            if (actions.resting(m) && underBody(actions.restingSupport(m))) {
                return Double.NaN;
            }
        }
        return allowed;
    }

    /** Whether a resting support lies under the body (not the armrests, nor the trunk's rest, on the upper body). */
    private static boolean underBody(int support) {
        Support s = SUPPORT_VALUES[support];
        return s != Support.ARMRESTS && !s.onUpperBody();
    }

    /**
     * The region a base resultant may act in (its horizontal points into {@link #regionX} and
     * {@link #regionZ}): each lower point contact, a foot as its sole from the heel to the toe tip
     * (the foot's length, {@link org.lumbosim.anthropometry.DeLeva1996#FOOT_TOE_AHEAD_OF_ANKLE}), a seat's
     * or the floor's contact under the pelvis as the chord of the bony outline it rolls on (the ischial
     * tuberosity's or the sacral crest's circle, {@link IschialTuberosityGeometry},
     * {@link SacralOutlineGeometry}) over which that outline lies within {@link Support#CONTACT_TOLERANCE_M}
     * of the surface, {@code 2 sqrt(2 r t - t^2)} long in the pelvis's sagittal plane (4.8 and 5.2 cm either
     * side at the generic radii), and for the seat also its side's knee (the seat carries the thigh lying
     * on it; the seat's depth is not modelled, so the region reaches at most to the knee: a bound, as the
     * legs' length for the feet alone), a knee on the floor as its point, and the centre of mass of each
     * segment a resting support under the body carries (where that surface touches it). The model has no
     * foot or pelvis width: the region is their convex hull, widened by {@link Support#CONTACT_TOLERANCE_M}.
     *
     * Sets {@link #feetAlone} when the feet are its only contacts.
     *
     * @return the number of points; zero for a posture without supports under the body (not checked)
     */
    private int baseRegion(SubjectGeometry g, Kinematics pose, ExternalActions actions) {
        int k = 0;
        feetAlone = true;
        double[] lm = pose.segWorld;
        double heel = (1 - DeLeva1996.FOOT_TOE_AHEAD_OF_ANKLE) / DeLeva1996.FOOT_TOE_AHEAD_OF_ANKLE;
        for (int c = 0; c < contactCount; c++) {
            if (contactSupport[c] == FEET) {
                int a = 3 * (Landmark.ANKLE_LEFT.ordinal() + contactSide[c]);
                int t = 3 * (Landmark.TOE_LEFT.ordinal() + contactSide[c]);
                regionX[k] = lm[t];
                regionZ[k++] = lm[t + 2];
                regionX[k] = lm[a] - heel * (lm[t] - lm[a]);
                regionZ[k++] = lm[a + 2] - heel * (lm[t + 2] - lm[a + 2]);
            } else {
                feetAlone = false;
                double radius = contactSupport[c] == SEAT ? g.ischiumRadiusM
                        : contactSupport[c] == PELVIS_ON_FLOOR ? pose.pelvisRestRadiusM[contactSide[c]] : 0;
                double half = radius > Support.CONTACT_TOLERANCE_M ? Math.sqrt(2 * radius
                        * Support.CONTACT_TOLERANCE_M - Support.CONTACT_TOLERANCE_M * Support.CONTACT_TOLERANCE_M) : 0;
                // along the pelvis's sagittal plane, horizontally: up x the lateral axis
                DMatrix3x3 o = pose.orient[0];
                double hx = o.a33, hz = -o.a13;
                double h = Math.hypot(hx, hz);
                half = h > 0 ? half / h : 0;
                regionX[k] = contactPoint[3 * c] + half * hx;
                regionZ[k++] = contactPoint[3 * c + 2] + half * hz;
                regionX[k] = contactPoint[3 * c] - half * hx;
                regionZ[k++] = contactPoint[3 * c + 2] - half * hz;
                if (contactSupport[c] == SEAT) {
                    // the seat also carries the thigh lying on it, as far forward as the knee at most
                    int knee = 3 * (Landmark.KNEE_LEFT.ordinal() + contactSide[c]);
                    regionX[k] = lm[knee];
                    regionZ[k++] = lm[knee + 2];
                }
            }
        }
        double[] w = pose.massWorld;
        for (int m = 0; m < MassPoint.COUNT; m++) {
            if (actions.resting(m) && underBody(actions.restingSupport(m))) {
                feetAlone = false;
                regionX[k] = w[3 * m];
                regionZ[k++] = w[3 * m + 2];
            }
        }
        return k;
    }

    /**
     * The horizontal distance from (x, z) to the convex hull of the region's first {@code points}
     * points (Andrew's monotone chain, sorted in place; a hull of one or two points is a point or a
     * segment); zero inside.
     */
    private double outsideHull(int points, double x, double z) {
        double[] px = regionX;
        double[] pz = regionZ;
        for (int i = 1; i < points; i++) {
            double kx = px[i], kz = pz[i];
            int j = i - 1;
            while (j >= 0 && (px[j] > kx || (px[j] == kx && pz[j] > kz))) {
                px[j + 1] = px[j];
                pz[j + 1] = pz[j];
                j--;
            }
            px[j + 1] = kx;
            pz[j + 1] = kz;
        }
        int h = 0;
        for (int i = 0; i < points; i++) {
            while (h >= 2 && cross(hullX[h - 2], hullZ[h - 2], hullX[h - 1], hullZ[h - 1], px[i], pz[i]) <= 0) {
                h--;
            }
            hullX[h] = px[i];
            hullZ[h++] = pz[i];
        }
        for (int i = points - 2, lower = h + 1; i >= 0; i--) {
            while (h >= lower && cross(hullX[h - 2], hullZ[h - 2], hullX[h - 1], hullZ[h - 1], px[i], pz[i]) <= 0) {
                h--;
            }
            hullX[h] = px[i];
            hullZ[h++] = pz[i];
        }
        // the chain ends where it began (h - 1 edges); one point gives h = 1 or 2
        boolean inside = h >= 4;
        double distance = Math.hypot(x - hullX[0], z - hullZ[0]);
        for (int i = 0; i + 1 < h; i++) {
            inside &= cross(hullX[i], hullZ[i], hullX[i + 1], hullZ[i + 1], x, z) >= 0;
            distance = Math.min(distance, segmentDistance(hullX[i], hullZ[i], hullX[i + 1], hullZ[i + 1], x, z));
        }
        return inside ? 0 : distance;
    }

    /** The z-component of (b - a) x (c - a) in the horizontal plane (x, z): positive when a, b, c turn counter-clockwise. */
    private static double cross(double ax, double az, double bx, double bz, double cx, double cz) {
        return (bx - ax) * (cz - az) - (bz - az) * (cx - ax);
    }

    /** The distance from (x, z) to the segment from a to b. */
    private static double segmentDistance(double ax, double az, double bx, double bz, double x, double z) {
        double dx = bx - ax, dz = bz - az;
        double len2 = dx * dx + dz * dz;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (z - az) * dz) / len2));
        return Math.hypot(x - ax - t * dx, z - az - t * dz);
    }
}
