package org.lumbosim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.lumbosim.internal.Checks;

/**
 * The one way a message prints an allowed range: {@code [min, max]}, each bound as Java's shortest
 * round-trip text ({@link Double#toString(double)}) when that has at most {@value #SHORT_BOUND_DIGITS}
 * significant digits, else rounded into the range to {@value #ROUNDED_BOUND_DIGITS} significant digits
 * (the minimum up, the maximum down: {@code [0.0167, 24.0]}, not {@code [0.016666666666666666, 24.0]}), so
 * that every value the printed range holds is allowed. Bounds too close for that rounding are printed
 * exactly. A whole-number parameter's range (people, threads, activities) is printed with whole-number
 * bounds ({@code [1, 100000000]}, {@link #wholeNumbers}); a range open at its minimum as
 * {@code (min, max]} ({@link #aboveWithUnit}). Used by {@link ParameterOutOfRangeException} and by every
 * other range message of the library and the command line.
 */
public final class RangeText {
    /** Significant digits up to which a bound is printed as {@link Double#toString(double)} gives it. */
    static final int SHORT_BOUND_DIGITS = 6;
    /** Significant digits of a longer bound, rounded into the range (the minimum up, the maximum down). */
    static final int ROUNDED_BOUND_DIGITS = 3;
    /** Significant digits of a computed number in a message ({@link #number}): 0.01-0.1 % of it, finer than any input. */
    static final int MESSAGE_DIGITS = 4;

    private RangeText() {
    }

    /**
     * @param min smallest allowed value (inclusive)
     * @param max largest allowed value (inclusive)
     * @return {@code "[min, max]"} with readable bounds (class comment)
     */
    public static String interval(double min, double max) {
        return interval(min, max, ", ");
    }

    /**
     * @param min smallest allowed value (inclusive)
     * @param max largest allowed value (inclusive)
     * @param unit unit symbol, such as {@code kg}; empty for a dimensionless value
     * @return {@code "[min, max] unit"}, or {@code "[min, max]"} without a unit, with readable bounds
     */
    public static String withUnit(double min, double max, String unit) {
        return interval(min, max) + unitSuffix(unit);
    }

    /**
     * @param min smallest allowed whole number (inclusive)
     * @param max largest allowed whole number (inclusive)
     * @return {@code "[min, max]"} with the bounds as whole numbers ({@code [1, 256]}, not {@code [1.0, 256.0]})
     */
    public static String wholeNumbers(long min, long max) {
        return "[" + min + ", " + max + "]";
    }

    /**
     * @param min smallest allowed whole number (inclusive)
     * @param max largest allowed whole number (inclusive)
     * @param unit unit symbol, such as {@code people}; empty for a count without one
     * @return {@code "[min, max] unit"}, or {@code "[min, max]"} without a unit, the bounds as whole numbers
     */
    public static String wholeNumbersWithUnit(long min, long max, String unit) {
        return wholeNumbers(min, max) + unitSuffix(unit);
    }

    /**
     * A range open at its minimum, such as a size that must be positive.
     *
     * @param min the bound the value must exceed (exclusive)
     * @param max largest allowed value (inclusive)
     * @param unit unit symbol, such as {@code pt}; empty for a dimensionless value
     * @return {@code "(min, max] unit"}, or {@code "(min, max]"} without a unit, with readable bounds
     */
    public static String aboveWithUnit(double min, double max, String unit) {
        return "(" + interval(min, max).substring(1) + unitSuffix(unit);
    }

    /**
     * A computed number in a message, such as an unbalanced moment or a needed muscle stress, at
     * {@value #MESSAGE_DIGITS} significant digits ({@code 445.9}, not {@code 445.9395558109761}); the
     * exact value stays in the exception's fields (and in the command line's JSON). Not for a value the
     * user gave, which a message prints as given.
     *
     * @param value the number
     * @return it rounded half-even to {@value #MESSAGE_DIGITS} significant digits, without trailing zeros or
     *     an exponent ({@code 0.75}, {@code 100}, {@code 0.0004998}); NaN and infinities as Java prints them
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        String s = new BigDecimal(value).round(new MathContext(MESSAGE_DIGITS, RoundingMode.HALF_EVEN))
                .stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /**
     * @param min smallest allowed value (inclusive)
     * @param max largest allowed value (inclusive)
     * @param separator text between the bounds, such as {@code ", "} or {@code " to "} (a CSV cell)
     * @return {@code "[min" + separator + "max]"} with readable bounds (class comment)
     */
    public static String interval(double min, double max, String separator) {
        Checks.given(separator, "separator");
        String lo = bound(min, RoundingMode.CEILING);
        String hi = bound(max, RoundingMode.FLOOR);
        if (Double.parseDouble(lo) > Double.parseDouble(hi)) {
            // bounds too close for the rounding: print them exactly
            lo = Double.toString(min);
            hi = Double.toString(max);
        }
        return "[" + lo + separator + hi + "]";
    }

    /** @return {@code " unit"}, or nothing for an empty unit */
    private static String unitSuffix(String unit) {
        return Checks.present(unit, "unit").isEmpty() ? "" : " " + unit;
    }

    /**
     * @param bound a bound of the range
     * @param inward {@link RoundingMode#CEILING} for the minimum, {@link RoundingMode#FLOOR} for the maximum
     * @return the bound as {@link Double#toString(double)} prints it if that has at most
     *     {@link #SHORT_BOUND_DIGITS} significant digits, else rounded inward to {@link #ROUNDED_BOUND_DIGITS}
     */
    private static String bound(double bound, RoundingMode inward) {
        String shortest = Double.toString(bound);
        if (!Double.isFinite(bound)) {
            return shortest;
        }
        BigDecimal exact = new BigDecimal(shortest);
        if (exact.stripTrailingZeros().precision() <= SHORT_BOUND_DIGITS) {
            return shortest;
        }
        return Double.toString(exact.round(new MathContext(ROUNDED_BOUND_DIGITS, inward)).doubleValue());
    }
}
