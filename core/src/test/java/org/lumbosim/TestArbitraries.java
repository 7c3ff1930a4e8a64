package org.lumbosim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.posture.LumbarMotion;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PostureRange;
import org.lumbosim.posture.Support;

/**
 * Generators shared by the seeded random tests: subjects, upright postures and hand loads in the
 * region where muscle recruitment is expected to be feasible. Every method draws from the random
 * source it is given, so a fixed seed gives the same cases on every run and on every thread.
 *
 * <p>Numbers are drawn the way the former jqwik generators drew them (jqwik's default "biased"
 * distribution), because the tasks' feasibility depends on it: real values have two decimals
 * (jqwik's default scale) and lie in the closed range; they are biased towards zero, or towards the
 * bound nearest zero when the range excludes it ({@link #biased}); and with probability
 * {@link #EDGE_CASE_PROBABILITY} an edge case is drawn instead (a bound of the range, or zero when
 * the range contains it).
 */
final class TestArbitraries {
    /** Probability that a drawn number is an edge case (a bound, or zero) instead of a uniform value. */
    static final double EDGE_CASE_PROBABILITY = 0.05;
    /** Decimal places of the drawn real numbers (jqwik's default scale for doubles). */
    private static final double SCALE = 100;
    /** Width ratio of neighbouring partitions in {@link #biased}. */
    private static final long PARTITION_RATIO = 3;
    /** Largest width of the innermost partition in {@link #biased}. */
    private static final long INNERMOST_WIDTH = 20;

    private TestArbitraries() {
    }

    /**
     * @param rnd random source
     * @param min smallest value
     * @param max largest value
     * @return a value in [min, max] with two decimals drawn by {@link #biased}, or (probability 5 %)
     *         min, max or 0 if in range
     */
    static double between(RandomGenerator rnd, double min, double max) {
        if (rnd.nextDouble() < EDGE_CASE_PROBABILITY) {
            int k = rnd.nextInt(min <= 0 && max >= 0 ? 3 : 2);
            return k == 0 ? min : k == 1 ? max : 0.0;
        }
        return biased(rnd, (long) Math.ceil(min * SCALE), (long) Math.floor(max * SCALE)) / SCALE;
    }

    /**
     * An integer in [lo, hi] biased towards the target t (0, or the bound nearest 0): each side of t
     * is cut into partitions whose distances from t grow by a factor {@link #PARTITION_RATIO}
     * outwards (the innermost at most {@link #INNERMOST_WIDTH} wide); a partition of either side is
     * chosen uniformly, then a value uniformly inside it. So values near t are far more likely than
     * far ones, while every value of the range can occur.
     *
     * @param rnd random source
     * @param lo smallest value
     * @param hi largest value
     * @return the drawn value
     */
    static long biased(RandomGenerator rnd, long lo, long hi) {
        long target = lo > 0 ? lo : hi < 0 ? hi : 0;
        List<long[]> partitions = new ArrayList<>();
        addPartitions(partitions, target, hi);
        addPartitions(partitions, target, lo);
        if (partitions.isEmpty()) {
            return target;
        }
        long[] p = partitions.get(rnd.nextInt(partitions.size()));
        return rnd.nextLong(p[0], p[1] + 1);
    }

    private static void addPartitions(List<long[]> partitions, long target, long bound) {
        long distance = Math.abs(bound - target);
        long sign = bound >= target ? 1 : -1;
        long outer = distance;
        while (outer > 0) {
            long inner = outer > INNERMOST_WIDTH ? outer / PARTITION_RATIO : 0;
            long a = target + sign * inner;
            long b = target + sign * outer;
            partitions.add(new long[] {Math.min(a, b), Math.max(a, b)});
            outer = inner;
        }
    }

    /**
     * @param rnd random source
     * @param min smallest value
     * @param max largest value
     * @return an integer in [min, max] drawn by {@link #biased}, or (probability 5 %) min or max
     */
    static int intBetween(RandomGenerator rnd, int min, int max) {
        if (rnd.nextDouble() < EDGE_CASE_PROBABILITY) {
            return rnd.nextBoolean() ? min : max;
        }
        return (int) biased(rnd, min, max);
    }

