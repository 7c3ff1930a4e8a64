package org.lumbosim.model;

import org.ejml.data.DMatrix3x3;
import org.lumbosim.posture.Posture;

/**
 * Muscle path geometry in the pose: the world positions of the path points that end a segment
 * crossing a disc, and for every muscle and level it crosses, the unit direction of its pull on
 * the upper body and that unit pull's moment about the disc centre. The subject, the muscle set and
 * the posture determine them (the pose is the posture's for that subject), so a run of solves of one
 * posture (trial solves, other loads) computes them once. Allocation-free.
 */
final class MuscleGeometry {
    private final double[] pointWorld;
    /**
     * The crossing points ({@link MuscleSet#crossingPoints}, in that order) in their body's frame, scaled to
     * subject {@link #localOf}: {@code 3 * e} for the e-th.
     */
    private final double[] pointLocal;
    /**
     * The (muscle, level) pairs the muscles cross, muscle by muscle and level by level: each one's offset
     * {@code 3 * (k * n + i)} in {@link #unitForce}, its level, the lower point of its segment spanning the
     * disc, and whether that segment also spans the disc below (then its direction is the one found there).
     */
    private final int[] pairOffset;
    private final int[] pairLevel;
    private final int[] pairPoint;
    private final boolean[] pairSpansBelow;
    /** The subject and muscle set whose points {@link #pointLocal} holds (null before the first compute). */
    private SubjectGeometry localOf;
    private MuscleSet localFor;
    /** The subject, muscle set and posture of the last {@link #compute} (null before). */
    private SubjectGeometry computedOf;
    private MuscleSet computedFor;
    private Posture computedPosture;
    /** Unit pull on the body above disc k of muscle i (along its segment spanning the disc, towards the lower point), world: {@code [3 * (k * n + i) ..]}. */
    final double[] unitForce;
    /** Moment of that unit pull about the disc centre (m), world, same layout. */
    final double[] momentArm;

