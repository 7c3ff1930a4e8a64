package org.lumbosim.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Problems shaped like the model's level deviations (docs/recruitment.md, "Level deviations"): muscle
 * columns over the moment rows, then per level a flexing and an extending column that are each
 * other's negatives (+1 / -1 in the level's moment row, {@code ±c} in a last, kinematic row), and one
 * pair whose optimum is zero with room both ways. Such a pair's two forces, {@code (Aᵀλ)_pair} on
 * either side of zero, make the cubed-stress force law {@code F ∝ √s} a kink with unbounded slope at
 * the optimum, where a Newton step flips the sign of {@code s} without shrinking it; the dual value
 * changes by less than its round-off there, so the step must be judged by the slope alone
 * ({@link DualLineSearch}). Every criterion converges from a cold start to the tolerance, and
 * squared and cubed stress reach the constructed optimum (the pair at zero) and its KKT conditions.
 */
class DeviationPairKinkTest {
    private static final long SEED = 20261207L;
    private static final double MAX_STRESS_PA = 0.6e6;
    private static final double TOL_NM = 1e-9;
    private static final int PROBLEMS = 200;

    /**
     * Fills {@code ws} with a random problem whose optimum under the criterion of {@code power}
     * (2 or 3) is known: dual variables {@code λ*} with {@code (Aᵀλ*)} zero on the kinked pair
     * (columns {@code n - 2L}, {@code n - 2L + 1}), each force the criterion's minimiser for
     * {@code (Aᵀλ*)_i} clamped to its bounds (the pair's exactly zero), {@code b = A F}. These forces
     * meet the KKT conditions with {@code λ*}, so they are the optimum.
     *
     * @return the number of deviation pairs L
     */
    static int kinkedProblem(QpWorkspace ws, Random rnd, int power) {
        int m = 3 + rnd.nextInt(14);
        int kinematic = m - 1;
        int levels = 1 + rnd.nextInt(Math.min(5, kinematic));
        int muscles = 8 + rnd.nextInt(43);
        int n = muscles + 2 * levels;
        ws.setSize(m, n);
        ws.resetWarmStart();
        for (int i = 0; i < muscles; i++) {
            int lo = rnd.nextInt(kinematic);
            int hi = lo + 1 + rnd.nextInt(kinematic - lo);
            ws.setColumnRows(i, lo, hi);
            for (int j = lo; j < hi; j++) {
                double arm = 0.01 + 0.09 * rnd.nextDouble();
                ws.setA(j, i, rnd.nextBoolean() ? arm : -arm);
            }
            double pcsa = 1e-4 + 19e-4 * rnd.nextDouble();
            ws.setMuscle(i, pcsa, MAX_STRESS_PA * pcsa);
        }
        int[] levelRow = new int[levels];
        for (int k = 0; k < levels; k++) {
            levelRow[k] = rnd.nextInt(kinematic);
            double c = 1 + 9 * rnd.nextDouble();
            int cf = muscles + 2 * k;
            ws.setColumnRows(cf, 0, m);
            ws.setColumnRows(cf + 1, 0, m);
            for (int j = 0; j < m; j++) {
                ws.setA(j, cf, 0);
                ws.setA(j, cf + 1, 0);
            }
            ws.setA(levelRow[k], cf, 1);
            ws.setA(levelRow[k], cf + 1, -1);
            ws.setA(kinematic, cf, c);
            ws.setA(kinematic, cf + 1, -c);
            // weights and ranges of deviation moments (N·m): stiffness x range / stress, stiffness x room;
            // the kinked pair (k = 0) has room both ways, the others sometimes none in flexion
            double flexRoom = k > 0 && rnd.nextBoolean() ? 0 : 0.5 + 40 * rnd.nextDouble();
            ws.setMuscle(cf, (5 + 40 * rnd.nextDouble()) / MAX_STRESS_PA, flexRoom);
            ws.setMuscle(cf + 1, (5 + 40 * rnd.nextDouble()) / MAX_STRESS_PA, 0.5 + 40 * rnd.nextDouble());
        }
        double[] lambda = new double[m];
        for (int j = 0; j < m; j++) {
            lambda[j] = rnd.nextGaussian();
        }
        // (Aᵀλ)_pair = λ_row + c λ_kinematic = 0
        lambda[kinematic] = -lambda[levelRow[0]] / ws.getA(kinematic, muscles);
        // scale λ so that an unclamped muscle reaches about half the largest stress
        double largest = 0;
        for (int i = 0; i < muscles; i++) {
            largest = Math.max(largest, Math.abs(s(ws, i, lambda)) * ws.pcsaM2(i));
        }
        double stress = 0.5 * MAX_STRESS_PA;
        double scale = power == 2 ? stress / largest : stress * stress / largest;
        for (int j = 0; j < m; j++) {
            lambda[j] *= scale;
        }
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            double si = s(ws, i, lambda);
            double p = ws.pcsaM2(i);
            double free = si <= 0 ? 0 : power == 2 ? p * p * si : p * Math.sqrt(p) * Math.sqrt(si);
            f[i] = i >= muscles && i < muscles + 2 ? 0 : Math.min(free, ws.upperN(i));
        }
        for (int j = 0; j < m; j++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += ws.getA(j, i) * f[i];
            }
            ws.setB(j, sum);
        }
        return levels;
    }

    private static double s(QpWorkspace ws, int col, double[] lambda) {
        double sum = 0;
        for (int j = 0; j < ws.rows(); j++) {
            sum += ws.getA(j, col) * lambda[j];
        }
        return sum;
    }

    /**
     * The problem that stalled (resource {@code sitting-max-flexion-kink.txt}: {@code sitting_max_flexion},
     * no load, single-equivalent muscles, with the flexion ranges of Yamamoto et al. 1989 where they
     * exceed the active ones, which gives L5-S1 one degree of flexion room). Before the fix, cubed
     * stress from a cold start alternated between two points with residuals of 1.4e-7 and 9.9e-8 N·m
     * in the kinematic row (L5-S1's flexing and extending columns at {@code (Aᵀλ) = ±0.45}) for
     * 200 or 10,000 iterations.
     */
    @Test
    void sittingWithMaximumFlexionConvergesFromAColdStart() throws IOException {
        QpWorkspace ws = RecruitmentCrossCheckTest.resourceProblem("sitting-max-flexion-kink.txt");
        assertThat(new RecruitmentSolver(RecruitmentCriterion.CUBED_STRESS, TOL_NM, 200).solve(ws)).isEqualTo(QpStatus.OK);
        System.out.println("sitting_max_flexion, cubed stress, cold: " + ws.iterations() + " Newton iterations, residual "
                + ws.balanceResidualNm() + " N·m");
        assertThat(ws.balanceResidualNm()).isLessThanOrEqualTo(TOL_NM);
        assertThat(ws.force(40) - ws.force(41)).as("L5-S1's deviation moment").isCloseTo(0, Offset.offset(1e-9));
        QpWorkspaceTest.assertKkt(ws, 3, "sitting_max_flexion");
    }

    @Test
    void squaredAndCubedStressReachTheKinkedOptimumFromAColdStart() {
        for (RecruitmentCriterion c : new RecruitmentCriterion[] {RecruitmentCriterion.SQUARED_STRESS,
                RecruitmentCriterion.CUBED_STRESS}) {
            int power = c == RecruitmentCriterion.CUBED_STRESS ? 3 : 2;
            Random rnd = new Random(SEED + power);
            QpWorkspace ws = new QpWorkspace(16, 60);
            int iterations = 0;
            int largest = 0;
            for (int trial = 0; trial < PROBLEMS; trial++) {
                int levels = kinkedProblem(ws, rnd, power);
                String what = c.id() + " trial " + trial + ", " + ws.rows() + " x " + ws.cols();
                assertThat(new RecruitmentSolver(c, TOL_NM, 200).solve(ws)).as(what).isEqualTo(QpStatus.OK);
                assertThat(ws.balanceResidualNm()).as(what).isLessThanOrEqualTo(TOL_NM);
                int pair = ws.cols() - 2 * levels;
                double scale = 0;
                for (int i = pair; i < ws.cols(); i++) {
                    scale = Math.max(scale, ws.upperN(i));
                }
                assertThat(ws.force(pair) - ws.force(pair + 1)).as("%s: the kinked pair's net moment", what)
                        .isCloseTo(0, Offset.offset(1e-6 * scale));
                QpWorkspaceTest.assertKkt(ws, power, what);
                iterations += ws.iterations();
                largest = Math.max(largest, ws.iterations());
            }
            System.out.printf("%s, %d problems with a kinked deviation pair: %.1f Newton iterations per cold solve, "
                    + "largest %d%n", c.id(), PROBLEMS, iterations / (double) PROBLEMS, largest);
        }
    }

    @Test
    void minMaxConvergesOnProblemsWithAKinkedPair() {
        Random rnd = new Random(SEED + 4);
        QpWorkspace ws = new QpWorkspace(16, 60);
        for (int trial = 0; trial < PROBLEMS / 4; trial++) {
            kinkedProblem(ws, rnd, 2);
            String what = "min-max trial " + trial + ", " + ws.rows() + " x " + ws.cols();
            QpWorkspace copy = ws.copyProblem();
            assertThat(new RecruitmentSolver(RecruitmentCriterion.MIN_MAX, TOL_NM, 200).solve(ws)).as(what)
                    .isEqualTo(QpStatus.OK);
            assertThat(ws.balanceResidualNm()).as(what).isLessThanOrEqualTo(TOL_NM);
            double reference = ReferenceSolvers.commonsMathMinMaxStressPa(copy);
            assertThat(QpWorkspaceTest.maxStress(ws)).as("%s: largest stress against the simplex's", what)
                    .isCloseTo(reference, Offset.offset(1e-6 * reference));
        }
    }
}
