package org.lumbosim.load;

import org.lumbosim.internal.Checks;

/**
 * A load held in the hands: the weight of a mass, plus an optional extra force (for pushing or
 * pulling), applied at the hands' grip point given by the posture, or at a given point.
 *
 * @param massKg mass held (kg, in [0, {@value #MAX_MASS_KG}]); its weight points down
 * @param forceXN extra force on the hands, anterior component (N, global frame)
 * @param forceYN extra force on the hands, superior component (N)
 * @param forceZN extra force on the hands, rightward component (N)
 * @param hands which hand(s) hold it; {@link Hands#BOTH} shares it equally
 * @param positionM where it is applied; {@code null} means at the hands' grip point(s)
 */
public record HandLoad(double massKg, double forceXN, double forceYN, double forceZN, Hands hands,
                       PositionM positionM) implements ExternalLoad {
    /** Largest accepted mass (kg). */
    public static final double MAX_MASS_KG = 200;
    /** Largest accepted magnitude of each extra force component (N). */
    public static final double MAX_FORCE_N = 5000;

    /** Checks every field. */
    public HandLoad {
        Checks.inRange("massKg", massKg, 0, MAX_MASS_KG, "kg");
        Checks.inRange("forceXN", forceXN, -MAX_FORCE_N, MAX_FORCE_N, "N");
        Checks.inRange("forceYN", forceYN, -MAX_FORCE_N, MAX_FORCE_N, "N");
        Checks.inRange("forceZN", forceZN, -MAX_FORCE_N, MAX_FORCE_N, "N");
        Checks.given(hands, "hands", "one of both, left, right");
    }

    /**
     * @param massKg mass (kg)
     * @return a mass held in both hands at the grip points
     */
    public static HandLoad ofMassKg(double massKg) {
        return new HandLoad(massKg, 0, 0, 0, Hands.BOTH, null);
    }

    /**
     * @param forceXN anterior component (N), within [-{@value #MAX_FORCE_N}, {@value #MAX_FORCE_N}]
     * @param forceYN superior component (N), within the same range
     * @param forceZN rightward component (N), within the same range
     * @return a pure force shared by both hands at the grip points
     * @throws org.lumbosim.ParameterOutOfRangeException naming the component if one is outside the range or
     *     not finite
     */
    public static HandLoad ofForceN(double forceXN, double forceYN, double forceZN) {
        return new HandLoad(0, forceXN, forceYN, forceZN, Hands.BOTH, null);
    }

    /**
     * @param newHands which hand(s)
     * @return a copy held in other hand(s)
     */
    public HandLoad withHands(Hands newHands) {
        return new HandLoad(massKg, forceXN, forceYN, forceZN, newHands, positionM);
    }

    /**
     * @param position where the load acts (global frame)
     * @return a copy applied at a given point instead of the grip points
     */
    public HandLoad atPositionM(PositionM position) {
        return new HandLoad(massKg, forceXN, forceYN, forceZN, hands, position);
    }
}
