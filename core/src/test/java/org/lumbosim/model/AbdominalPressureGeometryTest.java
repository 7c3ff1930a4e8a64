package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.solver.QpStatus;
import org.lumbosim.solver.QpWorkspace;

/**
 * Where the abdominal pressure and its wall act at each lumbar level (issue 12, item 4;
 * docs/research/intra-abdominal-pressure.md, "Where the pressure acts, level by level"): the pressure
 * normal to each disc's mid-plane where the AnyBody AMMR trunk's pressure line (pelvis to thorax
 * {@code PressureNode}) crosses it, the passive remainder of the wall's longitudinal tension (what the
 * abdominal lines cannot carry) along AMMR's anterior-wall line ({@code BuckleNodeBottomCenter} to
 * {@code BuckleNodeTopCenter}) where that line crosses it. Prints
 * the arms at each level for the default subject and for Wilke's against the arms the source's own
 * nodes give in its own frame; checks the fit of the two spines, the moments' algebra, and symmetry
 * over seeded random postures.
 */
class AbdominalPressureGeometryTest {
    /** Farthest an AMMR joint centre may lie from the subject's once the spines are laid on each other (m). */
    private static final double FIT_TOLERANCE_M = 0.003;
    /** Largest mean distance, along the discs, of AMMR's laid joint nodes from our rotation centres (m). */
    private static final double MEAN_NODE_OFFSET_TOLERANCE_M = 0.0015;

    /**
     * The perpendicular distance of a joint centre in front of a line, both in AMMR's own frame (m).
     */
    private static double sourceArmM(double px, double py, double qx, double qy, double jx, double jy) {
        double dx = qx - px, dy = qy - py;
        return ((jx - px) * dy - (jy - py) * dx) / Math.hypot(dx, dy) * -1;
    }

    @Test
    void layingAmmrsSpineOnTheSubjectsFitsWithinMillimetres() {
        Random rnd = new Random(20261207L);
        for (int i = 0; i < 50; i++) {
            Subject s = i == 0 ? Subject.defaultSubject() : i == 1 ? Wilke1999.subject()
                    : new Subject(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, 1.5 + 0.5 * rnd.nextDouble(),
                    45 + 75 * rnd.nextDouble(), 18 + 62 * rnd.nextDouble());
            SubjectGeometry g = LumbarModel.of(s).geometry;
            assertThat(g.abdomenLineFitRmsM).as("%s", s).isLessThan(FIT_TOLERANCE_M);
            // the pressure line lies behind the wall line, both in front of the spine, at every stature
            double[] e = g.abdomenLinesM;
            assertThat(e[0]).isPositive().isLessThan(e[4]);
            assertThat(e[2]).isPositive().isLessThan(e[6]);
        }
    }

