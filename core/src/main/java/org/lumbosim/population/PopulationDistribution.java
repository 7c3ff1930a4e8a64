package org.lumbosim.population;

import org.lumbosim.internal.Checks;
import org.lumbosim.reference.DortmundRecommendations2001;

/**
 * Who is in a simulated population: the share of men, each sex's stature and body mass
 * distribution, and an age range (uniform; age only selects age-specific limits).
 *
 * @param maleFraction share of men, in [0, 1]
 * @param male men's stature and body mass
 * @param female women's stature and body mass
 * <p>A drawn person's age selects only the Dortmund limit ({@link DortmundRecommendations2001}), whose table
 * starts at {@value DortmundRecommendations2001#MIN_AGE_YEARS} years: a younger {@code ageMinYears} is refused
 * here, when the population is made, so that a study never stops part-way at the first young person drawn.
 *
 * @param ageMinYears youngest age (years), in [{@value DortmundRecommendations2001#MIN_AGE_YEARS}, 100]
 * @param ageMaxYears oldest age (years), at least {@code ageMinYears}
 */
public record PopulationDistribution(double maleFraction, SexDistribution male, SexDistribution female,
                                     double ageMinYears, double ageMaxYears) {
    /** Checks every field. */
    public PopulationDistribution {
        Checks.inRange("maleFraction", maleFraction, 0, 1, "");
        Checks.given(male, "male", "male and female distributions are both needed");
        Checks.given(female, "female", "male and female distributions are both needed");
        Checks.inRange("ageMinYears", ageMinYears, DortmundRecommendations2001.MIN_AGE_YEARS, 100, "years");
        Checks.inRange("ageMaxYears", ageMaxYears, ageMinYears, 100, "years");
    }
}
