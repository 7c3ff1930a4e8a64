package org.lumbosim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An input value outside the range in which the model is valid, or not a finite number.
 *
 * <p>The message names the parameter, its value, the allowed range and the unit, for example
 * {@code "trunkFlexionDeg = 135.0 deg is outside the model's valid range [-90.0, 120.0] deg"}.
 * The value is printed as Java's shortest round-trip text ({@link Double#toString(double)}), and so is a
 * bound of at most {@value #SHORT_BOUND_DIGITS} significant digits; a longer bound, such as one minute
 * in hours, is rounded into the range to {@value #ROUNDED_BOUND_DIGITS} significant digits
 * ({@code [0.0167, 24.0] h}, not {@code [0.016666666666666666, 24.0] h}), so that every value the printed
 * range holds is allowed. The fields keep the exact values, so that tools can react programmatically.
 */
public final class ParameterOutOfRangeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Significant digits up to which a bound is printed as {@link Double#toString(double)} gives it. */
    static final int SHORT_BOUND_DIGITS = 6;
    /** Significant digits of a longer bound, rounded into the range (the minimum up, the maximum down). */
    static final int ROUNDED_BOUND_DIGITS = 3;

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
        String lo = bound(min, RoundingMode.CEILING);
        String hi = bound(max, RoundingMode.FLOOR);
        if (Double.parseDouble(lo) > Double.parseDouble(hi)) {
            // bounds too close for the rounding: print them exactly
            lo = Double.toString(min);
            hi = Double.toString(max);
        }
        return parameter + " = " + value + u + " " + what + " [" + lo + ", " + hi + "]" + u;
    }

    /**
     * @param bound a bound of the range
     * @param inward {@link RoundingMode#CEILING} for the minimum, {@link RoundingMode#FLOOR} for the maximum
     * @return the bound as {@link Double#toString(double)} prints it if that has at most
     *     {@link #SHORT_BOUND_DIGITS} significant digits, else rounded inward to {@link #ROUNDED_BOUND_DIGITS}
     */
    static String bound(double bound, RoundingMode inward) {
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
