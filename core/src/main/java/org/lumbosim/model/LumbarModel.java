package org.lumbosim.model;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrix3x3;
import org.ejml.dense.fixed.CommonOps_DDF3;
import org.lumbosim.anthropometry.DeLeva1996;
import org.lumbosim.anthropometry.DeLeva1996.Segment;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.anthropometry.TrunkMassDistribution;
import org.lumbosim.internal.Units;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.posture.LumbarMotion;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;
import org.lumbosim.solver.QpStatus;
import org.lumbosim.solver.QpWorkspace;
import org.lumbosim.solver.RecruitmentSolver;

/**
 * The lumbar spine model of one subject: scaled body geometry and masses, a trunk muscle set, the
 * passive tissues, intra-abdominal pressure, the discs and the recruitment settings. Immutable and
 * thread-safe; {@link #solve} needs a {@link Workspace} per thread.
 *
 * <p>The chain (see the package documentation for frames and signs): posture to body pose
 * (forward kinematics of pelvis, L5..L1 and thorax, with lumbar motion shared by
 * {@link LumbarMotion}); net force and moment of gravity, hand loads and supports on the body
 * above each disc; passive tissue moment and abdominal pressure force; muscle forces balancing the
 * rest about all three axes at all five levels (recruitment); the disc's reaction resolved in its
 * own frame into compression, anterior-posterior and lateral shear; intradiscal pressure
 * {@code p0 + 1.5 F / A}.
 */
public final class LumbarModel {
    static final int LEVELS = SpinalLevel.count();
    static final int JOINTS = LEVELS + 1;
    static final int BODIES = Fascicle.Body.values().length;
    private static final int THORAX = Fascicle.Body.THORAX.ordinal();

    private final Subject subject;
    private final MuscleModelKind muscleKind;
    private final RecruitmentSolver solver;
    private final TissueParameters tissue;
    private final MuscleSet muscles;
    final SubjectGeometry geometry;

    private static final int MASSES = MassPoint.COUNT;

    private LumbarModel(Subject subject, MuscleModelKind muscleKind, RecruitmentSolver solver, TissueParameters tissue) {
        this.subject = subject;
        this.muscleKind = muscleKind;
        this.solver = solver;
        this.tissue = tissue;
        this.muscles = MuscleSet.of(muscleKind);
        this.geometry = new SubjectGeometry(subject, tissue, muscles);
    }

    /**
     * The default model of a subject: single-equivalent muscles, squared-stress recruitment.
     *
     * @param subject the person (not modified)
     * @return the model
     */
    public static LumbarModel of(Subject subject) {
        return of(subject, MuscleModelKind.SINGLE_EQUIVALENT, TissueParameters.published());
    }

    /**
     * A model in one step (populations build one per person): squared-stress recruitment.
     *
     * @param subject the person (not modified)
     * @param kind the muscle model
     * @param tissue the tissue constants
     * @return the model
     */
    public static LumbarModel of(Subject subject, MuscleModelKind kind, TissueParameters tissue) {
        if (subject == null || kind == null || tissue == null) {
            throw new IllegalArgumentException("subject, muscle model and tissue parameters are all needed");
        }
        return new LumbarModel(subject, kind, RecruitmentSolver.defaults(), tissue);
    }

    /**
     * @param kind muscle model
     * @return a model of the same subject with another muscle model
     */
    public LumbarModel withMuscleModel(MuscleModelKind kind) {
        return kind == muscleKind ? this : new LumbarModel(subject, kind, solver, tissue);
    }

    /**
     * @param newSolver recruitment settings
     * @return a model of the same subject with other recruitment settings
     */
    public LumbarModel withSolver(RecruitmentSolver newSolver) {
        return new LumbarModel(subject, muscleKind, newSolver, tissue);
    }

    /**
     * @param newTissue tissue constants
     * @return a model of the same subject with other tissue constants
     */
    public LumbarModel withTissueParameters(TissueParameters newTissue) {
        if (newTissue == null) {
            throw new IllegalArgumentException("tissue parameters are needed; see TissueParameters.published()");
        }
        return new LumbarModel(subject, muscleKind, solver, newTissue);
    }

    /** @return the tissue constants */
    public TissueParameters tissueParameters() {
        return tissue;
    }

    /** @return the subject */
    public Subject subject() {
        return subject;
    }

    /** @return the muscle model */
    public MuscleModelKind muscleModel() {
        return muscleKind;
    }

    /** @return the recruitment settings */
    public RecruitmentSolver solver() {
        return solver;
    }

    /**
     * @return the muscle lines scaled to the subject, in the order of {@link Workspace#muscleForceN(int)}
     *     (a new list on each call)
     */
    public List<Fascicle> fascicles() {
        return muscles.scaled(geometry.muscleScale);
    }

    /** @return number of muscle lines */
    public int muscleCount() {
        return muscles.count();
    }

    int massCount() {
        return MASSES;
    }

    int pathPointCount() {
        return muscles.pointX.length;
    }

    /**
     * @param level a level
     * @return the disc's cross-sectional area used for intradiscal pressure (m²)
     */
    public double discAreaM2(SpinalLevel level) {
        return geometry.discAreaM2[level.ordinal()];
    }

    /** @return the subject's body mass times gravity (N) */
    public double bodyWeightN() {
        return geometry.bodyWeightN;
    }

    /**
     * @param level a level
     * @return the mass of the body above that disc (kg): trunk slices, head, arms
     */
    public double massAboveKg(SpinalLevel level) {
        return geometry.massAboveKg(level.ordinal());
    }

    /** @return a new workspace for this model (one per thread) */
    public Workspace newWorkspace() {
        return new Workspace(this);
    }

    /**
     * A workspace for this model, reusing {@code ws} when it was made for a model with the same
     * muscle model (any subject): populations solve many subjects with one workspace per thread.
     *
     * @param ws a workspace or {@code null}
     * @return {@code ws} if it fits this model, else a new workspace
     */
    public Workspace workspaceFrom(Workspace ws) {
        return ws != null && fits(ws) ? ws : newWorkspace();
    }

    private boolean fits(Workspace ws) {
        return ws.model == this || ws.model.muscles == muscles;
    }

