package org.lumbosim;

import org.lumbosim.internal.Checks;

/**
 * An input value outside the range in which the model is valid, or not a finite number.
 *
 * <p>The message names the parameter, its value, the allowed range and the unit, for example
 * {@code "trunkFlexionDeg = 135.0 deg is outside the model's valid range [-90.0, 120.0] deg"}.
 * The value is printed as Java's shortest round-trip text ({@link Double#toString(double)}), the range as
 * {@link RangeText} prints every range: a bound of at most {@value RangeText#SHORT_BOUND_DIGITS} significant
 * digits as Java prints it, a longer one, such as one minute in hours, rounded into the range to
 * {@value RangeText#ROUNDED_BOUND_DIGITS} significant digits ({@code [0.0167, 24.0] h}, not
 * {@code [0.016666666666666666, 24.0] h}), so that every value the printed range holds is allowed. A
 * whole-number parameter ({@link #wholeNumber}) prints its value and range as whole numbers:
 * {@code "n = 0 people is outside the model's valid range [1, 100000000] people"}. The fields keep the
 * exact values, so that tools can react programmatically.
 */
public final class ParameterOutOfRangeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final double value;
    private final double min;
    private final double max;
    private final String unit;
    /** Whether the parameter is a whole number (its value and range printed without decimals). */
    private final boolean whole;

    /**
     * Creates the exception.
     *
     * @param parameter name of the parameter as it appears in the API (e.g. {@code trunkFlexionDeg})
     * @param value the rejected value (may be NaN or infinite)
     * @param min smallest allowed value (inclusive)
     * @param max largest allowed value (inclusive)
     * @param unit unit symbol, e.g. {@code deg}, {@code kg}, {@code m}; empty for dimensionless
     */
    public ParameterOutOfRangeException(String parameter, double value, double min, double max, String unit) {
        this(parameter, value, min, max, unit, false);
    }

    private ParameterOutOfRangeException(String parameter, double value, double min, double max, String unit,
                                         boolean whole) {
        super(format(parameter, value, min, max, unit, whole));
        this.parameter = parameter;
        this.value = value;
        this.min = min;
        this.max = max;
        this.unit = unit;
        this.whole = whole;
    }

    /**
     * A whole-number parameter (a count such as people or threads) outside its range: the message prints
     * the value and the range as whole numbers ({@code "n = 0 people is outside the model's valid range
     * [1, 100000000] people"}), not as {@code 0.0} and {@code [1.0, 1.0E8]}.
     *
     * @param parameter name of the parameter as it appears in the API
     * @param value the rejected value
     * @param min smallest allowed value (inclusive)
     * @param max largest allowed value (inclusive)
     * @param unit unit symbol, such as {@code people}; empty for a count without one
     * @return the exception
     */
    public static ParameterOutOfRangeException wholeNumber(String parameter, long value, long min, long max,
                                                           String unit) {
        return new ParameterOutOfRangeException(parameter, value, min, max, unit, true);
    }

    /**
     * The same refusal under another name, such as the path of the value in an input file; a whole-number
     * parameter stays one.
     *
     * @param newParameter the name to print
     * @return the exception with that name
     */
    public ParameterOutOfRangeException named(String newParameter) {
        return new ParameterOutOfRangeException(newParameter, value, min, max, unit, whole);
    }

    private static String format(String parameter, double value, double min, double max, String unit, boolean whole) {
        String u = Checks.present(unit, "unit").isEmpty() ? "" : " " + unit;
        Checks.given(parameter, "parameter");
        if (whole) {
            return parameter + " = " + (long) value + u + " is outside the model's valid range "
                    + RangeText.wholeNumbersWithUnit((long) min, (long) max, unit);
        }
        String what = Double.isFinite(value) ? "is outside the model's valid range" : "is not a finite number; allowed range";
        return parameter + " = " + value + u + " " + what + " " + RangeText.withUnit(min, max, unit);
    }

    /** @return the parameter's name as it appears in the API */
    public String parameter() {
        return parameter;
    }

    /** @return the rejected value */
    public double value() {
        return value;
    }

    /** @return the smallest allowed value (inclusive) */
    public double min() {
        return min;
    }

    /** @return the largest allowed value (inclusive) */
    public double max() {
        return max;
    }

    /** @return whether the parameter is a whole number ({@link #wholeNumber}) */
    public boolean isWholeNumber() {
        return whole;
    }

    /** @return the unit symbol ({@code ""} for dimensionless values) */
    public String unit() {
        return unit;
    }
}
