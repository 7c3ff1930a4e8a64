package org.lumbosim.model;

import org.lumbosim.posture.Support;

/**
 * Whole-body balance check after a solve: the sum over the whole body of gravity on every mass,
 * inertia, hand loads, the backrest and every support reaction (resting supports as the weight
 * they carry where it lies, with the loads held in hands that rest on it or on the thighs lying on it), which is zero when the body is in equilibrium; with the whole body's
 * centre of mass and each resting support's carried weight and its centre. Allocation-free.
 */
final class BalanceCheck {
    /** Residual force (N) and moment about the origin (N·m). */
    final double[] balance = new double[6];
    /** Weight carried by each resting support (N), by {@link Support#ordinal()}. */
    final double[] restingWeight = new double[Support.values().length];
    /** Moment of that weight about the origin, per support: {@code [3 * ordinal ..]} (N·m). */
    final double[] restingMoment = new double[3 * Support.values().length];
    /** Whole body's centre of mass (m). */
    final double[] comWorld = new double[3];

    /**
     * @param g the subject's body (not modified)
     * @param pose the pose (not modified)
     * @param actions the external actions (not modified)
     * @param supports the support reactions (not modified)
     */
    void compute(SubjectGeometry g, Kinematics pose, ExternalActions actions, Supports supports) {
        double[] w = pose.massWorld;
        double[] s = balance;
        actions.handAboutOrigin(s);
        java.util.Arrays.fill(restingWeight, 0);
        java.util.Arrays.fill(restingMoment, 0);
        boolean dynamic = actions.dynamic();
        double mass = 0, cx = 0, cy = 0, cz = 0;
        for (int m = 0; m < MassPoint.COUNT; m++) {
            double x = w[3 * m], y = w[3 * m + 1], z = w[3 * m + 2];
            actions.addGravity(s, m);
            double mk = g.massKg[m];
            mass += mk;
            cx += mk * x;
            cy += mk * y;
            cz += mk * z;
            if (dynamic) {
                actions.addInertia(s, m);
            }
            int owner = actions.restingSupport(m);
            if (owner >= 0) {
                double f = actions.weightN(m);
                restingWeight[owner] += f;
                restingMoment[3 * owner] += f * x;
                restingMoment[3 * owner + 1] += f * y;
                restingMoment[3 * owner + 2] += f * z;
                actions.addRestingReaction(s, m);
            }
        }
        // the loads held in hands resting on a support that carries them where they lie: part of its weight
        int owner = actions.underGripsSupport();
        double grips = actions.underGripsN();
        if (owner >= 0 && grips > 0) {
            restingWeight[owner] += grips;
            for (int a = 0; a < 3; a++) {
                restingMoment[3 * owner + a] += actions.underGripsFirstMomentNm(a);
            }
            actions.addUnderGrips(s);
        }
        comWorld[0] = cx / mass;
        comWorld[1] = cy / mass;
        comWorld[2] = cz / mass;
        if (dynamic) {
            actions.addInertialMoment(s);
        }
        actions.addBackrest(s);
        actions.addContacts(s, supports);
    }
}
