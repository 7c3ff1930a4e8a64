package org.lumbosim.model;

import org.lumbosim.InfeasibleRecruitmentException;
import org.lumbosim.internal.Units;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;
import org.lumbosim.solver.QpStatus;
import org.lumbosim.solver.QpWorkspace;
import org.lumbosim.solver.RecruitmentSolver;

/**
 * The recruitment problem and its solve: one moment-balance row per level and disc axis (flexion,
 * lateral bending, axial rotation; {@code 3 * level + axis}), one column per muscle. Each muscle's
 * force lies between its minimum (the minimum activation times its largest force, where the muscles
 * hold the trunk up; zero where a backrest, lying surface or resting trunk carries it; for a psoas
 * line, at least its share of the psoas force the hip equation needs, {@link HipFlexors}) and its
 * largest force; the other muscles balance whatever moment the minimum forces add. The column
 * structure (which rows a muscle can act in, from the levels it crosses) is set once, when the
 * workspace is made for a muscle set; each solve writes the moment arms, the force bounds and the
 * moments the muscles must supply (net moment less passive tissue, the net moment of abdominal
 * pressure and wall and, for a muscle set without psoas lines, the hip equation's known psoas force), then
 * runs the solver. Allocation-free.
 */
final class RecruitmentAssembly {
    private static final int ROWS = 3 * LumbarModel.LEVELS;

    /** The problem, its solution and the warm start of the next solve. */
    final QpWorkspace qp;
    /** Outcome of the last solve. */
    QpStatus status = QpStatus.OK;
    /** Newton iterations of the last solve. */
    int iterations;
    /** Largest moment-balance residual of the last solve (N·m). */
    double residualNm;
    /** Whether the last solve was infeasible and got forces at the strength it requires. */
    boolean overloaded;

    RecruitmentAssembly(MuscleSet muscles) {
        int n = muscles.count();
        qp = new QpWorkspace(ROWS, n);
        qp.setSize(ROWS, n);
        for (int i = 0; i < n; i++) {
            qp.setColumnRows(i, 3 * muscles.levelLo[i], 3 * muscles.levelHi[i]);
        }
    }

