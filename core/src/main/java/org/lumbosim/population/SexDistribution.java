package org.lumbosim.population;

import org.lumbosim.internal.Checks;

/**
 * Stature and body mass of one sex in a population: stature normal, the logarithm of body mass
 * normal, correlated.
 *
 * @param statureMeanM mean stature (m)
 * @param statureSdM standard deviation of stature (m)
 * @param logMassMean mean of ln(body mass / 1 kg)
 * @param logMassSd standard deviation of ln(body mass / 1 kg)
 * @param correlation correlation of stature and ln(body mass), in [-1, 1]
 */
public record SexDistribution(double statureMeanM, double statureSdM, double logMassMean, double logMassSd,
                              double correlation) {
    /** Checks every field. */
    public SexDistribution {
        Checks.inRange("statureMeanM", statureMeanM, 1.3, 2.2, "m");
        Checks.inRange("statureSdM", statureSdM, 0, 0.3, "m");
        Checks.inRange("logMassMean", logMassMean, Math.log(35), Math.log(200), "");
        Checks.inRange("logMassSd", logMassSd, 0, 1, "");
        Checks.inRange("correlation", correlation, -1, 1, "");
    }
}
