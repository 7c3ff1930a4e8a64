package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.posture.Posture;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.result.AnalysisResult;

/**
 * The directions the validation's sensitivity ({@code reference.WilkeSensitivity}) relies on, over seeded
 * random inputs: raising the Nachemson factor never lowers a pressure (the compression does not depend on
 * it, and the pressure is {@code p0 + factor F / A} with {@code F >= 0}); raising the abdominal pressure's
 * scale never raises the L4-L5 compression of Wilke's loaded flexed rows (the lifts and the close hold, with
 * the row's own and random masses): the pressure pushes the trunk up, and its wall's tension, carried by
 * the abdominal lines, costs less than the extensor force it spares there.
 */
class SensitivityDirectionPropertyTest {
    private static final long NACHEMSON_SEED = 20261401L;
    private static final long IAP_SEED = 20261402L;
    private static final int TASKS = 60;
    /** Round-off of two solves of different problems (N); the solver's residuals are below 1e-6 N·m. */
    private static final double COMPRESSION_TOLERANCE_N = 1e-6;

    @Test
    void raisingTheNachemsonFactorNeverLowersAPressure() {
        SplittableRandom rnd = new SplittableRandom(NACHEMSON_SEED);
        int checked = 0;
        for (int i = 0; i < TASKS; i++) {
            Subject s = TestArbitraries.subject(rnd);
            Posture p = TestArbitraries.posture(rnd);
            List<HandLoad> loads = TestArbitraries.loadList(rnd);
            MuscleModelKind kind = MuscleModelKind.values()[i % MuscleModelKind.values().length];
            double f1 = TestArbitraries.between(rnd, TissueParameter.NACHEMSON_FACTOR.min(),
                    TissueParameter.NACHEMSON_FACTOR.max());
            double f2 = TestArbitraries.between(rnd, f1, TissueParameter.NACHEMSON_FACTOR.max());
            LumbarModel model = LumbarModel.of(s).withMuscleModel(kind);
            PhysicsHuntChecks.Outcome a = PhysicsHuntChecks.solve(model.withTissueParameters(
                    TissueParameters.published().with(TissueParameter.NACHEMSON_FACTOR, f1)), p, loads);
            PhysicsHuntChecks.Outcome b = PhysicsHuntChecks.solve(model.withTissueParameters(
                    TissueParameters.published().with(TissueParameter.NACHEMSON_FACTOR, f2)), p, loads);
            if (!a.ok() || !b.ok()) {
                continue;
            }
            checked++;
            for (SpinalLevel l : SpinalLevel.values()) {
                assertThat(b.result().level(l).idpMPa()).as("task %d (%s, %s, %s, %s), factor %s -> %s at %s", i,
                        kind.id(), s, p, loads, f1, f2, l.label())
                        .isGreaterThanOrEqualTo(a.result().level(l).idpMPa());
            }
        }
        assertThat(checked).as("tasks checked").isGreaterThanOrEqualTo(TASKS / 2);
    }

    @Test
    void raisingTheAbdominalPressureNeverRaisesTheLoadedFlexedRowsCompression() {
        SplittableRandom rnd = new SplittableRandom(IAP_SEED);
        List<Wilke1999.Measurement> rows = Wilke1999.measurements().stream()
                .filter(m -> m.loadKg() > 0 && m.posture().isPresent()).toList();
        assertThat(rows).extracting(Wilke1999.Measurement::id)
                .containsExactly("lift_round_back_20kg", "lift_bent_knees_20kg", "hold_close_20kg");
        int checked = 0;
        for (int i = 0; i < TASKS; i++) {
            Wilke1999.Measurement m = rows.get(i % rows.size());
            MuscleModelKind kind = MuscleModelKind.values()[(i / rows.size()) % MuscleModelKind.values().length];
            double massKg = i < 2 * rows.size() ? m.loadKg() : TestArbitraries.between(rnd, 0, 25);
            double s1 = TestArbitraries.between(rnd, 0, 3);
            double s2 = TestArbitraries.between(rnd, s1, 3);
            LumbarModel model = Wilke1999.subjectModel().withMuscleModel(kind);
            List<HandLoad> loads = massKg > 0 ? List.of(HandLoad.ofMassKg(massKg)) : List.of();
            PhysicsHuntChecks.Outcome a = PhysicsHuntChecks.solve(model.withTissueParameters(
                    TissueParameters.published().with(TissueParameter.IAP_SCALE, s1)), m.posture().get(), loads);
            PhysicsHuntChecks.Outcome b = PhysicsHuntChecks.solve(model.withTissueParameters(
                    TissueParameters.published().with(TissueParameter.IAP_SCALE, s2)), m.posture().get(), loads);
            if (!a.ok() || !b.ok()) {
                continue;
            }
            checked++;
            AnalysisResult lo = a.result();
            AnalysisResult hi = b.result();
            assertThat(hi.level(SpinalLevel.L4_L5).compressionN()).as("%s, %s, %s kg, iapScale %s -> %s", m.id(),
                    kind.id(), massKg, s1, s2).isLessThanOrEqualTo(lo.level(SpinalLevel.L4_L5).compressionN()
                    + COMPRESSION_TOLERANCE_N);
        }
        assertThat(checked).as("tasks checked").isGreaterThanOrEqualTo(TASKS / 2);
    }
}
