package org.lumbosim.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FeasibilityLp} alone: feasible random problems give balancing forces within the bounds,
 * problems pushed beyond the muscles' reach give a Farkas certificate (checked here independently),
 * and a problem capped a little below and above its min-max optimum is decided both ways, the
 * situation in which the bisection calls it.
 */
class FeasibilityLpTest {
    private static final double TOL_NM = 1e-9;

    private static void assertBalancesWithinBounds(QpWorkspace ws, String what) {
        for (int i = 0; i < ws.cols(); i++) {
            assertThat(ws.force(i)).as("%s: force %s", what, i).isBetween(ws.lowerN(i), ws.upperN(i));
        }
        for (int j = 0; j < ws.rows(); j++) {
            double sum = 0;
            for (int i = 0; i < ws.cols(); i++) {
                sum += ws.getA(j, i) * ws.force(i);
            }
            assertThat(Math.abs(sum - ws.getB(j))).as("%s: row %s", what, j).isLessThanOrEqualTo(TOL_NM);
        }
    }

    /** Whether the state's dual variables prove infeasibility: {@code b·λ} above the support of the bounds. */
    private static boolean provesInfeasible(QpWorkspace ws) {
        double bl = 0;
        for (int j = 0; j < ws.rows(); j++) {
            bl += ws.getB(j) * ws.state.lambda[j];
        }
        double support = 0;
        for (int i = 0; i < ws.cols(); i++) {
            double s = 0;
            for (int j = 0; j < ws.rows(); j++) {
                s += ws.getA(j, i) * ws.state.lambda[j];
            }
            support += Math.max(ws.upperN(i) * s, ws.lowerN(i) * s);
        }
        return bl > support;
    }

    @Test
    void decidesRandomProblemsBothWays() {
        Random rnd = new Random(20261206L);
        for (int t = 0; t < 200; t++) {
            int m = 3 + rnd.nextInt(13);
            int n = 8 + rnd.nextInt(53);
            QpWorkspace ws = new QpWorkspace(m, n);
            QpWorkspaceTest.randomProblem(ws, m, n, rnd, t % 2 == 0 ? 0 : 0.3);
            String what = "problem " + t + " (" + m + " x " + n + ")";
            assertThat(ws.feasibility.decide(TOL_NM)).as(what + ", feasible").isEqualTo(QpStatus.OK);
            assertBalancesWithinBounds(ws, what);
            QpWorkspaceTest.pushBeyondReach(ws, rnd);
            assertThat(ws.feasibility.decide(TOL_NM)).as(what + ", beyond reach").isEqualTo(QpStatus.INFEASIBLE);
            assertThat(provesInfeasible(ws)).as(what + ": certificate").isTrue();
        }
    }

    @Test
    void decidesBoundsCloseToTheMinMaxOptimum() {
        Random rnd = new Random(7L);
        for (int t = 0; t < 30; t++) {
            QpWorkspace ws = RecruitmentCrossCheckTest.randomProblem(rnd);
            QpWorkspace capped = ws.copyProblem();
            QpWorkspace probe = ws.copyProblem();
            assertThat(RecruitmentSolver.defaults().withCriterion(RecruitmentCriterion.MIN_MAX).solve(ws)).isEqualTo(QpStatus.OK);
            double provedLo = ws.minMaxProvedLowerStressPa();
            double max = 0;
            for (int i = 0; i < ws.cols(); i++) {
                max = Math.max(max, ws.force(i) / ws.pcsaM2(i));
            }
            String what = "problem " + t + ", optimum in [" + provedLo + ", " + max + "] Pa";
            capped.problem.saveUpper();
            capped.problem.capStress(provedLo * (1 - 1e-6));
            assertThat(capped.feasibility.decide(TOL_NM)).as(what + ", capped 1e-6 below").isEqualTo(QpStatus.INFEASIBLE);
            assertThat(provesInfeasible(capped)).as(what + ": certificate").isTrue();
            probe.problem.saveUpper();
            probe.problem.capStress(max * (1 + 1e-6));
            assertThat(probe.feasibility.decide(TOL_NM)).as(what + ", capped 1e-6 above").isEqualTo(QpStatus.OK);
            assertBalancesWithinBounds(probe, what);
        }
    }
}
