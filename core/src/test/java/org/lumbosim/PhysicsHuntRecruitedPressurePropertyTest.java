package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.AbdominalPressureConstants;
import org.lumbosim.model.AbdominalPressureMode;
import org.lumbosim.model.LevelCoupling;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.Workspace;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * The physics hunt (fourteenth session) over the recruited abdominal pressure ({@code model.abdominalPressure:
 * "recruited"}, {@link LumbarModel#withAbdominalPressure}) and Christophy's level coupling combined with it: the
 * tasks of {@link PhysicsHunt#task} (whole input space) with the pressure recruited and, one time in two, the
 * coupling {@code christophy2012}, checked by {@link PhysicsHuntChecks} as the thirteenth session's hunt checks
 * the prescribed pressure: finite and balanced or typed (with the recruited pressure within [0, its ceiling]),
 * a frame of three identical postures equal to the static solve, no disc in tension, mirror images, symmetric
 * versions and more mass in front. Counts printed after the class; {@code -Dphysfuzz.scale=N}.
 */
class PhysicsHuntRecruitedPressurePropertyTest {
    static final long SEED_EVERY = 20261401L;
    static final long SEED_MIRROR = 20261402L;
    static final long SEED_SYMMETRIC = 20261403L;
    static final long SEED_MASS = 20261404L;

    private static final HuntTally TALLY = new HuntTally("PhysicsHuntRecruitedPressurePropertyTest");

    @AfterAll
    static void printCounts() {
        TALLY.printAndRequireChecks();
    }

    /** A hunt task with the pressure recruited, with Christophy's coupling one time in two. */
    static PhysicsHunt.Task task(SplittableRandom rnd) {
        PhysicsHunt.Task t = PhysicsHunt.task(rnd);
        return t.with(AbdominalPressureMode.RECRUITED,
                rnd.nextBoolean() ? LevelCoupling.CHRISTOPHY_2012 : LevelCoupling.DEVIATIONS);
    }

    static Stream<Arguments> everyCases() {
        return HuntTally.draw(SEED_EVERY, 300, PhysicsHuntRecruitedPressurePropertyTest::task);
    }

    /**
     * {@link PhysicsHuntChecks#everySolve} with the pressure recruited (finite, balanced, forces within their
     * bounds, workspace, second solve and a static frame bitwise the facade), and the recruited pressure within
     * [0, {@link AbdominalPressureConstants#MAX_PRESSURE_PA}].
     */
    @ParameterizedTest(name = "seed " + SEED_EVERY + " case {0}: {1}")
    @MethodSource("everyCases")
    void everySolveIsFiniteBalancedOrTyped(int index, PhysicsHunt.Task t) {
        List<String> v = PhysicsHuntChecks.everySolve(t, TALLY.seen("everySolve"));
        TALLY.checked("everySolve");
        assertThat(v).as("violations").isEmpty();
        LumbarModel m = t.model();
        Workspace ws = m.newWorkspace();
        try {
            m.solve(t.posture(), t.loads(), ws);
        } catch (RuntimeException e) {
            return;
        }
        if (ws.solved() || ws.overloaded()) {
            assertThat(ws.abdominalPressurePa()).as("recruited pressure (Pa) for %s", t)
                    .isBetween(0.0, AbdominalPressureConstants.MAX_PRESSURE_PA);
        }
    }

    static final long SEED_TENSION = 20261406L;

    static Stream<Arguments> tensionCases() {
        return HuntTally.draw(SEED_TENSION, 300, rnd -> rnd.nextBoolean() ? task(rnd) : PhysicsHunt.task(rnd));
    }

    /**
     * The discs carry compression only: a solved or overloaded task has no negative compression at any level, the
     * pressure recruited or prescribed, at the published abdominal co-activation and pressure scale (or below).
     * Left out, counted: above them the pressure can pull L5-S1 apart, reported solved (docs/tests.md, "Known
     * findings" 11: recruited with {@code abdominalCoactivation} 0.4, L5-S1 -231 N; prescribed with {@code iapScale}
     * 8.67, -5.6 N).
     */
    @ParameterizedTest(name = "seed " + SEED_TENSION + " case {0}: {1}")
    @MethodSource("tensionCases")
    void noDiscIsInTension(int index, PhysicsHunt.Task t) {
        String property = "tension " + t.pressure();
        if (aboveThePublishedPressure(property, t)) {
            return;
        }
        PhysicsHuntChecks.Outcome o = PhysicsHuntChecks.solve(t.model(), t.posture(), t.loads());
        TALLY.seen(property).accept(o);
        if (!o.ok()) {
            return;
        }
        for (SpinalLevel l : SpinalLevel.values()) {
            assertThat(o.result().level(l).compressionN()).as("%s compression for %s", l.label(), t)
                    .isGreaterThanOrEqualTo(0.0);
        }
        TALLY.checked(property);
    }

    /**
     * Whether a task's abdominal co-activation or pressure scale lies above its published value (counted under
     * {@code property}): docs/tests.md, "Known findings" 9 and 11.
     */
    private static boolean aboveThePublishedPressure(String property, PhysicsHunt.Task t) {
        String why = t.tissue().iapScale() > 1 ? "iapScale above 1"
                : t.tissue().abdominalCoactivation() > TissueParameters.published().abdominalCoactivation()
                ? "abdominalCoactivation above the published" : null;
        if (why != null) {
            TALLY.count(property, why + " (out of scope)");
        }
        return why != null;
    }

    static Stream<Arguments> mirrorCases() {
        return HuntTally.draw(SEED_MIRROR, 300, PhysicsHuntRecruitedPressurePropertyTest::task);
    }

    /** {@link PhysicsHuntChecks#mirror} with the pressure recruited (overloaded results compared by outcome only). */
    @ParameterizedTest(name = "seed " + SEED_MIRROR + " case {0}: {1}")
    @MethodSource("mirrorCases")
    void mirrorImageMirrorsTheLoads(int index, PhysicsHunt.Task t) {
        List<String> v = PhysicsHuntChecks.mirror(t, TALLY.seen("mirror"));
        if (v.isEmpty() || !v.get(0).contains("overloaded true/true")) {
            assertThat(v).as("violations").isEmpty();
        }
        TALLY.checked("mirror");
    }

    static Stream<Arguments> symmetricCases() {
        return HuntTally.draw(SEED_SYMMETRIC, 300, PhysicsHuntRecruitedPressurePropertyTest::task);
    }

    /** {@link PhysicsHuntChecks#symmetric} with the pressure recruited: no lateral loads at any level. */
    @ParameterizedTest(name = "seed " + SEED_SYMMETRIC + " case {0}: {1}")
    @MethodSource("symmetricCases")
    void symmetricTaskHasNoLateralLoads(int index, PhysicsHunt.Task t) {
        List<String> v = PhysicsHuntChecks.symmetric(t, TALLY.seen("symmetric"));
        TALLY.checked("symmetric");
        assertThat(v).as("violations").isEmpty();
    }

    /** A task of {@link #task}'s model on a forward-bent posture and two masses. */
    record BentCase(PhysicsHunt.Task task, double a, double b) {
        @Override
        public String toString() {
            return task + ", " + a + "/" + b + " kg";
        }
    }

    private static BentCase bentCase(SplittableRandom rnd) {
        PhysicsHunt.Task t = task(rnd);
        List<Set<Support>> supports = ModelPropertiesTest.SUPPORTS_WITHOUT_UPPER_CONTACTS;
        Posture p = TestArbitraries.bentPostureOn(rnd, supports.get(rnd.nextInt(supports.size())), 20);
        double maxKg = t.policy() == OverloadPolicy.REPORT ? HandLoad.MAX_MASS_KG : 25;
        double a = PhysicsHunt.anywhere(rnd, 0, maxKg);
        double b = PhysicsHunt.anywhere(rnd, 0, maxKg);
        return new BentCase(t.with(p, List.of()), Math.min(a, b), Math.max(a, b));
    }

    /**
     * As {@code PhysicsHuntPropertyTest}'s scope (docs/tests.md, "Known findings" 9), and the published abdominal
     * co-activation or less ({@link #aboveThePublishedPressure}), counted when left out. Found at
     * {@code physfuzz.scale=5}: with {@code abdominalCoactivation} 0.4 (published 0.017) and Christophy's coupling,
     * 3.19 -> 4.11 kg lowered L5-S1 from 970.45 to 309.98 N (female 1.39 m 35.01 kg, single-equivalent, seated on
     * the thighs, trunk 20): the abdominal lines held at 40 % make the pressure's wall cost nothing, and the
     * pressure the recruitment adds with the load (7.7 -> 18.2 kPa) lifts the upper body by more than the load adds.
     */
    private static boolean outOfScope(String property, PhysicsHunt.Task t) {
        String why = t.tissue().passiveMomentScale() > 1 ? "passiveMomentScale above 1" : null;
        if (why != null) {
            TALLY.count(property, why + " (out of scope)");
            return true;
        }
        return aboveThePublishedPressure(property, t);
    }

    static Stream<Arguments> massCases() {
        return HuntTally.draw(SEED_MASS, 300, PhysicsHuntRecruitedPressurePropertyTest::bentCase);
    }

    /**
     * {@link PhysicsHuntChecks#moreMass} with the pressure recruited, both couplings (the published scales). The
     * thirteenth session's second monotonicity property, the same mass further forward, does not hold with the
     * pressure recruited, at the published scales and the default coupling (docs/tests.md, "Known findings" 11),
     * and is not checked here.
     */
    @ParameterizedTest(name = "seed " + SEED_MASS + " case {0}: {1}")
    @MethodSource("massCases")
    void moreMassInFrontNeverLowersCompression(int index, BentCase c) {
        if (c.a() == c.b() || outOfScope("moreMass", c.task())) {
            return;
        }
        List<String> v = PhysicsHuntChecks.moreMass(c.task(), c.a(), c.b(), TALLY.seen("moreMass"));
        if (v != null) {
            TALLY.checked("moreMass");
            assertThat(v).as("violations").isEmpty();
        }
    }
}
