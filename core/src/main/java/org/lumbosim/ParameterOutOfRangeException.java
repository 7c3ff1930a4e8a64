package org.lumbosim;

/**
 * An input value outside the range in which the model is valid, or not a finite number.
 *
 * <p>The message names the parameter, its value, the allowed range and the unit, for example
 * {@code "trunkFlexionDeg = 135.0 deg is outside the model's valid range [-90.0, 120.0] deg"}.
 * The value is printed as Java's shortest round-trip text ({@link Double#toString(double)}), the range as
 * {@link RangeText} prints every range: a bound of at most {@value RangeText#SHORT_BOUND_DIGITS} significant
 * digits as Java prints it, a longer one, such as one minute in hours, rounded into the range to
 * {@value RangeText#ROUNDED_BOUND_DIGITS} significant digits ({@code [0.0167, 24.0] h}, not
 * {@code [0.016666666666666666, 24.0] h}), so that every value the printed range holds is allowed. The
 * fields keep the exact values, so that tools can react programmatically.
 */
public final class ParameterOutOfRangeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final double value;
    private final double min;
    private final double max;
    private final String unit;

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
        super(format(parameter, value, min, max, unit));
        this.parameter = parameter;
        this.value = value;
        this.min = min;
        this.max = max;
        this.unit = unit;
    }

    private static String format(String parameter, double value, double min, double max, String unit) {
        String u = unit.isEmpty() ? "" : " " + unit;
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

    /** @return the unit symbol ({@code ""} for dimensionless values) */
    public String unit() {
        return unit;
    }
}
