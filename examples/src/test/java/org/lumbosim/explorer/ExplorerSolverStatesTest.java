package org.lumbosim.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PostureRange;

/**
 * Every state the explorer's controls can reach gives the page numbers or a sentence, never a NaN or a blank:
 * over seeded random settings of every slider (each at an end of its range one time in five, as an educator
 * moves a control to its ends) and every support choice, {@link ExplorerSolver#solve} returns only finite
 * numbers, a known status, and either loads (positive compression at every level, no message) or a message
 * naming what fails (no loads, no "NaN" or "Infinity" in it). The page prints the array's numbers and the
 * message as they are, so a NaN here would be a NaN on the page.
 */
class ExplorerSolverStatesTest {
    /** Random settings per support choice. */
    private static final int CASES = 100;
    /** Share of slider values drawn at an end of the slider. */
    private static final double AT_AN_END = 0.2;

    @Test
    void everyStateGivesFiniteNumbersOrASentence() {
        SplittableRandom rnd = new SplittableRandom(1415);
        ExplorerSolver solver = new ExplorerSolver();
        Map<ExplorerInputs.Stance, int[]> counts = new EnumMap<>(ExplorerInputs.Stance.class);
        for (ExplorerInputs.Stance stance : ExplorerInputs.Stance.values()) {
            int[] byStatus = new int[4];
            for (int k = 0; k < CASES; k++) {
                ExplorerInputs in = new ExplorerInputs(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                        slider(rnd, Subject.MIN_STATURE_M, Subject.MAX_STATURE_M),
                        slider(rnd, ExplorerInputs.BODY_MASS_MIN_KG, ExplorerInputs.BODY_MASS_MAX_KG),
                        rnd.nextBoolean() ? MuscleModelKind.SINGLE_EQUIVALENT : MuscleModelKind.MULTI_FASCICLE,
                        slider(rnd, ExplorerInputs.TRUNK_MIN_DEG, ExplorerInputs.TRUNK_MAX_DEG),
                        slider(rnd, Math.ceil(PostureRange.LUMBAR_FLEXION_MIN_DEG),
                                Math.floor(PostureRange.LUMBAR_FLEXION_MAX_DEG)),
                        slider(rnd, 0, ExplorerInputs.KNEE_MAX_DEG), slider(rnd, 0, ExplorerInputs.LOAD_MAX_KG),
                        slider(rnd, ExplorerInputs.HAND_DISTANCE_MIN_M, ExplorerInputs.HAND_DISTANCE_MAX_M), stance);
                double[] out = solver.solve(in);
                for (int i = 0; i < out.length; i++) {
                    assertThat(Double.isFinite(out[i])).as(in + ": number " + i + " = " + out[i]).isTrue();
                }
                int status = (int) out[ExplorerSolver.STATUS];
                assertThat(status).as(in + ": status").isBetween(ExplorerSolver.OK, ExplorerSolver.NOT_CONVERGED);
                byStatus[status]++;
                String message = solver.message();
                for (SpinalLevel l : SpinalLevel.values()) {
                    double compression = out[ExplorerSolver.LEVELS + ExplorerSolver.PER_LEVEL * l.ordinal()];
                    if (status == ExplorerSolver.OK) {
                        assertThat(compression).as(in + ": " + l.label() + " compression").isPositive();
                    } else {
                        assertThat(compression).as(in + ": no loads where none is solved").isZero();
                    }
                }
                if (status == ExplorerSolver.OK) {
                    assertThat(message).as(in + ": solved, nothing to say").isEmpty();
                } else {
                    assertThat(message).as(in + ": what fails").isNotBlank().doesNotContain("NaN")
                            .doesNotContain("Infinity");
                }
            }
            counts.put(stance, byStatus);
        }
        for (Map.Entry<ExplorerInputs.Stance, int[]> e : counts.entrySet()) {
            assertThat(e.getValue()[ExplorerSolver.OK]).as(e.getKey() + ": solved settings").isGreaterThan(CASES / 10);
        }
        assertThat(counts.values().stream().mapToInt(c -> c[ExplorerSolver.INFEASIBLE]).sum())
                .as("settings the muscles cannot balance, each with its sentence").isPositive();
        assertThat(counts.get(ExplorerInputs.Stance.SITTING_TRUNK_ON_THIGHS)[ExplorerSolver.UNSUPPORTED])
                .as("trunks refused deep in the thighs").isPositive();
    }

    /** A slider's value: an end of its range (one time in five), else uniform over it. */
    private static double slider(SplittableRandom rnd, double min, double max) {
        if (rnd.nextDouble() < AT_AN_END) {
            return rnd.nextBoolean() ? min : max;
        }
        return rnd.nextDouble(min, max);
    }
}
