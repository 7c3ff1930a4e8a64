package org.lumbosim.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link RecruitmentSolver#solveMinMaxWithBoundsLiftedTo}, the one solve of a task beyond the
 * muscles' strength: on a one-row problem that its own bounds cannot balance, the lifted bounds are
 * set, the criterion of the settings is ignored (min-max is used), and the largest stress is the
 * closed-form optimum {@code b / Σ a_i PCSA_i} (no lifted bound is reached).
 */
class RecruitmentSolverTest {
    private static final double TOL_NM = 1e-9;

    @Test
    void liftsEveryBoundAndFindsTheLeastLargestStress() {
        double[] a = {0.05, 0.03, 0.06, 0.04};
        double[] pcsa = {1e-3, 2e-3, 0.5e-3, 1.5e-3};
        QpWorkspace ws = new QpWorkspace(1, a.length);
        ws.setSize(1, a.length);
        double reach = 0;
        double weighted = 0;
        for (int i = 0; i < a.length; i++) {
            ws.setA(0, i, a[i]);
            ws.setMuscle(i, pcsa[i], 0.6e6 * pcsa[i]);
            reach += a[i] * 0.6e6 * pcsa[i];
            weighted += a[i] * pcsa[i];
        }
        double b = 2 * reach;
        ws.setB(0, b);
        RecruitmentSolver squared = RecruitmentSolver.defaults();
        assertThat(squared.solve(ws)).as("beyond the 0.6 MPa bounds").isEqualTo(QpStatus.INFEASIBLE);

        double liftedPa = 100e6;
        assertThat(squared.solveMinMaxWithBoundsLiftedTo(ws, ws.cols(), liftedPa)).isEqualTo(QpStatus.OK);
        double largest = 0;
        double moment = 0;
        for (int i = 0; i < a.length; i++) {
            assertThat(ws.upperN(i)).as("bound %s lifted", i).isEqualTo(liftedPa * pcsa[i]);
            largest = Math.max(largest, ws.force(i) / pcsa[i]);
            moment += a[i] * ws.force(i);
        }
        assertThat(Math.abs(moment - b)).isLessThanOrEqualTo(TOL_NM);
        double optimum = b / weighted;
        assertThat(largest).as("least largest stress (Pa)").isBetween(optimum * (1 - 1e-12),
                optimum * (1 + 2 * MinMaxBisection.MIN_MAX_PROVED_BRACKET));
    }
}
