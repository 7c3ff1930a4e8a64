package org.lumbosim.model;

import org.ejml.data.DMatrix3x3;

/**
 * Loads of the passive tissues at the posture's prescribed level rotations (the abdominal pressure
 * is its own stage, {@link AbdominalPressure}): the ligament forces of every level ({@link PassiveTissueGeometry}: tension-only
 * fibres with a toe region, stretched by the level's flexion, extension, lateral bend and axial
 * rotation of the body above about the level's rotation centre {@link PassiveTissueGeometry#centreM}),
 * which act on the body above the disc with both a force (pulling it onto the disc:
 * compression, and a small shear) and a moment about the joint centre, taken on the ligament's
 * line as it lies after that rotation; the disc's own bending stiffness, a couple that
 * also balances the ligaments' pre-tension moment in the neutral posture; and,
 * for the level deviations of {@link RecruitmentAssembly}, the tangent flexion stiffness of the
 * ligaments at the prescribed rotation and the compression they add per radian of further flexion
 * (a rotation of the body above about the disc's lateral axis through the rotation centre): the exact
 * derivatives of the same law ({@link LumbarLigament#tensionPerStrainN}), in the same pass over the
 * fibres; and the passive tension of the stretched erector spinae ({@link PassiveMuscles}), whose
 * moment joins the passive moments and whose force on the body above each disc is kept apart
 * ({@link #muscleForceN}). Allocation-free.
 *
 * <p>Rotating about a centre {@code c} behind the disc centre moves the body above, relative to a
 * rotation about the joint centre, by {@code (R_below - R_above) c} (about 1.5 mm at 13 deg and
 * 6.75 mm): only the ligaments' lines see that shift. The masses, the muscles' lines and the point
 * of the disc's reaction stay where the joint chain puts them (a 1.5 mm shift against muscle lever
 * arms of 50-70 mm), so the equilibrium the recruitment solves is unchanged in form and exact.
 */
final class TissueLoads {
    private static final int E = PassiveTissueGeometry.ELEMENTS;

    /**
     * Moment of the passive tissues about each disc's flexion axis (N·m, positive = resisting
     * flexion): ligaments, disc and passive muscle tension at the prescribed rotation. The level deviations of the
     * recruitment add their own ({@link Workspace#passiveMomentNm}).
     */
    final double[] passiveMomentNm = new double[LumbarModel.LEVELS];
    /**
     * Moment of ligaments, disc and passive muscle tension on the body above each disc in the disc's
     * frame, as the recruitment rows read it: lateral-axis (= resisting flexion), anterior-axis and
     * normal components (N·m), {@code 3 * level + axis}.
     */
    final double[] passiveAxisMomentNm = new double[3 * LumbarModel.LEVELS];
    /** Sum of the ligament forces on the body above each disc (N, world), {@code 3 * level}. */
    final double[] ligamentForceN = new double[3 * LumbarModel.LEVELS];
    /** Sum of the passive muscle forces on the body above each disc (N, world), {@code 3 * level}. */
    final double[] muscleForceN = new double[3 * LumbarModel.LEVELS];
    /** Moment of the passive muscle forces about each disc's flexion axis (N·m, positive = resisting flexion). */
    final double[] muscleMomentNm = new double[LumbarModel.LEVELS];
    /** Tangent flexion stiffness of each level's ligaments at the prescribed rotation (N·m/rad). */
    final double[] ligamentFlexionStiffnessNmPerRad = new double[LumbarModel.LEVELS];
    /** Compression each level's ligaments add per radian of further flexion (N/rad). */
    final double[] ligamentCompressionPerRad = new double[LumbarModel.LEVELS];

