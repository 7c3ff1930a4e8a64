package org.lumbosim.load;

import java.util.Locale;

/** Which hand(s) hold a load. */
public enum Hands {
    /** Shared equally between both hands (the default). */
    BOTH,
    /** Held in the left hand. */
    LEFT,
    /** Held in the right hand. */
    RIGHT;

    /**
     * @return the name task files write for these hands, and messages print: the constant's name in lower
     *     case ({@code both}, {@code left}, {@code right})
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
