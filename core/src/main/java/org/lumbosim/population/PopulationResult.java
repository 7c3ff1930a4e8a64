package org.lumbosim.population;

import java.util.List;
import org.lumbosim.internal.Checks;
import org.lumbosim.model.SpinalLevel;

/**
 * Distribution of L5-S1 loads over a simulated population.
 *
 * @param people people simulated
 * @param solved people with loads: whose muscles could balance the task (or, under
 *     {@code OverloadPolicy.REPORT}, were overloaded) and whose supports could hold them
 * @param compressionP5N 5th percentile of L5-S1 compression among the solved (N)
 * @param compressionP50N median (N)
 * @param compressionP95N 95th percentile (N)
 * @param apShearP5N 5th percentile of L5-S1 AP shear among the solved (N)
 * @param apShearP50N median (N)
 * @param apShearP95N 95th percentile (N)
 * @param idpP50MPa median L5-S1 intradiscal pressure (MPa)
 * @param shareAboveActionLimit share of the solved above the NIOSH action limit (3400 N)
 * @param shareAboveMaxPermissible share of the solved above the NIOSH maximum permissible limit (6400 N)
 * @param shareAboveShearOccasional share of the solved with |AP shear| above 1000 N
 * @param shareAboveShearFrequent share of the solved with |AP shear| above 700 N
 * @param shareAboveDortmund share of the solved above their age- and sex-specific Dortmund (2001)
 *     limit (values not verified against the source)
 * @param shareInfeasible share of all people not solved: their muscles could not balance the task (or
 *     their supports could not hold them)
 * @param outputs percentiles of every output ({@link OutputPercentiles#QUANTITIES}) at every level,
 *     L5-S1 first (copied); empty when nobody was solved
 * @param overloaded people among the solved who were beyond their muscle strength and got loads at the
 *     strength the task requires (0 unless the study's policy is {@code OverloadPolicy.REPORT})
 * @param contacts percentiles of the thighs' push on a trunk or on each hand resting on them, where the
 *     task's posture has {@code trunk_on_thighs} (first) or {@code hands_on_thighs} (left, then right), over
 *     the same people as {@code outputs} (copied); empty without those supports or when nobody was solved
 */