    /**
     * Solves one posture and load: the hot path. Allocates nothing. Results are read from
     * {@code ws}; check {@link Workspace#status()} first: when it is not {@code OK} the loads are
     * those of the best forces found and must not be reported as a solution.
     *
     * @param posture the posture (not modified)
     * @param loads hand loads (not modified; may be empty)
     * @param ws this model's workspace (modified: all results)
     */
    public void solve(Posture posture, List<? extends ExternalLoad> loads, Workspace ws) {
        if (!fits(ws)) {
            throw new IllegalArgumentException("the workspace was made for the " + ws.model.muscleKind.id()
                    + " muscle model, this model uses " + muscleKind.id() + "; see workspaceFrom");
        }
        ws.model = this;
        ws.dynamic = false;
        kinematics(posture, ws);
        handLoads(loads, ws);
        netLoads(posture, ws);
        muscleGeometry(ws);
        QpStatus st = solver.solve(ws.qp);
        if (st == QpStatus.NOT_CONVERGED) {
            // a warm start from a very different task can stall the dual Newton method; a cold start
            // from zero dual variables is what a fresh workspace does, so retry from there
            ws.qp.resetWarmStart();
            st = solver.solve(ws.qp);
        }
        ws.status = st;
        ws.iterations = ws.qp.iterations();
        reactions(ws);
        wholeBodyBalance(ws);
    }

    /**
     * Solves one frame of a motion by inverse dynamics: as {@link #solve}, plus the inertia of every
     * segment and of the held loads. Accelerations are central differences of the positions in the
     * previous, current and next frames; the thorax's and head's angular accelerations are those of
     * the posture's trunk angles, with rotational inertia from de Leva (1996) radii of gyration.
     * Allocates nothing. With three identical frames the result equals {@link #solve}'s.
     *
     * @param previous posture one step before (not modified)
     * @param current posture of this frame (not modified)
     * @param next posture one step after (not modified)
     * @param dtS time step between the frames (s), positive
     * @param loads hand loads of this frame (not modified)
     * @param ws this model's workspace (modified: all results)
     */
    public void solveFrame(Posture previous, Posture current, Posture next, double dtS,
                           List<? extends ExternalLoad> loads, Workspace ws) {
        if (!(dtS > 0) || !Double.isFinite(dtS)) {
            throw new org.lumbosim.ParameterOutOfRangeException("dtS", dtS, Double.MIN_VALUE, Double.MAX_VALUE, "s");
        }
        if (!fits(ws)) {
            throw new IllegalArgumentException("the workspace was made for another muscle model; see workspaceFrom");
        }
        ws.model = this;
        kinematics(previous, ws);
        System.arraycopy(ws.massWorld, 0, ws.massPrev, 0, ws.massWorld.length);
        System.arraycopy(ws.segWorld, 0, ws.segPrev, 0, ws.segWorld.length);
        kinematics(next, ws);
        System.arraycopy(ws.massWorld, 0, ws.massNext, 0, ws.massWorld.length);
        System.arraycopy(ws.segWorld, 0, ws.segNext, 0, ws.segWorld.length);
        kinematics(current, ws);
        double inv = 1 / (dtS * dtS);
        for (int i = 0; i < ws.massWorld.length; i++) {
            ws.massAccel[i] = (ws.massNext[i] - 2 * ws.massWorld[i] + ws.massPrev[i]) * inv;
        }
        for (int i = 0; i < ws.segWorld.length; i++) {
            ws.segAccel[i] = (ws.segNext[i] - 2 * ws.segWorld[i] + ws.segPrev[i]) * inv;
        }
        // angular acceleration of the thorax (rad/s²) in the thorax's frame: flexion is about -z
        double flexAcc = Units.toRad(next.trunkFlexionDeg() - 2 * current.trunkFlexionDeg() + previous.trunkFlexionDeg()) * inv;
        double bendAcc = Units.toRad(next.lateralBendDeg() - 2 * current.lateralBendDeg() + previous.lateralBendDeg()) * inv;
        double twistAcc = Units.toRad(next.axialRotationDeg() - 2 * current.axialRotationDeg() + previous.axialRotationDeg()) * inv;
        // inertial moment -I·alpha, from the thorax frame to the world
        double lx = -geometry.thoraxInertiaSagittalAxis * bendAcc;
        double ly = -geometry.thoraxInertiaLongitudinal * twistAcc;
        double lz = geometry.thoraxInertiaTransverse * flexAcc;
        DMatrix3x3 o = ws.orient[THORAX];
        ws.inertialMoment[0] = o.a11 * lx + o.a12 * ly + o.a13 * lz;
        ws.inertialMoment[1] = o.a21 * lx + o.a22 * ly + o.a23 * lz;
        ws.inertialMoment[2] = o.a31 * lx + o.a32 * ly + o.a33 * lz;
        ws.dynamic = true;
        handLoads(loads, ws);
        netLoads(current, ws);
        muscleGeometry(ws);
        QpStatus st = solver.solve(ws.qp);
        if (st != QpStatus.OK) {
            ws.qp.resetWarmStart();
            st = solver.solve(ws.qp);
        }
        ws.status = st;
        ws.iterations = ws.qp.iterations();
        reactions(ws);
        wholeBodyBalance(ws);
    }

    // ---------------------------------------------------------------- kinematics

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
    private void toWorld(Workspace ws, int b, double x, double y, double z, double[] out, int off) {
        if (b == 0) {
            apply(ws.orient[0], x, y, z, out, off);
            return;
        }
        apply(ws.orient[b], x - geometry.jointX[b - 1], y - geometry.jointY[b - 1], z, out, off);
        out[off] += ws.jointWorld[3 * (b - 1)];
        out[off + 1] += ws.jointWorld[3 * (b - 1) + 1];
        out[off + 2] += ws.jointWorld[3 * (b - 1) + 2];
    }

