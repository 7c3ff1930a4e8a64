package org.lumbosim.model;

import org.ejml.data.DMatrix3x3;
import org.ejml.dense.fixed.CommonOps_DDF3;
import org.lumbosim.anthropometry.DeLeva1996;
import org.lumbosim.internal.Units;
import org.lumbosim.posture.LumbarMotion;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * Forward kinematics, posture to pose: the orientation of pelvis, L5..L1 and thorax (lumbar
 * motion shared between the levels by {@link LumbarMotion#levelFlexionDeg}, smooth through
 * neutral; axial rotation mostly taken above L1, {@link LumbarMotion#LUMBAR_SHARE_OF_AXIAL_ROTATION}), the disc centres and disc frames, and the world positions of every mass
 * ({@link MassPoint}) and landmark ({@link Landmark}). Owns the pose it computes; allocation-free.
 */
final class Kinematics {
    private static final int THORAX = Fascicle.Body.THORAX.ordinal();
    /** Sine of the most anterior pelvic tilt at which the pelvis rests on its ischia or sacrum. */
    private static final double SIN_MOST_ANTERIOR_REST_TILT =
            Math.sin(Units.toRad(IschialTuberosityGeometry.MOST_ANTERIOR_TILT_DEG));

    /** Orientation of each body (neutral to world). */
    final DMatrix3x3[] orient = new DMatrix3x3[LumbarModel.BODIES];
    /** Joint centres L5-S1 .. T12-L1 (m, world). */
    final double[] jointWorld = new double[3 * LumbarModel.JOINTS];
    /** Per disc: unit normal (superior), anterior and lateral (right) axes of its mid-plane, world. */
    final double[] discFrame = new double[9 * LumbarModel.LEVELS];
    /** Flexion of each level (rad). */
    final double[] flexionRad = new double[LumbarModel.LEVELS];
    /** Lateral bend of every level (rad; the posture's bend shared equally). */
    double levelBendRad;
    /**
     * Axial rotation of every level (rad): the lumbar share of the posture's rotation
     * ({@link LumbarMotion#LUMBAR_SHARE_OF_AXIAL_ROTATION}) shared equally.
     */
    double levelTwistRad;
    /** Mass positions (m, world), {@link MassPoint#offset()}. */
    final double[] massWorld = new double[3 * MassPoint.COUNT];
    /**
     * Per side, the radius of the bony outline the pelvis rests on at {@link Landmark#PELVIS_REST_LEFT} (m):
     * the ischial tuberosity's or the sacral crest's, zero at the hip joint centre (no outline).
     */
    final double[] pelvisRestRadiusM = new double[2];
    /** Landmark positions (m, world), {@code 3 * landmark.ordinal()}. */
    final double[] segWorld = new double[3 * Landmark.values().length];
    private final DMatrix3x3 rot = new DMatrix3x3();
    private final DMatrix3x3 tmp = new DMatrix3x3();
    /** Orientation of each disc's mid-plane frame (half of its level's rotation on the body below), world. */
    private final DMatrix3x3[] midPlane = new DMatrix3x3[LumbarModel.LEVELS];
    /**
     * The posture whose rotations {@link #orient}, {@link #midPlane}, {@link #flexionRad}, the
     * level bend and twist and the limbs' directions hold: they depend on the posture alone, so a run of solves of one posture
     * (a population: one per person) computes them once. Postures are immutable.
     */
    private Posture rotationsOf;
    /** Cosine and sine of the legs' adduction and the adduction axis (x, y) of the current posture. */
    private double adCos, adSin, adAxX, adAxY;
    /**
     * Directions of the current posture's limbs in the sagittal plane (upper arm, forearm, thigh,
     * shank, foot: x, y), the cosine and sine of the arms' abduction and its axis (x, y).
     */
    private double uax, uay, fax, fay, thx, thy, skx, sky, ftx, fty, abCos, abSin, axX, axY;

    Kinematics() {
        for (int b = 0; b < orient.length; b++) {
            orient[b] = new DMatrix3x3();
        }
        for (int k = 0; k < midPlane.length; k++) {
            midPlane[k] = new DMatrix3x3();
        }
    }

    private static void rotZ(double rad, DMatrix3x3 m) {
        double c = Math.cos(rad);
        double s = Math.sin(rad);
        m.a11 = c; m.a12 = -s; m.a13 = 0;
        m.a21 = s; m.a22 = c; m.a23 = 0;
        m.a31 = 0; m.a32 = 0; m.a33 = 1;
    }

    /** Rotation of a level: flexion about -z, then lateral bend about x, then axial rotation about y. */
    private static void levelRotation(double flexRad, double bendRad, double twistRad, DMatrix3x3 out, DMatrix3x3 tmp) {
        double cf = Math.cos(flexRad), sf = Math.sin(flexRad);
        double cb = Math.cos(bendRad), sb = Math.sin(bendRad);
        double ct = Math.cos(twistRad), st = Math.sin(twistRad);
        // Rz(-f)
        tmp.a11 = cf; tmp.a12 = sf; tmp.a13 = 0;
        tmp.a21 = -sf; tmp.a22 = cf; tmp.a23 = 0;
        tmp.a31 = 0; tmp.a32 = 0; tmp.a33 = 1;
        // Rx(b) * Ry(t)
        double b11 = ct, b12 = 0, b13 = st;
        double b21 = sb * st, b22 = cb, b23 = -sb * ct;
        double b31 = -cb * st, b32 = sb, b33 = cb * ct;
        out.a11 = tmp.a11 * b11 + tmp.a12 * b21 + tmp.a13 * b31;
        out.a12 = tmp.a11 * b12 + tmp.a12 * b22 + tmp.a13 * b32;
        out.a13 = tmp.a11 * b13 + tmp.a12 * b23 + tmp.a13 * b33;
        out.a21 = tmp.a21 * b11 + tmp.a22 * b21 + tmp.a23 * b31;
        out.a22 = tmp.a21 * b12 + tmp.a22 * b22 + tmp.a23 * b32;
        out.a23 = tmp.a21 * b13 + tmp.a22 * b23 + tmp.a23 * b33;
        out.a31 = b31;
        out.a32 = b32;
        out.a33 = b33;
    }

    private static void apply(DMatrix3x3 m, double x, double y, double z, double[] out, int off) {
        out[off] = m.a11 * x + m.a12 * y + m.a13 * z;
        out[off + 1] = m.a21 * x + m.a22 * y + m.a23 * z;
        out[off + 2] = m.a31 * x + m.a32 * y + m.a33 * z;
    }

    /** World position of a neutral point (x, y, z) fixed to body b, written to out[off..off+2]. */
    void toWorld(SubjectGeometry g, int b, double x, double y, double z, double[] out, int off) {
        if (b == 0) {
            apply(orient[0], x, y, z, out, off);
            return;
        }
        apply(orient[b], x - g.jointX[b - 1], y - g.jointY[b - 1], z, out, off);
        out[off] += jointWorld[3 * (b - 1)];
        out[off + 1] += jointWorld[3 * (b - 1) + 1];
        out[off + 2] += jointWorld[3 * (b - 1) + 2];
    }

    /** The body orientations, disc mid-plane frames' orientations and level angles of a posture (no subject in them). */
    private void rotations(Posture p) {
        double lumbar = p.lumbarFlexionDeg();
        double pelvisRad = Units.toRad(p.trunkFlexionDeg() - lumbar);
        double rollRad = Units.toRad(p.bodyRollDeg());
        // pelvis: Rx(roll) * Rz(-pelvis)
        rotZ(-pelvisRad, tmp);
        double cr = Math.cos(rollRad), sr = Math.sin(rollRad);
        rot.a11 = 1; rot.a12 = 0; rot.a13 = 0;
        rot.a21 = 0; rot.a22 = cr; rot.a23 = -sr;
        rot.a31 = 0; rot.a32 = sr; rot.a33 = cr;
        CommonOps_DDF3.mult(rot, tmp, orient[0]);
        double bend = Units.toRad(p.lateralBendDeg()) / LumbarModel.LEVELS;
        double twist = Units.toRad(p.axialRotationDeg()) * LumbarMotion.LUMBAR_SHARE_OF_AXIAL_ROTATION / LumbarModel.LEVELS;
        levelBendRad = bend;
        levelTwistRad = twist;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double flex = Units.toRad(LumbarMotion.levelFlexionDeg(k, lumbar));
            flexionRad[k] = flex;
            // disc mid-plane frame: half of this level's rotation
            levelRotation(flex / 2, bend / 2, twist / 2, rot, tmp);
            CommonOps_DDF3.mult(orient[k], rot, midPlane[k]);
            levelRotation(flex, bend, twist, rot, tmp);
            CommonOps_DDF3.mult(orient[k], rot, orient[k + 1]);
        }
        // the thorax moves with L1 but for the axial rotation taken above L1 (T12-L1 and the thoracic
        // spine), about its own long axis through the T12-L1 joint
        levelRotation(0, 0, Units.toRad(p.axialRotationDeg()) * (1 - LumbarMotion.LUMBAR_SHARE_OF_AXIAL_ROTATION),
                rot, tmp);
        CommonOps_DDF3.mult(orient[THORAX - 1], rot, orient[THORAX]);
        limbDirections(p);
    }

    /** @return the posture of the last {@link #compute} (null before the first): with the subject, what the pose depends on */
    Posture posture() {
        return rotationsOf;
    }

    /**
     * Computes the pose of a posture.
     *
     * @param g the subject's body (not modified)
     * @param p the posture (not modified)
     */
    void compute(SubjectGeometry g, Posture p) {
        if (p != rotationsOf) {
            rotations(p);
            rotationsOf = p;
        }
        jointWorld[0] = 0;
        jointWorld[1] = 0;
        jointWorld[2] = 0;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double sn = g.discTiltSin[k], cs = g.discTiltCos[k];
            apply(midPlane[k], sn, cs, 0, discFrame, 9 * k);
            apply(midPlane[k], cs, -sn, 0, discFrame, 9 * k + 3);
            apply(midPlane[k], 0, 0, 1, discFrame, 9 * k + 6);
            // joint k+1 lies on body k+1
            apply(orient[k + 1], g.jointX[k + 1] - g.jointX[k], g.jointY[k + 1] - g.jointY[k], 0, jointWorld, 3 * (k + 1));
            jointWorld[3 * (k + 1)] += jointWorld[3 * k];
            jointWorld[3 * (k + 1) + 1] += jointWorld[3 * k + 1];
            jointWorld[3 * (k + 1) + 2] += jointWorld[3 * k + 2];
        }
        for (MassPoint mp : MassPoint.ALL) {
            if (mp.fixedToBody()) {
                toWorld(g, mp.body, g.fixedX[mp.ordinal()], g.fixedY[mp.ordinal()], 0, massWorld, mp.offset());
            }
        }
        double top = g.jointX[LumbarModel.LEVELS];
        toWorld(g, THORAX, top, g.c7Y, 0, segWorld, 3 * Landmark.C7.ordinal());
        toWorld(g, THORAX, top, g.c7Y + g.headLengthM, 0, segWorld, 3 * Landmark.HEAD_TOP.ordinal());
        limbs(g);
    }

    /** The limbs' directions of a posture (no subject in them). */
    private void limbDirections(Posture p) {
        double sh = Units.toRad(p.shoulderFlexionDeg());
        double el = sh + Units.toRad(p.elbowFlexionDeg());
        uax = Math.sin(sh);
        uay = -Math.cos(sh);
        fax = Math.sin(el);
        fay = -Math.cos(el);
        double hip = Units.toRad(p.hipFlexionDeg());
        double shank = hip - Units.toRad(p.kneeFlexionDeg());
        thx = Math.sin(hip);
        thy = -Math.cos(hip);
        skx = Math.sin(shank);
        sky = -Math.cos(shank);
        // foot: at right angles to the shank turned toward it by the ankle's plantar flexion, unless it
        // stands flat on the floor or lies on it
        double foot = shank - Units.toRad(p.anklePlantarFlexionDeg());
        ftx = Math.cos(foot);
        fty = Math.sin(foot);
        double pelvisRad = Units.toRad(p.pelvisRotationDeg());
        double shankInSpace = shank - pelvisRad;
        double up = Math.sin(shankInSpace);
        boolean shankNearHorizontal = Math.abs(up) > Math.abs(Math.cos(shankInSpace));
        if (p.has(Support.FEET) && !(up < 0 && shankNearHorizontal)) {
            // standing on a horizontal support (the model's foot contacts push vertically): sole flat,
            // toes forward; only a near-horizontal shank with the toes down (a plank) stands on the toes
            ftx = Math.cos(pelvisRad);
            fty = Math.sin(pelvisRad);
        } else if ((p.has(Support.LEGS_ON_FLOOR) || p.has(Support.LYING_SURFACE)) && up < 0 && shankNearHorizontal) {
            // a lying shank whose foot would point into the floor: the foot lies along it (plantar flexion)
            ftx = skx;
            fty = sky;
        }
        // abduction turns each whole arm outward about the axis through the shoulder at right angles
        // to the upper arm in the sagittal plane, k = (cos sh, sin sh): a hanging arm stays vertical
        double ab = Units.toRad(p.shoulderAbductionDeg());
        abCos = Math.cos(ab);
        abSin = Math.sin(ab);
        axX = -uay;
        axY = uax;
        // adduction turns each whole leg inward about the axis through the hip at right angles to the
        // thigh in the sagittal plane, the arms' rule mirrored
        double ad = Units.toRad(p.hipAdductionDeg());
        adCos = Math.cos(ad);
        adSin = Math.sin(ad);
        adAxX = -thy;
        adAxY = thx;
    }

    /** Arms on the thorax, legs on the pelvis: landmarks and limb masses of both sides. */
    private void limbs(SubjectGeometry g) {
        double[] lm = segWorld;
        double toe = DeLeva1996.FOOT_TOE_AHEAD_OF_ANKLE;
        double footCom = DeLeva1996.FOOT_COM_AHEAD_OF_ANKLE;
        for (int side = 0; side < 2; side++) {
            double out = side == 0 ? -1 : 1;
            double z = out * g.shoulderZ;
            double ex = g.shoulderX + g.upperArmM * uax, ey = g.shoulderY + g.upperArmM * uay;
            double wx = ex + g.forearmM * fax, wy = ey + g.forearmM * fay;
            toWorld(g, THORAX, g.shoulderX, g.shoulderY, z, lm, 3 * (Landmark.SHOULDER_LEFT.ordinal() + side));
            armPoint(g, ex, ey, z, out, lm, 3 * (Landmark.ELBOW_LEFT.ordinal() + side));
            armPoint(g, wx, wy, z, out, lm, 3 * (Landmark.WRIST_LEFT.ordinal() + side));
            armPoint(g, wx + g.handCom * g.handM * fax, wy + g.handCom * g.handM * fay, z, out,
                    lm, 3 * (Landmark.GRIP_LEFT.ordinal() + side));
            armPoint(g, g.shoulderX + g.upperArmCom * g.upperArmM * uax,
                    g.shoulderY + g.upperArmCom * g.upperArmM * uay, z, out,
                    massWorld, 3 * MassPoint.of(MassPoint.UPPER_ARM_LEFT, side));
            armPoint(g, ex + g.forearmCom * g.forearmM * fax, ey + g.forearmCom * g.forearmM * fay, z, out,
                    massWorld, 3 * MassPoint.of(MassPoint.FOREARM_LEFT, side));
            System.arraycopy(lm, 3 * (Landmark.GRIP_LEFT.ordinal() + side), massWorld,
                    3 * MassPoint.of(MassPoint.HAND_LEFT, side), 3);
            double hz = out * g.hipZ;
            double kx = g.hipX + g.thighM * thx, ky = g.hipY + g.thighM * thy;
            double ax = kx + g.shankM * skx, ay = ky + g.shankM * sky;
            toWorld(g, 0, g.hipX, g.hipY, hz, lm, 3 * (Landmark.HIP_LEFT.ordinal() + side));
            legPoint(g, kx, ky, hz, out, lm, 3 * (Landmark.KNEE_LEFT.ordinal() + side));
            legPoint(g, ax, ay, hz, out, lm, 3 * (Landmark.ANKLE_LEFT.ordinal() + side));
            legPoint(g, ax + toe * g.footM * ftx, ay + toe * g.footM * fty, hz, out, lm,
                    3 * (Landmark.TOE_LEFT.ordinal() + side));
            pelvisRest(g, side);
            legPoint(g, g.hipX + g.thighCom * g.thighM * thx, g.hipY + g.thighCom * g.thighM * thy, hz, out,
                    massWorld, 3 * MassPoint.of(MassPoint.THIGH_LEFT, side));
            legPoint(g, kx + g.shankCom * g.shankM * skx, ky + g.shankCom * g.shankM * sky, hz, out,
                    massWorld, 3 * MassPoint.of(MassPoint.SHANK_LEFT, side));
            legPoint(g, ax + footCom * g.footM * ftx, ay + footCom * g.footM * fty, hz, out,
                    massWorld, 3 * MassPoint.of(MassPoint.FOOT_LEFT, side));
        }
    }

    /**
     * The thighs' front in the world, one component: the unit vector at right angles to the thigh in the
     * pelvis's sagittal plane, on the side towards which the hip flexes (forward for thighs hanging
     * straight down, up for thighs flexed 90 deg on an upright pelvis). The legs' adduction turns each
     * thigh about this very axis, so it stays at right angles to both thighs.
     *
     * @param axis 0 x, 1 y, 2 z
     * @return that component (world)
     */
    double thighFront(int axis) {
        DMatrix3x3 m = orient[0];
        double x = -thy;
        double y = thx;
        return axis == 0 ? m.a11 * x + m.a12 * y : axis == 1 ? m.a21 * x + m.a22 * y : m.a31 * x + m.a32 * y;
    }

    /**
     * World position of a leg point (x, y) in the pelvis's sagittal plane at the hip's lateral offset
     * z, turned inward by the legs' adduction about the axis through the hip joint; {@code out} is -1
     * for the left leg, +1 for the right. No adduction leaves the point exactly where it was.
     */
    private void legPoint(SubjectGeometry g, double x, double y, double z, double out, double[] dst, int off) {
        double vx = x - g.hipX;
        double vy = y - g.hipY;
        double along = (adAxX * vx + adAxY * vy) * (1 - adCos);
        toWorld(g, 0, x + vx * (adCos - 1) + adAxX * along, y + vy * (adCos - 1) + adAxY * along,
                z + out * (adAxX * vy - adAxY * vx) * adSin, dst, off);
    }

    /**
     * World position of an arm point (x, y) in the thorax's sagittal plane at the shoulder's lateral
     * offset z, turned outward by the arms' abduction about the axis through the shoulder; {@code out}
     * is -1 for the left arm, +1 for the right. No abduction leaves the point exactly where it was.
     */
    private void armPoint(SubjectGeometry g, double x, double y, double z, double out, double[] dst, int off) {
        double vx = x - g.shoulderX;
        double vy = y - g.shoulderY;
        double along = (axX * vx + axY * vy) * (1 - abCos);
        toWorld(g, THORAX, x + vx * (abCos - 1) + axX * along, y + vy * (abCos - 1) + axY * along,
                z - out * (axX * vy - axY * vx) * abSin, dst, off);
    }

    /**
     * The point where the pelvis rests on a floor ({@link Landmark#PELVIS_REST_LEFT}): the lower of
     * the ischial tuberosity's and the sacral crest's outlines straight below their centres, or the
     * hip joint centre for a pelvis tipped forward beyond the ischial outline's range. Needs the
     * side's hip landmark.
     */
    private void pelvisRest(SubjectGeometry g, int side) {
        double[] lm = segWorld;
        int o = 3 * (Landmark.PELVIS_REST_LEFT.ordinal() + side);
        int hip = 3 * (Landmark.HIP_LEFT.ordinal() + side);
        DMatrix3x3 m = orient[0];
        // the pelvis's anterior axis is (a11, a21, a31): a21 = -sin(anterior tilt) when not rolled
        if (-m.a21 > SIN_MOST_ANTERIOR_REST_TILT) {
            System.arraycopy(lm, hip, lm, o, 3);
            pelvisRestRadiusM[side] = 0;
            return;
        }
        pelvisRestRadiusM[side] = g.ischiumRadiusM;
        double sign = side == 0 ? -1 : 1;
        apply(m, g.ischiumX, g.ischiumY, sign * g.ischiumZ, lm, o);
        lm[o + 1] -= g.ischiumRadiusM;
        double sz = sign * g.hipZ;
        double sy = m.a21 * g.sacrumX + m.a22 * g.sacrumY + m.a23 * sz - g.sacrumRadiusM;
        if (sy < lm[o + 1]) {
            apply(m, g.sacrumX, g.sacrumY, sz, lm, o);
            lm[o + 1] = sy;
            pelvisRestRadiusM[side] = g.sacrumRadiusM;
        }
    }
}
