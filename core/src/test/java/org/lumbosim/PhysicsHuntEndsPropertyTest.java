package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;
import org.lumbosim.result.LevelLoad;

/**
 * The physics hunt (fifteenth session) at the ends of the input ranges and off the default settings: subjects at the
 * bounds of stature, mass and age (women one time in two), disc areas given at the ends of their range, every
 * recruitment criterion (cubed stress, min-max) and both level couplings at equal odds, both overload policies
 * ({@link PhysicsHuntSupports#endTask}); multi-fascicle asymmetric tasks (one-handed loads, lateral bend and twist)
 * with every muscle force compared against its mirror partner. Checked: every solve finite and balanced or typed;
 * mirrored tasks mirror every output; symmetric tasks have equal sides; more mass in front of a forward-bent body
 * never lowers compression (the scope of {@code PhysicsHuntPropertyTest}); a given disc area changes no load but its
 * level's pressure; a tiny change of the subject's stature, mass or age, a given disc area or a held mass moves no
 * load. Counts printed after the class; {@code -Dphysfuzz.scale=N}.
 */
class PhysicsHuntEndsPropertyTest {
    static final long SEED_EVERY = 20261511L;
    static final long SEED_MIRROR = 20261512L;
    static final long SEED_MULTI_MIRROR = 20261513L;
    static final long SEED_SYMMETRIC = 20261514L;
    static final long SEED_MASS = 20261515L;
    static final long SEED_AREA = 20261516L;
    static final long SEED_CONTINUITY = 20261517L;
    static final long SEED_POLICY = 20261518L;

    private static final HuntTally TALLY = new HuntTally("PhysicsHuntEndsPropertyTest");

    @AfterAll
    static void printCounts() {
        TALLY.printAndRequireChecks();
        PhysicsHuntSupportsPropertyTest.printWorst();
    }

    static Stream<Arguments> everyCases() {
        return HuntTally.draw(SEED_EVERY, 150, PhysicsHuntSupports::endTask);
    }

    /**
     * {@link PhysicsHuntChecks#everySolve} at the ends of the ranges, with no disc in tension at the published
     * scales.
     */
    @ParameterizedTest(name = "seed " + SEED_EVERY + " case {0}: {1}")
    @MethodSource("everyCases")
    void everySolveIsFiniteBalancedOrTyped(int index, PhysicsHunt.Task t) {
        List<String> v = PhysicsHuntChecks.everySolve(t, TALLY.seen("everySolve"));
        TALLY.checked("everySolve");
        assertThat(v).as("violations").isEmpty();
        if (!PhysicsHuntSupportsPropertyTest.publishedPressure(t)) {
            return;
        }
        PhysicsHuntChecks.Outcome o = PhysicsHuntChecks.solve(t.model(), t.posture(), t.loads());
        if (o.ok()) {
            PhysicsHuntChecks.assertNoDiscInTension(o.result(), t);
            TALLY.checked("tension");
        }
    }

    static Stream<Arguments> mirrorCases() {
        return HuntTally.draw(SEED_MIRROR, 150, PhysicsHuntSupports::endTask);
    }

    /** {@link PhysicsHuntSupportsPropertyTest#checkMirror}: every output mirrored, muscle forces by partner. */
    @ParameterizedTest(name = "seed " + SEED_MIRROR + " case {0}: {1}")
    @MethodSource("mirrorCases")
    void mirrorImageMirrorsEveryOutput(int index, PhysicsHunt.Task t) {
        PhysicsHuntSupportsPropertyTest.checkMirror(TALLY, "mirror", t);
    }

    /**
     * An asymmetric multi-fascicle task: upright on the feet, bent forward 0-100 deg on the lumbopelvic rhythm, bent
     * sideways and twisted anywhere in their ranges, 0-25 kg in one hand (with a sideways pull one time in three).
     */
    static PhysicsHunt.Task multiFascicleAsymmetric(SplittableRandom rnd) {
        Subject s = rnd.nextBoolean() ? PhysicsHuntSupports.endSubject(rnd) : TestArbitraries.anySubject(rnd);
        Posture p = TestArbitraries.bentPostureOn(rnd, Set.of(Support.FEET), 0)
                .withLateralBendDeg(PhysicsHunt.anywhere(rnd, -30, 30))
                .withAxialRotationDeg(PhysicsHunt.anywhere(rnd, -30, 30));
        PhysicsHunt.Task t = PhysicsHuntSupports.model(rnd, s, p, PhysicsHuntSupports.oneHandedLoads(rnd));
        return new PhysicsHunt.Task(t.subject(), MuscleModelKind.MULTI_FASCICLE, t.criterion(), t.coupling(),
                t.policy(), t.discAreasMm2(), t.tissue(), t.posture(), t.loads(), t.pressure());
    }

