package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lumbosim.disc.Activity;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.population.PopulationDistribution;
import org.lumbosim.population.PopulationStudy;
import org.lumbosim.population.SexDistribution;
import org.lumbosim.posture.Posture;
import org.lumbosim.solver.RecruitmentCriterion;
import org.lumbosim.solver.RecruitmentSolver;

/**
 * How {@link ParameterOutOfRangeException} prints its range: short bounds as Java prints them (every
 * message quoted in the documentation keeps its words), long ones such as one minute in hours rounded
 * into the range to three significant digits (the newcomer pass found
 * {@code [0.016666666666666666, 24.0] h}), never a printed range holding a value the check refuses.
 */
class ParameterOutOfRangeMessageTest {
    private static final long SEED = 20261207L;
    private static final int CASES = 5000;
    private static final Pattern RANGE = Pattern.compile("\\[(\\S+), (\\S+)] h$");

    @Test
    void oneMinuteInHoursPrintsAsThreeSignificantDigitsRoundedIntoTheRange() {
        ParameterOutOfRangeException e = new ParameterOutOfRangeException("activities[0].durationH", 0.001,
                Activity.MIN_DURATION_H, 24, "h");
        assertThat(e.getMessage()).isEqualTo(
                "activities[0].durationH = 0.001 h is outside the model's valid range [0.0167, 24.0] h");
        assertThat(e.min()).isEqualTo(1.0 / 60);
        assertThat(new ParameterOutOfRangeException("x", 1, 0, 2.0 / 3, "").getMessage())
                .isEqualTo("x = 1.0 is outside the model's valid range [0.0, 0.666]");
    }

    @Test
    void wholeNumberParametersPrintWholeNumbers() {
        // the robustness pass found "n = 0.0 people is outside the model's valid range [1.0, 1.0E8] people"
        PopulationDistribution adults = new PopulationDistribution(0.5,
                new SexDistribution(1.74, 0.077, Math.log(86), 0.23, 0.45),
                new SexDistribution(1.61, 0.070, Math.log(74), 0.26, 0.30), 20, 65);
        PopulationStudy study = PopulationStudy.of(adults, 1);
        ParameterOutOfRangeException n = assertThrows(ParameterOutOfRangeException.class,
                () -> study.run(Posture.uprightStanding(), List.of(), 0));
        assertThat(n.getMessage()).isEqualTo("n = 0 people is outside the model's valid range [1, 100000000] people");
        assertThat(n.isWholeNumber()).isTrue();
        assertThat(n.value()).isZero();
        assertThat(n.max()).isEqualTo(100_000_000);
        assertThat(assertThrows(ParameterOutOfRangeException.class,
                () -> new PopulationStudy(adults,
                        MuscleModelKind.SINGLE_EQUIVALENT, 1, 0)).getMessage())
                .isEqualTo("threads = 0 is outside the model's valid range [1, 256]");
        assertThat(assertThrows(ParameterOutOfRangeException.class,
                () -> new RecruitmentSolver(RecruitmentCriterion.SQUARED_STRESS,
                        1e-9, 0)).getMessage())
                .isEqualTo("maxIterations = 0 is outside the model's valid range [1, 10000]");
        assertThat(n.named("population.n").getMessage())
                .isEqualTo("population.n = 0 people is outside the model's valid range [1, 100000000] people");
        assertThat(new ParameterOutOfRangeException("x", 0, 1, 2, "").named("y").getMessage())
                .isEqualTo("y = 0.0 is outside the model's valid range [1.0, 2.0]");
        assertThat(RangeText.aboveWithUnit(0, 20_000, "pt")).isEqualTo("(0.0, 20000.0] pt");
        assertThat(RangeText.wholeNumbersWithUnit(1, 9, "")).isEqualTo("[1, 9]");
    }

    @Test
    void shortBoundsAndTheValueKeepJavasShortestText() {
        assertThat(new ParameterOutOfRangeException("posture.trunkFlexionDeg", 200, -180, 180, "deg").getMessage())
                .isEqualTo("posture.trunkFlexionDeg = 200.0 deg is outside the model's valid range [-180.0, 180.0] deg");
        assertThat(new ParameterOutOfRangeException("t", Double.NaN, 1e-14, 123456, "N·m").getMessage())
                .isEqualTo("t = NaN N·m is not a finite number; allowed range [1.0E-14, 123456.0] N·m");
        assertThat(new ParameterOutOfRangeException("v", 0.016666666666666666, 0.5, 1, "").getMessage())
                .startsWith("v = 0.016666666666666666 is outside");
    }

    @Test
    void overManySeededBoundsThePrintedRangeLiesInsideTheTrueOneAndIsShortOrExact() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int i = 0; i < CASES; i++) {
            double a = bound(rnd);
            double b = rnd.nextInt(10) == 0 ? Math.nextUp(a) : bound(rnd);
            double min = Math.min(a, b);
            double max = Math.max(a, b);
            double value = rnd.nextBoolean() ? min - Math.abs(rnd.nextDouble() * (1 + Math.abs(min)))
                    : max + Math.abs(rnd.nextDouble() * (1 + Math.abs(max)));
            String message = new ParameterOutOfRangeException("p", value, min, max, "h").getMessage();
            Matcher m = RANGE.matcher(message);
            assertThat(m.find()).as(message).isTrue();
            double lo = Double.parseDouble(m.group(1));
            double hi = Double.parseDouble(m.group(2));
            String case_ = "min " + min + ", max " + max + ": " + message;
            assertThat(lo).as(case_).isGreaterThanOrEqualTo(min).isLessThanOrEqualTo(hi);
            assertThat(hi).as(case_).isLessThanOrEqualTo(max);
            assertThat(value < lo || value > hi).as("the refused value lies outside the printed range: " + case_).isTrue();
            for (String[] printed : new String[][] {{m.group(1), Double.toString(min)}, {m.group(2), Double.toString(max)}}) {
                boolean exact = printed[0].equals(printed[1]);
                boolean shortText = new java.math.BigDecimal(printed[0]).stripTrailingZeros().precision()
                        <= RangeText.ROUNDED_BOUND_DIGITS;
                assertThat(exact || shortText).as(case_).isTrue();
            }
            if (lo != min) {
                assertThat(Math.abs(lo - min)).as(case_).isLessThanOrEqualTo(0.01 * Math.abs(min));
            }
            if (hi != max) {
                assertThat(Math.abs(hi - max)).as(case_).isLessThanOrEqualTo(0.01 * Math.abs(max));
            }
        }
    }

    /** A bound with a short or a long decimal text, of either sign, from 1e-6 to 1e6 in magnitude. */
    private static double bound(SplittableRandom rnd) {
        double scale = Math.pow(10, rnd.nextInt(-6, 7));
        return switch (rnd.nextInt(3)) {
            case 0 -> rnd.nextInt(-1000, 1001) * scale / 10;
            case 1 -> rnd.nextInt(-1000, 1001) * scale / rnd.nextInt(1, 1000);
            default -> (rnd.nextDouble() * 2 - 1) * scale;
        };
    }
}
