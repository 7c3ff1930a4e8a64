package org.lumbosim.model;

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
 * pelvis, the thorax end with the thorax).
 *
 * <p>The wall that holds the pressure is a membrane (Laplace's law): {@code P = T_l / R_l + T_h / R_h},
 * one equation for the <em>total</em> longitudinal and hoop tensions of all its layers. The hoop tension
 * does not cross the cut; the longitudinal tension does, pulling the thorax towards the pelvis in front of
 * the spine (Daggfeldt and Thorstensson 1997). The tension it must carry, {@link #wallForceN}, is the
 * longitudinal tension per unit width ({@link AbdominalPressureConstants#LONGITUDINAL_TENSION_PER_PRESSURE_M}
 * times the pressure) times the width of the anterolateral wall, half the perimeter of a circle of the
 * cavity's area. That tension is carried by the wall's tissues, which are the rectus abdominis and the
 * obliques with their aponeuroses (the rectus sheath and linea alba), the lines the recruitment already
 * has; a separate wall force added to their forces would count the same tissue twice
 * (docs/research/intra-abdominal-pressure.md, "One wall, counted once"). So {@link #carryWall} asks the
 * abdominal lines to carry it: the least activation, the same for every abdominal line (a fraction of its
 * largest force at the published strength, like the upright co-activation), at which their longitudinal
 * pull across every lumbar disc's plane reaches the wall's tension ({@link #wallActivation}; the
 * recruitment makes it a floor on their forces, {@link RecruitmentAssembly}). Only what the lines cannot
 * carry within their strength acts as a passive force along AMMR's anterior-wall line, where that line
 * crosses each disc's plane ({@link #passiveWallForceN}). Allocation-free.
 */
final class AbdominalPressure {
    private static final int THORAX = Fascicle.Body.THORAX.ordinal();
    /** Pressure of the last solve (Pa above atmospheric). */
    double pressurePa;
    /** Whether the pressure was held at the ceiling: the regression asked for more, or the recruitment took all of it. */
    boolean atCeiling;
    /** Pressure force on the body above each disc, along its normal, away from the disc (N). */
    double pressureForceN;
    /**
     * Longitudinal tension the abdominal wall must carry across each disc's plane to hold the pressure (N):
     * Laplace with Förstemann's split over the wall's width. Carried by the abdominal lines
     * ({@link #wallActivation}) and, where their strength does not reach, passively ({@link #passiveWallForceN}).
     */
    double wallForceN;
    /**
     * Activation of every abdominal line (fraction of its largest force at the published strength,
     * {@link TissueConstants#MAX_MUSCLE_STRESS_PA} × PCSA) at which the lines together pull with
     * {@link #wallForceN} along the wall across every lumbar disc's plane; zero without pressure. A floor
     * on their forces in recruitment, with the upright co-activation (the larger of the two).
     */
    double wallActivation;
    /**
     * Stress at which each abdominal line carries the wall's tension in recruitment (Pa): {@link #wallActivation}
     * × the published strength, capped at the strength {@link #carryWall} was given; zero without pressure.
     */
    double wallStressPa;
    /** Whether that cap bound: the lines cannot carry the wall's tension within the strength given, a passive remainder acts. */
    boolean wallCapped;
    /** Per disc: the part of {@link #wallForceN} the abdominal lines cannot carry within their strength, acting along the wall line (N). */
    final double[] passiveWallForceN = new double[LumbarModel.LEVELS];
    /**
     * Per disc: extensor moment (about its lateral axis) of the wall's tension as carried, the abdominal
     * lines at {@link #wallActivation} (capped at their strength) along their own lines plus the passive
     * remainder along the wall line (N·m; negative: the wall flexes). A diagnostic: in recruitment the lines'
     * floor is the larger of this activation and the upright co-activation.
     */
    final double[] wallExtensorMomentNm = new double[LumbarModel.LEVELS];
    /** Per disc: where the pressure line crosses its mid-plane, along its anterior axis from its centre (m). */
    final double[] pressureArmM = new double[LumbarModel.LEVELS];
    /** Per disc: where the wall line crosses its mid-plane, along its anterior axis from its centre (m). */
    final double[] wallArmM = new double[LumbarModel.LEVELS];
    /** Per disc: force of the pressure and the passive wall remainder on the body above, world (N), {@code [3 * level ..]}. */
    final double[] forceN = new double[3 * LumbarModel.LEVELS];
    /** Per disc: their moment about its centre, world (N·m), {@code [3 * level ..]}. */
    final double[] momentNm = new double[3 * LumbarModel.LEVELS];
    /**
     * Per disc: the pressure's moment about its centre per pascal, world (N·m per Pa, that is m³),
     * {@code [3 * level ..]}: the cavity's area times the arm of the cavity's axis; the recruited pressure's
     * column ({@link RecruitmentAssembly}).
     */
    final double[] momentPerPaM3 = new double[3 * LumbarModel.LEVELS];
    /**
     * The stress at which every abdominal line carries the wall's longitudinal tension, per pascal of pressure
     * (Pa per Pa): {@link #wallStressPa} without a cap, divided by the pressure; set by {@link #carryWall}
     * whatever the pressure (zero if no abdominal line crosses a lumbar disc).
     */
    double wallStressPerPressure;
    /** Per disc: the pressure's force alone on the body above, world (N), {@code [3 * level ..]}; {@link #carryWall} adds the remainder. */
    private final double[] pressureOnlyForceN = new double[3 * LumbarModel.LEVELS];
    /** Per disc: the pressure's moment alone about its centre, world (N·m), {@code [3 * level ..]}. */
    private final double[] pressureOnlyMomentNm = new double[3 * LumbarModel.LEVELS];
    /** Per disc: where the wall line crosses its mid-plane, from its centre, world (m), {@code [3 * level ..]}. */
    private final double[] wallCrossing = new double[3 * LumbarModel.LEVELS];
    /** Unit vector along the wall line from its pelvic to its thoracic end, world. */
    private final double[] wallDirection = new double[3];
    /** World ends of the pressure line (pelvis, thorax) and of the wall line (pelvis, thorax) (m). */
    private final double[] ends = new double[12];
    private final double[] crossing = new double[3];
    /** Per disc: the abdominal lines crossing it, their PCSA times their unit pull along the wall summed (m²; {@link #carryWall}). */
    private final double[] wallAlongM2 = new double[LumbarModel.LEVELS];
    /** Per disc: the same lines' PCSA times their moment arm about its lateral axis summed (m³; {@link #carryWall}). */
    private final double[] wallAlongMomentM3 = new double[LumbarModel.LEVELS];

    /**
     * @param g the subject's body (not modified)
     * @param tissue the tissue constants (not modified)
     * @param net the net loads, resolved in the disc frames (not modified)
     * @param pose the pose (not modified)
     */
    void compute(SubjectGeometry g, TissueParameters tissue, NetLoads net, Kinematics pose) {
        double asked = tissue.iapScale() * regressionPa(net.netMomentNm[3 * SpinalLevel.L4_L5.ordinal()]);
        computeAt(g, pose, Math.min(asked, AbdominalPressureConstants.MAX_PRESSURE_PA),
                asked > AbdominalPressureConstants.MAX_PRESSURE_PA);
    }

    /**
     * The pressure given (the recruited pressure, {@link AbdominalPressureMode#RECRUITED}), with its force and
     * moment on every level, as {@link #compute} does for the regression's.
     *
     * @param g the subject's body (not modified)
     * @param pose the pose (not modified)
     * @param pa the pressure (Pa), in [0, {@link AbdominalPressureConstants#MAX_PRESSURE_PA}]
     * @param ceiling whether the pressure is held at the ceiling (the regression asked for more, or the recruitment
     *     took all of it)
     */
    void computeAt(SubjectGeometry g, Kinematics pose, double pa, boolean ceiling) {
        atCeiling = ceiling;
        pressurePa = pa;
        pressureForceN = pressurePa * AbdominalPressureConstants.AREA_M2;
        wallForceN = pressurePa * AbdominalPressureConstants.LONGITUDINAL_TENSION_PER_PRESSURE_M * wallWidthM();
        double[] line = g.abdomenLinesM;
        double[] e = ends;
        pose.toWorld(g, 0, line[0], line[1], 0, e, 0);
        pose.toWorld(g, THORAX, line[2], line[3], 0, e, 3);
        pose.toWorld(g, 0, line[4], line[5], 0, e, 6);
        pose.toWorld(g, THORAX, line[6], line[7], 0, e, 9);
        double ux = e[9] - e[6], uy = e[10] - e[7], uz = e[11] - e[8];
        double len = Math.sqrt(ux * ux + uy * uy + uz * uz);
        wallDirection[0] = ux / len;
        wallDirection[1] = uy / len;
        wallDirection[2] = uz / len;
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
            pressureOnlyForceN[3 * k] = fp * nx;
            pressureOnlyForceN[3 * k + 1] = fp * ny;
            pressureOnlyForceN[3 * k + 2] = fp * nz;
            pressureOnlyMomentNm[3 * k] = fp * (py * nz - pz * ny);
            pressureOnlyMomentNm[3 * k + 1] = fp * (pz * nx - px * nz);
            pressureOnlyMomentNm[3 * k + 2] = fp * (px * ny - py * nx);
            double fu = AbdominalPressureConstants.AREA_M2;
            momentPerPaM3[3 * k] = fu * (py * nz - pz * ny);
            momentPerPaM3[3 * k + 1] = fu * (pz * nx - px * nz);
            momentPerPaM3[3 * k + 2] = fu * (px * ny - py * nx);
            // the wall line's crossing, where a passive remainder of the wall's tension acts (carryWall)
            cross(pose, k, fr, 6, 9, c);
            wallArmM[k] = c[0] * fr[o + 3] + c[1] * fr[o + 4] + c[2] * fr[o + 5];
            wallCrossing[3 * k] = c[0];
            wallCrossing[3 * k + 1] = c[1];
            wallCrossing[3 * k + 2] = c[2];
        }
    }

    /**
     * Lets the abdominal lines carry the wall's longitudinal tension (class comment): sets
     * {@link #wallActivation}, the least activation common to all abdominal lines at which, at every
     * lumbar disc, the lines crossing it pull the body above towards the pelvis along the wall with
     * {@link #wallForceN} (each line's pull counted by its component along the wall line, at its largest
     * force at the published strength times the activation); adds what they cannot carry within the
     * model's strength ({@code maxStressPa} × PCSA) as a passive force along the wall line to
     * the pressure's force and moment in {@link #forceN} and {@link #momentNm}. Call after {@link #compute} and the
     * muscle geometry of the same pose; may be called again with another strength (a task beyond the subject's
     * strength: {@link SolvePipeline}), each call replaces the last one's remainder.
     *
     * @param g the subject's body (not modified)
     * @param muscles the muscle set (not modified)
     * @param geometry the muscles' unit pulls in the pose (not modified)
     * @param pose the pose (not modified)
     * @param maxStressPa the model's largest muscle stress (Pa), which bounds each line's force
     */
    void carryWall(SubjectGeometry g, MuscleSet muscles, MuscleGeometry geometry, Kinematics pose, double maxStressPa) {
        int n = muscles.count();
        int[] lines = muscles.abdominalLines;
        double[] unit = geometry.unitForce;
        double[] arm = geometry.momentArm;
        double[] u = wallDirection;
        double[] fr = pose.discFrame;
        double need = wallForceN;
        // the wall's tension per pascal, for the stress per pascal (the recruited pressure's column)
        double needPerPa = AbdominalPressureConstants.LONGITUDINAL_TENSION_PER_PRESSURE_M * wallWidthM();
        double perPa = 0;
        // each level's lines summed once: their PCSA along the wall (m²) and its moment (m³)
        double[] along = wallAlongM2;
        double[] alongMoment = wallAlongMomentM3;
        double requiredPa = 0;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            int o = 9 * k;
            double area = 0;
            double moment = 0;
            for (int i : lines) {
                if (k >= muscles.levelLo[i] && k < muscles.levelHi[i]) {
                    int v = 3 * (k * n + i);
                    area += g.pcsaM2[i] * alongWall(unit, v, u);
                    moment += g.pcsaM2[i] * (arm[v] * fr[o + 6] + arm[v + 1] * fr[o + 7] + arm[v + 2] * fr[o + 8]);
                }
            }
            along[k] = area;
            alongMoment[k] = moment;
            if (need > 0 && area > 0) {
                requiredPa = Math.max(requiredPa, need / area);
            }
            if (area > 0) {
                perPa = Math.max(perPa, needPerPa / area);
            }
        }
        wallStressPerPressure = perPa;
        wallActivation = requiredPa / TissueConstants.MAX_MUSCLE_STRESS_PA;
        wallCapped = requiredPa > maxStressPa;
        wallStressPa = Math.min(maxStressPa, requiredPa);
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            int o = 9 * k;
            double area = along[k];
            double carriedMoment = wallStressPa * alongMoment[k];
            // the stress the level lacks times its lines' area: exactly zero where the lines reach the need
            double rest = area > 0 ? area * Math.max(0, need / area - wallStressPa) : need;
            passiveWallForceN[k] = rest;
            double wx = -rest * u[0], wy = -rest * u[1], wz = -rest * u[2];
            double cx = wallCrossing[3 * k], cy = wallCrossing[3 * k + 1], cz = wallCrossing[3 * k + 2];
            double mx = cy * wz - cz * wy, my = cz * wx - cx * wz, mz = cx * wy - cy * wx;
            forceN[3 * k] = pressureOnlyForceN[3 * k] + wx;
            forceN[3 * k + 1] = pressureOnlyForceN[3 * k + 1] + wy;
            forceN[3 * k + 2] = pressureOnlyForceN[3 * k + 2] + wz;
            momentNm[3 * k] = pressureOnlyMomentNm[3 * k] + mx;
            momentNm[3 * k + 1] = pressureOnlyMomentNm[3 * k + 1] + my;
            momentNm[3 * k + 2] = pressureOnlyMomentNm[3 * k + 2] + mz;
            wallExtensorMomentNm[k] = carriedMoment + mx * fr[o + 6] + my * fr[o + 7] + mz * fr[o + 8];
        }
    }

    /** A line's unit pull on the body above ({@code unit[v..]}) along the wall towards the pelvis, never negative. */
    private static double alongWall(double[] unit, int v, double[] u) {
        return Math.max(0, -(unit[v] * u[0] + unit[v + 1] * u[1] + unit[v + 2] * u[2]));
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

    /**
     * The ends of AMMR's pressure line and anterior-wall line ({@link AbdominalPressureConstants}) in a
     * subject's neutral frame: carried by the least-squares similarity (rotation, uniform scale,
     * translation; Procrustes) that lays AMMR's six lumbar disc centres ({@link #ammrDiscCentres}) on the
     * subject's joint centres, which are disc centres. (Laying AMMR's joint nodes there instead, as until
     * 2026-12-07 (eighth session review), put the lines 4.7-6.8 mm too far in front of L4-L5 .. L1-L2.)
     * Called once per subject.
     *
     * @param jointX the subject's joint centres L5-S1 .. T12-L1, anterior (m)
     * @param jointY the same, superior (m)
     * @param out written: pressure line pelvis x, y, thorax x, y; wall line pelvis x, y, thorax x, y (m)
     * @return the root-mean-square distance of the laid AMMR disc centres from the subject's joints (m)
     */
    static double lineEnds(double[] jointX, double[] jointY, double[] out) {
        int n = AbdominalPressureConstants.AMMR_JOINT_X_M.length;
        double[] ax = new double[n];
        double[] ay = new double[n];
        ammrDiscCentres(ax, ay);
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
     * AMMR's disc centres, the points that correspond to our joints (disc centres): each joint node
     * moved along the anterior axis of the endplate below it to that endplate's middle, as
     * {@link SegmentRotationCentre} reads the same nodes (the node's height above the endplate is kept).
     * The nodes lie 4.7-6.8 mm behind the middle at L4-L5 .. T12-L1, on it at L5-S1.
     *
     * @param x written: anterior (m), L5-S1 .. T12-L1
     * @param y written: superior (m)
     */
    static void ammrDiscCentres(double[] x, double[] y) {
        for (int j = 0; j < x.length; j++) {
            double axp = AbdominalPressureConstants.AMMR_ENDPLATE_ANTERIOR_X_M[j];
            double ayp = AbdominalPressureConstants.AMMR_ENDPLATE_ANTERIOR_Y_M[j];
            double pxp = AbdominalPressureConstants.AMMR_ENDPLATE_POSTERIOR_X_M[j];
            double pyp = AbdominalPressureConstants.AMMR_ENDPLATE_POSTERIOR_Y_M[j];
            double ux = axp - pxp, uy = ayp - pyp;
            double len = Math.hypot(ux, uy);
            ux /= len;
            uy /= len;
            double jx = AbdominalPressureConstants.AMMR_JOINT_X_M[j], jy = AbdominalPressureConstants.AMMR_JOINT_Y_M[j];
            double forward = ((axp + pxp) / 2 - jx) * ux + ((ayp + pyp) / 2 - jy) * uy;
            x[j] = jx + forward * ux;
            y[j] = jy + forward * uy;
        }
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
     *     pressure's extensor moment (0.27-0.44 m in Wilke's loaded rows) is printed by
     *     {@code AbdominalWallWidthSensitivityTest}
     */
    static double wallWidthM() {
        return Math.sqrt(Math.PI * AbdominalPressureConstants.AREA_M2);
    }

    /**
     * @param fr the disc frames of the pose
     * @param level index of a disc (0 = L5-S1)
     * @return net force of the pressure and the passive wall remainder on the body above that disc along its normal, away from it (N)
     */
    double axialForceN(double[] fr, int level) {
        int o = 9 * level;
        return forceN[3 * level] * fr[o] + forceN[3 * level + 1] * fr[o + 1] + forceN[3 * level + 2] * fr[o + 2];
    }

    /**
     * @param fr the disc frames of the pose
     * @param level index of a disc (0 = L5-S1)
     * @return net extensor moment of the pressure and the passive wall remainder about that disc (N·m): their
     *     moment about its lateral axis (the wall's tension carried by the abdominal lines is in their forces)
     */
    double extensorMomentNm(double[] fr, int level) {
        int o = 9 * level + 6;
        return momentNm[3 * level] * fr[o] + momentNm[3 * level + 1] * fr[o + 1] + momentNm[3 * level + 2] * fr[o + 2];
    }
}