    private void kinematics(Posture p, Workspace ws) {
        double lumbar = p.lumbarFlexionDeg();
        double pelvisRad = Units.toRad(p.trunkFlexionDeg() - lumbar);
        double rollRad = Units.toRad(p.bodyRollDeg());
        // pelvis: Rx(roll) * Rz(-pelvis)
        rotZ(-pelvisRad, ws.tmp);
        double cr = Math.cos(rollRad), sr = Math.sin(rollRad);
        ws.rot.a11 = 1; ws.rot.a12 = 0; ws.rot.a13 = 0;
        ws.rot.a21 = 0; ws.rot.a22 = cr; ws.rot.a23 = -sr;
        ws.rot.a31 = 0; ws.rot.a32 = sr; ws.rot.a33 = cr;
        CommonOps_DDF3.mult(ws.rot, ws.tmp, ws.orient[0]);
        double bend = Units.toRad(p.lateralBendDeg()) / LEVELS;
        double twist = Units.toRad(p.axialRotationDeg()) / LEVELS;
        ws.jointWorld[0] = 0;
        ws.jointWorld[1] = 0;
        ws.jointWorld[2] = 0;
        for (int k = 0; k < LEVELS; k++) {
            double share = lumbar >= 0 ? LumbarMotion.flexionShare(k) : LumbarMotion.extensionShare(k);
            double flex = Units.toRad(lumbar * share);
            ws.flexionRad[k] = flex;
            // disc mid-plane frame: half of this level's rotation
            levelRotation(0.5 * flex, 0.5 * bend, 0.5 * twist, ws.rot, ws.tmp);
            CommonOps_DDF3.mult(ws.orient[k], ws.rot, ws.tmp);
            double th = geometry.discTiltRad[k];
            double sn = Math.sin(th), cs = Math.cos(th);
            apply(ws.tmp, sn, cs, 0, ws.discFrame, 9 * k);
            apply(ws.tmp, cs, -sn, 0, ws.discFrame, 9 * k + 3);
            apply(ws.tmp, 0, 0, 1, ws.discFrame, 9 * k + 6);
            levelRotation(flex, bend, twist, ws.rot, ws.tmp);
            CommonOps_DDF3.mult(ws.orient[k], ws.rot, ws.orient[k + 1]);
            // joint k+1 lies on body k+1
            apply(ws.orient[k + 1], geometry.jointX[k + 1] - geometry.jointX[k], geometry.jointY[k + 1] - geometry.jointY[k], 0, ws.jointWorld, 3 * (k + 1));
            ws.jointWorld[3 * (k + 1)] += ws.jointWorld[3 * k];
            ws.jointWorld[3 * (k + 1) + 1] += ws.jointWorld[3 * k + 1];
            ws.jointWorld[3 * (k + 1) + 2] += ws.jointWorld[3 * k + 2];
        }
        // the thorax moves with L1 (no T12-L1 motion in this model)
        ws.orient[THORAX].setTo(ws.orient[THORAX - 1]);
        for (MassPoint mp : MassPoint.ALL) {
            if (mp.fixedToBody()) {
                int m = mp.ordinal();
                toWorld(ws, mp.body, geometry.fixedX[m], geometry.fixedY[m], 0, ws.massWorld, mp.offset());
            }
        }
        double[] lm = ws.segWorld;
        toWorld(ws, THORAX, geometry.jointX[5], geometry.c7Y, 0, lm, 3 * Landmark.C7.ordinal());
        toWorld(ws, THORAX, geometry.jointX[5], geometry.c7Y + geometry.headLengthM, 0, lm, 3 * Landmark.HEAD_TOP.ordinal());
        double sh = Units.toRad(p.shoulderFlexionDeg());
        double el = sh + Units.toRad(p.elbowFlexionDeg());
        double uax = Math.sin(sh), uay = -Math.cos(sh);
        double fax = Math.sin(el), fay = -Math.cos(el);
        double hip = Units.toRad(p.hipFlexionDeg());
        double shank = hip - Units.toRad(p.kneeFlexionDeg());
        double thx = Math.sin(hip), thy = -Math.cos(hip);
        double skx = Math.sin(shank), sky = -Math.cos(shank);
        double ftx = Math.cos(shank), fty = Math.sin(shank);
        for (int side = 0; side < 2; side++) {
            double z = side == 0 ? -geometry.shoulderZ : geometry.shoulderZ;
            double ex = geometry.shoulderX + geometry.upperArmM * uax, ey = geometry.shoulderY + geometry.upperArmM * uay;
            double wx = ex + geometry.forearmM * fax, wy = ey + geometry.forearmM * fay;
            toWorld(ws, THORAX, geometry.shoulderX, geometry.shoulderY, z, lm, 3 * (Landmark.SHOULDER_LEFT.ordinal() + side));
            toWorld(ws, THORAX, ex, ey, z, lm, 3 * (Landmark.ELBOW_LEFT.ordinal() + side));
            toWorld(ws, THORAX, wx, wy, z, lm, 3 * (Landmark.WRIST_LEFT.ordinal() + side));
            toWorld(ws, THORAX, wx + geometry.handCom * geometry.handM * fax, wy + geometry.handCom * geometry.handM * fay, z, lm,
                    3 * (Landmark.GRIP_LEFT.ordinal() + side));
            toWorld(ws, THORAX, geometry.shoulderX + geometry.upperArmCom * geometry.upperArmM * uax, geometry.shoulderY + geometry.upperArmCom * geometry.upperArmM * uay, z,
                    ws.massWorld, 3 * (8 + side));
            toWorld(ws, THORAX, ex + geometry.forearmCom * geometry.forearmM * fax, ey + geometry.forearmCom * geometry.forearmM * fay, z,
                    ws.massWorld, 3 * (10 + side));
            System.arraycopy(lm, 3 * (Landmark.GRIP_LEFT.ordinal() + side), ws.massWorld, 3 * (12 + side), 3);
            double hz = side == 0 ? -geometry.hipZ : geometry.hipZ;
            double kx = geometry.hipX + geometry.thighM * thx, ky = geometry.hipY + geometry.thighM * thy;
            double ax = kx + geometry.shankM * skx, ay = ky + geometry.shankM * sky;
            toWorld(ws, 0, geometry.hipX, geometry.hipY, hz, lm, 3 * (Landmark.HIP_LEFT.ordinal() + side));
            toWorld(ws, 0, kx, ky, hz, lm, 3 * (Landmark.KNEE_LEFT.ordinal() + side));
            toWorld(ws, 0, ax, ay, hz, lm, 3 * (Landmark.ANKLE_LEFT.ordinal() + side));
            toWorld(ws, 0, ax + DeLeva1996.FOOT_TOE_AHEAD_OF_ANKLE * geometry.footM * ftx,
                    ay + DeLeva1996.FOOT_TOE_AHEAD_OF_ANKLE * geometry.footM * fty, hz, lm, 3 * (Landmark.TOE_LEFT.ordinal() + side));
            toWorld(ws, 0, geometry.hipX + geometry.thighCom * geometry.thighM * thx, geometry.hipY + geometry.thighCom * geometry.thighM * thy, hz, ws.massWorld, 3 * (14 + side));
            toWorld(ws, 0, kx + geometry.shankCom * geometry.shankM * skx, ky + geometry.shankCom * geometry.shankM * sky, hz, ws.massWorld, 3 * (16 + side));
            toWorld(ws, 0, ax + DeLeva1996.FOOT_COM_AHEAD_OF_ANKLE * geometry.footM * ftx,
                    ay + DeLeva1996.FOOT_COM_AHEAD_OF_ANKLE * geometry.footM * fty, hz, ws.massWorld, 3 * (18 + side));
        }
    }

