package org.lumbosim.model;

import org.ejml.data.DMatrix3x3;

/**
 * Loads of the passive tissues at the posture's prescribed level rotations (the abdominal pressure
 * is its own stage, {@link AbdominalPressure}): the ligament forces of every level ({@link PassiveTissueGeometry}: tension-only
 * fibres with a toe region, stretched by the level's flexion, extension, lateral bend and axial
 * rotation), which act on the body above the disc with both a force (pulling it onto the disc:
 * compression, and a small shear) and a moment; the disc's own bending stiffness, a couple that
 * also balances the ligaments' pre-tension moment in the neutral posture; and,
 * for the level deviations of {@link RecruitmentAssembly}, the tangent flexion stiffness of the
 * ligaments at the prescribed rotation and the compression they add per radian of further flexion.
 * Allocation-free.
 */
final class TissueLoads {
    private static final int E = PassiveTissueGeometry.ELEMENTS;
    /**
     * Step of the central difference that gives the ligaments' tangent stiffness (rad). Numerical,
     * not physical: the law is continuously differentiable, so the difference is exact to the
     * square of the step times the law's curvature (relative error about 1e-8).
     */
    private static final double TANGENT_STEP_RAD = 1e-4;

    /**
     * Moment of the passive tissues about each disc's flexion axis (N·m, positive = resisting
     * flexion): ligaments and disc at the prescribed rotation. The level deviations of the
     * recruitment add their own ({@link Workspace#passiveMomentNm}).
     */
    final double[] passiveMomentNm = new double[LumbarModel.LEVELS];
    /**
     * Moment of ligaments and disc on the body above each disc in the disc's frame, as the
     * recruitment rows read it: lateral-axis (= resisting flexion), anterior-axis and normal
     * components (N·m), {@code 3 * level + axis}.
     */
    final double[] passiveAxisMomentNm = new double[3 * LumbarModel.LEVELS];
    /** Sum of the ligament forces on the body above each disc (N, world), {@code 3 * level}. */
    final double[] ligamentForceN = new double[3 * LumbarModel.LEVELS];
    /** Tangent flexion stiffness of each level's ligaments at the prescribed rotation (N·m/rad). */
    final double[] ligamentFlexionStiffnessNmPerRad = new double[LumbarModel.LEVELS];
    /** Compression each level's ligaments add per radian of further flexion (N/rad). */
    final double[] ligamentCompressionPerRad = new double[LumbarModel.LEVELS];

    /** Moment resisting flexion (N·m) of the last {@link #lateralLoad} call. */
    private double lateralMomentNm;
    /** Compression (N) of the last {@link #lateralLoad} call. */
    private double lateralCompressionN;

