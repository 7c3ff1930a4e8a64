package org.lumbosim.model;

/**
 * Static friction between clothing and a seat cover, the bound on the friction a seat can give.
 *
 * <p>Lamsal A, Bush TR (2024), "Coefficient of friction between pant fabrics and seat covers: an
 * in-vivo experimental study", Exp Tech, doi 10.1007/s40799-024-00733-w (abstract, read as such):
 * 12 people pulled across a seat pan wearing five pant fabrics; static coefficient 0.503-0.572 on a
 * vinyl (wheelchair) cover and 0.336-0.448 on an office-chair fabric. The model refuses only what no
 * measured seat could hold, so it takes the largest value of that range.
 */
final class Lamsal2024SeatFriction {
    private Lamsal2024SeatFriction() {
    }

    /** Largest measured static coefficient of clothing on a seat cover (vinyl), Lamsal and Bush 2024 abstract. */
    static final double MAX_STATIC_COEFFICIENT = 0.572;
}
