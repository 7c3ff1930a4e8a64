package org.lumbosim.model;

/** The five lumbar intervertebral levels, from the lowest (L5-S1) upwards. */
public enum SpinalLevel {
    /** The lumbosacral disc, between the fifth lumbar vertebra and the sacrum. */
    L5_S1("L5-S1"),
    /** Between L4 and L5. */
    L4_L5("L4-L5"),
    /** Between L3 and L4. */
    L3_L4("L3-L4"),
    /** Between L2 and L3. */
    L2_L3("L2-L3"),
    /** Between L1 and L2. */
    L1_L2("L1-L2");

    private static final SpinalLevel[] ALL = values();
    private final String label;

    SpinalLevel(String label) {
        this.label = label;
    }

    /** @return the usual label, e.g. {@code "L5-S1"} */
    public String label() {
        return label;
    }

    /** @return number of lumbar levels (5) */
    public static int count() {
        return ALL.length;
    }

    /**
     * @param index 0 for L5-S1 up to 4 for L1-L2
     * @return the level
     * @throws org.lumbosim.ParameterOutOfRangeException naming {@code index}, its value and the range 0-4
     */
    public static SpinalLevel ofIndex(int index) {
        org.lumbosim.internal.Checks.wholeInRange("index", index, 0, ALL.length - 1, "");
        return ALL[index];
    }

    /**
     * Parses a label such as {@code "L4-L5"} (case-insensitive, {@code _} accepted for {@code -}).
     *
     * @param label the level's label
     * @return the level
     * @throws IllegalArgumentException naming the label and the accepted ones if it is unknown or null
     */
    public static SpinalLevel ofLabel(String label) {
        if (label == null) {
            throw new IllegalArgumentException("label is null: one of L1-L2, L2-L3, L3-L4, L4-L5, L5-S1");
        }
        for (SpinalLevel l : ALL) {
            if (l.label.equalsIgnoreCase(label.replace('_', '-'))) {
                return l;
            }
        }
        throw new IllegalArgumentException("level = \"" + label + "\" is not one of L1-L2, L2-L3, L3-L4, L4-L5, L5-S1");
    }
}