    /**
     * AMMR's joint nodes are its rotation centres, behind its disc centres; our joints are disc centres.
     * The disc centres the fit uses lie in front of the nodes by the offsets {@link SegmentRotationCentre}
     * read from the same endplates, and once AMMR's spine is laid on ours its joint nodes fall on our
     * rotation centres (where the passive tissues turn): on average over the levels within 1.5 mm along
     * the discs, for 50 subjects.
     */
    @Test
    void theFitLaysAmmrsDiscCentresNotItsJointNodesOnOurJoints() {
        double[] cx = new double[LumbarModel.JOINTS];
        double[] cy = new double[LumbarModel.JOINTS];
        AbdominalPressure.ammrDiscCentres(cx, cy);
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double forward = 1000 * Math.hypot(cx[k] - AbdominalPressureConstants.AMMR_JOINT_X_M[k],
                    cy[k] - AbdominalPressureConstants.AMMR_JOINT_Y_M[k]);
            assertThat(forward).as("level %d", k).isCloseTo(Math.abs(SegmentRotationCentre.posteriorOffsetMm(k)), within(0.01));
        }
        Random rnd = new Random(20261207L);
        for (int i = 0; i < 50; i++) {
            Subject s = i == 0 ? Subject.defaultSubject() : new Subject(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                    1.5 + 0.5 * rnd.nextDouble(), 45 + 75 * rnd.nextDouble(), 18 + 62 * rnd.nextDouble());
            SubjectGeometry g = LumbarModel.of(s).geometry;
            // the similarity, recovered from where it puts two of AMMR's points (the pressure line's ends)
            double[] e = g.abdomenLinesM;
            double[] src = {AbdominalPressureConstants.AMMR_PELVIS_PRESSURE_NODE_X_M, AbdominalPressureConstants.AMMR_PELVIS_PRESSURE_NODE_Y_M,
                AbdominalPressureConstants.AMMR_THORAX_PRESSURE_NODE_X_M, AbdominalPressureConstants.AMMR_THORAX_PRESSURE_NODE_Y_M};
            double sx = src[2] - src[0], sy = src[3] - src[1];
            double dx = e[2] - e[0], dy = e[3] - e[1];
            double n2 = sx * sx + sy * sy;
            double c = (sx * dx + sy * dy) / n2, sn = (sx * dy - sy * dx) / n2;
            double meanForward = 0;
            for (int k = 0; k < LumbarModel.LEVELS; k++) {
                double px = AbdominalPressureConstants.AMMR_JOINT_X_M[k] - src[0];
                double py = AbdominalPressureConstants.AMMR_JOINT_Y_M[k] - src[1];
                double nodeX = c * px - sn * py + e[0], nodeY = sn * px + c * py + e[1];
                double centreX = g.jointX[k] + g.passive.centreM[3 * k];
                double centreY = g.jointY[k] + g.passive.centreM[3 * k + 1];
                // along the disc's anterior axis in the neutral frame: (cos tilt, -sin tilt)
                meanForward += ((nodeX - centreX) * g.discTiltCos[k] - (nodeY - centreY) * g.discTiltSin[k]) / LumbarModel.LEVELS;
            }
            // laid on the disc centres, the nodes would lie 4.4 mm (mean over the levels, scaled) in front of them
            assertThat(meanForward).as("%s: mean distance of AMMR's laid joint nodes in front of our rotation centres", s)
                    .isCloseTo(0, within(MEAN_NODE_OFFSET_TOLERANCE_M));
        }
    }

    @Test
    void printsTheArmsAtEachLevelAgainstTheSourceInNeutralStanding() {
        for (LumbarModel model : List.of(LumbarModel.of(Subject.defaultSubject()), Wilke1999.subjectModel())) {
            SubjectGeometry g = model.geometry;
            Workspace ws = model.newWorkspace();
            // the neutral pose: pelvis and levels unrotated, as AMMR's nodes are given
            Posture neutral = PosturePreset.STANDING_RELAXED.posture().withTrunkFlexionDeg(0).withLumbarFlexionDeg(0);
            model.solve(neutral, List.of(), ws);
            AbdominalPressure a = ws.pipeline.abdomen;
            // AMMR's disc centres, which correspond to our joints (its joint nodes lie behind them)
            double[] ax = new double[LumbarModel.JOINTS];
            double[] ay = new double[LumbarModel.JOINTS];
            AbdominalPressure.ammrDiscCentres(ax, ay);
            // the fit's scale: the subject's lumbar spine over AMMR's
            double scale = Math.hypot(g.jointX[5] - g.jointX[0], g.jointY[5] - g.jointY[0])
                    / Math.hypot(ax[5] - ax[0], ay[5] - ay[0]);
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "%.2f m, neutral standing, pressure | wall arm (cm) along the disc plane (perpendicular to the line: ours/AMMR's nodes scaled %.3f):", g.statureM, scale));
            for (int k = 0; k < LumbarModel.LEVELS; k++) {
                double p = scale * sourceArmM(AbdominalPressureConstants.AMMR_PELVIS_PRESSURE_NODE_X_M,
                        AbdominalPressureConstants.AMMR_PELVIS_PRESSURE_NODE_Y_M,
                        AbdominalPressureConstants.AMMR_THORAX_PRESSURE_NODE_X_M,
                        AbdominalPressureConstants.AMMR_THORAX_PRESSURE_NODE_Y_M, ax[k], ay[k]);
                double w = scale * sourceArmM(AbdominalPressureConstants.AMMR_PELVIS_WALL_NODE_X_M,
                        AbdominalPressureConstants.AMMR_PELVIS_WALL_NODE_Y_M,
                        AbdominalPressureConstants.AMMR_THORAX_WALL_NODE_X_M,
                        AbdominalPressureConstants.AMMR_THORAX_WALL_NODE_Y_M, ax[k], ay[k]);
                double[] e = g.abdomenLinesM;
                double pOurs = sourceArmM(e[0], e[1], e[2], e[3], g.jointX[k], g.jointY[k]);
                double wOurs = sourceArmM(e[4], e[5], e[6], e[7], g.jointX[k], g.jointY[k]);
                sb.append(String.format(Locale.ROOT, " %s %.1f (%.1f/%.1f) | %.1f (%.1f/%.1f)", SpinalLevel.values()[k].label(),
                        100 * a.pressureArmM[k], 100 * pOurs, 100 * p, 100 * a.wallArmM[k], 100 * wOurs, 100 * w));
                // perpendicular distances from the laid lines agree with the source's to within the fit
                assertThat(pOurs).isCloseTo(p, within(FIT_TOLERANCE_M));
                assertThat(wOurs).isCloseTo(w, within(FIT_TOLERANCE_M));
                // along the disc's plane the arm is the perpendicular distance over the cosine of the angle
                // between the line and the disc's normal
                int o = 9 * k;
                double[] fr = ws.pipeline.pose.discFrame;
                double lx = e[2] - e[0], ly = e[3] - e[1];
                double cos = (lx * fr[o] + ly * fr[o + 1]) / Math.hypot(lx, ly);
                assertThat(a.pressureArmM[k]).isCloseTo(pOurs / cos, within(1e-9));
            }
            System.out.println(sb);
            // the source's level pattern: the lordosis puts L1-L2 (and L5-S1) farther behind the line than L4-L5
            int l45 = SpinalLevel.L4_L5.ordinal();
            assertThat(a.pressureArmM[SpinalLevel.L1_L2.ordinal()]).isGreaterThan(a.pressureArmM[l45]);
            assertThat(a.pressureArmM[SpinalLevel.L5_S1.ordinal()]).isGreaterThan(a.pressureArmM[l45]);
        }
    }

    @Test
    void printsTheArmsAndMomentsInWilkesActivities() {
        LumbarModel model = Wilke1999.subjectModel();
        Workspace ws = model.newWorkspace();
        int printed = 0;
        for (Wilke1999.Measurement m : Wilke1999.measurements()) {
            if (m.preset().isEmpty() && m.posture().isEmpty()) {
                continue;
            }
            Posture posture = m.posture().orElseGet(() -> m.preset().orElseThrow().posture());
            model.solve(posture, m.loadKg() == 0 ? List.of() : List.of(HandLoad.ofMassKg(m.loadKg())), ws);
            AbdominalPressure a = ws.pipeline.abdomen;
            double[] fr = ws.pipeline.pose.discFrame;
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "%-22s IAP %5.2f kPa (P·A %3.0f N, wall %3.0f N carried at activation %.4f); arms pressure|wall line,"
                    + " extensor moment of pressure (and passive remainder) + wall as carried by the abdominal lines:",
                    m.id(), a.pressurePa / 1000, a.pressureForceN, a.wallForceN, a.wallActivation));
            for (int k = 0; k < LumbarModel.LEVELS; k++) {
                assertThat(a.pressureArmM[k]).as(m.id()).isPositive().isLessThan(a.wallArmM[k]);
                sb.append(String.format(Locale.ROOT, " %s %.1f|%.1f cm %+.1f %+.1f N·m", SpinalLevel.values()[k].label(),
                        100 * a.pressureArmM[k], 100 * a.wallArmM[k], a.extensorMomentNm(fr, k), a.wallExtensorMomentNm[k]));
            }
            System.out.println(sb);
            printed++;
        }
        assertThat(printed).isPositive();
    }

    /**
     * Over seeded random subjects, postures and loads: the stage's force and moment are the pressure
     * normal to the disc at the pressure line's crossing plus the passive remainder of the wall's tension
     * (what the abdominal lines cannot carry within their strength; none at the published strength, some
     * in every fourth case, whose muscles are made weak and pressure high, when the task stays within their strength;
     * none when it is beyond it and reported at the strength it requires) along the wall line at its crossing; the wall's
     * tension as carried flexes every level; a mirror-symmetric posture gets no lateral force, no moment
     * about the anterior or normal axes, and no lateral shear.
     */
    @Test
    void forceAndMomentFollowTheTwoLinesAndSymmetryHolds() {
        Random rnd = new Random(7L);
        int solved = 0;
        int withRemainder = 0;
        int beyond = 0;
        for (int i = 0; i < 60; i++) {
            Subject s = new Subject(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, 1.5 + 0.5 * rnd.nextDouble(),
                    45 + 75 * rnd.nextDouble(), 18 + 62 * rnd.nextDouble());
            boolean symmetric = i % 2 == 0;
            boolean weak = i % 4 == 1;
            Posture p = PosturePreset.STANDING_RELAXED.posture()
                    .withTrunkFlexionDeg(-20 + 120 * rnd.nextDouble())
                    .withLumbarFlexionDeg(-10 + 55 * rnd.nextDouble())
                    .withHipFlexionDeg(-10 + 110 * rnd.nextDouble())
                    .withKneeFlexionDeg(120 * rnd.nextDouble())
                    .withLateralBendDeg(symmetric ? 0 : -20 + 40 * rnd.nextDouble())
                    .withAxialRotationDeg(symmetric ? 0 : -20 + 40 * rnd.nextDouble());
            LumbarModel model = LumbarModel.of(s).withMuscleModel(i % 3 == 0 ? MuscleModelKind.MULTI_FASCICLE
                    : MuscleModelKind.SINGLE_EQUIVALENT);
            if (weak) {
                // the weakest strength allowed, 0.1 MPa, and the pressure raised tenfold (held at its ceiling):
                // a pressure of more than about 19 kPa then needs a passive remainder
                model = model.withTissueParameters(model.tissueParameters()
                        .with(TissueParameters.TissueParameter.MAX_MUSCLE_STRESS, 0.1)
                        .with(TissueParameters.TissueParameter.IAP_SCALE, 10))
                        .withOverloadPolicy(OverloadPolicy.REPORT);
            }
            Workspace ws = model.newWorkspace();
            model.solve(p, List.of(HandLoad.ofMassKg(30 * rnd.nextDouble())), ws);
            AbdominalPressure a = ws.pipeline.abdomen;
            Kinematics pose = ws.pipeline.pose;
            double[] fr = pose.discFrame;
            for (int k = 0; k < LumbarModel.LEVELS; k++) {
                int o = 9 * k;
                String as = "case " + i + " level " + k;
                // forces: P·A along the normal, the wall's passive remainder along the wall line
                double wx = a.forceN[3 * k] - a.pressureForceN * fr[o];
                double wy = a.forceN[3 * k + 1] - a.pressureForceN * fr[o + 1];
                double wz = a.forceN[3 * k + 2] - a.pressureForceN * fr[o + 2];
                double rest = a.passiveWallForceN[k];
                assertThat(Math.sqrt(wx * wx + wy * wy + wz * wz)).as(as).isCloseTo(rest, within(1e-9 * (1 + a.wallForceN)));
                assertThat(rest).as(as).isBetween(0.0, a.wallForceN);
                if (!weak || ws.overloaded()) {
                    // at the published strength, and at the strength an overloaded task requires, the abdominal
                    // lines carry all of it
                    assertThat(rest).as(as).isLessThan(1e-9 * (1 + a.wallForceN));
                    beyond += weak && a.wallActivation * TissueConstants.MAX_MUSCLE_STRESS_PA > model.tissueParameters().maxMuscleStressPa() ? 1 : 0;
                } else if (rest > 1e-6 * a.wallForceN) {
                    withRemainder++;
                }
                // moment about the anterior axis from the pressure is -P·A times its lateral offset; about the
                // lateral axis the pressure gives P·A times its arm; the remainder's share is what remains
                double lateralAxis = a.extensorMomentNm(fr, k);
                double wallLateral = lateralAxis - a.pressureForceN * a.pressureArmM[k];
                if (rest > 1e-6 * a.wallForceN) {
                    // the remainder pulls the body above down in front of the disc: a flexor about every level
                    assertThat(wallLateral).as(as).isNegative();
                }
                if (a.wallForceN > 0) {
                    // and so does the wall's tension as carried by the abdominal lines
                    assertThat(a.wallExtensorMomentNm[k]).as(as).isNegative();
                }
                if (symmetric) {
                    double anterior = a.momentNm[3 * k] * fr[o + 3] + a.momentNm[3 * k + 1] * fr[o + 4] + a.momentNm[3 * k + 2] * fr[o + 5];
                    double normal = a.momentNm[3 * k] * fr[o] + a.momentNm[3 * k + 1] * fr[o + 1] + a.momentNm[3 * k + 2] * fr[o + 2];
                    double lateralForce = a.forceN[3 * k] * fr[o + 6] + a.forceN[3 * k + 1] * fr[o + 7] + a.forceN[3 * k + 2] * fr[o + 8];
                    assertThat(anterior).as(as).isCloseTo(0, within(1e-9));
                    assertThat(normal).as(as).isCloseTo(0, within(1e-9));
                    assertThat(lateralForce).as(as).isCloseTo(0, within(1e-9));
                    if (ws.status() == QpStatus.OK) {
                        assertThat(ws.lateralShearN(SpinalLevel.values()[k])).as(as).isCloseTo(0, within(1e-6));
                    }
                }
            }
            if (ws.status() == QpStatus.OK) {
                solved++;
            }
        }
        assertThat(solved).isPositive();
        assertThat(withRemainder + beyond).as("weak cases with a passive remainder or the wall carried beyond the strength").isPositive();
    }

    /**
     * A task within a weak strength whose abdominal lines cannot carry the wall (0.1 MPa, the pressure raised
     * tenfold to its ceiling, standing bent forward, both muscle models): solved, each abdominal line's floor is
     * its whole strength, and the rest of the wall's tension acts passively along the wall line, less than all of it.
     */
    @Test
    void aTaskWithinAWeakStrengthLeavesAPassiveRemainder() {
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
            model = model.withTissueParameters(model.tissueParameters()
                    .with(TissueParameters.TissueParameter.MAX_MUSCLE_STRESS, 0.1)
                    .with(TissueParameters.TissueParameter.IAP_SCALE, 10));
            Workspace ws = model.newWorkspace();
            model.solve(PosturePreset.STANDING_FLEXED.posture(), List.of(), ws);
            AbdominalPressure a = ws.pipeline.abdomen;
            assertThat(ws.status()).as(kind.id()).isEqualTo(QpStatus.OK);
            assertThat(a.wallCapped).as(kind.id()).isTrue();
            QpWorkspace qp = ws.recruitmentProblemCopy();
            for (int i = 0; i < model.muscleCount(); i++) {
                if (model.muscleSet().abdominal[i]) {
                    assertThat(qp.lowerN(i)).as("%s line %d", kind.id(), i).isEqualTo(qp.upperN(i));
                }
            }
            for (SpinalLevel level : SpinalLevel.values()) {
                assertThat(ws.abdominalWallPassiveForceN(level)).as("%s %s", kind.id(), level)
                        .isPositive().isLessThan(ws.abdominalWallForceN());
            }
        }
    }
}
