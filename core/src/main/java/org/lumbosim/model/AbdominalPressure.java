package org.lumbosim.model;

import org.ejml.data.DMatrix3x3;

/**
 * The intra-abdominal pressure and the abdominal-wall tension that contains it: their force on the body
 * above every disc and their moment about its centre. One job: turn the net flexion moment at L4-L5 into
 * what the pressurised abdomen does to each lumbar level.
 *
 * <p>The pressure follows the regression of Mairiaux et al. (1984) on the net flexion moment at L4-L5,
 * scaled by {@link TissueParameters#iapScale()}, and never exceeds the mean maximal pressure men reach
 * ({@link AbdominalPressureConstants#MAX_PRESSURE_PA}); {@link #atCeiling} says when it was held there.
 *
 * <p>Free body above a cut through a lumbar disc's mid-plane: the abdominal contents below push on the
 * cut face of the cavity with the pressure times the cavity's cross-section
 * ({@link AbdominalPressureConstants#AREA_M2}), normal to that plane, at the cross-section's centroid.
 * The centroids lie on the cavity's axis, the AnyBody AMMR trunk's pressure line from a node on the pelvis
 * to a node on the thorax (see {@link AbdominalPressureConstants}, laid on the subject's spine by
 * {@link #lineEnds}); with the lordosis the disc centres lie at different distances behind it, so the
 * pressure's arm differs from level to level and changes with the posture (the pelvis end moves with the
 * pelvis, the thorax end with the thorax). The wall that holds the pressure is a membrane (Laplace's law):
 * its transverse (hoop) tension does not cross the cut; its longitudinal tension does, pulling the thorax
 * towards the pelvis in front of the spine (Daggfeldt and Thorstensson 1997: the unloading needs
 * abdominal-wall tension, and vertical wall tension takes part of it back). Its force is the
 * longitudinal tension per unit width ({@link AbdominalPressureConstants#LONGITUDINAL_TENSION_PER_PRESSURE_M}
 * times the pressure) times the width of the anterolateral wall, taken as half the perimeter of a circle
 * of the cavity's area; it acts along AMMR's anterior-wall line, where that line crosses each disc's
 * plane. Allocation-free.
 */
final class AbdominalPressure {
    private static final int THORAX = Fascicle.Body.THORAX.ordinal();
    /** Pressure of the last solve (Pa above atmospheric). */
    double pressurePa;
    /** Whether the regression asked for more than the ceiling and the pressure was held at it. */
    boolean atCeiling;
    /** Pressure force on the body above each disc, along its normal, away from the disc (N). */
    double pressureForceN;
    /** Longitudinal abdominal-wall tension pulling the body above each disc towards the pelvis (N). */
    double wallForceN;
    /** Per disc: where the pressure line crosses its mid-plane, along its anterior axis from its centre (m). */
    final double[] pressureArmM = new double[LumbarModel.LEVELS];
    /** Per disc: where the wall line crosses its mid-plane, along its anterior axis from its centre (m). */
    final double[] wallArmM = new double[LumbarModel.LEVELS];
    /** Per disc: force of pressure and wall on the body above, world (N), {@code [3 * level ..]}. */
    final double[] forceN = new double[3 * LumbarModel.LEVELS];
    /** Per disc: their moment about its centre, world (N·m), {@code [3 * level ..]}. */
    final double[] momentNm = new double[3 * LumbarModel.LEVELS];
    /** World ends of the pressure line (pelvis, thorax) and of the wall line (pelvis, thorax) (m). */
    private final double[] ends = new double[12];
    private final double[] crossing = new double[3];

