package org.lumbosim.model;

import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * The hip equation and the psoas force it needs. The net hip flexion moment is the moment, about
 * the axis through both hip joint centres, that the hip muscles must apply to keep the body above
 * the hips (pelvis, trunk, head, arms) in balance against what acts on it from outside: gravity on
 * its masses not carried by a resting support, inertia in inverse dynamics, the hand loads, the
 * thighs' push on hands resting on them, the backrest, the upper-body contacts, the seat and the
 * floor under the pelvis. The seat pushes on the
 * pelvis at the ischial tuberosities ({@link Supports}, {@link IschialTuberosityGeometry}), behind
 * the hip joint centres when the pelvis is upright, so its push holds part of what lies behind the
 * hips; a floor beneath a face-up pelvis pushes on its lowest bone, the tuberosities or the sacral
 * crest ({@link SacralOutlineGeometry}, {@link Landmark#PELVIS_REST_LEFT}), towards the head from the hips
 * when lying on the back, and at the hip joint centres when the pelvis lies face down (no moment about
 * the axis); the other lower contacts act on the legs, so by whole-body balance this is also the
 * moment the legs' weight and their supports demand. Only a moment that would extend the
 * trunk on the thighs (tip the upper body backwards) needs the hip flexors; the other sign is the
 * hip extensors', which do not reach the lumbar spine. The hips' passive tissues (capsule,
 * ligaments, stretched muscles) carry part of it first: {@link #passiveFlexionMomentNm} after Riener
 * and Edrich 1999, a flexion moment near the neutral hip (the iliofemoral ligament in upright
 * standing) and an extension moment at large hip flexion with straight knees (the hamstrings), which
 * the flexors must then overcome. On a lying surface ({@link Supports#lyingSurface}) the surface holds
 * the passive tissues' moments, at the hips as at every lumbar level, so the flexors carry the whole
 * extending moment of the hand loads and inertia and none against the hips' passive tissues (a relaxed
 * body on a surface holds no psoas against its stretched hamstrings).
 *
 * <p>Both hips share the moment equally. Five hip flexors share each hip's part by the least sum of
 * squared stresses (the default recruitment criterion), solved in closed form for one moment with
 * the constant arms and strengths of {@link HipFlexorConstants}: each flexor's force is proportional
 * to its arm times its PCSA squared. The same share is used whatever the trunk muscles' criterion, so
 * that the recruitment problem does not depend on the criterion; the hip flexors' own strength is
 * not checked. The psoas's share pulls on L1-L5 along the psoas lines of
 * {@link Christophy2012Muscles}, split among a side's lines by their PCSA. A muscle set with psoas
 * lines (multi-fascicle) takes it as each psoas line's smallest force in recruitment
 * ({@link RecruitmentAssembly}); one without (single-equivalent) takes it here as a known force:
 * the force and moment the psoas lines apply to the body above every disc, which the recruited
 * muscles balance and the disc carries. Allocation-free.
 */
final class HipFlexors {
    private static final int LEFT_HIP = 3 * Landmark.HIP_LEFT.ordinal();
    private static final int RIGHT_HIP = 3 * Landmark.HIP_RIGHT.ordinal();
    private static final int SEAT = Support.SEAT.ordinal();
    private static final int PELVIS_ON_FLOOR = Support.PELVIS_ON_FLOOR.ordinal();
    /** Psoas force per N·m of one hip's flexion moment (N/(N·m)). */
    static final double PSOAS_N_PER_NM = psoasForcePerMoment();

    /** Hip flexion moment the last solve demanded, both hips together (N·m, zero or positive). */
    double hipFlexionMomentNm;
    /** Passive hip moment of the last solve's hip and knee angles, both hips together (N·m, + flexes). */
    double passiveHipMomentNm;
    /**
     * What the last solve asked of the hip flexors before the zero floor, both hips (N·m): the extending
     * moment less the passive moment the hips' tissues hold; positive where the psoas pulls.
     */
    double flexorNeedNm;
    /**
     * The extending moment about the hip axis per newton of the thighs' push on the trunk in the last solve
     * ({@link TrunkThighContact}; N·m/N, + tips the upper body backwards), zero without a push.
     */
    double pushExtendingPerN;
    /** Psoas force of one side that carries its share of that moment (N). */
    double psoasForcePerSideN;
    /** For a muscle set without psoas lines: the psoas's force on the body above each disc (N, world). */
    final double[] psoasForceN = new double[3 * LumbarModel.LEVELS];
    /** Its moment about each disc centre (N·m, world). */
    final double[] psoasMomentNm = new double[3 * LumbarModel.LEVELS];
    private final MuscleSet lines = MuscleSet.psoasLines();
    private final MuscleGeometry lineGeometry = new MuscleGeometry(lines);
    private final double[] acc = new double[6];
    /** The thighs' push alone about the hips (force and moment). */
    private final double[] pushAcc = new double[6];

    /**
     * @param g the subject's body (not modified)
     * @param muscles the model's muscle set (not modified)
     * @param pose the pose (not modified)
     * @param actions the external actions, backrest set (not modified)
     * @param supports the contact reactions of this solve (not modified): the upper-body contacts', the seat's
     *     and the pelvis's on the floor
     * @param posture the posture: its hip and knee flexion set the passive hip moment
     */
    void compute(SubjectGeometry g, MuscleSet muscles, Kinematics pose,
                 ExternalActions actions, Supports supports, Posture posture) {
        double[] lm = pose.segWorld;
        double cx = (lm[LEFT_HIP] + lm[RIGHT_HIP]) / 2;
        double cy = (lm[LEFT_HIP + 1] + lm[RIGHT_HIP + 1]) / 2;
        double cz = (lm[LEFT_HIP + 2] + lm[RIGHT_HIP + 2]) / 2;
        double ax = lm[RIGHT_HIP] - lm[LEFT_HIP];
        double ay = lm[RIGHT_HIP + 1] - lm[LEFT_HIP + 1];
        double az = lm[RIGHT_HIP + 2] - lm[LEFT_HIP + 2];
        double len = Math.sqrt(ax * ax + ay * ay + az * az);
        actions.handAbout(acc, cx, cy, cz);
        actions.addThighPushAbout(acc, cx, cy, cz);
        actions.addUnderGripsOnUpperBodyAbout(acc, cx, cy, cz);
        boolean dynamic = actions.dynamic();
        for (MassPoint mp : MassPoint.ALL) {
            if (mp.region == MassPoint.Region.LEG) {
                continue;
            }
            int m = mp.ordinal();
            if (!actions.resting(m)) {
                actions.addGravityAbout(acc, m, cx, cz);
            }
            if (dynamic) {
                actions.addInertiaAbout(acc, m, cx, cy, cz);
            }
        }
        if (dynamic) {
            actions.addInertialMoment(acc);
        }
        if (actions.backrestForceN() != 0) {
            addAbout(actions.backrestForceN(0), actions.backrestForceN(1), actions.backrestForceN(2),
                    actions.backrestPointM(0), actions.backrestPointM(1), actions.backrestPointM(2), cx, cy, cz);
        }
        supports.trunkThighs.addAbout(acc, cx, cy, cz);
        pushExtendingPerN = 0;
        if (supports.trunkThighs.forceN > 0) {
            java.util.Arrays.fill(pushAcc, 0);
            supports.trunkThighs.addAbout(pushAcc, cx, cy, cz);
            pushExtendingPerN = (pushAcc[3] * ax + pushAcc[4] * ay + pushAcc[5] * az) / len
                    / supports.trunkThighs.forceN;
        }
        for (int c = 0; c < supports.contactCount; c++) {
            if (c < supports.firstUpperContact && supports.contactSupport[c] != SEAT
                    && supports.contactSupport[c] != PELVIS_ON_FLOOR) {
                continue;
            }
            int o = 3 * c;
            addAbout(supports.contactForce[o], supports.contactForce[o + 1], supports.contactForce[o + 2],
                    supports.contactPoint[o], supports.contactPoint[o + 1], supports.contactPoint[o + 2], cx, cy, cz);
        }
        // + along the left-to-right hip axis tips the upper body backwards (extends it on the thighs)
        double extending = (acc[3] * ax + acc[4] * ay + acc[5] * az) / len;
        hipFlexionMomentNm = Math.max(0, extending);
        passiveHipMomentNm = 2 * passiveFlexionMomentNm(posture.hipFlexionDeg(), posture.kneeFlexionDeg());
        // a lying surface holds the passive moment, as it holds the lumbar levels'
        double passiveHeld = posture.has(Support.LYING_SURFACE) ? 0 : passiveHipMomentNm;
        flexorNeedNm = extending - passiveHeld;
        psoasForcePerSideN = Math.max(0, flexorNeedNm) / 2 * PSOAS_N_PER_NM;
        java.util.Arrays.fill(psoasForceN, 0);
        java.util.Arrays.fill(psoasMomentNm, 0);
        if (muscles.hasPsoas || psoasForcePerSideN == 0) {
            return;
        }
        lineGeometry.compute(g, lines, pose);
        int n = lines.count();
        for (int i = 0; i < n; i++) {
            double f = psoasForcePerSideN * lines.psoasFraction[i];
            for (int k = lines.levelLo[i]; k < lines.levelHi[i]; k++) {
                int u = 3 * (k * n + i);
                for (int d = 0; d < 3; d++) {
                    psoasForceN[3 * k + d] += f * lineGeometry.unitForce[u + d];
                    psoasMomentNm[3 * k + d] += f * lineGeometry.momentArm[u + d];
                }
            }
        }
    }

    /**
     * Passive elastic hip moment of one hip, Riener and Edrich 1999 ({@link HipFlexorConstants}).
     *
     * @param hipDeg hip flexion (deg, flexion positive)
     * @param kneeDeg knee flexion (deg, flexion positive)
     * @return the hip's passive moment (N·m; positive flexes the hip, negative extends it)
     */
    static double passiveFlexionMomentNm(double hipDeg, double kneeDeg) {
        return Math.exp(HipFlexorConstants.PASSIVE_HIP_A1 - HipFlexorConstants.PASSIVE_HIP_K1_PER_DEG * kneeDeg
                        - HipFlexorConstants.PASSIVE_HIP_H1_PER_DEG * hipDeg)
                - Math.exp(HipFlexorConstants.PASSIVE_HIP_A2 - HipFlexorConstants.PASSIVE_HIP_K2_PER_DEG * kneeDeg
                        + HipFlexorConstants.PASSIVE_HIP_H2_PER_DEG * hipDeg)
                + HipFlexorConstants.PASSIVE_HIP_OFFSET_NM;
    }

    /** Adds a force (fx, fy, fz) at (x, y, z) to {@code acc}, about (cx, cy, cz). */
    private void addAbout(double fx, double fy, double fz, double x, double y, double z, double cx, double cy, double cz) {
        ExternalActions.addForce(acc, fx, fy, fz, x - cx, y - cy, z - cz);
    }

    /**
     * @param muscles the model's muscle set
     * @param i a line of it
     * @return the smallest force the hip equation asks of that line (N): its share of its side's
     *     psoas force, zero for a line of another muscle
     */
    double psoasLowerBoundN(MuscleSet muscles, int i) {
        return muscles.psoasSide[i] < 0 ? 0 : psoasForcePerSideN * muscles.psoasFraction[i];
    }

    /**
     * The psoas force per N·m of one hip's flexion moment: minimising {@code sum (F_j / A_j)^2} subject
     * to {@code sum r_j F_j = M} gives {@code F_j = M r_j A_j^2 / sum(r_k^2 A_k^2)} (PCSA {@code A}
     * proportional to the largest force).
     */
    private static double psoasForcePerMoment() {
        double[] area = {HipFlexorConstants.PSOAS_MAX_FORCE_N, HipFlexorConstants.ILIACUS_MAX_FORCE_N,
            HipFlexorConstants.RECTUS_FEMORIS_MAX_FORCE_N, HipFlexorConstants.SARTORIUS_MAX_FORCE_N,
            HipFlexorConstants.TFL_MAX_FORCE_N};
        double[] arm = {HipFlexorConstants.PSOAS_HIP_ARM_M, HipFlexorConstants.ILIACUS_HIP_ARM_M,
            HipFlexorConstants.RECTUS_FEMORIS_HIP_ARM_M, HipFlexorConstants.SARTORIUS_HIP_ARM_M,
            HipFlexorConstants.TFL_HIP_ARM_M};
        double sum = 0;
        for (int j = 0; j < area.length; j++) {
            sum += arm[j] * arm[j] * area[j] * area[j];
        }
        return arm[0] * area[0] * area[0] / sum;
    }
}
