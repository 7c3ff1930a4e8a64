package org.lumbosim.model;

/**
 * Net loads above every disc: the force and moment about the disc centre of the external actions
 * on the body above it (gravity of the masses not resting on a support, hand loads, the thighs'
 * push on hands resting on them and on the loads they hold, a lying surface's under the loads held in the
 * hands, inertia in inverse dynamics; then the backrest and the pushes of upper-body contacts), and that moment
 * resolved in the disc's frame. Allocation-free.
 */
final class NetLoads {
    /** Force on the body above each disc (N, world). */
    final double[] extForce = new double[3 * LumbarModel.LEVELS];
    /** Moment about each disc centre (N·m, world). */
    final double[] extMoment = new double[3 * LumbarModel.LEVELS];
    /**
     * Moment about each disc centre in the disc frame, the sign convention of
     * {@link Workspace#netMomentNm}: flexion (minus the lateral-axis component), lateral bending
     * (anterior-axis component), axial rotation (normal component), N·m.
     */
    final double[] netMomentNm = new double[3 * LumbarModel.LEVELS];
    private final double[] acc = new double[6];

    /**
     * Sums hand loads, gravity and inertia on the body above every disc.
     *
     * @param pose the pose (not modified)
     * @param actions the external actions (not modified)
     */
    void sum(Kinematics pose, ExternalActions actions) {
        boolean dynamic = actions.dynamic();
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double cx = pose.jointWorld[3 * k], cy = pose.jointWorld[3 * k + 1], cz = pose.jointWorld[3 * k + 2];
            actions.handAbout(acc, cx, cy, cz);
            actions.addThighPushAbout(acc, cx, cy, cz);
            actions.addUnderGripsOnUpperBodyAbout(acc, cx, cy, cz);
            for (MassPoint mp : MassPoint.ALL) {
                int m = mp.ordinal();
                if (mp.body > k && !actions.resting(m)) {
                    actions.addGravityAbout(acc, m, cx, cz);
                }
            }
            if (dynamic) {
                // d'Alembert: -m a at every mass above the disc, -I alpha of the thorax and head
                for (MassPoint mp : MassPoint.ALL) {
                    if (mp.body > k) {
                        actions.addInertiaAbout(acc, mp.ordinal(), cx, cy, cz);
                    }
                }
                actions.addInertialMoment(acc);
            }
            System.arraycopy(acc, 0, extForce, 3 * k, 3);
            System.arraycopy(acc, 3, extMoment, 3 * k, 3);
        }
    }

    /**
     * Adds a force (fx, fy, fz) acting at (x, y, z) on the upper body to the loads above every disc.
     *
     * @param pose the pose (not modified)
     */
    void addPointForce(double fx, double fy, double fz, double x, double y, double z, Kinematics pose) {
        double[] j = pose.jointWorld;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double ax = x - j[3 * k];
            double ay = y - j[3 * k + 1];
            double az = z - j[3 * k + 2];
            extForce[3 * k] += fx;
            extForce[3 * k + 1] += fy;
            extForce[3 * k + 2] += fz;
            extMoment[3 * k] += ay * fz - az * fy;
            extMoment[3 * k + 1] += az * fx - ax * fz;
            extMoment[3 * k + 2] += ax * fy - ay * fx;
        }
    }

    /**
     * Resolves the moment above every disc in the disc's frame.
     *
     * @param pose the pose (not modified)
     */
    void resolve(Kinematics pose) {
        double[] fr = pose.discFrame;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            int o = 9 * k;
            double mn = dot(extMoment, 3 * k, fr, o);
            double ma = dot(extMoment, 3 * k, fr, o + 3);
            double ml = dot(extMoment, 3 * k, fr, o + 6);
            netMomentNm[3 * k] = -ml;
            netMomentNm[3 * k + 1] = ma;
            netMomentNm[3 * k + 2] = mn;
        }
    }

    private static double dot(double[] a, int ao, double[] b, int bo) {
        return a[ao] * b[bo] + a[ao + 1] * b[bo + 1] + a[ao + 2] * b[bo + 2];
    }
}
