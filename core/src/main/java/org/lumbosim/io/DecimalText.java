package org.lumbosim.io;

import java.util.regex.Pattern;
import org.lumbosim.internal.Checks;

/**
 * Reads a number as people write it in data files and on command lines: decimal digits with an
 * optional sign, point and exponent ({@code 12}, {@code -0.5}, {@code .5}, {@code 5.}, {@code +1e-3}),
 * or one of the words {@code NaN}, {@code Infinity}, {@code -Infinity} (read, so that the caller can
 * name them as not finite). {@link Double#parseDouble} alone also takes Java's type suffixes
 * ({@code 10f}, {@code 10d}) and hexadecimal floating point ({@code 0x1p3}), which no data file means.
 */
public final class DecimalText {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?Infinity|NaN");

    private DecimalText() {
    }

    /**
     * @param text the text; surrounding white space (as {@link String#trim()} removes it) is ignored
     * @return its value, as {@link Double#parseDouble} reads it (so a literal too large is an infinity)
     * @throws NumberFormatException if the text is not a decimal number or one of the words
     */
    public static double parse(String text) {
        Checks.given(text, "text", "a decimal number is needed");
        String t = text.trim();
        if (!DECIMAL.matcher(t).matches() && !NON_FINITE.matcher(t).matches()) {
            throw new NumberFormatException("not a decimal number: \"" + text + "\"");
        }
        return Double.parseDouble(t);
    }
}