public record PopulationResult(int people, int solved, double compressionP5N, double compressionP50N,
                               double compressionP95N, double apShearP5N, double apShearP50N, double apShearP95N,
                               double idpP50MPa, double shareAboveActionLimit, double shareAboveMaxPermissible,
                               double shareAboveShearOccasional, double shareAboveShearFrequent,
                               double shareAboveDortmund, double shareInfeasible, List<OutputPercentiles> outputs,
                               int overloaded, List<ContactPercentiles> contacts) {
    /** Copies the lists. */
    public PopulationResult {
        Checks.givenEach(outputs, "outputs");
        outputs = List.copyOf(outputs);
        Checks.givenEach(contacts, "contacts");
        contacts = List.copyOf(contacts);
    }

    /**
     * A result without the thighs' pushes (every field as in the canonical constructor, {@code contacts} empty).
     *
     * @param people people simulated
     * @param solved people solved
     * @param compressionP5N 5th percentile of L5-S1 compression (N)
     * @param compressionP50N median (N)
     * @param compressionP95N 95th percentile (N)
     * @param apShearP5N 5th percentile of L5-S1 AP shear (N)
     * @param apShearP50N median (N)
     * @param apShearP95N 95th percentile (N)
     * @param idpP50MPa median L5-S1 intradiscal pressure (MPa)
     * @param shareAboveActionLimit share above the NIOSH action limit
     * @param shareAboveMaxPermissible share above the NIOSH maximum permissible limit
     * @param shareAboveShearOccasional share with |AP shear| above 1000 N
     * @param shareAboveShearFrequent share with |AP shear| above 700 N
     * @param shareAboveDortmund share above their Dortmund limit
     * @param shareInfeasible share of all people not solved
     * @param outputs percentiles of every output at every level (copied)
     * @param overloaded people among the solved who were overloaded
     */
    public PopulationResult(int people, int solved, double compressionP5N, double compressionP50N,
                            double compressionP95N, double apShearP5N, double apShearP50N, double apShearP95N,
                            double idpP50MPa, double shareAboveActionLimit, double shareAboveMaxPermissible,
                            double shareAboveShearOccasional, double shareAboveShearFrequent,
                            double shareAboveDortmund, double shareInfeasible, List<OutputPercentiles> outputs,
                            int overloaded) {
        this(people, solved, compressionP5N, compressionP50N, compressionP95N, apShearP5N, apShearP50N, apShearP95N,
                idpP50MPa, shareAboveActionLimit, shareAboveMaxPermissible, shareAboveShearOccasional,
                shareAboveShearFrequent, shareAboveDortmund, shareInfeasible, outputs, overloaded, List.of());
    }

    /**
     * A result without overloaded people (every field as in the canonical constructor, {@code overloaded} 0).
     *
     * @param people people simulated
     * @param solved people solved
     * @param compressionP5N 5th percentile of L5-S1 compression (N)
     * @param compressionP50N median (N)
     * @param compressionP95N 95th percentile (N)
     * @param apShearP5N 5th percentile of L5-S1 AP shear (N)
     * @param apShearP50N median (N)
     * @param apShearP95N 95th percentile (N)
     * @param idpP50MPa median L5-S1 intradiscal pressure (MPa)
     * @param shareAboveActionLimit share above the NIOSH action limit
     * @param shareAboveMaxPermissible share above the NIOSH maximum permissible limit
     * @param shareAboveShearOccasional share with |AP shear| above 1000 N
     * @param shareAboveShearFrequent share with |AP shear| above 700 N
     * @param shareAboveDortmund share above their Dortmund limit
     * @param shareInfeasible share of all people not solved
     * @param outputs percentiles of every output at every level (copied)
     */
    public PopulationResult(int people, int solved, double compressionP5N, double compressionP50N,
                            double compressionP95N, double apShearP5N, double apShearP50N, double apShearP95N,
                            double idpP50MPa, double shareAboveActionLimit, double shareAboveMaxPermissible,
                            double shareAboveShearOccasional, double shareAboveShearFrequent,
                            double shareAboveDortmund, double shareInfeasible, List<OutputPercentiles> outputs) {
        this(people, solved, compressionP5N, compressionP50N, compressionP95N, apShearP5N, apShearP50N, apShearP95N,
                idpP50MPa, shareAboveActionLimit, shareAboveMaxPermissible, shareAboveShearOccasional,
                shareAboveShearFrequent, shareAboveDortmund, shareInfeasible, outputs, 0);
    }

    /** @return the share of all people who were overloaded (got loads at the strength the task requires) */
    public double shareOverloaded() {
        return people == 0 ? 0 : overloaded / (double) people;
    }

    /**
     * @param level a level
     * @param quantity one of {@link OutputPercentiles#QUANTITIES}
     * @return that output's percentiles
     * @throws IllegalArgumentException if the quantity is unknown or nobody was solved, or an argument is null
     */
    public OutputPercentiles output(SpinalLevel level, String quantity) {
        Checks.given(level, "level", "a lumbar level is needed (e.g. SpinalLevel.L5_S1)");
        Checks.given(quantity, "quantity", "one of " + OutputPercentiles.QUANTITIES);
        for (OutputPercentiles o : outputs) {
            if (o.level() == level && o.quantity().equals(quantity)) {
                return o;
            }
        }
        throw new IllegalArgumentException("no percentiles of \"" + quantity + "\" at " + level.label()
                + "; quantities: " + OutputPercentiles.QUANTITIES + (solved == 0 ? " (nobody was solved)" : ""));
    }
}