    /**
     * An unconstrained double as the former {@code @ForAll double} parameters were used (only its
     * fractional part {@code |x % 1|} matters to the tests): with probability 5 % one of 0, ±0.01,
     * ±1, ±{@link Double#MAX_VALUE}, otherwise a value in [-1e6, 1e6] with two decimals drawn by
     * {@link #biased}.
     *
     * @param rnd random source
     * @return the drawn value
     */
    static double anyDouble(RandomGenerator rnd) {
        if (rnd.nextDouble() < EDGE_CASE_PROBABILITY) {
            double[] edges = {0.0, 0.01, -0.01, 1.0, -1.0, Double.MAX_VALUE, -Double.MAX_VALUE};
            return edges[rnd.nextInt(edges.length)];
        }
        return biased(rnd, -100_000_000L, 100_000_000L) / SCALE;
    }

    /**
     * @param rnd random source
     * @param type enum class
     * @param <E> enum type
     * @return one of the constants, uniformly
     */
    static <E extends Enum<E>> E oneOf(RandomGenerator rnd, Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[rnd.nextInt(values.length)];
    }

    /**
     * @param rnd random source
     * @return sex, stature 1.5-2.0 m, body mass 45-120 kg, age 18-80 years
     */
    static Subject subject(RandomGenerator rnd) {
        return new Subject(oneOf(rnd, Sex.class), between(rnd, 1.5, 2.0), between(rnd, 45, 120),
                between(rnd, 18, 80));
    }

    /**
     * A subject anywhere in the model's range, for the properties' corners: either sex, stature
     * {@link Subject#MIN_STATURE_M}..{@link Subject#MAX_STATURE_M}, body mass
     * {@link Subject#MIN_BODY_MASS_KG}..{@link Subject#MAX_BODY_MASS_KG}, age
     * {@link Subject#MIN_AGE_YEARS}..{@link Subject#MAX_AGE_YEARS}, each drawn uniformly or (probability
     * 1/10 each) at a bound, so that a short heavy or a tall light subject comes up (unlike
     * {@link #subject}, whose values are biased towards the lower bound of a narrower range).
     *
     * @param rnd random source
     * @return the subject
     */
    static Subject anySubject(RandomGenerator rnd) {
        return new Subject(oneOf(rnd, Sex.class), uniformOrBound(rnd, Subject.MIN_STATURE_M, Subject.MAX_STATURE_M),
                uniformOrBound(rnd, Subject.MIN_BODY_MASS_KG, Subject.MAX_BODY_MASS_KG),
                uniformOrBound(rnd, Subject.MIN_AGE_YEARS, Subject.MAX_AGE_YEARS));
    }

    /** A value in [min, max]: a bound with probability 1/10 each, else uniform with two decimals. */
    private static double uniformOrBound(RandomGenerator rnd, double min, double max) {
        int k = rnd.nextInt(10);
        return k == 0 ? min : k == 1 ? max : Math.round((min + (max - min) * rnd.nextDouble()) * SCALE) / SCALE;
    }

    /**
     * Upright orientations (feet on the floor): trunk -20..100 deg, lumbar flexion -10..45 deg,
     * lateral bend and axial rotation within +-20 deg, hips -10..100, knees 0..120, shoulders
     * -30..150, elbows 0..130, body roll within +-10 deg. Every value is inside {@code PostureRange}.
     *
     * @param rnd random source
     * @return the posture
     */
    static Posture posture(RandomGenerator rnd) {
        double trunk = between(rnd, -20, 100);
        double lumbar = between(rnd, -10, 45);
        double bend = between(rnd, -20, 20);
        double rotation = between(rnd, -20, 20);
        double hip = between(rnd, -10, 100);
        double knee = between(rnd, 0, 120);
        double shoulder = between(rnd, -30, 150);
        double elbow = between(rnd, 0, 130);
        double roll = between(rnd, -10, 10);
        return new Posture(trunk, lumbar, bend, rotation, hip, knee, shoulder, elbow, roll, Set.of(Support.FEET));
    }

