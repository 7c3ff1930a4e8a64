package org.lumbosim.population;

import java.util.List;
import org.lumbosim.internal.Checks;
import org.lumbosim.result.BodySide;

/**
 * Percentiles of the thighs' push on a trunk or a hand resting on them, over the people whose loads
 * were computed, for a task whose posture has {@link org.lumbosim.posture.Support#TRUNK_ON_THIGHS} or
 * {@link org.lumbosim.posture.Support#HANDS_ON_THIGHS}: the push's magnitude, as
 * {@link org.lumbosim.result.TrunkOnThighsPush#forceN()} and {@link org.lumbosim.result.HandOnThighPush#forceN()} give it for
 * one person (zero for a person who did not need it, or whose hand is clear of the thigh).
 *
 * @param quantity the push: {@value #TRUNK_ON_THIGHS_FORCE_N}, {@value #HANDS_ON_THIGHS_LEFT_FORCE_N} or
 *     {@value #HANDS_ON_THIGHS_RIGHT_FORCE_N}
 * @param p5 5th percentile (N)
 * @param p50 median (N)
 * @param p95 95th percentile (N)
 * @param mean mean (N)
 */
public record ContactPercentiles(String quantity, double p5, double p50, double p95, double mean) {
    /** Checks that every object component is given. */
    public ContactPercentiles {
        Checks.given(quantity, "quantity");
    }

    /** The thighs' push on a trunk resting on them (N). */
    public static final String TRUNK_ON_THIGHS_FORCE_N = "trunkOnThighsForceN";
    /** The left thigh's push on the left hand (N). */
    public static final String HANDS_ON_THIGHS_LEFT_FORCE_N = "handsOnThighsLeftForceN";
    /** The right thigh's push on the right hand (N). */
    public static final String HANDS_ON_THIGHS_RIGHT_FORCE_N = "handsOnThighsRightForceN";
    /** The pushes on the hands, left then right (the order of {@link org.lumbosim.result.AnalysisResult#handsOnThighs()}). */
    public static final List<String> HANDS_ON_THIGHS = List.of(HANDS_ON_THIGHS_LEFT_FORCE_N, HANDS_ON_THIGHS_RIGHT_FORCE_N);

    /**
     * @param side a hand's side
     * @return the quantity of the push on that hand
     */
    public static String handQuantity(BodySide side) {
        Checks.given(side, "side", "a body side is needed (BodySide.LEFT or RIGHT)");
        return HANDS_ON_THIGHS.get(side.ordinal());
    }
}
