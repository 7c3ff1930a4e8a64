package org.lumbosim.anthropometry;

import org.lumbosim.internal.Checks;

/** Biological sex, which selects sex-specific anthropometric tables and limits. */
public enum Sex {
    /** Male tables. */
    MALE,
    /** Female tables. */
    FEMALE;

    /**
     * Parses {@code "male"} or {@code "female"} (case-insensitive).
     *
     * @param text the text
     * @return the sex
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static Sex parse(String text) {
        Checks.given(text, "text", "male or female is needed");
        for (Sex s : values()) {
            if (s.name().equalsIgnoreCase(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("sex = \"" + text + "\" is not one of male, female");
    }
}
