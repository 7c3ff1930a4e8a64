package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.AbdominalPressureConstants;
import org.lumbosim.model.AbdominalPressureMode;
import org.lumbosim.model.Fascicle;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueConstants;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;

/**
 * The physics of the recruited abdominal pressure ({@link AbdominalPressureMode#RECRUITED}; docs/recruitment.md,
 * "Recruited abdominal pressure") over seeded random tasks ({@link TestArbitraries}), both muscle models: the moments
 * balanced to round-off, no muscle force outside [0, largest stress × PCSA], the pressure within [0, the ceiling],
 * no lateral shear in a symmetric task, and more load in front of a forward-bent body never less compression
 * (the flexed symmetric postures of {@link ModelPropertiesTest#moreLoadNeverLowersCompression}). A task beyond the
 * subject's strength is skipped and counted; at most a fifth may be.
 */
class RecruitedAbdominalPressurePropertyTest {
    private static final long SEED = 20261207L;
    private static final int TRIES = 60;

    private static LumbarModel model(Subject s, MuscleModelKind kind) {
        return LumbarModel.of(s).withMuscleModel(kind).withAbdominalPressure(AbdominalPressureMode.RECRUITED);
    }

    /** Solves, or returns false for a task beyond the subject's strength. */
    private static boolean solved(LumbarModel m, Posture p, List<HandLoad> loads, Workspace ws) {
        try {
            m.solve(p, loads, ws);
            return true;
        } catch (InfeasibleRecruitmentException e) {
            return false;
        }
    }

    @Test
    void equilibriumBoundsPressureAndSymmetry() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        int kept = 0;
        int recruited = 0;
        for (int t = 0; t < TRIES; t++) {
            Subject s = TestArbitraries.subject(rnd);
            MuscleModelKind kind = TestArbitraries.oneOf(rnd, MuscleModelKind.class);
            boolean symmetric = rnd.nextBoolean();
            Posture p = symmetric ? TestArbitraries.symmetricPosture(rnd) : TestArbitraries.posture(rnd);
            List<HandLoad> loads = symmetric ? List.of(HandLoad.ofMassKg(TestArbitraries.between(rnd, 0, 20)))
                    : TestArbitraries.loadList(rnd);
            LumbarModel m = model(s, kind);
            Workspace ws = m.newWorkspace();
            if (!solved(m, p, loads, ws)) {
                continue;
            }
            kept++;
            String task = String.format(Locale.ROOT, "%s %s %s %s", kind, s, p, loads);
            assertThat(ws.equilibriumResidualNm()).as("residual (N·m) %s", task).isLessThan(1e-6);
            double pa = ws.abdominalPressurePa();
            assertThat(pa).as("pressure (Pa) %s", task).isBetween(0.0, AbdominalPressureConstants.MAX_PRESSURE_PA);
            if (pa > 0) {
                recruited++;
            }
            List<Fascicle> f = m.fascicles();
            for (int i = 0; i < f.size(); i++) {
                double max = TissueConstants.MAX_MUSCLE_STRESS_PA * f.get(i).pcsaM2();
                assertThat(ws.muscleForceN(i)).as("force of %s (N) %s", f.get(i).name(), task)
                        .isBetween(0.0, max * (1 + 1e-12));
            }
            if (symmetric) {
                for (SpinalLevel level : SpinalLevel.values()) {
                    assertThat(Math.abs(ws.lateralShearN(level))).as("|lateral shear| at %s (N) %s", level, task)
                            .isLessThanOrEqualTo(1e-6);
                }
            }
        }
        System.out.printf(Locale.ROOT, "recruited pressure: %d of %d tasks solved, %d with a pressure%n", kept, TRIES,
                recruited);
        assertThat(kept).isGreaterThanOrEqualTo(TRIES * 4 / 5);
        assertThat(recruited).as("tasks in which the recruitment chose a pressure").isPositive();
    }

    @Test
    void moreLoadInFrontNeverLowersCompression() {
        SplittableRandom rnd = new SplittableRandom(SEED + 1);
        int kept = 0;
        for (int t = 0; t < TRIES; t++) {
            Subject s = TestArbitraries.subject(rnd);
            MuscleModelKind kind = TestArbitraries.oneOf(rnd, MuscleModelKind.class);
            Posture p = ModelPropertiesTest.flexedSymmetricPosture(rnd);
            double a = TestArbitraries.between(rnd, 0, 15);
            double b = a + TestArbitraries.between(rnd, 0.25, 10);
            LumbarModel m = model(s, kind);
            Workspace ws = m.newWorkspace();
            if (!solved(m, p, List.of(HandLoad.ofMassKg(b)), ws)) {
                continue;
            }
            double[] heavier = new double[SpinalLevel.values().length];
            for (SpinalLevel level : SpinalLevel.values()) {
                heavier[level.ordinal()] = ws.compressionN(level);
            }
            if (!solved(m, p, List.of(HandLoad.ofMassKg(a)), ws)) {
                continue;
            }
            kept++;
            for (SpinalLevel level : SpinalLevel.values()) {
                double lighter = ws.compressionN(level);
                assertThat(heavier[level.ordinal()]).as("%s compression (N) with %s kg against %s kg: %s %s %s", level,
                        b, a, kind, s, p).isGreaterThanOrEqualTo(lighter - 1e-9 * Math.max(1, Math.abs(lighter)));
            }
        }
        assertThat(kept).isGreaterThanOrEqualTo(TRIES * 4 / 5);
    }
}