    static Stream<Arguments> multiMirrorCases() {
        return HuntTally.draw(SEED_MULTI_MIRROR, 100, PhysicsHuntEndsPropertyTest::multiFascicleAsymmetric);
    }

    /** The mirror check on {@link #multiFascicleAsymmetric} tasks: all 210 fascicles against their partners. */
    @ParameterizedTest(name = "seed " + SEED_MULTI_MIRROR + " case {0}: {1}")
    @MethodSource("multiMirrorCases")
    void multiFascicleMirrorImageMirrorsEveryFascicle(int index, PhysicsHunt.Task t) {
        PhysicsHuntSupportsPropertyTest.checkMirror(TALLY, "mirror asymmetric", t);
    }

    static Stream<Arguments> symmetricCases() {
        return HuntTally.draw(SEED_SYMMETRIC, 150, PhysicsHuntSupports::endTask);
    }

    /** {@link PhysicsHuntSupportsPropertyTest#checkSymmetric}: equal sides, no lateral loads. */
    @ParameterizedTest(name = "seed " + SEED_SYMMETRIC + " case {0}: {1}")
    @MethodSource("symmetricCases")
    void symmetricTaskHasEqualSides(int index, PhysicsHunt.Task t) {
        PhysicsHuntSupportsPropertyTest.checkSymmetric(TALLY, "symmetric", t);
    }

    // ------------------------------------------------------------ more mass in front

    static Stream<Arguments> massCases() {
        return HuntTally.draw(SEED_MASS, 150, rnd -> {
            PhysicsHunt.Task t = PhysicsHuntSupports.endTask(rnd);
            List<Set<Support>> supports = ModelPropertiesTest.SUPPORTS_WITHOUT_UPPER_CONTACTS;
            Posture p = TestArbitraries.bentPostureOn(rnd, supports.get(rnd.nextInt(supports.size())), 20);
            double maxKg = t.policy() == OverloadPolicy.REPORT ? HandLoad.MAX_MASS_KG : 25;
            double a = PhysicsHunt.anywhere(rnd, 0, maxKg);
            double b = PhysicsHunt.anywhere(rnd, 0, maxKg);
            return new PhysicsHuntPropertyTest.BentCase(t.with(p, List.of()), Math.min(a, b), Math.max(a, b), 0);
        });
    }

    /**
     * {@code PhysicsHuntPropertyTest.moreMassInFrontNeverLowersCompression} for subjects and disc areas at the ends
     * of their ranges with every criterion and coupling at equal odds: more mass in both hands at least 5 cm in
     * front of every disc of a body bent forward 20-100 deg (any support combination without an upper-body contact)
     * never lowers compression at any level. Left out, counted: the passive and pressure scales above their
     * published values (Known findings 9).
     */
    @ParameterizedTest(name = "seed " + SEED_MASS + " case {0}: {1}")
    @MethodSource("massCases")
    void moreMassInFrontNeverLowersCompression(int index, PhysicsHuntPropertyTest.BentCase c) {
        TissueParameters tp = c.task().tissue();
        if (c.a() == c.b()) {
            return;
        }
        if (tp.passiveMomentScale() > 1 || tp.iapScale() > 1) {
            TALLY.count("moreMass", "a scale above its published value (out of scope)");
            return;
        }
        List<String> v = PhysicsHuntChecks.moreMass(c.task(), c.a(), c.b(), TALLY.seen("moreMass"));
        if (v != null) {
            TALLY.checked("moreMass");
            assertThat(v).as("violations").isEmpty();
        }
    }

    // ------------------------------------------------------------ given disc areas

    static Stream<Arguments> areaCases() {
        return HuntTally.draw(SEED_AREA, 100, rnd -> {
            PhysicsHunt.Task t = PhysicsHuntSupports.endTask(rnd);
            double[] areas = t.discAreasMm2();
            if (Arrays.stream(areas).allMatch(Double::isNaN)) {
                areas = areas.clone();
                areas[rnd.nextInt(areas.length)] = PhysicsHuntSupports.end(rnd,
                        org.lumbosim.model.DiscAreaConstants.MIN_GIVEN_DISC_AREA_MM2,
                        org.lumbosim.model.DiscAreaConstants.MAX_GIVEN_DISC_AREA_MM2);
            }
            return new PhysicsHunt.Task(t.subject(), t.kind(), t.criterion(), t.coupling(), t.policy(), areas,
                    t.tissue(), t.posture(), t.loads(), t.pressure());
        });
    }