    // ---------------------------------------------------------------- loads

    /** Sums hand loads into a force and a moment about the origin (handLoad[0..2], [3..5]). */
    private static void handLoads(List<? extends ExternalLoad> loads, Workspace ws) {
        double[] h = ws.handLoad;
        java.util.Arrays.fill(h, 0);
        for (int i = 0, n = loads.size(); i < n; i++) {
            ExternalLoad l = loads.get(i);
            if (l instanceof HandLoad hl) {
                double fx = hl.forceXN();
                double fy = hl.forceYN() - hl.massKg() * TissueConstants.GRAVITY_M_PER_S2;
                double fz = hl.forceZN();
                if (hl.positionM() != null) {
                    addForce(h, fx, fy, fz, hl.positionM().xM(), hl.positionM().yM(), hl.positionM().zM());
                } else {
                    double share = hl.hands() == Hands.BOTH ? 0.5 : 1;
                    double m = share * hl.massKg();
                    if (hl.hands() != Hands.RIGHT) {
                        int o = 3 * Landmark.GRIP_LEFT.ordinal();
                        addForce(h, share * fx - m * ws.segAccelOf(o), share * fy - m * ws.segAccelOf(o + 1),
                                share * fz - m * ws.segAccelOf(o + 2), ws.segWorld[o], ws.segWorld[o + 1], ws.segWorld[o + 2]);
                    }
                    if (hl.hands() != Hands.LEFT) {
                        int o = 3 * Landmark.GRIP_RIGHT.ordinal();
                        addForce(h, share * fx - m * ws.segAccelOf(o), share * fy - m * ws.segAccelOf(o + 1),
                                share * fz - m * ws.segAccelOf(o + 2), ws.segWorld[o], ws.segWorld[o + 1], ws.segWorld[o + 2]);
                    }
                }
            }
        }
    }

    private static void addForce(double[] h, double fx, double fy, double fz, double x, double y, double z) {
        h[0] += fx;
        h[1] += fy;
        h[2] += fz;
        h[3] += y * fz - z * fy;
        h[4] += z * fx - x * fz;
        h[5] += x * fy - y * fx;
    }

    private void netLoads(Posture p, Workspace ws) {
        restingMask(p, ws);
        double g = TissueConstants.GRAVITY_M_PER_S2;
        double[] w = ws.massWorld;
        double[] h = ws.handLoad;
        for (int k = 0; k < LEVELS; k++) {
            double fx = h[0], fy = h[1], fz = h[2];
            double cx = ws.jointWorld[3 * k], cy = ws.jointWorld[3 * k + 1], cz = ws.jointWorld[3 * k + 2];
            // moment of hand loads about C_k = M0 - C x F
            double mx = h[3] - (cy * fz - cz * fy);
            double my = h[4] - (cz * fx - cx * fz);
            double mz = h[5] - (cx * fy - cy * fx);
            for (int m = 0; m < MASSES; m++) {
                if (MassPoint.ALL[m].body > k && !ws.selfCarried[m]) {
                    double wy = -geometry.massKg[m] * g;
                    double rx = w[3 * m] - cx, rz = w[3 * m + 2] - cz;
                    fy += wy;
                    // r x (0, wy, 0) = (-rz*wy, 0, rx*wy)
                    mx -= rz * wy;
                    mz += rx * wy;
                }
            }
            if (ws.dynamic) {
                // d'Alembert: -m a at every mass above the disc, -I alpha of the thorax and head
                for (int m = 0; m < MASSES; m++) {
                    if (MassPoint.ALL[m].body > k) {
                        double ax = -geometry.massKg[m] * ws.massAccel[3 * m];
                        double ay = -geometry.massKg[m] * ws.massAccel[3 * m + 1];
                        double az = -geometry.massKg[m] * ws.massAccel[3 * m + 2];
                        double rx = w[3 * m] - cx, ry = w[3 * m + 1] - cy, rz = w[3 * m + 2] - cz;
                        fx += ax;
                        fy += ay;
                        fz += az;
                        mx += ry * az - rz * ay;
                        my += rz * ax - rx * az;
                        mz += rx * ay - ry * ax;
                    }
                }
                mx += ws.inertialMoment[0];
                my += ws.inertialMoment[1];
                mz += ws.inertialMoment[2];
            }
            ws.extForce[3 * k] = fx;
            ws.extForce[3 * k + 1] = fy;
            ws.extForce[3 * k + 2] = fz;
            ws.extMoment[3 * k] = mx;
            ws.extMoment[3 * k + 1] = my;
            ws.extMoment[3 * k + 2] = mz;
        }
        ws.backrestForceN = 0;
        if (p.has(Support.BACKREST)) {
            backrest(ws);
        }
        contacts(p, ws);
        // intra-abdominal pressure from the flexion moment at L5-S1
        double flexMoment0 = -dot(ws.extMoment, 0, ws.discFrame, 6);
        double bracket = TissueConstants.IAP_CONSTANT
                - TissueConstants.IAP_ANGLE_COEFFICIENT * (p.hipFlexionDeg() + p.kneeFlexionDeg());
        double pressureMmHg = bracket > 0 && flexMoment0 > 0
                ? tissue.iapScale() * TissueConstants.IAP_SCALE * bracket
                        * Math.pow(flexMoment0, TissueConstants.IAP_MOMENT_EXPONENT) : 0;
        ws.iapForceN = pressureMmHg * Units.PA_PER_MMHG * TissueConstants.DIAPHRAGM_AREA_M2;
        QpWorkspace qp = ws.qp;
        for (int k = 0; k < LEVELS; k++) {
            int o = 9 * k;
            double mn = dot(ws.extMoment, 3 * k, ws.discFrame, o);
            double ma = dot(ws.extMoment, 3 * k, ws.discFrame, o + 3);
            double ml = dot(ws.extMoment, 3 * k, ws.discFrame, o + 6);
            ws.netMomentNm[3 * k] = -ml;
            ws.netMomentNm[3 * k + 1] = ma;
            ws.netMomentNm[3 * k + 2] = mn;
            double x = ws.flexionRad[k] >= 0
                    ? ws.flexionRad[k] / Units.toRad(LumbarMotion.TOTAL_FLEXION_DEG * LumbarMotion.flexionShare(k))
                    : ws.flexionRad[k] / Units.toRad(LumbarMotion.TOTAL_EXTENSION_DEG * LumbarMotion.extensionShare(k));
            double passive = Math.signum(x) * tissue.passiveMomentScale() * TissueConstants.PASSIVE_MOMENT_A_NM
                    * (Math.exp(TissueConstants.PASSIVE_MOMENT_B * Math.abs(x)) - 1);
            ws.passiveMomentNm[k] = passive;
            double iapMoment = TissueConstants.IAP_MOMENT_ARM_M * ws.iapForceN;
            qp.setB(3 * k, -(ml + passive + iapMoment));
            qp.setB(3 * k + 1, -ma);
            qp.setB(3 * k + 2, -mn);
        }
    }

