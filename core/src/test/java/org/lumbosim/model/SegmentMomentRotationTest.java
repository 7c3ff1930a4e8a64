package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrix3x3;
import org.ejml.dense.fixed.CommonOps_DDF3;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Units;
import org.lumbosim.posture.LumbarMotion;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * Each level's passive moment-rotation curve (ligaments and disc, {@link TissueLoads}) under a pure
 * rotation of that level alone, no axial preload, against independent published data of whole
 * motion segments (docs/research/segment-stiffness.md): the in vitro ranges of motion at 10 N·m of
 * Yamamoto et al. 1989 in flexion, extension and lateral bending, and the in vivo passive extensor
 * moment of the whole trunk at full flexion of Dolan, Mannion &amp; Adams 1994. Prints ours against
 * theirs per level and angle. Asserts only what is sourced and robust: the curves rise monotonically
 * from neutral, lateral bending is mirrored, and the whole segment (disc and ligaments) carries less
 * than all the trunk's electrically silent tissues together.
 */
class SegmentMomentRotationTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());

    /**
     * Pure moment at which Yamamoto et al. measured the ranges (N·m): Yamamoto I, Panjabi MM, Crisco T,
     * Oxland T (1989), "Three-dimensional movements of the whole lumbar spine and lumbosacral joint",
     * Spine 14(11):1256-1260 (PubMed 2603060, abstract, primary): ten fresh cadaveric specimens L1 to
     * sacrum, pure moments up to 10 N·m applied incrementally, no preload.
     */
    private static final double YAMAMOTO_MOMENT_NM = Yamamoto1989SegmentRanges.MOMENT_NM;
    /**
     * Lateral bending range to one side at 10 N·m, L5-S1 .. L1-L2 (deg): same abstract ("lateral
     * bending (one side)": 4.9, 7.0, 5.7, 5.7, 5.5 deg at L1-L2 .. L5-S1). Means; the abstract gives no SD.
     */
    private static final double[] YAMAMOTO_LATERAL_BENDING_DEG = {5.5, 5.7, 5.7, 7.0, 4.9};
    /**
     * In vivo passive extensor moment at full lumbar flexion (N·m), men and women: Dolan P, Mannion AF,
     * Adams MA (1994), "Passive tissues help the back muscles to generate extensor moments during
     * lifting", J Biomech 27(8):1077-1085 (PubMed 8089162, abstract, primary): 149 adults, isometric
     * pulls at 6-12 lumbar flexion angles (3-Space Isotrak); the intercept of the extensor
     * moment-EMG line, the moment resisted by electrically silent tissues, rose from 25 N·m in lordotic
     * postures to 120 N·m (men) and 77 N·m (women) in full flexion. Those tissues include the
     * lumbodorsal fascia, the back muscles' passive tension and skin as well as the discs and
     * ligaments; the moment is the whole trunk's (its level not in the abstract).
     */
    private static final double DOLAN_FULL_FLEXION_MEN_NM = 120;
    private static final double DOLAN_FULL_FLEXION_WOMEN_NM = 77;
    private static final double DOLAN_LORDOTIC_NM = 25;

    /**
     * Accepted moment at Yamamoto et al.'s range, as a fraction of their 10 N·m: at most 3/2 in every
     * mode (catches a law as stiff as the linear-from-zero-strain ligaments rejected in 2026-12-06,
     * up to 2.5 times the measured segment stiffness), at least 1/3 in flexion and extension (the band of
     * {@code PassiveTissueTest.segmentStiffnessAgainstSchmidt1998}; the abstract gives means of ten
     * specimens without SD). Lateral bending has no lower ratio: ours is 0.34-0.52 there (2026-12-07,
     * docs/research/segment-stiffness.md), a documented shortfall, asserted only to exceed the disc's
     * own couple.
     */
    private static final double HIGHEST_RATIO = 1.5;
    private static final double LOWEST_SAGITTAL_RATIO = 1.0 / 3;

    private static final String[] LABELS = {"L5-S1", "L4-L5", "L3-L4", "L2-L3", "L1-L2"};

    /** The neutral pose (every level at 0, pelvis upright). */
    private static Kinematics neutralPose() {
        Kinematics pose = new Kinematics();
        pose.compute(MODEL.geometry, new Posture(0, 0, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.FEET)));
        return pose;
    }

    /**
     * The passive loads with level {@code k} alone rotated (flexion, + forward, and lateral bend, deg),
     * every other level neutral: the body above it and all above that turn by the level's rotation
     * (built as {@code Kinematics} builds it, {@code Rz(-flexion) Rx(bend)}), its disc frame by half
     * of it. Beyond the postures' ranges, as an in vitro test goes.
     */
    private static TissueLoads singleLevel(int k, double flexionDeg, double bendDeg) {
        return singleLevel(k, flexionDeg, bendDeg, neutralPose());
    }

    /** As {@link #singleLevel(int, double, double)}, on a given neutral pose, which it rotates. */
    private static TissueLoads singleLevel(int k, double flexionDeg, double bendDeg, Kinematics pose) {
        DMatrix3x3 rot = rotation(Units.toRad(flexionDeg), Units.toRad(bendDeg));
        DMatrix3x3 half = rotation(Units.toRad(flexionDeg) / 2, Units.toRad(bendDeg) / 2);
        DMatrix3x3 below = pose.orient[k].copy();
        for (int j = k + 1; j < pose.orient.length; j++) {
            CommonOps_DDF3.mult(below, rot, pose.orient[j]);
        }
        DMatrix3x3 mid = new DMatrix3x3();
        CommonOps_DDF3.mult(below, half, mid);
        double sn = MODEL.geometry.discTiltSin[k], cs = MODEL.geometry.discTiltCos[k];
        int o = 9 * k;
        frameAxis(mid, sn, cs, 0, pose.discFrame, o);
        frameAxis(mid, cs, -sn, 0, pose.discFrame, o + 3);
        frameAxis(mid, 0, 0, 1, pose.discFrame, o + 6);
        pose.flexionRad[k] = Units.toRad(flexionDeg);
        pose.levelBendRad = Units.toRad(bendDeg);
        pose.levelTwistRad = 0;
        TissueLoads t = new TissueLoads();
        t.compute(MODEL.geometry, MODEL.tissueParameters(), pose);
        return t;
    }

    private static DMatrix3x3 rotation(double flexRad, double bendRad) {
        double cf = Math.cos(flexRad), sf = Math.sin(flexRad), cb = Math.cos(bendRad), sb = Math.sin(bendRad);
        DMatrix3x3 rz = new DMatrix3x3(cf, sf, 0, -sf, cf, 0, 0, 0, 1);
        DMatrix3x3 rx = new DMatrix3x3(1, 0, 0, 0, cb, -sb, 0, sb, cb);
        DMatrix3x3 out = new DMatrix3x3();
        CommonOps_DDF3.mult(rz, rx, out);
        return out;
    }

    private static void frameAxis(DMatrix3x3 m, double x, double y, double z, double[] out, int off) {
        out[off] = m.a11 * x + m.a12 * y + m.a13 * z;
        out[off + 1] = m.a21 * x + m.a22 * y + m.a23 * z;
        out[off + 2] = m.a31 * x + m.a32 * y + m.a33 * z;
    }

    /** Flexion moment of level {@code k} at a flexion (deg; negative = extension), N·m, + resisting flexion. */
    private static double flexionMomentNm(int k, double deg) {
        return singleLevel(k, deg, 0).passiveAxisMomentNm[3 * k];
    }

    /** Lateral bending moment of level {@code k} at a bend (deg), N·m, + resisting the bend. */
    private static double bendingMomentNm(int k, double deg) {
        return -singleLevel(k, 0, deg).passiveAxisMomentNm[3 * k + 1];
    }

    /** The rotation (deg, same sign as {@code direction}) at which a curve reaches a moment magnitude (N·m). */
    private static double angleAtMomentDeg(DoubleUnaryOperator moment, double direction, double targetNm) {
        double lo = 0, hi = 60;
        for (int i = 0; i < 80; i++) {
            double mid = (lo + hi) / 2;
            if (Math.abs(moment.applyAsDouble(direction * mid)) < targetNm) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return direction * (lo + hi) / 2;
    }

    /**
     * Per level and mode: our moment at Yamamoto et al.'s range of motion at 10 N·m, beside the disc's
     * own couple there, our angle at 10 N·m and our tangent stiffness (their neutral zone printed for
     * reference: their range includes it).
     */
    @Test
    void againstYamamoto1989RangesAt10Nm() {
        PassiveTissueGeometry pt = MODEL.geometry.passive;
        System.out.println("Yamamoto et al. 1989 (in vitro, pure moment 10 N m, no preload): ours at their range of motion,"
                + " and our angle at 10 N m");
        System.out.println("level  mode       their_deg  ours_Nm  ours/10Nm  disc_alone_Nm  our_deg_at_10Nm  our_tangent_Nm_per_deg"
                + "  their_NZ_FE_deg");
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            final int level = k;
            double cs = MODEL.geometry.discTiltCos[k];
            for (Mode mode : Mode.values()) {
                double dir = mode == Mode.EXTENSION ? -1 : 1;
                DoubleUnaryOperator curve = mode == Mode.LATERAL_BENDING ? d -> bendingMomentNm(level, d)
                        : d -> flexionMomentNm(level, d);
                double theirs = dir * mode.yamamotoRangeDeg(k);
                double ours = dir * curve.applyAsDouble(theirs);
                double disc = Units.toRad(Math.abs(theirs)) * switch (mode) {
                    case FLEXION -> pt.discFlexionNmPerRad;
                    case EXTENSION -> pt.discExtensionNmPerRad;
                    case LATERAL_BENDING -> pt.discLateralNmPerRad * cs;
                };
                double at10 = angleAtMomentDeg(curve, dir, YAMAMOTO_MOMENT_NM);
                double step = 0.05;
                double tangent = dir * (curve.applyAsDouble(theirs + dir * step) - curve.applyAsDouble(theirs - dir * step)) / (2 * step);
                System.out.printf(Locale.ROOT, "%-6s %-10s %9.1f %8.2f %10.2f %14.2f %16.2f %23.2f %16.1f%n", LABELS[k],
                        mode.label, theirs, ours, ours / YAMAMOTO_MOMENT_NM, disc, at10, tangent, Yamamoto1989SegmentRanges.neutralZoneFlexionExtensionDeg(k));
                String what = LABELS[k] + " " + mode.label + " at Yamamoto's range " + theirs + " deg";
                assertThat(ours).as(what + ": the ligaments add to the disc's own couple").isGreaterThan(disc);
                assertThat(ours).as(what).isLessThan(HIGHEST_RATIO * YAMAMOTO_MOMENT_NM);
                if (mode != Mode.LATERAL_BENDING) {
                    assertThat(ours).as(what).isGreaterThan(LOWEST_SAGITTAL_RATIO * YAMAMOTO_MOMENT_NM);
                }
            }
        }
    }

    /**
     * The facet capsules of Remus et al. 2021's model ({@link CapsularLigament}, derived from the model
     * files, not in the model yet): each fibre placed in the level's neutral frame as the capsules
     * would be (Remus's disc centre on our joint centre, his disc normal on ours, scaled with the
     * spine), its upper end turned with the body above about the level's rotation centre exactly as
     * {@link TissueLoads} turns the ligaments, and its moment about the joint centre read on the
     * disc's lateral axis (flexion) or anterior axis (lateral bending). Returns {flexion-axis,
     * anterior-axis} moments (N·m, signs as {@code passiveAxisMomentNm}).
     */
    private static double[] capsuleMomentNm(int k, double flexionDeg, double bendDeg) {
        Kinematics pose = neutralPose();
        singleLevel(k, flexionDeg, bendDeg, pose);
        PassiveTissueGeometry pt = MODEL.geometry.passive;
        double scale = MODEL.geometry.statureM / Christophy2012Spine.REFERENCE_STATURE_M / Units.MM_PER_M;
        double sn = MODEL.geometry.discTiltSin[k], cs = MODEL.geometry.discTiltCos[k];
        DMatrix3x3 lo = pose.orient[k], up = pose.orient[k + 1];
        double[] c = {pt.centreM[3 * k], pt.centreM[3 * k + 1], pt.centreM[3 * k + 2]};
        double[] shift = minus(apply(lo, c), apply(up, c));
        double mx = 0, my = 0, mz = 0;
        for (int f = 0; f < CapsularLigament.FIBRES_PER_LEVEL; f++) {
            double[][] ends = new double[2][];
            for (int end = 0; end < 2; end++) {
                double a = scale * CapsularLigament.pointMm(k, f, end == 0, 0);
                double n = scale * CapsularLigament.pointMm(k, f, end == 0, 1);
                double z = scale * CapsularLigament.pointMm(k, f, end == 0, 2);
                ends[end] = new double[] {a * cs + n * sn, -a * sn + n * cs, z};
            }
            double rest = Math.sqrt(dot(minus(ends[0], ends[1]), minus(ends[0], ends[1])))
                    * (1 + CapsularLigament.REFERENCE_STRAIN);
            double[] u = apply(up, ends[0]);
            for (int i = 0; i < 3; i++) {
                u[i] += shift[i];
            }
            double[] d = minus(u, apply(lo, ends[1]));
            double len = Math.sqrt(dot(d, d));
            double t = LumbarLigament.tensionN(CapsularLigament.fibreStiffnessN(k), CapsularLigament.TRANSITION_STRAIN,
                    (len - rest) / rest) / len;
            double px = -t * d[0], py = -t * d[1], pz = -t * d[2];
            mx += u[1] * pz - u[2] * py;
            my += u[2] * px - u[0] * pz;
            mz += u[0] * py - u[1] * px;
        }
        int o = 9 * k;
        double[] fr = pose.discFrame;
        return new double[] {mx * fr[o + 6] + my * fr[o + 7] + mz * fr[o + 8], mx * fr[o + 3] + my * fr[o + 4] + mz * fr[o + 5]};
    }

    private static double[] apply(DMatrix3x3 m, double[] v) {
        return new double[] {m.a11 * v[0] + m.a12 * v[1] + m.a13 * v[2], m.a21 * v[0] + m.a22 * v[1] + m.a23 * v[2],
            m.a31 * v[0] + m.a32 * v[1] + m.a33 * v[2]};
    }

    private static double[] minus(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    /**
     * What the facet capsules would add at Yamamoto et al.'s ranges (diagnostic for the next step of
     * docs/research/segment-stiffness.md: they are not in the model; their moment with our rigid
     * rotation about AMMR's centre takes flexion past the 3/2 bound above, see the research note).
     * Asserts only what follows from their law and geometry: slack (no moment) near neutral, resisting
     * flexion at Yamamoto's range, lateral bending mirrored.
     */
    @Test
    void facetCapsulesOfRemus2021AtYamamotoRanges() {
        System.out.println("facet capsules (Remus et al. 2021 model files, derived; NOT in the model): moment at Yamamoto's ranges,"
                + " and ours with them / 10 N m");
        System.out.println("level  mode       their_deg  capsules_Nm  ours_Nm  (ours+capsules)/10Nm  with_capsules_deg_at_10Nm");
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            assertThat(capsuleMomentNm(k, 1, 0)[0]).as("%s slack at 1 deg", LABELS[k]).isZero();
            for (Mode mode : Mode.values()) {
                double dir = mode == Mode.EXTENSION ? -1 : 1;
                double theirs = dir * mode.yamamotoRangeDeg(k);
                boolean bend = mode == Mode.LATERAL_BENDING;
                double caps = bend ? -capsuleMomentNm(k, 0, theirs)[1] : dir * capsuleMomentNm(k, theirs, 0)[0];
                double ours = bend ? bendingMomentNm(k, theirs) : dir * flexionMomentNm(k, theirs);
                final int level = k;
                DoubleUnaryOperator with = bend ? d -> bendingMomentNm(level, d) - capsuleMomentNm(level, 0, d)[1]
                        : d -> flexionMomentNm(level, d) + capsuleMomentNm(level, d, 0)[0];
                System.out.printf(Locale.ROOT, "%-6s %-10s %9.1f %12.2f %8.2f %21.2f %26.2f%n", LABELS[k], mode.label, theirs,
                        caps, ours, (ours + caps) / YAMAMOTO_MOMENT_NM, angleAtMomentDeg(with, dir, YAMAMOTO_MOMENT_NM));
                if (mode == Mode.FLEXION) {
                    assertThat(caps).as("%s capsules in flexion", LABELS[k]).isPositive();
                }
                if (bend) {
                    assertThat(-capsuleMomentNm(k, 0, -theirs)[1]).isCloseTo(-caps, within(1e-9));
                }
            }
        }
    }

    /** The three pure-moment tests of Yamamoto et al. */
    private enum Mode {
        FLEXION("flexion"), EXTENSION("extension"), LATERAL_BENDING("lat_bend");

        final String label;

        Mode(String label) {
            this.label = label;
        }

        double yamamotoRangeDeg(int k) {
            return switch (this) {
                case FLEXION -> Yamamoto1989SegmentRanges.flexionDeg(k);
                case EXTENSION -> Yamamoto1989SegmentRanges.extensionDeg(k);
                case LATERAL_BENDING -> YAMAMOTO_LATERAL_BENDING_DEG[k];
            };
        }
    }

    /** Every level's flexion, extension and lateral bending curves from 0.5 to 15 deg: rising, bending mirrored. */
    @Test
    void curvesRiseMonotonicallyAndBendingIsMirrored() {
        System.out.println("level  deg   flexion_Nm  extension_Nm  lat_bend_Nm");
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double prevF = 0, prevE = 0, prevB = 0;
            for (double deg = 0.5; deg <= 15; deg += 0.5) {
                double f = flexionMomentNm(k, deg), e = -flexionMomentNm(k, -deg), b = bendingMomentNm(k, deg);
                if (deg % 2 == 0) {
                    System.out.printf(Locale.ROOT, "%-6s %4.1f %11.2f %13.2f %12.2f%n", LABELS[k], deg, f, e, b);
                }
                assertThat(f).as("%s flexion %s", LABELS[k], deg).isGreaterThan(prevF);
                assertThat(e).as("%s extension %s", LABELS[k], deg).isGreaterThan(prevE);
                assertThat(b).as("%s bend %s", LABELS[k], deg).isGreaterThan(prevB);
                assertThat(bendingMomentNm(k, -deg)).isCloseTo(-b, within(1e-9));
                prevF = f;
                prevE = e;
                prevB = b;
            }
        }
    }

    /**
     * The passive moment at L5-S1 and L4-L5 as the whole lumbar spine flexes from upright (0) to full
     * flexion ({@value LumbarMotion#TOTAL_FLEXION_DEG} deg, every level at its share), against Dolan
     * et al.'s in vivo passive moment of all the trunk's silent tissues: ours, the motion segment
     * alone, must stay below the smaller (women's) full-flexion value.
     */
    @Test
    void wholeLumbarSpineAtFullFlexionAgainstDolan1994() {
        System.out.println("lumbar_deg  L5-S1_Nm  L4-L5_Nm  (ours: disc + ligaments of that level; Dolan 1994 in vivo, all passive tissues: "
                + DOLAN_LORDOTIC_NM + " N m lordotic, " + DOLAN_FULL_FLEXION_WOMEN_NM + " (women) / "
                + DOLAN_FULL_FLEXION_MEN_NM + " (men) N m full flexion)");
        double full = LumbarMotion.TOTAL_FLEXION_DEG;
        double atFull = 0;
        for (double lumbar = 0; lumbar <= full + 1e-9; lumbar += 4) {
            Posture p = new Posture(lumbar, lumbar, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.FEET));
            Kinematics pose = new Kinematics();
            pose.compute(MODEL.geometry, p);
            TissueLoads t = new TissueLoads();
            t.compute(MODEL.geometry, MODEL.tissueParameters(), pose);
            System.out.printf(Locale.ROOT, "%10.0f %9.2f %9.2f%n", lumbar, t.passiveMomentNm[0], t.passiveMomentNm[1]);
            atFull = Math.max(t.passiveMomentNm[0], t.passiveMomentNm[1]);
        }
        // the motion segment is one of the electrically silent tissues Dolan et al. measured together
        assertThat(atFull).isPositive().isLessThan(DOLAN_FULL_FLEXION_WOMEN_NM);
    }
}
