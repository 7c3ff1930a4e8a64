package org.lumbosim.model;

import org.ejml.data.DMatrix3x3;
import org.lumbosim.solver.QpStatus;
import org.lumbosim.solver.QpWorkspace;

/**
 * Scratch storage for {@link LumbarModel#solve}: every array is allocated once, for one model,
 * and overwritten by each solve, so the hot path allocates nothing. After a solve it holds the
 * results, read through its accessors; the next solve overwrites them. Keeps the recruitment's dual
 * variables, which warm-starts the next solve (sweeps, motion).
 *
 * <p>Not thread-safe: use one workspace per thread. A workspace serves the model that made it and any
 * other model with the same muscle model ({@link LumbarModel#workspaceFrom}); it remembers the last.
 */
public final class Workspace {
    LumbarModel model;
    final int muscles;

    final DMatrix3x3[] orient = new DMatrix3x3[LumbarModel.BODIES];
    final DMatrix3x3 rot = new DMatrix3x3();
    final DMatrix3x3 tmp = new DMatrix3x3();
    final double[] jointWorld = new double[3 * LumbarModel.JOINTS];
    final double[] discFrame = new double[9 * LumbarModel.LEVELS];
    final double[] flexionRad = new double[LumbarModel.LEVELS];
    final double[] massWorld;
    final double[] segWorld = new double[3 * Landmark.values().length];
    final double[] handLoad = new double[6];
    final double[] extForce = new double[3 * LumbarModel.LEVELS];
    final double[] extMoment = new double[3 * LumbarModel.LEVELS];
    final double[] extForceTotal = new double[3 * LumbarModel.LEVELS];
    final double[] unitForce;
    final double[] pointWorld;
    final QpWorkspace qp;
    final double[] massPrev;
    final double[] massNext;
    final double[] massAccel;
    final double[] segPrev = new double[3 * Landmark.values().length];
    final double[] segNext = new double[3 * Landmark.values().length];
    final double[] segAccel = new double[3 * Landmark.values().length];
    final double[] inertialMoment = new double[3];
    boolean dynamic;

    /* supports: point contacts (two per support, lower body first), then at most one base resultant */
    static final int MAX_CONTACTS = 2 * 7 + 1;
    static final int CONTACT_POINT = 0;
    static final int CONTACT_BASE = 1;
    final boolean[] selfCarried;
    final int[] restingOwner;
    final double[] remainder = new double[6];
    final double[] balance = new double[6];
    final double[] backrestReaction = new double[6];
    final double[] comWorld = new double[3];
    final int[] contactSupport = new int[MAX_CONTACTS];
    final int[] contactSide = new int[MAX_CONTACTS];
    final int[] contactKind = new int[MAX_CONTACTS];
    final double[] contactPoint = new double[3 * MAX_CONTACTS];
    final double[] contactForce = new double[3 * MAX_CONTACTS];
    final double[] contactMatrix = new double[3 * MAX_CONTACTS];
    final double[] contactRhs = new double[3];
    final double[] contactSolution = new double[MAX_CONTACTS];
    final boolean[] contactActive = new boolean[MAX_CONTACTS];
    final double[] contactM = new double[9];
    final double[] restingWeight = new double[org.lumbosim.posture.Support.values().length];
    final double[] restingMoment = new double[3 * org.lumbosim.posture.Support.values().length];
    int contactCount;
    int firstUpperContact;
    int baseContact;
    boolean supportsBalanced = true;
    boolean baseResultant;

    final double[] compressionN = new double[LumbarModel.LEVELS];
    final double[] apShearN = new double[LumbarModel.LEVELS];
    final double[] lateralShearN = new double[LumbarModel.LEVELS];
    final double[] idpMPa = new double[LumbarModel.LEVELS];
    final double[] passiveMomentNm = new double[LumbarModel.LEVELS];
    final double[] netMomentNm = new double[3 * LumbarModel.LEVELS];
    double iapForceN;
    double backrestForceN;
    double residualNm;
    int iterations;
    QpStatus status = QpStatus.OK;

    Workspace(LumbarModel model) {
        this.model = model;
        this.muscles = model.muscleCount();
        for (int b = 0; b < orient.length; b++) {
            orient[b] = new DMatrix3x3();
        }
        massWorld = new double[3 * model.massCount()];
        selfCarried = new boolean[model.massCount()];
        restingOwner = new int[model.massCount()];
        massPrev = new double[massWorld.length];
        massNext = new double[massWorld.length];
        massAccel = new double[massWorld.length];
        unitForce = new double[3 * LumbarModel.LEVELS * muscles];
        pointWorld = new double[3 * model.pathPointCount()];
        qp = new QpWorkspace(3 * LumbarModel.LEVELS, muscles);
    }

