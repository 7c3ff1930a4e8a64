package org.lumbosim.model;

import org.lumbosim.posture.Support;

/**
 * Where a point lies against a thigh's upper surface. One job: measure a point's signed distance from
 * that surface, where along the thigh it lies and the surface's outward normal there.
 *
 * <p>The thigh is a cone about a hip-knee axis, its radius going from the proximal radius at the hip to
 * the distal one at the knee ({@link TrunkThighGeometry}). Two measures of it:
 * <ul>
 *   <li>{@link #measure}, the upper surface as the line of that cone in the vertical plane through the
 *       axis, for a point in that plane (the abdomen over the midline between the two thighs, whose axis
 *       is the mid-hip to mid-knee line);</li>
 *   <li>{@link #measureCone}, the distance from the cone itself, along the normal of its surface in the
 *       plane through the axis and the point, for a point beside that plane (a hand resting on its own
 *       thigh lies on the thigh's upper outer flank, its shoulder wider than its hip). For a point in
 *       the vertical plane above the axis the two agree.</li>
 * </ul>
 * The trunk folds onto the thighs' front (the side towards which the hips flex), so {@link #measure} takes
 * the line on the side of the vertical plane that faces the thighs' front: the upper side for thighs whose
 * knees lie ahead of the hips (every seated posture), the lower side where the thighs slope down behind
 * the hips or point up past the vertical (a standing forward fold with the hips extended, knees pulled up
 * to a reclined chest), where the upper side is their back. A vertical axis has no vertical plane of its
 * own; the line is then taken in the plane through the axis and the thighs' front, which is where the
 * line tends as the thighs approach the vertical from either side, so the gap, the normal and the push
 * are continuous through the vertical. A point touches the surface when it lies over the thigh (between the hip and
 * the knee along the axis) and within {@link Support#CONTACT_TOLERANCE_M} of it, either way (the soft
 * tissue, which this model does not resolve). Allocation-free.
 */
final class ThighSurface {
    /** The unit normal of the upper surface line at the point, pointing away from the thigh ({@link #measure} only). */
    final double[] normal = new double[3];
    /** Signed distance of the point from the upper surface line (m): positive = clear of the thigh, negative = inside it. */
    double gapM;
    /** Where along the thigh the point lies, as a fraction of the hip-knee length (0 at the hip, 1 at the knee). */
    double alongThigh;

    /**
     * Measures the point (px, py, pz) against the thigh about the axis from the hip (hx, hy, hz) to the
     * knee (kx, ky, kz) (m, world).
     *
     * @param proximalRadiusM the thigh's radius at the hip (m)
     * @param distalRadiusM the thigh's radius at the knee (m)
     * @param pose the pose, for the thighs' front ({@link Kinematics#thighFront(int)}; not modified)
     */
    void measure(double px, double py, double pz, double hx, double hy, double hz, double kx, double ky, double kz,
                 double proximalRadiusM, double distalRadiusM, Kinematics pose) {
        double ax = kx - hx;
        double ay = ky - hy;
        double az = kz - hz;
        double length = Math.sqrt(ax * ax + ay * ay + az * az);
        ax /= length;
        ay /= length;
        az /= length;
        // u: the upward unit normal of the thigh axis in its vertical plane (up minus its part along the axis)
        double ux = -ay * ax;
        double uy = 1 - ay * ay;
        double uz = -ay * az;
        double un = Math.sqrt(ux * ux + uy * uy + uz * uz);
        double fx = pose.thighFront(0), fy = pose.thighFront(1), fz = pose.thighFront(2);
        if (un == 0) {
            // a vertical axis: the plane through it and the thighs' front
            double along = fx * ax + fy * ay + fz * az;
            ux = fx - along * ax;
            uy = fy - along * ay;
            uz = fz - along * az;
            un = Math.sqrt(ux * ux + uy * uy + uz * uz);
        } else if (ux * fx + uy * fy + uz * fz < 0) {
            // the upper side is the thighs' back (knees behind or above the hips): the trunk folds onto the front
            ux = -ux;
            uy = -uy;
            uz = -uz;
        }
        ux /= un;
        uy /= un;
        uz /= un;
        double taper = (distalRadiusM - proximalRadiusM) / length;
        // outward normal of the surface line hip + r_p u + s (a + taper u): u - taper a, normalised
        double nx = ux - taper * ax;
        double ny = uy - taper * ay;
        double nz = uz - taper * az;
        double nn = Math.sqrt(nx * nx + ny * ny + nz * nz);
        normal[0] = nx / nn;
        normal[1] = ny / nn;
        normal[2] = nz / nn;
        double r = proximalRadiusM;
        double dx = px - hx - r * ux;
        double dy = py - hy - r * uy;
        double dz = pz - hz - r * uz;
        gapM = dx * normal[0] + dy * normal[1] + dz * normal[2];
        alongThigh = ((px - hx) * ax + (py - hy) * ay + (pz - hz) * az) / length;
    }

    /**
     * Measures the point (px, py, pz) against the cone about the axis from the hip (hx, hy, hz) to the
     * knee (kx, ky, kz) (m, world): its radial distance from the axis less the cone's radius there, along
     * the cone surface's normal. Leaves {@link #normal} as it was.
     *
     * @param proximalRadiusM the thigh's radius at the hip (m)
     * @param distalRadiusM the thigh's radius at the knee (m)
     */
    void measureCone(double px, double py, double pz, double hx, double hy, double hz, double kx, double ky,
                     double kz, double proximalRadiusM, double distalRadiusM) {
        double ax = kx - hx;
        double ay = ky - hy;
        double az = kz - hz;
        double length = Math.sqrt(ax * ax + ay * ay + az * az);
        double dx = px - hx;
        double dy = py - hy;
        double dz = pz - hz;
        double s = (dx * ax + dy * ay + dz * az) / length;
        alongThigh = s / length;
        double rx = dx - s * ax / length;
        double ry = dy - s * ay / length;
        double rz = dz - s * az / length;
        double radial = Math.sqrt(rx * rx + ry * ry + rz * rz);
        double taper = (distalRadiusM - proximalRadiusM) / length;
        gapM = (radial - proximalRadiusM - taper * s) / Math.sqrt(1 + taper * taper);
    }

    /**
     * @return whether the measured point touches the surface: over the thigh (between hip and knee) and
     *     within {@link Support#CONTACT_TOLERANCE_M} of it
     */
    boolean touches() {
        return over() && Math.abs(gapM) <= Support.CONTACT_TOLERANCE_M;
    }

    /**
     * @return whether the measured point lies over the thigh and inside it by more than
     *     {@link Support#CONTACT_TOLERANCE_M}: a posture that cannot be posed
     */
    boolean penetrates() {
        return over() && gapM < -Support.CONTACT_TOLERANCE_M;
    }

    /** @return whether the measured point lies over the thigh, between the hip (0) and the knee (1) */
    private boolean over() {
        return alongThigh >= 0 && alongThigh <= 1;
    }
}