    /**
     * A forward-bent posture on the given supports, the draws in this order: trunk {@code minTrunkDeg} to
     * 100 deg, lumbar flexion of the lumbopelvic rhythm +-5 deg, hips 60 to 130 deg when seated (seat or trunk
     * on the thighs), otherwise the trunk's inclination less the lumbar flexion +-10, knees 0 to 120, arms 0
     * to 60 deg above the trunk's inclination (at most 150), elbows 0 to 90; no bend, twist or roll.
     *
     * @param rnd random source
     * @param supports the supports
     * @param minTrunkDeg least trunk flexion (deg)
     * @return the posture
     */
    static Posture bentPostureOn(RandomGenerator rnd, Set<Support> supports, double minTrunkDeg) {
        double trunk = between(rnd, minTrunkDeg, 100);
        double lumbar = LumbarMotion.rhythmLumbarFlexionDeg(trunk) + between(rnd, -5, 5);
        boolean seated = supports.contains(Support.SEAT) || supports.contains(Support.TRUNK_ON_THIGHS);
        double hip = seated ? between(rnd, 60, 130) : trunk - lumbar + between(rnd, -10, 10);
        double knee = between(rnd, 0, 120);
        double shoulder = Math.min(150, trunk + between(rnd, 0, 60));
        double elbow = between(rnd, 0, 90);
        return new Posture(trunk, lumbar, 0, 0, hip, knee, shoulder, elbow, 0, supports);
    }

    /**
     * @param rnd random source
     * @return a mirror-symmetric posture: as {@link #posture} with lateral bend, axial rotation and roll zero
     */
    static Posture symmetricPosture(RandomGenerator rnd) {
        return posture(rnd).withLateralBendDeg(0).withAxialRotationDeg(0).withBodyRollDeg(0);
    }

    /**
     * Seated forward bends with the trunk resting on the thighs ({@link Support#TRUNK_ON_THIGHS}, with
     * {@code SEAT} and {@code FEET}): trunk 40..85 deg, lumbar flexion 30..52 (the full range), hips
     * within +-10 deg of horizontal thighs (at most the hip's range), lateral bend and axial rotation within +-10 deg, knees
     * 80..130, shoulders 0..90, elbows 0..60, no body roll. Every value is inside {@code PostureRange}.
     *
     * @param rnd random source
     * @return the posture
     */
    static Posture trunkOnThighsPosture(RandomGenerator rnd) {
        double trunk = between(rnd, 40, 85);
        double lumbar = between(rnd, 30, 52);
        // at most the hip's range (trunk 85, lumbar 30 would give up to 155 deg)
        double hip = Math.min(PostureRange.HIP_FLEXION_MAX_DEG, 90 + trunk - lumbar + between(rnd, -10, 10));
        double bend = between(rnd, -10, 10);
        double rotation = between(rnd, -10, 10);
        double knee = between(rnd, 80, 130);
        double shoulder = between(rnd, 0, 90);
        double elbow = between(rnd, 0, 60);
        return new Posture(trunk, lumbar, bend, rotation, hip, knee, shoulder, elbow, 0,
                Set.of(Support.SEAT, Support.FEET, Support.TRUNK_ON_THIGHS));
    }

    /**
     * Upright sitting with the hands resting on the thighs ({@link Support#HANDS_ON_THIGHS}, with
     * {@code SEAT} and {@code FEET}), around the presets that rest them there: trunk -5..15 deg, lumbar
     * flexion 10..25, thighs within +-5 deg of horizontal, lateral bend and axial rotation within +-10 deg,
     * knees 80..100, shoulders 5..20, elbows 40..60, no body roll. For most subjects both hands touch
     * their thighs; for some they are clear of them (hanging from the arms) or inside them (refused).
     *
     * @param rnd random source
     * @return the posture
     */
    static Posture handsOnThighsPosture(RandomGenerator rnd) {
        double trunk = between(rnd, -5, 15);
        double lumbar = between(rnd, 10, 25);
        double hip = 90 + trunk - lumbar + between(rnd, -5, 5);
        double bend = between(rnd, -10, 10);
        double rotation = between(rnd, -10, 10);
        double knee = between(rnd, 80, 100);
        double shoulder = between(rnd, 5, 20);
        double elbow = between(rnd, 40, 60);
        return new Posture(trunk, lumbar, bend, rotation, hip, knee, shoulder, elbow, 0,
                Set.of(Support.SEAT, Support.FEET, Support.HANDS_ON_THIGHS));
    }