    /** Acceleration component of a landmark coordinate in the last dynamic frame; zero in statics. */
    double segAccelOf(int index) {
        return dynamic ? segAccel[index] : 0;
    }

    /** @return the model of the last solve (at first, the model that made the workspace) */
    public LumbarModel model() {
        return model;
    }

    /** @return outcome of the last solve */
    public QpStatus status() {
        return status;
    }

    /**
     * @param level a lumbar level
     * @return disc compression of the last solve (N, positive = squeezing)
     */
    public double compressionN(SpinalLevel level) {
        return compressionN[level.ordinal()];
    }

    /**
     * @param level a lumbar level
     * @return anterior-posterior shear of the last solve (N, positive = upper vertebra pushed anteriorly)
     */
    public double apShearN(SpinalLevel level) {
        return apShearN[level.ordinal()];
    }

    /**
     * @param level a lumbar level
     * @return lateral shear of the last solve (N, positive = upper vertebra pushed to the right)
     */
    public double lateralShearN(SpinalLevel level) {
        return lateralShearN[level.ordinal()];
    }

    /**
     * @param level a lumbar level
     * @return intradiscal pressure of the last solve (MPa)
     */
    public double idpMPa(SpinalLevel level) {
        return idpMPa[level.ordinal()];
    }

    /**
     * @param level a lumbar level
     * @return passive tissue moment of the last solve (N·m, positive = resisting flexion)
     */
    public double passiveMomentNm(SpinalLevel level) {
        return passiveMomentNm[level.ordinal()];
    }

    /**
     * @param level a lumbar level
     * @param axis 0 flexion-extension (positive = flexing the upper body), 1 lateral bending
     *     (positive = bending it to the right), 2 axial rotation (positive = twisting it to the left)
     * @return net moment of gravity, hand loads and supports about the disc centre, disc frame (N·m)
     */
    public double netMomentNm(SpinalLevel level, int axis) {
        return netMomentNm[3 * level.ordinal() + axis];
    }

    /**
     * @param muscle index in {@link LumbarModel#fascicles()}
     * @return its force in the last solve (N)
     */
    public double muscleForceN(int muscle) {
        return qp.force(muscle);
    }

    /**
     * The recruitment problem of the last solve (moment-arm matrix, right-hand sides, PCSA, force
     * bounds), copied: rows are {@code 3 * level + axis} (axes as in {@link #netMomentNm}), columns
     * are the muscles of {@link LumbarModel#fascicles()}. For cross-checks against other solvers and
     * for benchmarks; allocates.
     *
     * @return a new workspace holding a copy of the problem
     */
    public QpWorkspace recruitmentProblemCopy() {
        return qp.copyProblem();
    }

    /**
     * Forgets the dual variables kept from the last solve, so that the next solve starts cold, as
     * in a new workspace. Results then do not depend on what was solved before (within the solver's
     * tolerance they never do; this makes them equal to the last bit).
     */
    public void resetWarmStart() {
        qp.resetWarmStart();
    }

    /** @return the recruitment row with the largest residual (level = row / 3, axis = row % 3) */
    public int qpWorstRow() {
        return qp.worstRow();
    }

    /** @return the recruitment's largest moment residual (N·m) */
    public double qpResidualNm() {
        return qp.residualNm();
    }

    /** @return the abdominal pressure force of the last solve (N) */
    public double iapForceN() {
        return iapForceN;
    }

    /** @return the backrest's push of the last solve (N), zero without a backrest */
    public double backrestForceN() {
        return backrestForceN;
    }

    /** @return largest moment-balance residual over all levels and axes in the last solve (N·m) */
    public double equilibriumResidualNm() {
        return residualNm;
    }

    /** @return recruitment iterations of the last solve */
    public int iterations() {
        return iterations;
    }

    /**
     * @param landmark a body landmark
     * @param axis 0 x (anterior), 1 y (superior), 2 z (right)
     * @return its position after the last solve (m, global frame)
     */
    public double landmarkM(Landmark landmark, int axis) {
        return segWorld[3 * landmark.ordinal() + axis];
    }

    /**
     * @param level a lumbar level
     * @param axis 0 x, 1 y, 2 z
     * @return the disc centre after the last solve (m, global frame)
     */
    public double discCentreM(SpinalLevel level, int axis) {
        return jointWorld[3 * level.ordinal() + axis];
    }

