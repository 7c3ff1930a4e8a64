package org.lumbosim.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The solver's hot path allocates nothing: the bytes allocated by this thread, measured by
 * {@link com.sun.management.ThreadMXBean}, do not change over warm solves of every criterion
 * (squared stress with and without Hessian updates, cubed stress from a warm and a cold start,
 * min-max with its bisection) after the code has been compiled.
 *
 * <p>"Compiled" is measured, not assumed: HotSpot (JDK 17, {@code CompileBroker::compile_method})
 * resolves every String constant of a method's class on the thread that requests the method's C2
 * compilation, and such a request can fall inside a window. Seen when this test ran after
 * ThreadSafetyTest and GoldenResultsTest in one JVM: 192 bytes in one solve, at the moment the test
 * thread queued the C2 compilation of {@link RecruitmentSolver#solve} (-XX:+LogCompilation), the two
 * String constants the record never executes: its missing-criterion message (112 bytes) and the
 * component list of its generated toString/equals/hashCode (80 bytes; resolving it beforehand left
 * 112). A one-time event of the JIT, not of the solver: windows are measured until one has no such
 * event, at most {@value #WINDOWS}; an allocation on the hot path would show in every window.
 */
class SolverAllocationTest {
    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 3_000;
    /** Measured windows at most (the last one must allocate nothing). */
    private static final int WINDOWS = 3;

    @Test
    void warmSolvesAllocateNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assertThat(bean).isInstanceOf(com.sun.management.ThreadMXBean.class);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        QpWorkspace ws = new QpWorkspace(15, 40);
        QpWorkspaceTest.randomProblem(ws, 15, 40, new Random(20261208L));
        double[] b = new double[15];
        for (int j = 0; j < 15; j++) {
            b[j] = ws.getB(j);
        }
        double[] scale = new double[64];
        Random rnd = new Random(1);
        for (int k = 0; k < scale.length; k++) {
            scale[k] = 1 + 0.05 * rnd.nextGaussian();
        }
        RecruitmentSolver[] solvers = {RecruitmentSolver.defaults(),
                RecruitmentSolver.defaults().withCriterion(RecruitmentCriterion.CUBED_STRESS),
                RecruitmentSolver.defaults().withCriterion(RecruitmentCriterion.MIN_MAX)};
        long sink = solveMany(ws, solvers, b, scale, WARM_UP);
        long[] windows = new long[WINDOWS];
        long allocated = -1;
        for (int w = 0; w < WINDOWS && allocated != 0; w++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            sink += solveMany(ws, solvers, b, scale, MEASURED);
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
            windows[w] = allocated;
        }
        assertThat(sink).as("solves done").isPositive();
        assertThat(allocated).as("bytes allocated by %s warm solves (windows: %s)", MEASURED,
                java.util.Arrays.toString(windows)).isZero();
    }

    /** Solves {@code count} times, b scaled per solve, every criterion in turn and every fourth solve cold. */
    private static long solveMany(QpWorkspace ws, RecruitmentSolver[] solvers, double[] b, double[] scale, int count) {
        long ok = 0;
        for (int k = 0; k < count; k++) {
            double c = scale[k % scale.length];
            for (int j = 0; j < b.length; j++) {
                ws.setB(j, c * b[j]);
            }
            if (k % 4 == 3) {
                ws.resetWarmStart();
            }
            if (solvers[k % solvers.length].solve(ws) == QpStatus.OK) {
                ok++;
            }
            ok += ws.iterations() > 0 ? 0 : 1;
        }
        return ok;
    }
}