    /**
     * A disc area given at the ends of its range changes no load, only its level's pressure: the same outcome as the
     * model's own areas, every level's compression and shears bitwise equal, and at every level
     * (IDP - p0) × A the same (1e-9 relative).
     */
    @ParameterizedTest(name = "seed " + SEED_AREA + " case {0}: {1}")
    @MethodSource("areaCases")
    void aGivenDiscAreaChangesOnlyThePressure(int index, PhysicsHunt.Task t) {
        double[] none = new double[t.discAreasMm2().length];
        Arrays.fill(none, Double.NaN);
        PhysicsHunt.Task own = new PhysicsHunt.Task(t.subject(), t.kind(), t.criterion(), t.coupling(), t.policy(),
                none, t.tissue(), t.posture(), t.loads(), t.pressure());
        LumbarModel given = t.model();
        LumbarModel model = own.model();
        PhysicsHuntChecks.Outcome a = PhysicsHuntChecks.solve(given, t.posture(), t.loads());
        PhysicsHuntChecks.Outcome b = PhysicsHuntChecks.solve(model, t.posture(), t.loads());
        TALLY.seen("discArea").accept(a);
        assertThat(a.kind()).as("outcome with the given areas for %s", t).isEqualTo(b.kind());
        if (!a.ok()) {
            return;
        }
        double p0 = t.tissue().unloadedDiscPressureMPa();
        for (SpinalLevel l : SpinalLevel.values()) {
            LevelLoad x = a.result().level(l);
            LevelLoad y = b.result().level(l);
            assertThat(x.compressionN()).as("%s compression for %s", l.label(), t).isEqualTo(y.compressionN());
            assertThat(x.apShearN()).as("%s AP shear for %s", l.label(), t).isEqualTo(y.apShearN());
            assertThat(x.lateralShearN()).as("%s lateral shear for %s", l.label(), t).isEqualTo(y.lateralShearN());
            double ax = given.discAreaM2(l);
            double ay = model.discAreaM2(l);
            assertThat(PhysicsHuntChecks.rel((x.idpMPa() - p0) * ax * 1e6, (y.idpMPa() - p0) * ay * 1e6))
                    .as("%s (IDP - p0) x A for %s: %s vs %s MPa", l.label(), t, x.idpMPa(), y.idpMPa())
                    .isLessThanOrEqualTo(1e-9);
        }
        TALLY.checked("discArea");
    }

    // ------------------------------------------------------------ continuity in the subject and the load

    /** A task and a change of one input: 0 stature, 1 mass, 2 age, 3 a given disc area, 4 the first load's mass. */
    record InputNudge(PhysicsHunt.Task task, int input, double by) {
        /** The nudged task, moved inward from a bound; null where the input does not exist. */
        PhysicsHunt.Task nudged() {
            PhysicsHunt.Task t = task;
            Subject s = t.subject();
            switch (input) {
                case 0:
                    return withSubject(new Subject(s.sex(), inward(s.statureM(), Subject.MIN_STATURE_M,
                            Subject.MAX_STATURE_M), s.bodyMassKg(), s.ageYears()));
                case 1:
                    return withSubject(new Subject(s.sex(), s.statureM(), inward(s.bodyMassKg(),
                            Subject.MIN_BODY_MASS_KG, Subject.MAX_BODY_MASS_KG), s.ageYears()));
                case 2:
                    return withSubject(new Subject(s.sex(), s.statureM(), s.bodyMassKg(),
                            inward(s.ageYears(), Subject.MIN_AGE_YEARS, Subject.MAX_AGE_YEARS)));
                case 3: {
                    double[] areas = t.discAreasMm2().clone();
                    for (int i = 0; i < areas.length; i++) {
                        if (!Double.isNaN(areas[i])) {
                            areas[i] = inward(areas[i], org.lumbosim.model.DiscAreaConstants.MIN_GIVEN_DISC_AREA_MM2,
                                    org.lumbosim.model.DiscAreaConstants.MAX_GIVEN_DISC_AREA_MM2);
                            return new PhysicsHunt.Task(s, t.kind(), t.criterion(), t.coupling(), t.policy(), areas,
                                    t.tissue(), t.posture(), t.loads(), t.pressure());
                        }
                    }
                    return null;
                }
                default: {
                    if (t.loads().isEmpty()) {
                        return null;
                    }
                    HandLoad l = t.loads().get(0);
                    HandLoad m = new HandLoad(inward(l.massKg(), 0, HandLoad.MAX_MASS_KG), l.forceXN(), l.forceYN(),
                            l.forceZN(), l.hands(), l.positionM());
                    List<HandLoad> loads = new java.util.ArrayList<>(t.loads());
                    loads.set(0, m);
                    return t.with(t.posture(), List.copyOf(loads));
                }
            }
        }