    /**
     * @param level a lumbar level
     * @param axis 0 x, 1 y, 2 z
     * @return the disc's unit normal (pointing superiorly) after the last solve, global frame
     */
    public double discNormal(SpinalLevel level, int axis) {
        return discFrame[9 * level.ordinal() + axis];
    }

    /**
     * @param level a lumbar level
     * @param axis 0 x, 1 y, 2 z
     * @return the disc's unit anterior direction in its mid-plane after the last solve, global frame
     */
    public double discAnterior(SpinalLevel level, int axis) {
        return discFrame[9 * level.ordinal() + 3 + axis];
    }

    /**
     * @return whether the supports of the last solve could hold the body with pushing forces; when
     *     not, the loads must not be reported (see {@link org.lumbosim.posture.Support})
     */
    public boolean supportsBalanced() {
        return supportsBalanced;
    }

    /**
     * @return whether the last solve reported the lower contacts as one resultant under the body's
     *     centre of mass (their fixed points could not hold it with pushing forces; lumbar loads are
     *     unaffected)
     */
    public boolean baseResultant() {
        return baseResultant;
    }

    /** @return number of support reactions of the last solve (point contacts, then a base resultant if any) */
    public int supportReactionCount() {
        return baseResultant ? contactCount + 1 : contactCount;
    }

    /**
     * @param i reaction index, below {@link #supportReactionCount()}
     * @return its support, or {@code null} for the base resultant of a posture without supports
     */
    public org.lumbosim.posture.Support supportReactionSupport(int i) {
        int s = contactSupport[i];
        return s < 0 ? null : org.lumbosim.posture.Support.values()[s];
    }

    /**
     * @param i reaction index
     * @return 0 left, 1 right, -1 a base resultant
     */
    public int supportReactionSide(int i) {
        return contactKind[i] == CONTACT_BASE ? -1 : contactSide[i];
    }

    /**
     * @param i reaction index
     * @param axis 0 x, 1 y, 2 z
     * @return where it acts (m, global frame)
     */
    public double supportReactionPointM(int i, int axis) {
        return contactPoint[3 * i + axis];
    }

    /**
     * @param i reaction index
     * @param axis 0 x, 1 y, 2 z
     * @return its force on the body (N, global frame)
     */
    public double supportReactionForceN(int i, int axis) {
        return contactForce[3 * i + axis];
    }

    /**
     * @param support a resting support ({@code LYING_SURFACE}, {@code TRUNK_RESTING},
     *     {@code PELVIS_ON_FLOOR}, {@code LEGS_ON_FLOOR})
     * @return the weight it carried where the segments lie in the last solve (N), zero if absent
     */
    public double restingWeightN(org.lumbosim.posture.Support support) {
        return restingWeight[support.ordinal()];
    }

    /**
     * @param support a resting support
     * @param axis 0 x, 1 y, 2 z
     * @return the centre of the weight it carried (m), NaN if it carried none
     */
    public double restingCentreM(org.lumbosim.posture.Support support, int axis) {
        double f = restingWeight[support.ordinal()];
        return f > 0 ? restingMoment[3 * support.ordinal() + axis] / f : Double.NaN;
    }

    /**
     * @param axis 0 x, 1 y, 2 z
     * @return the whole body's centre of mass after the last solve (m)
     */
    public double centreOfMassM(int axis) {
        return comWorld[axis];
    }

    /**
     * @param component 0..2 force x, y, z (N); 3..5 moment about the origin (N·m)
     * @return the sum over the whole body of gravity, inertia, hand loads, backrest and every support
     *     reaction in the last solve: zero when the body is in equilibrium
     */
    public double wholeBodyResidual(int component) {
        return balance[component];
    }

    /**
     * Where the backrest pushed in the last solve with a backrest push; meaningful when
     * {@link #backrestForceN()} is not zero (otherwise an earlier solve's value).
     *
     * @param axis 0 x, 1 y, 2 z
     * @return the point (m, global frame)
     */
    public double backrestPointM(int axis) {
        return backrestReaction[axis];
    }

    /**
     * The backrest's force on the body in the last solve with a backrest push; meaningful when
     * {@link #backrestForceN()} is not zero (otherwise an earlier solve's value).
     *
     * @param axis 0 x, 1 y, 2 z
     * @return the force component (N, global frame)
     */
    public double backrestForceN(int axis) {
        return backrestReaction[3 + axis];
    }
}
