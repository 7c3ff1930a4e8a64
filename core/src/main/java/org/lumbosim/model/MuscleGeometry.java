package org.lumbosim.model;

import org.ejml.data.DMatrix3x3;

/**
 * Muscle path geometry in the pose: the world positions of the path points that end a segment
 * crossing a disc, and for every muscle and level it crosses, the unit direction of its pull on
 * the upper body and that unit pull's moment about the disc centre. Allocation-free.
 */
final class MuscleGeometry {
    private final double[] pointWorld;
    /** Unit pull on the body above disc k of muscle i, world: {@code [3 * (k * n + i) ..]}. */
    final double[] unitForce;
    /** Moment of that unit pull about the disc centre (m), world, same layout. */
    final double[] momentArm;

    MuscleGeometry(MuscleSet muscles) {
        pointWorld = new double[3 * muscles.pointX.length];
        unitForce = new double[3 * LumbarModel.LEVELS * muscles.count()];
        momentArm = new double[unitForce.length];
    }

    /**
     * @param g the subject's body (not modified)
     * @param muscles the muscle set (not modified)
     * @param pose the pose (not modified)
     */
    void compute(SubjectGeometry g, MuscleSet muscles, Kinematics pose) {
        int n = muscles.count();
        double[] pw = pointWorld;
        // only the end points of segments that cross a level are read, body by body (one rotation
        // each); the reference coordinates are scaled to the subject here rather than copied per model.
        // Same arithmetic as Kinematics.toWorld, so the same values.
        double scale = g.muscleScale;
        int[] used = muscles.crossingPoints;
        int[] bodyStart = muscles.bodyStart;
        double[] px = muscles.pointX;
        double[] py = muscles.pointY;
        double[] pz = muscles.pointZ;
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
            double ox = b == 0 ? 0 : g.jointX[b - 1];
            double oy = b == 0 ? 0 : g.jointY[b - 1];
            for (int e = from; e < to; e++) {
                int p = used[e];
                double x = StatureScaling.lengthM(px[p], scale);
                double y = StatureScaling.lengthM(py[p], scale);
                double z = StatureScaling.lengthM(pz[p], scale);
                if (b != 0) {
                    x -= ox;
                    y -= oy;
                }
                int off = 3 * p;
                pw[off] = a11 * x + a12 * y + a13 * z;
                pw[off + 1] = a21 * x + a22 * y + a23 * z;
                pw[off + 2] = a31 * x + a32 * y + a33 * z;
                if (b != 0) {
                    int jw = 3 * (b - 1);
                    pw[off] += pose.jointWorld[jw];
                    pw[off + 1] += pose.jointWorld[jw + 1];
                    pw[off + 2] += pose.jointWorld[jw + 2];
                }
            }
        }
        int[] levelLo = muscles.levelLo;
        int[] levelHi = muscles.levelHi;
        double[] j = pose.jointWorld;
        for (int i = 0; i < n; i++) {
            for (int k = levelLo[i]; k < levelHi[i]; k++) {
                pull(pw, muscles.crossing[i * LumbarModel.LEVELS + k], j, k, unitForce, momentArm, 3 * (k * n + i));
            }
        }
    }

    /**
     * The unit pull on the body above disc k of the path segment from point {@code lo} to point
     * {@code lo + 1} (towards the lower point), and that unit pull's moment about the disc centre: the one
     * rule for every muscle line, recruited ({@link #compute}) or passive ({@link PassiveMuscles}, which repeats
     * this arithmetic inline with the segment's length from its length pass: the same numbers bit for bit).
     *
     * @param pointWorld the path points in the world, {@code 3 * point} (m; not modified)
     * @param lo the segment's lower point, on or below the body below disc k
     * @param jointWorld the joint centres in the world, {@code 3 * level} (m; not modified)
     * @param k the disc
     * @param unit receives the unit pull at {@code u .. u + 2}
     * @param arm receives its moment about the disc centre at {@code u .. u + 2} (m)
     * @param u where to write
     */
    static void pull(double[] pointWorld, int lo, double[] jointWorld, int k, double[] unit, double[] arm, int u) {
        double[] pw = pointWorld;
        double[] j = jointWorld;
        int hi = lo + 1;
        double ux = pw[3 * lo] - pw[3 * hi];
        double uy = pw[3 * lo + 1] - pw[3 * hi + 1];
        double uz = pw[3 * lo + 2] - pw[3 * hi + 2];
        double inv = 1 / Math.sqrt(ux * ux + uy * uy + uz * uz);
        ux *= inv;
        uy *= inv;
        uz *= inv;
        unit[u] = ux;
        unit[u + 1] = uy;
        unit[u + 2] = uz;
        double rx = pw[3 * hi] - j[3 * k];
        double ry = pw[3 * hi + 1] - j[3 * k + 1];
        double rz = pw[3 * hi + 2] - j[3 * k + 2];
        arm[u] = ry * uz - rz * uy;
        arm[u + 1] = rz * ux - rx * uz;
        arm[u + 2] = rx * uy - ry * ux;
    }
}
