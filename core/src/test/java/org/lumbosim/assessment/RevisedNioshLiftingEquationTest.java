package org.lumbosim.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lumbosim.ParameterOutOfRangeException;

/**
 * Checks the revised NIOSH lifting equation against its published definitions (Waters et al. 1993;
 * Applications Manual 1994): each multiplier at hand-computed points, the table look-ups, and the
 * boundary rules.
 */
class RevisedNioshLiftingEquationTest {

    private static LiftingTask task(double kg, double hM, double vM, double dM, double aDeg, double f,
                                    WorkDuration w, Coupling c) {
        return new LiftingTask(kg, hM, vM, dM, aDeg, f, w, c);
    }

    @Test
    void idealLiftGivesTheLoadConstant() {
        NioshAssessment a = RevisedNioshLiftingEquation.assess(
                task(23, 0.25, 0.75, 0.25, 0, 0.2, WorkDuration.UP_TO_1_HOUR, Coupling.GOOD));
        assertEquals(23.0, a.recommendedWeightLimitKg(), 1e-12, "all multipliers 1 at the ideal lift");
        assertEquals(1.0, a.liftingIndex(), 1e-12);
    }

    @Test
    void multipliersFollowTheMetricFormulas() {
        NioshAssessment a = RevisedNioshLiftingEquation.assess(
                task(15, 0.50, 0.30, 1.00, 45, 0.2, WorkDuration.UP_TO_1_HOUR, Coupling.GOOD));
        assertEquals(25.0 / 50, a.horizontalMultiplier(), 1e-12, "HM = 25/H");
        assertEquals(1 - 0.003 * 45, a.verticalMultiplier(), 1e-12, "VM = 1 - 0.003|V-75|");
        assertEquals(0.82 + 4.5 / 100, a.distanceMultiplier(), 1e-12, "DM = 0.82 + 4.5/D");
        assertEquals(1 - 0.0032 * 45, a.asymmetricMultiplier(), 1e-12, "AM = 1 - 0.0032 A");
        double rwl = 23 * 0.5 * (1 - 0.135) * 0.865 * (1 - 0.144);
        assertEquals(rwl, a.recommendedWeightLimitKg(), 1e-12);
        assertEquals(15 / rwl, a.liftingIndex(), 1e-12);
    }

    @Test
    void frequencyAndCouplingTables() {
        // Table 5, 4 lifts/min, <= 8 h, V < 75 cm: 0.45; Table 7, fair grip, V < 75: 0.95
        NioshAssessment a = RevisedNioshLiftingEquation.assess(
                task(10, 0.25, 0.50, 0.25, 0, 4, WorkDuration.UP_TO_8_HOURS, Coupling.FAIR));
        assertEquals(0.45, a.frequencyMultiplier(), 1e-12);
        assertEquals(0.95, a.couplingMultiplier(), 1e-12);
        // 12 lifts/min, <= 2 h: 0.00 below 75 cm, 0.21 at or above
        assertEquals(0.0, RevisedNioshLiftingEquation.assess(
                task(10, 0.25, 0.50, 0.25, 0, 12, WorkDuration.UP_TO_2_HOURS, Coupling.GOOD)).frequencyMultiplier());
        assertEquals(0.21, RevisedNioshLiftingEquation.assess(
                task(10, 0.25, 0.80, 0.25, 0, 12, WorkDuration.UP_TO_2_HOURS, Coupling.GOOD)).frequencyMultiplier(), 1e-12);
        // halfway between the 2 and 3 lifts/min rows (<= 1 h: 0.91 and 0.88)
        assertEquals(0.895, RevisedNioshLiftingEquation.assess(
                task(10, 0.25, 0.80, 0.25, 0, 2.5, WorkDuration.UP_TO_1_HOUR, Coupling.GOOD)).frequencyMultiplier(), 1e-12);
        assertEquals(0.0, RevisedNioshLiftingEquation.assess(
                task(10, 0.25, 0.80, 0.25, 0, 16, WorkDuration.UP_TO_1_HOUR, Coupling.GOOD)).frequencyMultiplier());
    }

    @Test
    void beyondTheEquationsRangeNoWeightIsRecommended() {
        NioshAssessment far = RevisedNioshLiftingEquation.assess(
                task(5, 0.70, 0.75, 0.25, 0, 1, WorkDuration.UP_TO_1_HOUR, Coupling.GOOD));
        assertEquals(0.0, far.horizontalMultiplier(), "H > 63 cm gives HM = 0");
        assertEquals(0.0, far.recommendedWeightLimitKg());
        assertTrue(Double.isInfinite(far.liftingIndex()) && far.exceedsRecommendedLimit());
    }

    @Test
    void badInputIsNamed() {
        ParameterOutOfRangeException e = assertThrows(ParameterOutOfRangeException.class,
                () -> task(-1, 0.3, 0.7, 0.3, 0, 1, WorkDuration.UP_TO_1_HOUR, Coupling.GOOD));
        assertTrue(e.getMessage().contains("loadMassKg = -1.0 kg"), e.getMessage());
        e = assertThrows(ParameterOutOfRangeException.class,
                () -> task(5, 0.3, 0.7, 0.3, Double.NaN, 1, WorkDuration.UP_TO_1_HOUR, Coupling.GOOD));
        assertTrue(e.getMessage().contains("asymmetryDeg = NaN"), e.getMessage());
    }
}
