package org.lumbosim.assessment;

/**
 * The revised NIOSH lifting equation's multipliers and results for one task.
 *
 * @param horizontalMultiplier HM
 * @param verticalMultiplier VM
 * @param distanceMultiplier DM
 * @param asymmetricMultiplier AM
 * @param frequencyMultiplier FM
 * @param couplingMultiplier CM
 * @param recommendedWeightLimitKg RWL = 23 kg × HM × VM × DM × AM × FM × CM
 * @param liftingIndex load mass / RWL; infinite when the RWL is zero (the task lies outside what the
 *     equation accepts: one multiplier is zero)
 */
public record NioshAssessment(double horizontalMultiplier, double verticalMultiplier, double distanceMultiplier,
                              double asymmetricMultiplier, double frequencyMultiplier, double couplingMultiplier,
                              double recommendedWeightLimitKg, double liftingIndex) {
    /** @return whether the lifting index exceeds 1 (NIOSH: increased risk for some workers) */
    public boolean exceedsRecommendedLimit() {
        return liftingIndex > 1;
    }
}
