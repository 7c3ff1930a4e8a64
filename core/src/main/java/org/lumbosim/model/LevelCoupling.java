package org.lumbosim.model;

import org.lumbosim.internal.Checks;

/**
 * How the recruitment ties the five lumbar levels together (docs/recruitment.md, "Level coupling").
 */
public enum LevelCoupling {
    /**
     * The default: the muscles balance the moments about the three axes at every level (15 rows);
     * each level's flexion may deviate from its share of the lumbar flexion within its range, its
     * passive tissues carrying the extra moment, and the deviations sum to zero (docs/recruitment.md,
     * "Level deviations").
     */
    DEVIATIONS("deviations"),
    /**
     * The coordinate coupling of the OpenSim lumbar spine model of Christophy et al. (2012): each
     * level rotates about each axis as a fixed multiple of one coordinate per axis
     * ({@link Christophy2012LevelCoupling}), so the muscles balance only the generalised force of each
     * of the three coordinates (3 rows: per axis, the sum over the levels of the coupling coefficient
     * times the level's moment; principle of virtual work). The coupling constraints carry the rest of
     * every level's moment; no tissue is named for it. No level deviations.
     */
    CHRISTOPHY_2012("christophy2012");

    private final String id;

    LevelCoupling(String id) {
        this.id = id;
    }

    /** @return the identifier used in task files and on the command line */
    public String id() {
        return id;
    }

    /**
     * @param id {@code deviations} or {@code christophy2012}
     * @return the coupling
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static LevelCoupling ofId(String id) {
        Checks.given(id, "id", "a level coupling id is needed (deviations or christophy2012)");
        for (LevelCoupling c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("levelCoupling = \"" + id + "\" is not one of deviations, christophy2012");
    }
}
