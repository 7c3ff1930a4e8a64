package org.lumbosim.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Minimum muscle forces (lower bounds {@code l_i > 0}, issue 12 item 3): the dual Newton method,
 * its exact line search, the min-max bisection and the infeasibility proofs all honour
 * {@code l_i <= F_i <= u_i}. Checked against ojAlgo (squared stress) and the Commons Math simplex
 * (min-max) on random problems, and on problems made infeasible by the minimum forces alone.
 */
class LowerBoundsTest {
    private static final double TOL_NM = 1e-8;

    /** A random feasible problem whose muscles have minimum forces up to 20 % of their maximum. */
    private static QpWorkspace problem(long seed) {
        Random rnd = new Random(seed);
        int m = 3 + rnd.nextInt(13);
        int n = m + 5 + rnd.nextInt(30);
        QpWorkspace ws = new QpWorkspace(m, n);
        QpWorkspaceTest.randomProblem(ws, m, n, rnd, 0.2);
        return ws;
    }

    private static void assertWithinBoundsAndBalanced(QpWorkspace ws, String what) {
        for (int i = 0; i < ws.cols(); i++) {
            assertThat(ws.force(i)).as("%s: force %s in its bounds", what, i).isBetween(ws.lowerN(i), ws.upperN(i));
        }
        assertThat(ws.balanceResidualNm()).as("%s: moment residual", what).isLessThanOrEqualTo(TOL_NM);
    }

    private static double squaredStress(QpWorkspace ws, double[] f) {
        double s = 0;
        for (int i = 0; i < ws.cols(); i++) {
            double x = f[i] / ws.pcsaM2(i);
            s += 0.5 * x * x;
        }
        return s;
    }

    @Test
    void squaredStressMatchesOjAlgo() {
        for (long seed = 1; seed <= 40; seed++) {
            QpWorkspace ws = problem(seed);
            assertThat(new RecruitmentSolver(RecruitmentCriterion.SQUARED_STRESS, TOL_NM, 500).solve(ws))
                    .as("seed %s", seed).isEqualTo(QpStatus.OK);
            assertWithinBoundsAndBalanced(ws, "squared stress, seed " + seed);
            double[] ours = new double[ws.cols()];
            for (int i = 0; i < ws.cols(); i++) {
                ours[i] = ws.force(i);
            }
            double[] reference = ReferenceSolvers.ojAlgoSquaredStress(ws);
            if (reference != null) {
                double a = squaredStress(ws, ours);
                double b = squaredStress(ws, reference);
                assertThat(a).as("seed %s: our objective vs ojAlgo's %s", seed, b).isLessThanOrEqualTo(b * (1 + 1e-6));
                assertThat(a).as("seed %s: our objective vs ojAlgo's %s", seed, b).isGreaterThanOrEqualTo(b * (1 - 1e-6));
            }
        }
    }

    @Test
    void minMaxMatchesTheSimplexAndCubedStressConverges() {
        for (long seed = 100; seed < 130; seed++) {
            QpWorkspace ws = problem(seed);
            assertThat(new RecruitmentSolver(RecruitmentCriterion.MIN_MAX, TOL_NM, 500).solve(ws))
                    .as("min-max, seed %s", seed).isEqualTo(QpStatus.OK);
            assertWithinBoundsAndBalanced(ws, "min-max, seed " + seed);
            double largest = 0;
            for (int i = 0; i < ws.cols(); i++) {
                largest = Math.max(largest, ws.force(i) / ws.pcsaM2(i));
            }
            double reference = ReferenceSolvers.commonsMathMinMaxStressPa(ws);
            assertThat(largest).as("min-max, seed %s, simplex %s Pa", seed, reference)
                    .isCloseTo(reference, org.assertj.core.api.Assertions.within(1e-6 * reference));
            ws.resetWarmStart();
            assertThat(new RecruitmentSolver(RecruitmentCriterion.CUBED_STRESS, TOL_NM, 500).solve(ws))
                    .as("cubed, seed %s", seed).isEqualTo(QpStatus.OK);
            assertWithinBoundsAndBalanced(ws, "cubed stress, seed " + seed);
        }
    }

    @Test
    void minimumForcesThatOverbalanceARowAreInfeasible() {
        // one row, every arm positive: the minimum forces alone give more moment than b
        QpWorkspace ws = new QpWorkspace(1, 4);
        ws.setSize(1, 4);
        double minimumMoment = 0;
        for (int i = 0; i < 4; i++) {
            ws.setMuscle(i, 1e-3, 60, 600);
            ws.setA(0, i, 0.05);
            minimumMoment += 0.05 * 60;
        }
        ws.setB(0, 0.5 * minimumMoment);
        for (RecruitmentCriterion c : RecruitmentCriterion.values()) {
            ws.resetWarmStart();
            assertThat(new RecruitmentSolver(c, TOL_NM, 500).solve(ws)).as("%s", c.id()).isEqualTo(QpStatus.INFEASIBLE);
            assertThat(ws.worstRow()).isZero();
        }
        // the same moment with the minimum forces removed is balanced
        for (int i = 0; i < 4; i++) {
            ws.setMuscle(i, 1e-3, 600);
        }
        ws.resetWarmStart();
        assertThat(RecruitmentSolver.defaults().solve(ws)).isEqualTo(QpStatus.OK);
    }

    @Test
    void farkasCertificatesAccountForMinimumForces() {
        int proved = 0;
        for (long seed = 200; seed < 260; seed++) {
            QpWorkspace ws = problem(seed);
            QpWorkspaceTest.pushBeyondReach(ws, new Random(seed));
            for (RecruitmentCriterion c : RecruitmentCriterion.values()) {
                ws.resetWarmStart();
                assertThat(new RecruitmentSolver(c, TOL_NM, 500).solve(ws)).as("%s, seed %s", c.id(), seed)
                        .isEqualTo(QpStatus.INFEASIBLE);
            }
            proved++;
        }
        assertThat(proved).isEqualTo(60);
    }

    @Test
    void boundsOutOfOrderAreRejected() {
        QpWorkspace ws = new QpWorkspace(1, 1);
        assertThatThrownBy(() -> ws.setMuscle(0, 1e-3, 700, 600)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[700.0, 600.0]");
        assertThatThrownBy(() -> ws.setMuscle(0, 1e-3, -1, 600)).isInstanceOf(IllegalArgumentException.class);
    }
}
