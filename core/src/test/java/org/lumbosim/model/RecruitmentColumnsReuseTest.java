package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.solver.QpWorkspace;

/**
 * The recruitment problem keeps its muscle columns (moment arms in the levels' frames) from one solve to the next
 * only while the subject, the posture and the problem's layout are the same ({@link RecruitmentAssembly}): in one
 * workspace reused across subjects ({@link LumbarModel#workspaceFrom}), postures, loads, level couplings and
 * abdominal pressure modes, every problem (coefficients, right-hand sides, bounds) equals bit for bit the problem a
 * fresh workspace builds for the same task, for seeded random subjects and bent, side-bent and twisted postures,
 * both muscle models. Fails if the columns are kept for another subject in the same posture object, for another
 * posture, or across a change of coupling or of the pressure's column.
 */
class RecruitmentColumnsReuseTest {
    private static final int CASES = 8;

    private static Subject subject(Random rnd) {
        return new Subject(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, 1.5 + 0.5 * rnd.nextDouble(),
                45 + 75 * rnd.nextDouble(), 18 + 62 * rnd.nextDouble());
    }

    private static Posture posture(Random rnd) {
        return Posture.standingFlexed(10 + 70 * rnd.nextDouble()).withLateralBendDeg(-15 + 30 * rnd.nextDouble())
                .withAxialRotationDeg(-15 + 30 * rnd.nextDouble());
    }

    /**
     * The problem of the last solve: sizes, then every coefficient and, unless {@code coefficientsOnly}, every
     * right-hand side and bound, as raw bits.
     */
    private static long[] problem(Workspace ws, boolean coefficientsOnly) {
        QpWorkspace q = ws.recruitmentProblemCopy();
        int m = q.rows();
        int n = q.cols();
        long[] out = new long[2 + m * n + m + 3 * n];
        int o = 0;
        out[o++] = m;
        out[o++] = n;
        for (int c = 0; c < n; c++) {
            for (int r = 0; r < m; r++) {
                out[o++] = Double.doubleToRawLongBits(q.getA(r, c));
            }
            if (!coefficientsOnly) {
                out[o++] = Double.doubleToRawLongBits(q.pcsaM2(c));
                out[o++] = Double.doubleToRawLongBits(q.lowerN(c));
                out[o++] = Double.doubleToRawLongBits(q.upperN(c));
            }
        }
        for (int r = 0; r < m && !coefficientsOnly; r++) {
            out[o++] = Double.doubleToRawLongBits(q.getB(r));
        }
        return out;
    }

    private static long[] fresh(LumbarModel m, Posture p, List<HandLoad> loads) {
        Workspace ws = m.newWorkspace();
        m.solve(p, loads, ws);
        return problem(ws, recruitsPressure(m));
    }

    /**
     * With the pressure recruited, the right-hand sides and the abdominal lines' floors follow the pressure the first
     * solve recruited, which its warm start moves within the solver's tolerance: only the coefficients are compared.
     */
    private static boolean recruitsPressure(LumbarModel m) {
        return m.abdominalPressure() == AbdominalPressureMode.RECRUITED;
    }

    private static void solveAndCompare(LumbarModel m, Posture p, List<HandLoad> loads, Workspace ws, String what) {
        m.solve(p, loads, ws);
        assertThat(problem(ws, recruitsPressure(m))).as(what).isEqualTo(fresh(m, p, loads));
    }

    @Test
    void aReusedWorkspacesProblemIsAFreshWorkspacesBitForBit() {
        Random rnd = new Random(20261210L);
        for (int c = 0; c < CASES; c++) {
            MuscleModelKind kind = c % 2 == 0 ? MuscleModelKind.SINGLE_EQUIVALENT : MuscleModelKind.MULTI_FASCICLE;
            LumbarModel a = LumbarModel.of(subject(rnd)).withMuscleModel(kind);
            LumbarModel b = LumbarModel.of(subject(rnd)).withMuscleModel(kind);
            LumbarModel coupled = a.withLevelCoupling(LevelCoupling.CHRISTOPHY_2012);
            LumbarModel recruited = a.withAbdominalPressure(AbdominalPressureMode.RECRUITED);
            Posture p = posture(rnd);
            Posture q = posture(rnd);
            List<HandLoad> light = List.of(HandLoad.ofMassKg(5 * rnd.nextDouble()));
            List<HandLoad> heavy = List.of(HandLoad.ofMassKg(5 + 10 * rnd.nextDouble()));
            String id = "case " + c + ", " + kind + ": ";

            Workspace ws = a.newWorkspace();
            solveAndCompare(a, p, light, ws, id + "A in P");
            solveAndCompare(a, p, heavy, ws, id + "A in P, another load");
            Workspace forB = b.workspaceFrom(ws);
            assertThat(forB).isSameAs(ws);
            solveAndCompare(b, p, light, forB, id + "B in the same posture object P");
            solveAndCompare(a, q, light, forB, id + "A in Q");
            solveAndCompare(a, p, light, forB, id + "A in P after B and Q");
            solveAndCompare(coupled, p, light, forB, id + "A in P, levels coupled");
            solveAndCompare(a, p, light, forB, id + "A in P, deviations again");
            solveAndCompare(recruited, p, light, forB, id + "A in P, pressure recruited");
            solveAndCompare(a, p, light, forB, id + "A in P, pressure prescribed again");
            // not vacuous: another body, another posture or another layout gives another problem
            assertThat(fresh(b, p, light)).as(id + "B differs from A").isNotEqualTo(fresh(a, p, light));
            assertThat(fresh(a, q, light)).as(id + "Q differs from P").isNotEqualTo(fresh(a, p, light));
        }
    }
}