    /** The backrest cancels a backward-leaning (extension) moment at L5-S1; it cannot pull. */
    private void backrest(Workspace ws) {
        DMatrix3x3 o = ws.orient[THORAX];
        double dx = o.a11, dy = o.a21, dz = o.a31;
        int t = 3 * 5;
        double rx = ws.massWorld[t], ry = ws.massWorld[t + 1], rz = ws.massWorld[t + 2];
        // moment of a unit push about L5-S1 (origin): r x d, its component on the L5-S1 lateral axis
        double lx = ws.discFrame[6], ly = ws.discFrame[7], lz = ws.discFrame[8];
        double perUnit = (ry * dz - rz * dy) * lx + (rz * dx - rx * dz) * ly + (rx * dy - ry * dx) * lz;
        double ext = dot(ws.extMoment, 0, ws.discFrame, 6);
        if (perUnit >= 0 || ext <= 0) {
            return;
        }
        double force = -ext / perUnit;
        ws.backrestForceN = force;
        for (int k = 0; k < LEVELS; k++) {
            double cx = ws.jointWorld[3 * k], cy = ws.jointWorld[3 * k + 1], cz = ws.jointWorld[3 * k + 2];
            double fx = force * dx, fy = force * dy, fz = force * dz;
            double ax = rx - cx, ay = ry - cy, az = rz - cz;
            ws.extForce[3 * k] += fx;
            ws.extForce[3 * k + 1] += fy;
            ws.extForce[3 * k + 2] += fz;
            ws.extMoment[3 * k] += ay * fz - az * fy;
            ws.extMoment[3 * k + 1] += az * fx - ax * fz;
            ws.extMoment[3 * k + 2] += ax * fy - ay * fx;
        }
    }

    private static double dot(double[] a, int ao, double[] b, int bo) {
        return a[ao] * b[bo] + a[ao + 1] * b[bo + 1] + a[ao + 2] * b[bo + 2];
    }

    // ---------------------------------------------------------------- muscles

    private void muscleGeometry(Workspace ws) {
        int n = geometry.pcsaM2.length;
        QpWorkspace qp = ws.qp;
        qp.setSize(3 * LEVELS, n);
        double[] pw = ws.pointWorld;
        // only the end points of segments that cross a level are read, body by body (one rotation
        // each); the reference coordinates are scaled to the subject here rather than copied per model.
        // Same arithmetic as toWorld, so the same values.
        double scale = geometry.muscleScale;
        int[] used = muscles.crossingPoints;
        int[] bodyStart = muscles.bodyStart;
        double[] px = muscles.pointX;
        double[] py = muscles.pointY;
        double[] pz = muscles.pointZ;
        for (int b = 0; b < BODIES; b++) {
            int from = bodyStart[b];
            int to = bodyStart[b + 1];
            if (from == to) {
                continue;
            }
            DMatrix3x3 o = ws.orient[b];
            double a11 = o.a11, a12 = o.a12, a13 = o.a13;
            double a21 = o.a21, a22 = o.a22, a23 = o.a23;
            double a31 = o.a31, a32 = o.a32, a33 = o.a33;
            double ox = b == 0 ? 0 : geometry.jointX[b - 1];
            double oy = b == 0 ? 0 : geometry.jointY[b - 1];
            for (int e = from; e < to; e++) {
                int g = used[e];
                double x = StatureScaling.lengthM(px[g], scale);
                double y = StatureScaling.lengthM(py[g], scale);
                double z = StatureScaling.lengthM(pz[g], scale);
                if (b != 0) {
                    x -= ox;
                    y -= oy;
                }
                int off = 3 * g;
                pw[off] = a11 * x + a12 * y + a13 * z;
                pw[off + 1] = a21 * x + a22 * y + a23 * z;
                pw[off + 2] = a31 * x + a32 * y + a33 * z;
                if (b != 0) {
                    int jw = 3 * (b - 1);
                    pw[off] += ws.jointWorld[jw];
                    pw[off + 1] += ws.jointWorld[jw + 1];
                    pw[off + 2] += ws.jointWorld[jw + 2];
                }
            }
        }
        double maxStress = tissue.maxMuscleStressPa();
        int[] levelLo = muscles.levelLo;
        int[] levelHi = muscles.levelHi;
        double[] fr = ws.discFrame;
        for (int i = 0; i < n; i++) {
            qp.setMuscle(i, geometry.pcsaM2[i], maxStress * geometry.pcsaM2[i]);
            qp.setColumnRows(i, 3 * levelLo[i], 3 * levelHi[i]);
            for (int k = levelLo[i]; k < levelHi[i]; k++) {
                int lo = muscles.crossing[i * LEVELS + k];
                int hi = lo + 1;
                int u = 3 * (k * n + i);
                double ux = pw[3 * lo] - pw[3 * hi];
                double uy = pw[3 * lo + 1] - pw[3 * hi + 1];
                double uz = pw[3 * lo + 2] - pw[3 * hi + 2];
                double inv = 1 / Math.sqrt(ux * ux + uy * uy + uz * uz);
                ux *= inv;
                uy *= inv;
                uz *= inv;
                ws.unitForce[u] = ux;
                ws.unitForce[u + 1] = uy;
                ws.unitForce[u + 2] = uz;
                double rx = pw[3 * hi] - ws.jointWorld[3 * k];
                double ry = pw[3 * hi + 1] - ws.jointWorld[3 * k + 1];
                double rz = pw[3 * hi + 2] - ws.jointWorld[3 * k + 2];
                double mx = ry * uz - rz * uy, my = rz * ux - rx * uz, mz = rx * uy - ry * ux;
                int o = 9 * k;
                qp.setA(3 * k, i, mx * fr[o + 6] + my * fr[o + 7] + mz * fr[o + 8]);
                qp.setA(3 * k + 1, i, mx * fr[o + 3] + my * fr[o + 4] + mz * fr[o + 5]);
                qp.setA(3 * k + 2, i, mx * fr[o] + my * fr[o + 1] + mz * fr[o + 2]);
            }
        }
    }

