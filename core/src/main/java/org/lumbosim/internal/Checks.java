package org.lumbosim.internal;

import org.lumbosim.ParameterOutOfRangeException;

/** Input checks shared by the records' compact constructors and the viz and examples modules' entry points. Not API. */
public final class Checks {
    private Checks() {
    }

    /**
     * Rejects a value that is not finite or lies outside {@code [min, max]}.
     *
     * @param name parameter name as in the API
     * @param value value to check
     * @param min smallest allowed value
     * @param max largest allowed value
     * @param unit unit symbol for the message
     * @return {@code value}, for chaining
     * @throws ParameterOutOfRangeException if the value is NaN, infinite or out of range
     */
    public static double inRange(String name, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new ParameterOutOfRangeException(name, value, min, max, unit);
        }
        return value;
    }

    /**
     * Rejects a whole number outside {@code [min, max]}; the message prints whole numbers
     * ({@link ParameterOutOfRangeException#wholeNumber}).
     *
     * @param name parameter name as in the API
     * @param value value to check
     * @param min smallest allowed value
     * @param max largest allowed value
     * @param unit unit symbol for the message ({@code ""} for a count without one)
     * @return {@code value}, for chaining
     * @throws ParameterOutOfRangeException if the value is out of range
     */
    public static long wholeInRange(String name, long value, long min, long max, String unit) {
        if (value < min || value > max) {
            throw ParameterOutOfRangeException.wholeNumber(name, value, min, max, unit);
        }
        return value;
    }

    /**
     * Refuses a missing argument by name, as {@code "posture is null: a posture is needed"}. Allocates
     * nothing unless it throws (give string constants).
     *
     * @param value the argument
     * @param name its name as in the API
     * @param need what to give instead, for the message
     * @throws IllegalArgumentException {@code "<name> is null: <need>"} if {@code value} is null
     */
    public static void given(Object value, String name, String need) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null: " + need);
        }
    }

    /**
     * Refuses a missing argument by name and returns it, for a check inside an expression (a constructor's
     * {@code super(...)} message). Allocates nothing unless it throws.
     *
     * @param <T> the argument's type
     * @param value the argument
     * @param name its name as in the API
     * @return {@code value}
     * @throws IllegalArgumentException {@code "<name> is null"} if {@code value} is null
     */
    public static <T> T present(T value, String name) {
        given(value, name);
        return value;
    }

    /**
     * Refuses a missing argument by name, as {@code "theme is null"}, where the parameter's name says what
     * to give (the viz and examples modules' entry points).
     *
     * @param value the argument
     * @param name its name as in the API
     * @throws IllegalArgumentException {@code "<name> is null"} if {@code value} is null
     */
    public static void given(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null");
        }
    }

    /**
     * Refuses a missing list, or a list with a missing element, by name and index, as {@code "cases[2] is
     * null"}. Not for hot paths: it walks the list.
     *
     * @param values the list
     * @param name its name as in the API
     * @throws IllegalArgumentException {@code "<name> is null"} or {@code "<name>[i] is null"}
     */
    public static void givenEach(java.util.List<?> values, String name) {
        given(values, name);
        for (int i = 0, n = values.size(); i < n; i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(name + "[" + i + "] is null");
            }
        }
    }

    /**
     * Refuses a missing list, or a list with a missing element, by name and index, as
     * {@code "postures[2] is null: every posture is needed"}. Not for hot paths: it walks the list.
     *
     * @param values the list
     * @param name its name as in the API
     * @param need what to give instead, for the message
     * @throws IllegalArgumentException {@code "<name> is null: <need>"} or {@code "<name>[i] is null: <need>"}
     */
    public static void givenEach(java.util.List<?> values, String name, String need) {
        given(values, name, need);
        for (int i = 0, n = values.size(); i < n; i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(name + "[" + i + "] is null: " + need);
            }
        }
    }

    /**
     * Rejects a value that is NaN or infinite.
     *
     * @param name parameter name as in the API
     * @param value value to check
     * @param unit unit symbol for the message
     * @return {@code value}
     */
    public static double finite(String name, double value, String unit) {
        return inRange(name, value, -Double.MAX_VALUE, Double.MAX_VALUE, unit);
    }
}
