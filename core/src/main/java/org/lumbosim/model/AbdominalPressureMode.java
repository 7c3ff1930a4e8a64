package org.lumbosim.model;

import org.lumbosim.internal.Checks;

/**
 * How the intra-abdominal pressure is found (README, "The model"; docs/recruitment.md, "Recruited abdominal
 * pressure").
 */
public enum AbdominalPressureMode {
    /**
     * The default: the pressure follows the regression of Mairiaux et al. (1984) on the net flexion moment at
     * L4-L5, held at {@link AbdominalPressureConstants#MAX_PRESSURE_PA}; the abdominal lines carry the wall's
     * longitudinal tension as a floor on their forces ({@link AbdominalPressure}).
     */
    PRESCRIBED("prescribed"),
    /**
     * The recruitment chooses the pressure, as the AnyBody AMMR trunk's recruited pressure actuator does
     * ({@code Body/AAUHuman/Trunk/Buckle.any}): one more column whose variable is the pressure, bounded by
     * {@link AbdominalPressureConstants#MAX_PRESSURE_PA}, costed as a muscle of that strength, acting on
     * every level through the cavity's axis with the wall's longitudinal tension that holds it carried by the
     * abdominal lines; the forces are then those of the prescribed model at the recruited pressure.
     */
    RECRUITED("recruited");

    private final String id;

    AbdominalPressureMode(String id) {
        this.id = id;
    }

    /** @return the identifier used in task files and on the command line */
    public String id() {
        return id;
    }

    /**
     * @param id {@code prescribed} or {@code recruited}
     * @return the mode
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static AbdominalPressureMode ofId(String id) {
        Checks.given(id, "id", "an abdominal pressure mode is needed (prescribed or recruited)");
        for (AbdominalPressureMode m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("abdominalPressure = \"" + id + "\" is not one of prescribed, recruited");
    }
}