    private void reactions(Workspace ws) {
        int n = geometry.pcsaM2.length;
        QpWorkspace qp = ws.qp;
        ws.residualNm = qp.balanceResidualNm();
        double[] fr = ws.discFrame;
        double[] sum = ws.extForceTotal;
        for (int k = 0; k < LEVELS; k++) {
            int o = 9 * k;
            sum[3 * k] = ws.extForce[3 * k] + ws.iapForceN * fr[o];
            sum[3 * k + 1] = ws.extForce[3 * k + 1] + ws.iapForceN * fr[o + 1];
            sum[3 * k + 2] = ws.extForce[3 * k + 2] + ws.iapForceN * fr[o + 2];
        }
        int[] levelLo = muscles.levelLo;
        int[] levelHi = muscles.levelHi;
        for (int i = 0; i < n; i++) {
            double t = qp.force(i);
            if (t == 0) {
                continue;
            }
            for (int k = levelLo[i]; k < levelHi[i]; k++) {
                int u = 3 * (k * n + i);
                sum[3 * k] += t * ws.unitForce[u];
                sum[3 * k + 1] += t * ws.unitForce[u + 1];
                sum[3 * k + 2] += t * ws.unitForce[u + 2];
            }
        }
        for (int k = 0; k < LEVELS; k++) {
            int o = 9 * k;
            double fx = sum[3 * k], fy = sum[3 * k + 1], fz = sum[3 * k + 2];
            // reaction of the disc on the upper body J = -(applied); compression = J.n
            double comp = -(fx * fr[o] + fy * fr[o + 1] + fz * fr[o + 2]);
            ws.compressionN[k] = comp;
            ws.apShearN[k] = fx * fr[o + 3] + fy * fr[o + 4] + fz * fr[o + 5];
            ws.lateralShearN[k] = fx * fr[o + 6] + fy * fr[o + 7] + fz * fr[o + 8];
            ws.idpMPa[k] = tissue.unloadedDiscPressureMPa()
                    + tissue.nachemsonPressureFactor() * comp / geometry.discAreaM2[k] * Units.MPA_PER_PA;
        }
    }

    // ---------------------------------------------------------------- supports (whole-body equilibrium)

    /** Masses carried where they lie by a resting support; the first resting support present claims each. */
    private void restingMask(Posture p, Workspace ws) {
        boolean all = p.has(Support.LYING_SURFACE);
        boolean trunk = p.has(Support.TRUNK_RESTING);
        boolean pelvis = p.has(Support.PELVIS_ON_FLOOR);
        boolean legs = p.has(Support.LEGS_ON_FLOOR);
        for (int m = 0; m < MASSES; m++) {
            int owner = -1;
            if (all) {
                owner = Support.LYING_SURFACE.ordinal();
            } else if (trunk && m <= 6) {
                owner = Support.TRUNK_RESTING.ordinal();
            } else if (pelvis && m == 7) {
                owner = Support.PELVIS_ON_FLOOR.ordinal();
            } else if (legs && m >= 14) {
                owner = Support.LEGS_ON_FLOOR.ordinal();
            }
            ws.selfCarried[m] = owner >= 0;
            ws.restingOwner[m] = owner;
        }
    }

    /** Adds one point contact (vertical push) of a support at (x, y, z). */
    private static void addContact(Workspace ws, Support s, int side, double x, double y, double z) {
        int c = ws.contactCount++;
        ws.contactSupport[c] = s.ordinal();
        ws.contactSide[c] = side;
        ws.contactKind[c] = Workspace.CONTACT_POINT;
        ws.contactPoint[3 * c] = x;
        ws.contactPoint[3 * c + 1] = y;
        ws.contactPoint[3 * c + 2] = z;
        ws.contactForce[3 * c] = 0;
        ws.contactForce[3 * c + 1] = 0;
        ws.contactForce[3 * c + 2] = 0;
    }

    private void addLandmarkContacts(Workspace ws, Support s, Landmark left) {
        double[] lm = ws.segWorld;
        for (int side = 0; side < 2; side++) {
            int o = 3 * (left.ordinal() + side);
            addContact(ws, s, side, lm[o], lm[o + 1], lm[o + 2]);
        }
    }

    /** Point contacts of the posture, lower-body supports first (the friction order of {@link Support}). */
    private void contactPoints(Posture p, Workspace ws) {
        ws.contactCount = 0;
        double[] w = ws.massWorld;
        double[] lm = ws.segWorld;
        if (p.has(Support.FEET)) {
            for (int side = 0; side < 2; side++) {
                int o = 3 * (18 + side);
                addContact(ws, Support.FEET, side, w[o], w[o + 1], w[o + 2]);
            }
        }
        if (p.has(Support.SEAT)) {
            addLandmarkContacts(ws, Support.SEAT, Landmark.HIP_LEFT);
        }
        if (p.has(Support.KNEES)) {
            addLandmarkContacts(ws, Support.KNEES, Landmark.KNEE_LEFT);
        }
        if (p.has(Support.PELVIS_ON_FLOOR)) {
            addLandmarkContacts(ws, Support.PELVIS_ON_FLOOR, Landmark.HIP_LEFT);
        }
        ws.firstUpperContact = ws.contactCount;
        if (p.has(Support.HANDS)) {
            addLandmarkContacts(ws, Support.HANDS, Landmark.GRIP_LEFT);
        }
        if (p.has(Support.FOREARMS)) {
            for (int side = 0; side < 2; side++) {
                int e = 3 * (Landmark.ELBOW_LEFT.ordinal() + side);
                int r = 3 * (Landmark.WRIST_LEFT.ordinal() + side);
                addContact(ws, Support.FOREARMS, side, 0.5 * (lm[e] + lm[r]), 0.5 * (lm[e + 1] + lm[r + 1]),
                        0.5 * (lm[e + 2] + lm[r + 2]));
            }
        }
        if (p.has(Support.SHOULDERS)) {
            addLandmarkContacts(ws, Support.SHOULDERS, Landmark.SHOULDER_LEFT);
        }
        if (p.has(Support.TRUNK_RESTING) && !p.has(Support.LYING_SURFACE)) {
            addLandmarkContacts(ws, Support.TRUNK_RESTING, Landmark.SHOULDER_LEFT);
        }
    }