    /**
     * @param g the subject's body (not modified)
     * @param tissue the tissue constants (not modified)
     * @param pose the pose (not modified)
     * @param muscles the passive muscle forces in the pose (not modified)
     */
    void compute(SubjectGeometry g, TissueParameters tissue, Kinematics pose, PassiveMuscles muscles) {
        compute(g, tissue, pose);
        double[] fr = pose.discFrame;
        double[] pm = muscles.momentNm;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            int o = 9 * k;
            double qx = pm[3 * k], qy = pm[3 * k + 1], qz = pm[3 * k + 2];
            muscleMomentNm[k] = qx * fr[o + 6] + qy * fr[o + 7] + qz * fr[o + 8];
            passiveAxisMomentNm[3 * k] += muscleMomentNm[k];
            passiveAxisMomentNm[3 * k + 1] += qx * fr[o + 3] + qy * fr[o + 4] + qz * fr[o + 5];
            passiveAxisMomentNm[3 * k + 2] += qx * fr[o] + qy * fr[o + 1] + qz * fr[o + 2];
            passiveMomentNm[k] = passiveAxisMomentNm[3 * k];
            muscleForceN[3 * k] = muscles.forceN[3 * k];
            muscleForceN[3 * k + 1] = muscles.forceN[3 * k + 1];
            muscleForceN[3 * k + 2] = muscles.forceN[3 * k + 2];
        }
    }

    /**
     * The segments' passive tissues alone (ligaments and disc), the passive muscle terms zero.
     *
     * @param g the subject's body (not modified)
     * @param tissue the tissue constants (not modified)
     * @param pose the pose (not modified)
     */
    void compute(SubjectGeometry g, TissueParameters tissue, Kinematics pose) {
        java.util.Arrays.fill(muscleForceN, 0);
        java.util.Arrays.fill(muscleMomentNm, 0);
        PassiveTissueGeometry pt = g.passive;
        double[] fr = pose.discFrame;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            DMatrix3x3 lo = pose.orient[k];
            DMatrix3x3 up = pose.orient[k + 1];
            int o = 9 * k;
            // the rotation centre, fixed to the body below (world offset from the joint centre), and
            // the shift of the body above turned about it rather than about the joint centre
            double qx = pt.centreM[3 * k], qy = pt.centreM[3 * k + 1], qz = pt.centreM[3 * k + 2];
            double cx = lo.a11 * qx + lo.a12 * qy + lo.a13 * qz;
            double cy = lo.a21 * qx + lo.a22 * qy + lo.a23 * qz;
            double cz = lo.a31 * qx + lo.a32 * qy + lo.a33 * qz;
            double tx = cx - (up.a11 * qx + up.a12 * qy + up.a13 * qz);
            double ty = cy - (up.a21 * qx + up.a22 * qy + up.a23 * qz);
            double tz = cz - (up.a31 * qx + up.a32 * qy + up.a33 * qz);
            // the disc's lateral axis, about which a further flexion turns the body above, and its normal
            double ax = fr[o + 6], ay = fr[o + 7], az = fr[o + 8];
            double nx = fr[o], ny = fr[o + 1], nz = fr[o + 2];
            double fx = 0, fy = 0, fz = 0, mx = 0, my = 0, mz = 0;
            double momentRate = 0, compressionRate = 0;
            for (int e = k * E; e < (k + 1) * E; e++) {
                double gx = pt.lowerM[3 * e], gy = pt.lowerM[3 * e + 1], gz = pt.lowerM[3 * e + 2];
                double bx = pt.upperM[3 * e], by = pt.upperM[3 * e + 1], bz = pt.upperM[3 * e + 2];
                // world offsets from the level's joint centre: lower end on the body below, upper end above
                double lx = lo.a11 * gx + lo.a12 * gy + lo.a13 * gz;
                double ly = lo.a21 * gx + lo.a22 * gy + lo.a23 * gz;
                double lz = lo.a31 * gx + lo.a32 * gy + lo.a33 * gz;
                double ux = up.a11 * bx + up.a12 * by + up.a13 * bz + tx;
                double uy = up.a21 * bx + up.a22 * by + up.a23 * bz + ty;
                double uz = up.a31 * bx + up.a32 * by + up.a33 * bz + tz;
                double dx = ux - lx, dy = uy - ly, dz = uz - lz;
                double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
                double rest = pt.elementRestM[e];
                double strain = (len - rest) / rest;
                double tension = LumbarLigament.tensionN(pt.elementStiffnessN[e], pt.elementTransitionStrain[e], strain);
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
                // rates per radian of further flexion (a rotation by minus that angle about the lateral
                // axis through the centre): the upper end moves by s = (u - c) × a, the length by
                // d·s / len, the tension by the law's slope times the strain's rate, and t = tension / len by tRate
                double rx = ux - cx, ry = uy - cy, rz = uz - cz;
                double sx = ry * az - rz * ay, sy = rz * ax - rx * az, sz = rx * ay - ry * ax;
                double lengthRate = (dx * sx + dy * sy + dz * sz) / len;
                double tensionRate = LumbarLigament.tensionPerStrainN(pt.elementStiffnessN[e],
                        pt.elementTransitionStrain[e], strain) * lengthRate / rest;
                double tRate = (tensionRate - t * lengthRate) / len;
                // moment a·(u × p) with p = -t d, d = u - l: its rate is -(tRate a·(l × u) + t a·(l × s))
                momentRate -= tRate * (ax * (ly * uz - lz * uy) + ay * (lz * ux - lx * uz) + az * (lx * uy - ly * ux))
                        + t * (ax * (ly * sz - lz * sy) + ay * (lz * sx - lx * sz) + az * (lx * sy - ly * sx));
                // compression -p·n = t d·n
                compressionRate += tRate * (dx * nx + dy * ny + dz * nz) + t * (sx * nx + sy * ny + sz * nz);
            }
            ligamentForceN[3 * k] = fx;
            ligamentForceN[3 * k + 1] = fy;
            ligamentForceN[3 * k + 2] = fz;
            // the disc's bending stiffness: a couple opposing the level's rotation vector (bend about
            // the neutral anterior axis x, twist about y, flexion about -z), read on the disc's axes
            double flex = pose.flexionRad[k];
            double sn = g.discTiltSin[k], cs = g.discTiltCos[k];
            double bend = pose.levelBendRad, twist = pose.levelTwistRad;
            double coupleLat = (flex >= 0 ? pt.discFlexionNmPerRad : pt.discExtensionNmPerRad) * flex
                    - pt.neutralLigamentMomentNm[k];
            double coupleAnt = -pt.discLateralNmPerRad * (bend * cs - twist * sn);
            double coupleNormal = -pt.discAxialNmPerRad * (bend * sn + twist * cs);
            passiveAxisMomentNm[3 * k] = mx * fr[o + 6] + my * fr[o + 7] + mz * fr[o + 8] + coupleLat;
            passiveAxisMomentNm[3 * k + 1] = mx * fr[o + 3] + my * fr[o + 4] + mz * fr[o + 5] + coupleAnt;
            passiveAxisMomentNm[3 * k + 2] = mx * fr[o] + my * fr[o + 1] + mz * fr[o + 2] + coupleNormal;
            passiveMomentNm[k] = passiveAxisMomentNm[3 * k];
            ligamentFlexionStiffnessNmPerRad[k] = momentRate;
            ligamentCompressionPerRad[k] = compressionRate;
        }
    }
}
