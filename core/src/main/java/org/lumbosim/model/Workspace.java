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
    final double[] vec = new double[3];
    final double[] massPrev;
    final double[] massNext;
    final double[] massAccel;
    final double[] segPrev = new double[3 * Landmark.values().length];
    final double[] segNext = new double[3 * Landmark.values().length];
    final double[] segAccel = new double[3 * Landmark.values().length];
    final double[] inertialMoment = new double[3];
    boolean dynamic;

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
}