    /**
     * Writes the problem of this solve.
     *
     * @param g the subject's body (not modified)
     * @param tissue the tissue constants (not modified)
     * @param muscles the muscle set (not modified)
     * @param pose the pose (not modified)
     * @param net the net loads, resolved (not modified)
     * @param tissueLoads passive moments (not modified)
     * @param abdomen abdominal pressure and wall (not modified)
     * @param hip the hip equation's psoas force (not modified)
     * @param geometry the muscle geometry (not modified)
     * @param posture the posture, for its supports (not modified)
     */
    void assemble(SubjectGeometry g, TissueParameters tissue, MuscleSet muscles, Kinematics pose, NetLoads net,
                  TissueLoads tissueLoads, AbdominalPressure abdomen, HipFlexors hip, MuscleGeometry geometry,
                  Posture posture) {
        double iapMoment = abdomen.netExtensorMomentNm();
        double[] fr = pose.discFrame;
        double[] psoas = hip.psoasMomentNm;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            // the lateral-axis moment is minus the flexion moment
            double ml = -net.netMomentNm[3 * k];
            int o = 9 * k;
            double pl = psoas[3 * k] * fr[o + 6] + psoas[3 * k + 1] * fr[o + 7] + psoas[3 * k + 2] * fr[o + 8];
            double pa = psoas[3 * k] * fr[o + 3] + psoas[3 * k + 1] * fr[o + 4] + psoas[3 * k + 2] * fr[o + 5];
            double pn = psoas[3 * k] * fr[o] + psoas[3 * k + 1] * fr[o + 1] + psoas[3 * k + 2] * fr[o + 2];
            qp.setB(3 * k, -(ml + tissueLoads.passiveMomentNm[k] + iapMoment + pl));
            qp.setB(3 * k + 1, -(net.netMomentNm[3 * k + 1] + pa));
            qp.setB(3 * k + 2, -(net.netMomentNm[3 * k + 2] + pn));
        }
        int n = muscles.count();
        double maxStress = tissue.maxMuscleStressPa();
        double minimum = minimumActivation(tissue, posture);
        double[] arm = geometry.momentArm;
        for (int i = 0; i < n; i++) {
            double pcsa = g.pcsaM2[i];
            double upper = maxStress * pcsa;
            // the hip's psoas share is capped at the line's strength (the hip flexors' strength is not modelled)
            double lower = Math.max(minimum * maxStress * pcsa, Math.min(upper, hip.psoasLowerBoundN(muscles, i)));
            qp.setMuscle(i, pcsa, lower, upper);
            for (int k = muscles.levelLo[i]; k < muscles.levelHi[i]; k++) {
                int u = 3 * (k * n + i);
                double mx = arm[u], my = arm[u + 1], mz = arm[u + 2];
                int o = 9 * k;
                qp.setA(3 * k, i, mx * fr[o + 6] + my * fr[o + 7] + mz * fr[o + 8]);
                qp.setA(3 * k + 1, i, mx * fr[o + 3] + my * fr[o + 4] + mz * fr[o + 5]);
                qp.setA(3 * k + 2, i, mx * fr[o] + my * fr[o + 1] + mz * fr[o + 2]);
            }
        }
    }

    /**
     * Solves the problem, warm-started from the last solve's dual variables. The one retry rule:
     * only a solve that did not converge is retried, once, from a cold start; an infeasible outcome
     * is a certificate (no forces within the bounds balance the moments) and stands.
     *
     * <p>With {@link OverloadPolicy#REPORT}, an infeasible problem is solved again with every muscle's
     * bound lifted to {@link InfeasibleRecruitmentException#STRESS_SEARCH_LIMIT_MPA}: min-max
     * recruitment finds the least largest stress that balances it, and its final squared-stress
     * solution at that stress gives the forces ({@link #overloaded};
     * {@link RecruitmentSolver#solveMinMaxWithBoundsLiftedTo}). The status stays INFEASIBLE (the task
     * is beyond the subject's strength).
     *
     * @param solver the recruitment settings (not modified)
     * @param policy what to do when the problem is infeasible
     */
    void solve(RecruitmentSolver solver, OverloadPolicy policy) {
        overloaded = false;
        QpStatus st = solver.solve(qp);
        if (st == QpStatus.NOT_CONVERGED) {
            // a warm start from a very different task can stall the dual Newton method; a cold start
            // from zero dual variables is what a fresh workspace does, so retry from there
            qp.resetWarmStart();
            st = solver.solve(qp);
        }
        status = st;
        iterations = qp.iterations();
        if (st == QpStatus.INFEASIBLE && policy == OverloadPolicy.REPORT) {
            overloaded = solver.solveMinMaxWithBoundsLiftedTo(qp,
                    InfeasibleRecruitmentException.STRESS_SEARCH_LIMIT_MPA * Units.PA_PER_MPA) == QpStatus.OK;
            iterations += qp.iterations();
        }
        residualNm = qp.balanceResidualNm();
    }

    /**
     * @param tissue the tissue constants
     * @param posture the posture
     * @return the minimum activation of the posture: the tissue constant, or zero where a backrest,
     *     a lying surface or a resting trunk carries the trunk
     */
    static double minimumActivation(TissueParameters tissue, Posture posture) {
        boolean carried = posture.has(Support.BACKREST) || posture.has(Support.LYING_SURFACE)
                || posture.has(Support.TRUNK_RESTING);
        return carried ? 0 : tissue.minimumActivation();
    }

    /** @return the largest muscle stress of the last solve's forces (Pa) */
    double largestStressPa() {
        double s = 0;
        for (int i = 0, n = qp.cols(); i < n; i++) {
            s = Math.max(s, qp.force(i) / qp.pcsaM2(i));
        }
        return s;
    }
}