        private PhysicsHunt.Task withSubject(Subject s) {
            PhysicsHunt.Task t = task;
            return new PhysicsHunt.Task(s, t.kind(), t.criterion(), t.coupling(), t.policy(), t.discAreasMm2(),
                    t.tissue(), t.posture(), t.loads(), t.pressure());
        }

        /** {@code v} moved by {@code by} relative (at least 1e-9 absolute) towards the inside of [min, max]. */
        private double inward(double v, double min, double max) {
            double step = Math.max(1e-9, Math.abs(v) * Math.abs(by));
            return v + step > max ? v - step : v + step;
        }

        @Override
        public String toString() {
            return "input " + input + " by " + by + " relative, " + task;
        }
    }

    static Stream<Arguments> continuityCases() {
        return HuntTally.draw(SEED_CONTINUITY, 150, rnd -> new InputNudge(PhysicsHuntSupports.endTask(rnd),
                rnd.nextInt(5), 1e-8));
    }

    /**
     * A relative change of 1e-8 (inward from a bound) of the subject's stature, mass or age, of a given disc area or
     * of a held mass changes no compression, AP or lateral shear at any level by more than
     * {@value PhysicsHuntChecks#CONTINUITY_N} N. Left out, counted: feasibility crossed, overloaded results, and a
     * thigh's first contact ({@link PhysicsHuntSupportsPropertyTest#contactSwitches}).
     */
    @ParameterizedTest(name = "seed " + SEED_CONTINUITY + " case {0}: {1}")
    @MethodSource("continuityCases")
    void aTinyInputChangeGivesATinyLoadChange(int index, InputNudge n) {
        PhysicsHunt.Task q = n.nudged();
        if (q == null) {
            return;
        }
        PhysicsHuntChecks.Outcome a = PhysicsHuntChecks.solve(n.task().model(), n.task().posture(), n.task().loads());
        PhysicsHuntChecks.Outcome b = PhysicsHuntChecks.solve(q.model(), q.posture(), q.loads());
        TALLY.seen("continuity").accept(a);
        PhysicsHuntSupportsPropertyTest.checkClose(TALLY, "continuity", n.task(), a, b, n.task().posture(),
                q.posture());
    }

    // ------------------------------------------------------------ overload policies

    static Stream<Arguments> policyCases() {
        return HuntTally.draw(SEED_POLICY, 150, PhysicsHuntSupports::endTask);
    }

    /**
     * Both overload policies agree wherever the strength suffices: a task {@code FAIL} solves is solved alike under
     * {@code REPORT} (not overloaded; loads and muscle forces bitwise: the same solve), and a task {@code FAIL}
     * refuses as infeasible is overloaded under {@code REPORT}, in balance, at a largest muscle stress above the
     * model's; any other refusal is the same under both.
     */
    @ParameterizedTest(name = "seed " + SEED_POLICY + " case {0}: {1}")
    @MethodSource("policyCases")
    void bothPoliciesAgreeWhereTheStrengthSuffices(int index, PhysicsHunt.Task t) {
        LumbarModel fail = t.model().withOverloadPolicy(OverloadPolicy.FAIL);
        LumbarModel report = t.model().withOverloadPolicy(OverloadPolicy.REPORT);
        PhysicsHuntChecks.Outcome a = PhysicsHuntChecks.solve(fail, t.posture(), t.loads());
        PhysicsHuntChecks.Outcome b = PhysicsHuntChecks.solve(report, t.posture(), t.loads());
        TALLY.seen("policy").accept(a);
        TALLY.seen("policy REPORT").accept(b);
        if (a.ok()) {
            assertThat(b.ok() && !b.result().overloaded()).as("REPORT solves as FAIL does: %s for %s", b.kind(), t)
                    .isTrue();
            assertThat(PhysicsHuntChecks.sameLoads(a.result(), b.result())).as("same loads for %s", t).isTrue();
        } else if (a.failure() instanceof InfeasibleRecruitmentException) {
            assertThat(b.ok() && b.result().overloaded()).as("REPORT overloaded where FAIL is infeasible: %s for %s",
                    b.kind(), t).isTrue();
            assertThat(b.result().largestMuscleStressMPa() * 1e6).as("required stress for %s", t)
                    .isGreaterThan(t.tissue().maxMuscleStressPa());
            assertThat(b.result().equilibriumResidualNm()).isLessThanOrEqualTo(PhysicsHuntChecks.RESIDUAL_NM);
        } else {
            assertThat(b.kind()).as("the same refusal for %s", t).isEqualTo(a.kind());
        }
        TALLY.checked("policy");
        TALLY.checked("policy REPORT");
    }
}
