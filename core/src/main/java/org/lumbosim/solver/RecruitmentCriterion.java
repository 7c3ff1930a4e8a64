package org.lumbosim.solver;

import org.lumbosim.internal.Checks;

/**
 * What the muscles minimise while they balance the net moments. Chosen by value, never by
 * subclassing the solver. Stress is muscle force divided by its physiological cross-sectional
 * area (PCSA).
 */
public enum RecruitmentCriterion {
    /**
     * Sum of squared muscle stresses (the default): Crowninshield RD, Brand RA (1981), "A
     * physiologically based criterion of muscle force prediction in locomotion", J Biomech
     * 14:793-801 use the family of stress-power criteria; the squared form is the common choice of
     * trunk models.
     */
    SQUARED_STRESS("squared-stress"),
    /** Sum of cubed muscle stresses (Crowninshield and Brand 1981: maximises endurance). */
    CUBED_STRESS("cubed-stress"),
    /**
     * Minimise the largest muscle stress (Bean JC, Chaffin DB, Schultz AB (1988), J Biomech
     * 21:59-66); ties between solutions with the same largest stress are broken by the least sum of
     * squared stresses, so the forces are unique.
     */
    MIN_MAX("min-max");

    private final String id;

    RecruitmentCriterion(String id) {
        this.id = id;
    }

    /** @return the identifier used in task files ({@code squared-stress}, ...) */
    public String id() {
        return id;
    }

    /**
     * @param id an identifier as returned by {@link #id()}
     * @return the criterion
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static RecruitmentCriterion ofId(String id) {
        Checks.given(id, "id", "a criterion id is needed (squared-stress, cubed-stress or min-max)");
        for (RecruitmentCriterion c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("criterion = \"" + id
                + "\" is not one of squared-stress, cubed-stress, min-max");
    }
}