    MuscleGeometry(MuscleSet muscles) {
        pointWorld = new double[3 * muscles.pointX.length];
        pointLocal = new double[3 * muscles.crossingPoints.length];
        int n = muscles.count();
        unitForce = new double[3 * LumbarModel.LEVELS * n];
        momentArm = new double[unitForce.length];
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            pairs += Math.max(0, muscles.levelHi[i] - muscles.levelLo[i]);
        }
        pairOffset = new int[pairs];
        pairLevel = new int[pairs];
        pairPoint = new int[pairs];
        pairSpansBelow = new boolean[pairs];
        int e = 0;
        for (int i = 0; i < n; i++) {
            for (int k = muscles.levelLo[i]; k < muscles.levelHi[i]; k++) {
                int c = i * LumbarModel.LEVELS + k;
                pairOffset[e] = 3 * (k * n + i);
                pairLevel[e] = k;
                pairPoint[e] = muscles.crossing[c];
                pairSpansBelow[e] = k > muscles.levelLo[i] && muscles.crossing[c - 1] == muscles.crossing[c];
                e++;
            }
        }
    }

    /**
     * @param g the subject's body (not modified)
     * @param muscles the muscle set (not modified)
     * @param pose the pose of its posture for subject {@code g} (not modified)
     */
    void compute(SubjectGeometry g, MuscleSet muscles, Kinematics pose) {
        if (g == computedOf && muscles == computedFor && pose.posture() == computedPosture) {
            // the same subject, muscles and posture (postures are immutable): the same points and pulls
            return;
        }
        if (g != localOf || muscles != localFor) {
            local(g, muscles);
            localOf = g;
            localFor = muscles;
        }
        double[] pw = pointWorld;
        double[] l = pointLocal;
        // only the end points of segments that cross a level are placed, body by body (one rotation
        // each). Same arithmetic as Kinematics.toWorld, so the same values
        int[] used = muscles.crossingPoints;
        int[] bodyStart = muscles.bodyStart;
        for (int b = 0; b < LumbarModel.BODIES; b++) {
            int from = bodyStart[b];
            int to = bodyStart[b + 1];
            if (from == to) {
                continue;
            }
            DMatrix3x3 o = pose.orient[b];
            double a11 = o.a11, a12 = o.a12, a13 = o.a13;
            double a21 = o.a21, a22 = o.a22, a23 = o.a23;
            double a31 = o.a31, a32 = o.a32, a33 = o.a33;
            double tx = b == 0 ? 0 : pose.jointWorld[3 * (b - 1)];
            double ty = b == 0 ? 0 : pose.jointWorld[3 * (b - 1) + 1];
            double tz = b == 0 ? 0 : pose.jointWorld[3 * (b - 1) + 2];
            for (int e = from; e < to; e++) {
                double x = l[3 * e], y = l[3 * e + 1], z = l[3 * e + 2];
                double wx = a11 * x + a12 * y + a13 * z;
                double wy = a21 * x + a22 * y + a23 * z;
                double wz = a31 * x + a32 * y + a33 * z;
                if (b != 0) {
                    wx += tx;
                    wy += ty;
                    wz += tz;
                }
                int off = 3 * used[e];
                pw[off] = wx;
                pw[off + 1] = wy;
                pw[off + 2] = wz;
            }
        }
        // every (muscle, level) pair by the rule of pull, a segment spanning several discs getting its direction
        // once (the same arithmetic on the same points: the same bits)
        double[] j = pose.jointWorld;
        double[] unit = unitForce;
        double[] arm = momentArm;
        int n = muscles.count();
        for (int e = 0; e < pairOffset.length; e++) {
            int u = pairOffset[e];
            int k = pairLevel[e];
            int lo = 3 * pairPoint[e];
            int hi = lo + 3;
            double ux, uy, uz;
            if (pairSpansBelow[e]) {
                int d = u - 3 * n;
                ux = unit[d];
                uy = unit[d + 1];
                uz = unit[d + 2];
            } else {
                ux = pw[lo] - pw[hi];
                uy = pw[lo + 1] - pw[hi + 1];
                uz = pw[lo + 2] - pw[hi + 2];
                double inv = 1 / Math.sqrt(ux * ux + uy * uy + uz * uz);
                ux *= inv;
                uy *= inv;
                uz *= inv;
            }
            unit[u] = ux;
            unit[u + 1] = uy;
            unit[u + 2] = uz;
            double rx = pw[hi] - j[3 * k];
            double ry = pw[hi + 1] - j[3 * k + 1];
            double rz = pw[hi + 2] - j[3 * k + 2];
            arm[u] = ry * uz - rz * uy;
            arm[u + 1] = rz * ux - rx * uz;
            arm[u + 2] = rx * uy - ry * ux;
        }
        computedOf = g;
        computedFor = muscles;
        computedPosture = pose.posture();
    }

    /**
     * The crossing points in their body's frame, scaled to subject {@code g} ({@link StatureScaling}): the
     * reference coordinates are scaled here rather than copied per model.
     */
    private void local(SubjectGeometry g, MuscleSet muscles) {
        int[] used = muscles.crossingPoints;
        for (int b = 0; b < LumbarModel.BODIES; b++) {
            for (int e = muscles.bodyStart[b]; e < muscles.bodyStart[b + 1]; e++) {
                int p = used[e];
                bodyFramePoint(g, b, muscles.pointX[p], muscles.pointY[p], muscles.pointZ[p], pointLocal, 3 * e);
            }
        }
    }

    /**
     * A muscle path point given in the reference body's coordinates, scaled to subject {@code g}
     * ({@link StatureScaling}) and expressed in its body's frame (origin at the joint below the body), as both
     * the recruited lines and the passive fascicles place their points.
     *
     * @param g the subject's body (not modified)
     * @param body the point's body (0 the pelvis)
     * @param xRef the reference x (m)
     * @param yRef the reference y (m)
     * @param zRef the reference z (m)
     * @param out receives x, y, z (m) at {@code off}
     * @param off where in {@code out}
     */
    static void bodyFramePoint(SubjectGeometry g, int body, double xRef, double yRef, double zRef, double[] out,
                               int off) {
        double scale = g.muscleScale;
        double x = StatureScaling.lengthM(xRef, scale);
        double y = StatureScaling.lengthM(yRef, scale);
        double z = StatureScaling.lengthM(zRef, scale);
        if (body != 0) {
            x -= g.jointX[body - 1];
            y -= g.jointY[body - 1];
        }
        out[off] = x;
        out[off + 1] = y;
        out[off + 2] = z;
    }
}