    /**
     * @param g the subject's body (not modified)
     * @param tissue the tissue constants (not modified)
     * @param net the net loads, resolved in the disc frames (not modified)
     * @param pose the pose (not modified)
     */
    void compute(SubjectGeometry g, TissueParameters tissue, NetLoads net, Kinematics pose) {
        double asked = tissue.iapScale() * regressionPa(net.netMomentNm[3 * SpinalLevel.L4_L5.ordinal()]);
        atCeiling = asked > AbdominalPressureConstants.MAX_PRESSURE_PA;
        pressurePa = Math.min(asked, AbdominalPressureConstants.MAX_PRESSURE_PA);
        pressureForceN = pressurePa * AbdominalPressureConstants.AREA_M2;
        wallForceN = pressurePa * AbdominalPressureConstants.LONGITUDINAL_TENSION_PER_PRESSURE_M * wallWidthM();
        double[] line = g.abdomenLinesM;
        double[] e = ends;
        toWorld(pose, g, 0, line[0], line[1], e, 0);
        toWorld(pose, g, THORAX, line[2], line[3], e, 3);
        toWorld(pose, g, 0, line[4], line[5], e, 6);
        toWorld(pose, g, THORAX, line[6], line[7], e, 9);
        double ux = e[9] - e[6], uy = e[10] - e[7], uz = e[11] - e[8];
        double len = Math.sqrt(ux * ux + uy * uy + uz * uz);
        ux /= len;
        uy /= len;
        uz /= len;
        double[] fr = pose.discFrame;
        double[] c = crossing;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            int o = 9 * k;
            double nx = fr[o], ny = fr[o + 1], nz = fr[o + 2];
            // the pressure: P·A along the normal, at the pressure line's crossing
            cross(pose, k, fr, 0, 3, c);
            double px = c[0], py = c[1], pz = c[2];
            pressureArmM[k] = px * fr[o + 3] + py * fr[o + 4] + pz * fr[o + 5];
            double fp = pressureForceN;
            // the wall: its tension along the wall line, towards the pelvis, at the wall line's crossing
            cross(pose, k, fr, 6, 9, c);
            wallArmM[k] = c[0] * fr[o + 3] + c[1] * fr[o + 4] + c[2] * fr[o + 5];
            double wx = -wallForceN * ux, wy = -wallForceN * uy, wz = -wallForceN * uz;
            forceN[3 * k] = fp * nx + wx;
            forceN[3 * k + 1] = fp * ny + wy;
            forceN[3 * k + 2] = fp * nz + wz;
            momentNm[3 * k] = fp * (py * nz - pz * ny) + (c[1] * wz - c[2] * wy);
            momentNm[3 * k + 1] = fp * (pz * nx - px * nz) + (c[2] * wx - c[0] * wz);
            momentNm[3 * k + 2] = fp * (px * ny - py * nx) + (c[0] * wy - c[1] * wx);
        }
    }

    /** Where the line between {@code ends[a..]} and {@code ends[b..]} crosses disc k's mid-plane, from its centre (m, world). */
    private void cross(Kinematics pose, int k, double[] fr, int a, int b, double[] out) {
        int o = 9 * k;
        double[] e = ends;
        double[] j = pose.jointWorld;
        double dx = e[b] - e[a], dy = e[b + 1] - e[a + 1], dz = e[b + 2] - e[a + 2];
        double t = (fr[o] * (j[3 * k] - e[a]) + fr[o + 1] * (j[3 * k + 1] - e[a + 1]) + fr[o + 2] * (j[3 * k + 2] - e[a + 2]))
                / (fr[o] * dx + fr[o + 1] * dy + fr[o + 2] * dz);
        out[0] = e[a] + t * dx - j[3 * k];
        out[1] = e[a + 1] + t * dy - j[3 * k + 1];
        out[2] = e[a + 2] + t * dz - j[3 * k + 2];
    }

    /** World position of a point (x, y, 0) of the neutral frame fixed to body b. */
    private static void toWorld(Kinematics pose, SubjectGeometry g, int b, double x, double y, double[] out, int off) {
        DMatrix3x3 m = pose.orient[b];
        double rx = x, ry = y, ox = 0, oy = 0, oz = 0;
        if (b > 0) {
            rx -= g.jointX[b - 1];
            ry -= g.jointY[b - 1];
            ox = pose.jointWorld[3 * (b - 1)];
            oy = pose.jointWorld[3 * (b - 1) + 1];
            oz = pose.jointWorld[3 * (b - 1) + 2];
        }
        out[off] = m.a11 * rx + m.a12 * ry + ox;
        out[off + 1] = m.a21 * rx + m.a22 * ry + oy;
        out[off + 2] = m.a31 * rx + m.a32 * ry + oz;
    }

    /**
     * The ends of AMMR's pressure line and anterior-wall line ({@link AbdominalPressureConstants}) in a
     * subject's neutral frame: carried by the least-squares similarity (rotation, uniform scale,
     * translation; Procrustes) that lays AMMR's six lumbar joint centres on the subject's.
     *
     * @param jointX the subject's joint centres L5-S1 .. T12-L1, anterior (m)
     * @param jointY the same, superior (m)
     * @param out written: pressure line pelvis x, y, thorax x, y; wall line pelvis x, y, thorax x, y (m)
     * @return the root-mean-square distance of the laid AMMR joint centres from the subject's (m)
     */
    static double lineEnds(double[] jointX, double[] jointY, double[] out) {
        double[] ax = AbdominalPressureConstants.AMMR_JOINT_X_M;
        double[] ay = AbdominalPressureConstants.AMMR_JOINT_Y_M;
        int n = ax.length;
        double amx = 0, amy = 0, bmx = 0, bmy = 0;
        for (int j = 0; j < n; j++) {
            amx += ax[j] / n;
            amy += ay[j] / n;
            bmx += jointX[j] / n;
            bmy += jointY[j] / n;
        }
        double dot = 0, crs = 0, norm = 0;
        for (int j = 0; j < n; j++) {
            double px = ax[j] - amx, py = ay[j] - amy;
            double qx = jointX[j] - bmx, qy = jointY[j] - bmy;
            dot += px * qx + py * qy;
            crs += px * qy - py * qx;
            norm += px * px + py * py;
        }
        // the best rotation and scale of a 2D similarity: s (cos, sin) = (dot, cross) / |p|²
        double c = dot / norm, s = crs / norm;
        double[] nodes = {
            AbdominalPressureConstants.AMMR_PELVIS_PRESSURE_NODE_X_M, AbdominalPressureConstants.AMMR_PELVIS_PRESSURE_NODE_Y_M,
            AbdominalPressureConstants.AMMR_THORAX_PRESSURE_NODE_X_M, AbdominalPressureConstants.AMMR_THORAX_PRESSURE_NODE_Y_M,
            AbdominalPressureConstants.AMMR_PELVIS_WALL_NODE_X_M, AbdominalPressureConstants.AMMR_PELVIS_WALL_NODE_Y_M,
            AbdominalPressureConstants.AMMR_THORAX_WALL_NODE_X_M, AbdominalPressureConstants.AMMR_THORAX_WALL_NODE_Y_M};
        for (int i = 0; i < nodes.length; i += 2) {
            double px = nodes[i] - amx, py = nodes[i + 1] - amy;
            out[i] = c * px - s * py + bmx;
            out[i + 1] = s * px + c * py + bmy;
        }
        double sq = 0;
        for (int j = 0; j < n; j++) {
            double px = ax[j] - amx, py = ay[j] - amy;
            double dx = c * px - s * py + bmx - jointX[j];
            double dy = s * px + c * py + bmy - jointY[j];
            sq += dx * dx + dy * dy;
        }
        return Math.sqrt(sq / n);
    }

    /**
     * The regression of Mairiaux et al. (1984), {@code IAP = 79 Pa/(N·m) × M - 1127 Pa}, never below
     * zero (a pressure below atmospheric is not what the regression describes); no ceiling.
     *
     * @param flexionMomentL4L5Nm net flexion moment the body above L4-L5 applies to it (N·m)
     * @return the abdominal pressure above atmospheric (Pa)
     */
    static double regressionPa(double flexionMomentL4L5Nm) {
        return Math.max(0, AbdominalPressureConstants.PA_PER_NM * flexionMomentL4L5Nm
                + AbdominalPressureConstants.INTERCEPT_PA);
    }

    /**
     * @return width of the anterolateral abdominal wall (m): half the perimeter of a circle of the cavity's
     *     area. No source gives this width (docs/research/intra-abdominal-pressure.md, "The wall's width"):
     *     AMMR's equivalent cylinder gives the same construction ({@code pi R} = 0.377 m), its cavity slices'
     *     anterolateral outlines 0.32-0.41 m; the width at which the wall's flexor moment cancels the
     *     pressure's extensor moment (0.29-0.44 m in Wilke's loaded rows) is printed by
     *     {@code AbdominalWallWidthSensitivityTest}
     */
    static double wallWidthM() {
        return Math.sqrt(Math.PI * AbdominalPressureConstants.AREA_M2);
    }

    /**
     * @param fr the disc frames of the pose
     * @param level index of a disc (0 = L5-S1)
     * @return net force of pressure and wall on the body above that disc along its normal, away from it (N)
     */
    double axialForceN(double[] fr, int level) {
        int o = 9 * level;
        return forceN[3 * level] * fr[o] + forceN[3 * level + 1] * fr[o + 1] + forceN[3 * level + 2] * fr[o + 2];
    }

    /**
     * @param fr the disc frames of the pose
     * @param level index of a disc (0 = L5-S1)
     * @return net extensor moment of pressure and wall about that disc (N·m): their moment about its lateral axis
     */
    double extensorMomentNm(double[] fr, int level) {
        int o = 9 * level + 6;
        return momentNm[3 * level] * fr[o] + momentNm[3 * level + 1] * fr[o + 1] + momentNm[3 * level + 2] * fr[o + 2];
    }
}
