package org.lumbosim.result;

import java.util.Locale;

/** The body's left or right side, of a paired contact such as a hand resting on its thigh. */
public enum BodySide {
    /** The left side (global z negative in a symmetric posture). */
    LEFT,
    /** The right side (global z positive in a symmetric posture). */
    RIGHT;

    /**
     * @param index 0 for the left, 1 for the right (the order of the model's paired landmarks and contacts)
     * @return the side
     * @throws IllegalArgumentException naming the index if it is neither 0 nor 1
     */
    public static BodySide ofIndex(int index) {
        if (index != 0 && index != 1) {
            throw new IllegalArgumentException("side index = " + index + " is neither 0 (left) nor 1 (right)");
        }
        return index == 0 ? LEFT : RIGHT;
    }

    /** @return {@code "left"} or {@code "right"}, as outputs print it */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
