package org.lumbosim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * Generators shared by the property tests: subjects, upright postures and hand loads in the region
 * where muscle recruitment is expected to be feasible.
 */
final class TestArbitraries {
    private TestArbitraries() {
    }

    /** Sex, stature 1.5-2.0 m, body mass 45-120 kg, age 18-80 years. */
    static Arbitrary<Subject> subjects() {
        return Combinators.combine(Arbitraries.of(Sex.class),
                Arbitraries.doubles().between(1.5, 2.0),
                Arbitraries.doubles().between(45, 120),
                Arbitraries.doubles().between(18, 80)).as(Subject::new);
    }

    /**
     * Upright orientations (feet on the floor): trunk -20..100 deg, lumbar flexion -10..45 deg,
     * lateral bend and axial rotation within +-20 deg, hips -10..100, knees 0..120, shoulders
     * -30..150, elbows 0..130, body roll within +-10 deg. Every value is inside {@code PostureRange}.
     */
    static Arbitrary<Posture> postures() {
        List<Arbitrary<Double>> angles = List.of(
                Arbitraries.doubles().between(-20, 100),
                Arbitraries.doubles().between(-10, 45),
                Arbitraries.doubles().between(-20, 20),
                Arbitraries.doubles().between(-20, 20),
                Arbitraries.doubles().between(-10, 100),
                Arbitraries.doubles().between(0, 120),
                Arbitraries.doubles().between(-30, 150),
                Arbitraries.doubles().between(0, 130),
                Arbitraries.doubles().between(-10, 10));
        return Combinators.combine(angles).as(a -> new Posture(a.get(0), a.get(1), a.get(2), a.get(3),
                a.get(4), a.get(5), a.get(6), a.get(7), a.get(8), Set.of(Support.FEET)));
    }

    /** Mirror-symmetric postures: as {@link #postures()} with lateral bend, axial rotation and roll zero. */
    static Arbitrary<Posture> symmetricPostures() {
        return postures().map(p -> p.withLateralBendDeg(0).withAxialRotationDeg(0).withBodyRollDeg(0));
    }

    /** One hand load: 0-25 kg in one or both hands, sometimes with an extra force of up to 50 N per axis. */
    static Arbitrary<HandLoad> handLoads() {
        Arbitrary<Double> force = Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(-50, 50));
        return Combinators.combine(Arbitraries.doubles().between(0, 25), force, force, force,
                Arbitraries.of(Hands.class)).as((m, x, y, z, h) -> new HandLoad(m, x, y, z, h, null));
    }

    /** Zero to three hand loads whose masses add up to at most 25 kg. */
    static Arbitrary<List<HandLoad>> loadLists() {
        return loadLists(0);
    }

    /**
     * @param minSize fewest loads in a list
     * @return {@code minSize} to three hand loads whose masses add up to at most 25 kg
     */
    static Arbitrary<List<HandLoad>> loadLists(int minSize) {
        return handLoads().list().ofMinSize(minSize).ofMaxSize(3).map(TestArbitraries::capTotalMass);
    }

    private static List<HandLoad> capTotalMass(List<HandLoad> loads) {
        double total = loads.stream().mapToDouble(HandLoad::massKg).sum();
        if (total <= 25) {
            return loads;
        }
        List<HandLoad> out = new ArrayList<>();
        for (HandLoad l : loads) {
            out.add(new HandLoad(l.massKg() * 25 / total, l.forceXN(), l.forceYN(), l.forceZN(), l.hands(), null));
        }
        return out;
    }

    /**
     * @param a one value
     * @param b another
     * @return |a - b| / max(|a|, |b|, 1), a relative difference that is absolute near zero
     */
    static double relDiff(double a, double b) {
        return Math.abs(a - b) / Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
