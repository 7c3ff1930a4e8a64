package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The counts of one hunt class (fourteenth session): outcomes and checked cases per property, printed after
 * the class, and the seeded draws scaled by {@code -Dphysfuzz.scale=N} ({@link PhysicsHuntPropertyTest#SCALE}).
 */
final class HuntTally {
    private final String name;
    /** Outcomes per property: "result", "overloaded", an exception's simple name, or a reason a case was left out. */
    private final Map<String, Map<String, AtomicInteger>> outcomes = new ConcurrentHashMap<>();
    /** Cases per property whose property was checked. */
    private final Map<String, AtomicInteger> checked = new ConcurrentHashMap<>();

    HuntTally(String name) {
        this.name = name;
    }

    /** @return the hunt class's name, as printed */
    String name() {
        return name;
    }

    /** {@code count} × the scale seeded draws, each an argument pair (index, case). */
    static Stream<Arguments> draw(long seed, int count, Function<SplittableRandom, Object> draw) {
        SplittableRandom rnd = new SplittableRandom(seed);
        return IntStream.range(0, count * PhysicsHuntPropertyTest.SCALE).mapToObj(i -> Arguments.of(i, draw.apply(rnd)))
                .toList().stream();
    }

    /** Counts {@code what} under {@code property}. */
    void count(String property, String what) {
        outcomes.computeIfAbsent(property, k -> new ConcurrentHashMap<>()).computeIfAbsent(what, k -> new AtomicInteger())
                .incrementAndGet();
    }

    /**
     * Counts a solve's outcome under {@code property} and fails the case if a valid task did not converge (a
     * plain {@link LumbosimException}; docs/tests.md, "Known findings" 10).
     */
    Consumer<PhysicsHuntChecks.Outcome> seen(String property) {
        return o -> {
            count(property, o.ok() && o.result().overloaded() ? "overloaded" : o.kind());
            assertThat(PhysicsHuntChecks.notConverged(o)).as("%s: a valid task did not converge: %s", property,
                    o.ok() ? "" : o.failure().getMessage()).isFalse();
        };
    }

    void checked(String property) {
        checked.computeIfAbsent(property, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Prints the counts and requires checked cases of every property that counted anything. */
    void printAndRequireChecks() {
        System.out.println(name + ": checked cases and outcomes per property");
        TreeMap<String, Object> all = new TreeMap<>(outcomes);
        all.putAll(checked);
        for (String p : all.keySet()) {
            System.out.printf("  %-26s checked %5d; %s%n", p, checked.getOrDefault(p, new AtomicInteger()).get(),
                    new TreeMap<>(outcomes.getOrDefault(p, Map.of())));
        }
        for (String p : all.keySet()) {
            assertThat(checked.getOrDefault(p, new AtomicInteger()).get()).as("%s: checked cases", p).isPositive();
        }
    }
}
