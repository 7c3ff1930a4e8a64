package org.lumbosim.load;

/** Which hand(s) hold a load. */
public enum Hands {
    /** Shared equally between both hands (the default). */
    BOTH,
    /** Held in the left hand. */
    LEFT,
    /** Held in the right hand. */
    RIGHT
}