    /**
     * @param g the subject's body (not modified)
     * @param tissue the tissue constants (not modified)
     * @param pose the pose (not modified)
     */
    void compute(SubjectGeometry g, TissueParameters tissue, Kinematics pose) {
        PassiveTissueGeometry pt = g.passive;
        double[] fr = pose.discFrame;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            DMatrix3x3 lo = pose.orient[k];
            DMatrix3x3 up = pose.orient[k + 1];
            double fx = 0, fy = 0, fz = 0, mx = 0, my = 0, mz = 0;
            for (int e = k * E; e < (k + 1) * E; e++) {
                double ax = pt.lowerM[3 * e], ay = pt.lowerM[3 * e + 1], az = pt.lowerM[3 * e + 2];
                double bx = pt.upperM[3 * e], by = pt.upperM[3 * e + 1], bz = pt.upperM[3 * e + 2];
                // world offsets from the level's joint centre: lower end on the body below, upper end above
                double lx = lo.a11 * ax + lo.a12 * ay + lo.a13 * az;
                double ly = lo.a21 * ax + lo.a22 * ay + lo.a23 * az;
                double lz = lo.a31 * ax + lo.a32 * ay + lo.a33 * az;
                double ux = up.a11 * bx + up.a12 * by + up.a13 * bz;
                double uy = up.a21 * bx + up.a22 * by + up.a23 * bz;
                double uz = up.a31 * bx + up.a32 * by + up.a33 * bz;
                double dx = ux - lx, dy = uy - ly, dz = uz - lz;
                double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
                double tension = elementTensionN(pt, e, len);
                if (tension == 0) {
                    continue;
                }
                // tension pulls the upper end towards the lower one: force -t d on the body above
                double t = tension / len;
                double px = -t * dx, py = -t * dy, pz = -t * dz;
                fx += px;
                fy += py;
                fz += pz;
                mx += uy * pz - uz * py;
                my += uz * px - ux * pz;
                mz += ux * py - uy * px;
            }
            ligamentForceN[3 * k] = fx;
            ligamentForceN[3 * k + 1] = fy;
            ligamentForceN[3 * k + 2] = fz;
            // the disc's bending stiffness: a couple opposing the level's rotation vector (bend about
            // the neutral anterior axis x, twist about y, flexion about -z), read on the disc's axes
            double flex = pose.flexionRad[k];
            double sn = Math.sin(g.discTiltRad[k]), cs = Math.cos(g.discTiltRad[k]);
            double bend = pose.levelBendRad, twist = pose.levelTwistRad;
            double coupleLat = (flex >= 0 ? pt.discFlexionNmPerRad : pt.discExtensionNmPerRad) * flex
                    - pt.neutralLigamentMomentNm[k];
            double coupleAnt = -pt.discLateralNmPerRad * (bend * cs - twist * sn);
            double coupleNormal = -pt.discAxialNmPerRad * (bend * sn + twist * cs);
            int o = 9 * k;
            passiveAxisMomentNm[3 * k] = mx * fr[o + 6] + my * fr[o + 7] + mz * fr[o + 8] + coupleLat;
            passiveAxisMomentNm[3 * k + 1] = mx * fr[o + 3] + my * fr[o + 4] + mz * fr[o + 5] + coupleAnt;
            passiveAxisMomentNm[3 * k + 2] = mx * fr[o] + my * fr[o + 1] + mz * fr[o + 2] + coupleNormal;
            passiveMomentNm[k] = passiveAxisMomentNm[3 * k];
            // tangent of the ligaments' flexion moment and compression at this rotation
            lateralLoad(pt, pose, k, TANGENT_STEP_RAD);
            double moreMoment = lateralMomentNm, moreCompression = lateralCompressionN;
            lateralLoad(pt, pose, k, -TANGENT_STEP_RAD);
            ligamentFlexionStiffnessNmPerRad[k] = (moreMoment - lateralMomentNm) / (2 * TANGENT_STEP_RAD);
            ligamentCompressionPerRad[k] = (moreCompression - lateralCompressionN) / (2 * TANGENT_STEP_RAD);
        }
    }

    /** Tension of element {@code e} at length {@code lengthM} (N), by the law of {@link LumbarLigament}. */
    private static double elementTensionN(PassiveTissueGeometry pt, int e, double lengthM) {
        double rest = pt.elementRestM[e];
        return LumbarLigament.tensionN(pt.elementStiffnessN[e], pt.elementTransitionStrain[e], (lengthM - rest) / rest);
    }

    /**
     * The ligaments' moment resisting flexion and their compression at level {@code k} when the
     * body above is flexed by {@code extraFlexionRad} more than the pose (a rotation about the
     * disc's lateral axis through the joint centre), into {@link #lateralMomentNm} and
     * {@link #lateralCompressionN}.
     */
    private void lateralLoad(PassiveTissueGeometry pt, Kinematics pose, int k, double extraFlexionRad) {
        DMatrix3x3 lo = pose.orient[k];
        DMatrix3x3 up = pose.orient[k + 1];
        int o = 9 * k;
        double[] fr = pose.discFrame;
        double ax = fr[o + 6], ay = fr[o + 7], az = fr[o + 8];
        double nx = fr[o], ny = fr[o + 1], nz = fr[o + 2];
        // flexion is a negative rotation about the lateral axis (Rodrigues)
        double c = Math.cos(-extraFlexionRad), s = Math.sin(-extraFlexionRad);
        double moment = 0, compression = 0;
        for (int e = k * E; e < (k + 1) * E; e++) {
            double bx = pt.upperM[3 * e], by = pt.upperM[3 * e + 1], bz = pt.upperM[3 * e + 2];
            double vx = up.a11 * bx + up.a12 * by + up.a13 * bz;
            double vy = up.a21 * bx + up.a22 * by + up.a23 * bz;
            double vz = up.a31 * bx + up.a32 * by + up.a33 * bz;
            double dot = (ax * vx + ay * vy + az * vz) * (1 - c);
            double ux = vx * c + (ay * vz - az * vy) * s + ax * dot;
            double uy = vy * c + (az * vx - ax * vz) * s + ay * dot;
            double uz = vz * c + (ax * vy - ay * vx) * s + az * dot;
            double gx = pt.lowerM[3 * e], gy = pt.lowerM[3 * e + 1], gz = pt.lowerM[3 * e + 2];
            double dx = ux - (lo.a11 * gx + lo.a12 * gy + lo.a13 * gz);
            double dy = uy - (lo.a21 * gx + lo.a22 * gy + lo.a23 * gz);
            double dz = uz - (lo.a31 * gx + lo.a32 * gy + lo.a33 * gz);
            double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
            double t = elementTensionN(pt, e, len) / len;
            double px = -t * dx, py = -t * dy, pz = -t * dz;
            moment += ax * (uy * pz - uz * py) + ay * (uz * px - ux * pz) + az * (ux * py - uy * px);
            compression -= px * nx + py * ny + pz * nz;
        }
        lateralMomentNm = moment;
        lateralCompressionN = compression;
    }
}
