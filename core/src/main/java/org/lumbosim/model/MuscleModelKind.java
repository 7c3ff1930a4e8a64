package org.lumbosim.model;

import org.lumbosim.internal.Checks;

/** The two interchangeable trunk muscle models. */
public enum MuscleModelKind {
    /**
     * One equivalent muscle per group, side and level: erector spinae (longissimus, iliocostalis
     * and multifidus together), rectus abdominis, external and internal obliques, each crossing one
     * level. Each is the PCSA-weighted resultant of the multi-fascicle anatomy of
     * {@link Christophy2012Muscles} where it crosses that level's disc (centroid and direction), so
     * its moment arms are those of the published anatomy.
     */
    SINGLE_EQUIVALENT("single-equivalent"),
    /** Every fascicle of {@link Christophy2012Muscles} (210), each crossing the levels it spans. */
    MULTI_FASCICLE("multi-fascicle");

    private final String id;

    MuscleModelKind(String id) {
        this.id = id;
    }

    /** @return the identifier used in task files */
    public String id() {
        return id;
    }

    /**
     * @param id {@code single-equivalent} or {@code multi-fascicle}
     * @return the kind
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static MuscleModelKind ofId(String id) {
        Checks.given(id, "id", "a muscle model id is needed (single-equivalent or multi-fascicle)");
        for (MuscleModelKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("muscles = \"" + id + "\" is not one of single-equivalent, multi-fascicle");
    }
}