    /**
     * Whole-body equilibrium: the sum of gravity on the segments not resting on a support, inertia,
     * hand loads and the backrest (the "remainder", about the origin) is balanced by friction and
     * vertical pushes at the point contacts; the pushes on the upper body are then added to the
     * loads above every disc. Allocates nothing.
     */
    private void contacts(Posture p, Workspace ws) {
        contactPoints(p, ws);
        double g = TissueConstants.GRAVITY_M_PER_S2;
        double[] w = ws.massWorld;
        double[] r = ws.remainder;
        System.arraycopy(ws.handLoad, 0, r, 0, 6);
        for (int m = 0; m < MASSES; m++) {
            double x = w[3 * m], y = w[3 * m + 1], z = w[3 * m + 2];
            if (!ws.selfCarried[m]) {
                addForce(r, 0, -geometry.massKg[m] * g, 0, x, y, z);
            }
            if (ws.dynamic) {
                addForce(r, -geometry.massKg[m] * ws.massAccel[3 * m], -geometry.massKg[m] * ws.massAccel[3 * m + 1],
                        -geometry.massKg[m] * ws.massAccel[3 * m + 2], x, y, z);
            }
        }
        if (ws.dynamic) {
            r[3] += ws.inertialMoment[0];
            r[4] += ws.inertialMoment[1];
            r[5] += ws.inertialMoment[2];
        }
        if (ws.backrestForceN != 0) {
            DMatrix3x3 o = ws.orient[THORAX];
            double f = ws.backrestForceN;
            ws.backrestReaction[0] = w[15];
            ws.backrestReaction[1] = w[16];
            ws.backrestReaction[2] = w[17];
            ws.backrestReaction[3] = f * o.a11;
            ws.backrestReaction[4] = f * o.a21;
            ws.backrestReaction[5] = f * o.a31;
            addForce(r, f * o.a11, f * o.a21, f * o.a31, w[15], w[16], w[17]);
        }
        int n = ws.contactCount;
        ws.supportsBalanced = true;
        ws.baseResultant = false;
        double scale = bodyWeightN();
        if (n == 0) {
            baseResultant(p, ws, scale);
            return;
        }
        // friction at the first contact's two points: (fxL, fzL, fxR, fzR) balancing Fx, Fz, My
        double[] a = ws.contactMatrix;
        for (int side = 0; side < 2; side++) {
            double x = ws.contactPoint[3 * side], z = ws.contactPoint[3 * side + 2];
            // column of fx: (1, 0, z); column of fz: (0, 1, -x)
            a[6 * side] = 1;
            a[6 * side + 1] = 0;
            a[6 * side + 2] = z;
            a[6 * side + 3] = 0;
            a[6 * side + 4] = 1;
            a[6 * side + 5] = -x;
            ws.contactActive[2 * side] = true;
            ws.contactActive[2 * side + 1] = true;
        }
        ws.contactRhs[0] = -r[0];
        ws.contactRhs[1] = -r[2];
        ws.contactRhs[2] = -r[4];
        minimumNorm(a, 4, ws.contactRhs, ws.contactActive, ws.contactSolution, ws.contactM, false);
        for (int side = 0; side < 2; side++) {
            int c = side;
            double fx = ws.contactSolution[2 * side], fz = ws.contactSolution[2 * side + 1];
            ws.contactForce[3 * c] = fx;
            ws.contactForce[3 * c + 2] = fz;
            addForce(r, fx, 0, fz, ws.contactPoint[3 * c], ws.contactPoint[3 * c + 1], ws.contactPoint[3 * c + 2]);
        }
        // vertical pushes: column (1, -z, x) balancing Fy, Mx, Mz
        for (int c = 0; c < n; c++) {
            a[3 * c] = 1;
            a[3 * c + 1] = -ws.contactPoint[3 * c + 2];
            a[3 * c + 2] = ws.contactPoint[3 * c];
            ws.contactActive[c] = true;
        }
        ws.contactRhs[0] = -r[1];
        ws.contactRhs[1] = -r[3];
        ws.contactRhs[2] = -r[5];
        boolean ok = minimumNorm(a, n, ws.contactRhs, ws.contactActive, ws.contactSolution, ws.contactM, true);
        double res = 0;
        for (int row = 0; row < 3; row++) {
            double s = -ws.contactRhs[row];
            for (int c = 0; c < n; c++) {
                s += a[3 * c + row] * ws.contactSolution[c];
            }
            res = Math.max(res, Math.abs(s));
        }
        ok &= res <= SUPPORT_TOLERANCE * scale;
        if (!ok) {
            if (ws.firstUpperContact < n) {
                ws.supportsBalanced = false;
                for (int c = 0; c < n; c++) {
                    ws.contactForce[3 * c + 1] = ws.contactSolution[c];
                }
                return;
            }
            baseResultant(p, ws, scale);
            return;
        }
        for (int c = 0; c < n; c++) {
            double f = ws.contactSolution[c];
            ws.contactForce[3 * c + 1] = f;
            addForce(r, 0, f, 0, ws.contactPoint[3 * c], ws.contactPoint[3 * c + 1], ws.contactPoint[3 * c + 2]);
        }
        // forces on the upper body load every disc
        for (int c = ws.firstUpperContact; c < n; c++) {
            double fx = ws.contactForce[3 * c], fy = ws.contactForce[3 * c + 1], fz = ws.contactForce[3 * c + 2];
            for (int k = 0; k < LEVELS; k++) {
                double ax = ws.contactPoint[3 * c] - ws.jointWorld[3 * k];
                double ay = ws.contactPoint[3 * c + 1] - ws.jointWorld[3 * k + 1];
                double az = ws.contactPoint[3 * c + 2] - ws.jointWorld[3 * k + 2];
                ws.extForce[3 * k] += fx;
                ws.extForce[3 * k + 1] += fy;
                ws.extForce[3 * k + 2] += fz;
                ws.extMoment[3 * k] += ay * fz - az * fy;
                ws.extMoment[3 * k + 1] += az * fx - ax * fz;
                ws.extMoment[3 * k + 2] += ax * fy - ay * fx;
            }
        }
    }

    /** Relative tolerance (of body weight) on the balance of the contact forces. */
    private static final double SUPPORT_TOLERANCE = 1e-7;