    /**
     * Sitting in an armchair with the forearms and hands on the armrests ({@link Support#ARMRESTS}, with
     * {@code SEAT} and {@code FEET}; half the draws with {@code BACKREST} too), around the preset that rests
     * them there ({@code sitting_slouched}), the draws in this order: backrest or not, trunk -20..15 deg,
     * lumbar flexion 0..40, thighs within +-5 deg of horizontal, lateral bend and axial rotation within
     * +-10 deg, knees 70..100, shoulders 0..30, elbows 50..90, no body roll. Every value is inside
     * {@code PostureRange}.
     *
     * @param rnd random source
     * @return the posture
     */
    static Posture armrestsPosture(RandomGenerator rnd) {
        boolean backrest = rnd.nextBoolean();
        double trunk = between(rnd, -20, 15);
        double lumbar = between(rnd, 0, 40);
        double hip = 90 + trunk - lumbar + between(rnd, -5, 5);
        double bend = between(rnd, -10, 10);
        double rotation = between(rnd, -10, 10);
        double knee = between(rnd, 70, 100);
        double shoulder = between(rnd, 0, 30);
        double elbow = between(rnd, 50, 90);
        return new Posture(trunk, lumbar, bend, rotation, hip, knee, shoulder, elbow, 0, backrest
                ? Set.of(Support.SEAT, Support.FEET, Support.ARMRESTS, Support.BACKREST)
                : Set.of(Support.SEAT, Support.FEET, Support.ARMRESTS));
    }

    /**
     * Lying on a surface ({@link Support#LYING_SURFACE} alone), the draws in this order: which way (face up,
     * face down or on either side, one in four each), the thorax face up -100..-80 deg or face down 80..100
     * (on the side: 0, the body rolled 80..90 deg onto the right or left side), lumbar flexion -10..20, lateral
     * bend and axial rotation within +-10, hips -10..60, knees 0..90, shoulders 0..180 (arms along the body to
     * raised overhead, a weight held above the chest at 90), elbows 0..90. Every value is inside
     * {@code PostureRange}.
     *
     * @param rnd random source
     * @return the posture
     */
    static Posture lyingPosture(RandomGenerator rnd) {
        int way = rnd.nextInt(4);
        double trunk = way == 0 ? between(rnd, -100, -80) : way == 1 ? between(rnd, 80, 100) : 0;
        double roll = way == 2 ? between(rnd, 80, 90) : way == 3 ? -between(rnd, 80, 90) : 0;
        double lumbar = between(rnd, -10, 20);
        double bend = between(rnd, -10, 10);
        double rotation = between(rnd, -10, 10);
        double hip = between(rnd, -10, 60);
        double knee = between(rnd, 0, 90);
        double shoulder = between(rnd, 0, 180);
        double elbow = between(rnd, 0, 90);
        return new Posture(trunk, lumbar, bend, rotation, hip, knee, shoulder, elbow, roll,
                Set.of(Support.LYING_SURFACE));
    }

    /**
     * @param rnd random source
     * @return one hand load: 0-25 kg in one or both hands, half the time per axis an extra force of up to 50 N
     */
    static HandLoad handLoad(RandomGenerator rnd) {
        double massKg = between(rnd, 0, 25);
        double x = force(rnd);
        double y = force(rnd);
        double z = force(rnd);
        return new HandLoad(massKg, x, y, z, oneOf(rnd, Hands.class), null);
    }

    private static double force(RandomGenerator rnd) {
        return rnd.nextBoolean() ? 0.0 : between(rnd, -50, 50);
    }

    /**
     * @param rnd random source
     * @return zero to three hand loads whose masses add up to at most 25 kg
     */
    static List<HandLoad> loadList(RandomGenerator rnd) {
        return loadList(rnd, 0);
    }

    /**
     * @param rnd random source
     * @param minSize fewest loads in a list
     * @return {@code minSize} to three hand loads (the count uniform) whose masses add up to at most 25 kg
     */
    static List<HandLoad> loadList(RandomGenerator rnd, int minSize) {
        int size = rnd.nextInt(minSize, 4);
        List<HandLoad> loads = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            loads.add(handLoad(rnd));
        }
        return capTotalMass(loads);
    }

    private static List<HandLoad> capTotalMass(List<HandLoad> loads) {
        double total = loads.stream().mapToDouble(HandLoad::massKg).sum();
        if (total <= 25) {
            return List.copyOf(loads);
        }
        List<HandLoad> out = new ArrayList<>();
        for (HandLoad l : loads) {
            out.add(new HandLoad(l.massKg() * 25 / total, l.forceXN(), l.forceYN(), l.forceZN(), l.hands(), null));
        }
        return List.copyOf(out);
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