    /**
     * The lower contacts as one vertical resultant under the remainder's line of action (after
     * friction), at the height of the lowest contact (or of the feet without contacts).
     */
    private void baseResultant(Posture p, Workspace ws, double scale) {
        double[] r = ws.remainder;
        for (int c = 0; c < ws.contactCount; c++) {
            ws.contactForce[3 * c + 1] = 0;
        }
        double f = -r[1];
        double lowest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < ws.contactCount; c++) {
            lowest = Math.min(lowest, ws.contactPoint[3 * c + 1]);
        }
        if (ws.contactCount == 0) {
            lowest = Math.min(ws.segWorld[3 * Landmark.ANKLE_LEFT.ordinal() + 1], ws.massWorld[3 * 7 + 1]);
        }
        int c = ws.contactCount;
        ws.baseContact = c;
        int support = -1;
        for (Support s : SUPPORT_VALUES) {
            if (s != Support.BACKREST && p.has(s)) {
                support = s.ordinal();
                break;
            }
        }
        ws.contactSupport[c] = support;
        ws.contactSide[c] = -1;
        ws.contactKind[c] = Workspace.CONTACT_BASE;
        // without contacts there was no friction step: the whole remainder acts at the base point
        double fx = ws.contactCount == 0 ? -r[0] : 0;
        double fz = ws.contactCount == 0 ? -r[2] : 0;
        ws.contactPoint[3 * c + 1] = lowest;
        if (Math.abs(f) <= SUPPORT_TOLERANCE * scale) {
            ws.contactPoint[3 * c] = 0;
            ws.contactPoint[3 * c + 2] = 0;
            f = 0;
        } else {
            ws.contactPoint[3 * c] = (lowest * fx - r[5]) / f;
            ws.contactPoint[3 * c + 2] = (lowest * fz + r[3]) / f;
        }
        ws.contactForce[3 * c] = fx;
        ws.contactForce[3 * c + 1] = f;
        ws.contactForce[3 * c + 2] = fz;
        ws.baseResultant = true;
        if (f < -SUPPORT_TOLERANCE * scale) {
            ws.supportsBalanced = false;
        }
    }

    private static final Support[] SUPPORT_VALUES = Support.values();

    /**
     * Minimum-norm solution of {@code A f = b} (three rows, columns {@code a[3c..3c+2]}) over the
     * active columns, the inactive ones zero. With {@code nonNegative}, columns whose force comes
     * out negative are released one at a time, most negative first.
     *
     * @return whether a solution with every active force non-negative (or no sign condition) was found
     */
    private static boolean minimumNorm(double[] a, int n, double[] b, boolean[] active, double[] f, double[] m,
                                       boolean nonNegative) {
        for (int round = 0; round <= n; round++) {
            java.util.Arrays.fill(m, 0, 9, 0);
            for (int c = 0; c < n; c++) {
                if (active[c]) {
                    for (int i = 0; i < 3; i++) {
                        for (int j = 0; j < 3; j++) {
                            m[3 * i + j] += a[3 * c + i] * a[3 * c + j];
                        }
                    }
                }
            }
            double eps = 1e-12 * (m[0] + m[4] + m[8]) + 1e-300;
            m[0] += eps;
            m[4] += eps;
            m[8] += eps;
            double c00 = m[4] * m[8] - m[5] * m[7];
            double c01 = m[5] * m[6] - m[3] * m[8];
            double c02 = m[3] * m[7] - m[4] * m[6];
            double det = m[0] * c00 + m[1] * c01 + m[2] * c02;
            double y0 = (c00 * b[0] + (m[2] * m[7] - m[1] * m[8]) * b[1] + (m[1] * m[5] - m[2] * m[4]) * b[2]) / det;
            double y1 = (c01 * b[0] + (m[0] * m[8] - m[2] * m[6]) * b[1] + (m[2] * m[3] - m[0] * m[5]) * b[2]) / det;
            double y2 = (c02 * b[0] + (m[1] * m[6] - m[0] * m[7]) * b[1] + (m[0] * m[4] - m[1] * m[3]) * b[2]) / det;
            int worst = -1;
            double worstF = 0;
            for (int c = 0; c < n; c++) {
                f[c] = active[c] ? a[3 * c] * y0 + a[3 * c + 1] * y1 + a[3 * c + 2] * y2 : 0;
                if (nonNegative && active[c] && f[c] < worstF) {
                    worstF = f[c];
                    worst = c;
                }
            }
            if (worst < 0) {
                return true;
            }
            active[worst] = false;
        }
        return false;
    }

    /**
     * Sums gravity on every segment, inertia, hand loads, the backrest and every support reaction
     * (resting supports as the weight they carry) after a solve: the whole-body force and moment
     * (about the origin), written to {@code ws.balance[0..5]}; and the resting reactions.
     */
    private void wholeBodyBalance(Workspace ws) {
        double g = TissueConstants.GRAVITY_M_PER_S2;
        double[] w = ws.massWorld;
        double[] s = ws.balance;
        System.arraycopy(ws.handLoad, 0, s, 0, 6);
        java.util.Arrays.fill(ws.restingWeight, 0);
        java.util.Arrays.fill(ws.restingMoment, 0);
        double mass = 0, cx = 0, cy = 0, cz = 0;
        for (int m = 0; m < MASSES; m++) {
            double x = w[3 * m], y = w[3 * m + 1], z = w[3 * m + 2];
            addForce(s, 0, -geometry.massKg[m] * g, 0, x, y, z);
            mass += geometry.massKg[m];
            cx += geometry.massKg[m] * x;
            cy += geometry.massKg[m] * y;
            cz += geometry.massKg[m] * z;
            if (ws.dynamic) {
                addForce(s, -geometry.massKg[m] * ws.massAccel[3 * m], -geometry.massKg[m] * ws.massAccel[3 * m + 1],
                        -geometry.massKg[m] * ws.massAccel[3 * m + 2], x, y, z);
            }
            int owner = ws.restingOwner[m];
            if (owner >= 0) {
                double f = geometry.massKg[m] * g;
                ws.restingWeight[owner] += f;
                ws.restingMoment[3 * owner] += f * x;
                ws.restingMoment[3 * owner + 1] += f * y;
                ws.restingMoment[3 * owner + 2] += f * z;
                addForce(s, 0, f, 0, x, y, z);
            }
        }
        ws.comWorld[0] = cx / mass;
        ws.comWorld[1] = cy / mass;
        ws.comWorld[2] = cz / mass;
        if (ws.dynamic) {
            s[3] += ws.inertialMoment[0];
            s[4] += ws.inertialMoment[1];
            s[5] += ws.inertialMoment[2];
        }
        if (ws.backrestForceN != 0) {
            DMatrix3x3 o = ws.orient[THORAX];
            double f = ws.backrestForceN;
            addForce(s, f * o.a11, f * o.a21, f * o.a31, w[15], w[16], w[17]);
        }
        int last = ws.baseResultant ? ws.contactCount + 1 : ws.contactCount;
        for (int c = 0; c < last; c++) {
            addForce(s, ws.contactForce[3 * c], ws.contactForce[3 * c + 1], ws.contactForce[3 * c + 2],
                    ws.contactPoint[3 * c], ws.contactPoint[3 * c + 1], ws.contactPoint[3 * c + 2]);
        }
    }
}
