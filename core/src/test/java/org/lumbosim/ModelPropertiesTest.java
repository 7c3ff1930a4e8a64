package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.Set;
import org.lumbosim.posture.Support;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueConstants;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.LumbarMotion;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.SupportCombinations;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.result.MuscleForce;
import org.lumbosim.model.Fascicle;
import org.lumbosim.solver.QpStatus;

/**
 * Seeded random properties of whole solves, for both muscle models: equilibrium, force bounds,
 * mirror symmetry, load order, facade versus workspace. Each property is a parameterized test over
 * a fixed number of cases drawn from {@link TestArbitraries} with a fixed seed (one
 * {@link SplittableRandom} per property), so every run checks the same cases. Tasks that the muscles
 * cannot balance ({@link InfeasibleRecruitmentException}) are discarded (the case returns without
 * assertions) and counted; the counts are printed after the class, and at most
 * {@link #MAX_DISCARD_RATIO} discarded cases per checked case are accepted.
 */
class ModelPropertiesTest {
    /** Largest accepted moment-balance residual (N·m); the solver's own tolerance is 1e-9 N·m. */
    static final double RESIDUAL_BOUND_NM = 1e-6;
    /** Largest accepted |lateral shear| and lateral/axial moment in symmetric tasks (N, N·m). */
    static final double SYMMETRY_BOUND = 1e-6;
    /** Relative tolerance of the mirror comparison of compression. */
    static final double MIRROR_REL = 1e-6;
    /** Relative tolerance (floor 1 N·m) of the load-order comparison of the net external moments (inputs of the solver). */
    static final double ORDER_REL = 1e-12;
    /**
     * Relative tolerance (floor 1 N) for outputs of the iterative recruitment when its input differs
     * in the last bits (load order) or it is warm-started (reused workspace): the solver stops at a
     * moment residual of 1e-9 N·m, and a muscle with a moment arm of a few millimetres may then
     * differ by about 1e-9 N·m / 0.005 m = 2e-7 N; up to 5.3e-7 was seen, hence 1e-6.
     */
    static final double SOLVER_REL = 1e-6;

    private static final Map<String, AtomicInteger> TRIED = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> INFEASIBLE = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> NOT_CONVERGED = new ConcurrentHashMap<>();
    /** Postures refused as unsupported, e.g. an abdomen that would pass into the thighs ({@code TRUNK_ON_THIGHS}). */
    private static final Map<String, AtomicInteger> UNSUPPORTED = new ConcurrentHashMap<>();
    private static final DoubleAccumulator MAX_RESIDUAL = new DoubleAccumulator(Math::max, 0);
    private static final DoubleAccumulator MAX_WARM_DIFF = new DoubleAccumulator(Math::max, 0);
    private static final DoubleAccumulator MAX_ORDER_DIFF = new DoubleAccumulator(Math::max, 0);

    /** Largest accepted ratio (integer division) of discarded to checked cases per property. */
    static final int MAX_DISCARD_RATIO = 50;
    /** Cases run per property (test method name). */
    private static final Map<String, AtomicInteger> CASES = new ConcurrentHashMap<>();
    /** Cases discarded per property (infeasible task, or outside the property's region). */
    private static final Map<String, AtomicInteger> DISCARDED = new ConcurrentHashMap<>();
    /** Properties whose discard ratio is bounded by {@link #MAX_DISCARD_RATIO}. */
    private static final Set<String> DISCARD_BOUNDED = Set.of("equilibriumAndForceBounds",
            "symmetricTaskHasNoLateralLoads", "mirroredTaskFlipsLateralShear", "loadOrderDoesNotMatter",
            "moreLoadNeverLowersCompression", "moreLoadNeverLowersCompressionAnyPosture",
            "moreLoadNeverLowersCompressionArmsHanging", "bendingFurtherWithLoadNeverLowersL5S1Compression",
            "trunkOnThighsKeepsEquilibriumAndForceBounds", "symmetricTrunkOnThighsHasNoLateralLoads",
            "handsOnThighsKeepsEquilibriumAndForceBounds", "symmetricHandsOnThighsHasNoLateralLoads",
            "moreLoadNeverLowersCompressionHandsOnThighs", "moreLoadNeverLowersCompressionTrunkOnThighs",
            "trunkOnThighsPushCarriesTheRestingBody", "moreLoadNeverLowersCompressionTrunkOnThighsMultiFascicle",
            "moreLoadNeverLowersCompressionAnySupports", "aHeldLoadChangesNoLumbarLoadLying",
            "aHeldLoadChangesNoLumbarLoadHandsOnThighs", "aHeldLoadChangesNoLumbarLoadArmrests");

    static final long SEED_EQUILIBRIUM = 20260101L;
    static final long SEED_SYMMETRIC = 20260102L;
    static final long SEED_MIRROR = 20260103L;
    static final long SEED_LOAD_ORDER = 20260104L;
    static final long SEED_MONOTONE = 20260105L;
    static final long SEED_FACADE = 20260106L;
    static final long SEED_HANGING = 20261206L;
    static final long SEED_BEND_FURTHER = 20261207L;
    static final long SEED_TRUNK_ON_THIGHS = 20261208L;
    static final long SEED_HANDS_ON_THIGHS = 20261209L;
    static final long SEED_ANY_SUPPORTS = 20261220L;
    static final long SEED_HELD_ON_RESTING = 20261230L;

    /**
     * Checked cases per property in which the contact inside the body acted (the thighs pushed on the
     * hands or the trunk): each property over {@code HANDS_ON_THIGHS} or {@code TRUNK_ON_THIGHS} must have
     * some, or it would not test the support.
     */
    private static final Map<String, AtomicInteger> CONTACT_ACTED = new ConcurrentHashMap<>();
    /** The properties that {@link #CONTACT_ACTED} must count. */
    private static final Set<String> CONTACT_PROPERTIES = Set.of("trunkOnThighsKeepsEquilibriumAndForceBounds",
            "symmetricTrunkOnThighsHasNoLateralLoads", "handsOnThighsKeepsEquilibriumAndForceBounds",
            "symmetricHandsOnThighsHasNoLateralLoads", "moreLoadNeverLowersCompressionHandsOnThighs",
            "moreLoadNeverLowersCompressionTrunkOnThighs", "trunkOnThighsPushCarriesTheRestingBody",
            "moreLoadNeverLowersCompressionTrunkOnThighsMultiFascicle");

    /**
     * Counts a checked case of {@code property} in which the thighs pushed on the hands or the trunk.
     *
     * @param model the model (solved again in a fresh workspace to read the hands' push)
     */
    private static void countContact(String property, LumbarModel model, AnalysisResult r, Posture p,
                                     List<HandLoad> loads) {
        boolean acted;
        if (p.has(Support.TRUNK_ON_THIGHS)) {
            acted = r.trunkOnThighs().forceN() > 0;
        } else {
            Workspace ws = model.newWorkspace();
            model.solve(p, loads, ws);
            acted = ws.handsOnThighsForceN() > 0;
        }
        if (acted) {
            CONTACT_ACTED.computeIfAbsent(property, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** Counts one case of a property. */
    private static void countCase(String property) {
        CASES.computeIfAbsent(property, k -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * @param property the test method's name
     * @param condition whether the case is kept
     * @return {@code condition}; a false one is counted as a discard of {@code property}
     */
    private static boolean keep(String property, boolean condition) {
        if (!condition) {
            DISCARDED.computeIfAbsent(property, k -> new AtomicInteger()).incrementAndGet();
        }
        return condition;
    }

    /** {@code count} cases, each made by {@code draw} from one random source seeded with {@code seed}. */
    private static Stream<Arguments> draw(long seed, int count, Function<SplittableRandom, Arguments> draw) {
        SplittableRandom rnd = new SplittableRandom(seed);
        return IntStream.range(0, count).mapToObj(i -> draw.apply(rnd)).toList().stream();
    }

    /** Caches models by subject and kind so that a property's tries do not rebuild geometry needlessly. */
    private static final Map<String, LumbarModel> MODELS = new ConcurrentHashMap<>();

    static LumbarModel model(Subject s, MuscleModelKind kind) {
        return MODELS.computeIfAbsent(s + "/" + kind, k -> LumbarModel.of(s).withMuscleModel(kind));
    }

    /**
     * Solves through the facade; returns null (and counts) when the recruitment is infeasible, the
     * posture unsupported or the solve not converged.
     */
    static AnalysisResult solveOrNull(String property, LumbarModel model, Posture p, List<HandLoad> loads) {
        String key = property + " / " + model.muscleModel().id();
        TRIED.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        try {
            return Lumbosim.analyze(model, p, loads);
        } catch (InfeasibleRecruitmentException e) {
            INFEASIBLE.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            return null;
        } catch (UnsupportedPostureException e) {
            UNSUPPORTED.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            return null;
        } catch (LumbosimException e) {
            NOT_CONVERGED.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            return null;
        }
    }

    @AfterAll
    static void printCountsAndCheckDiscards() {
        System.out.println("ModelPropertiesTest: discarded / cases per property");
        for (String key : new java.util.TreeSet<>(CASES.keySet())) {
            System.out.printf("  %-42s %5d / %5d%n", key, DISCARDED.getOrDefault(key, new AtomicInteger()).get(),
                    CASES.get(key).get());
        }
        System.out.println("ModelPropertiesTest: infeasible, unsupported, not converged / tried per property and muscle model");
        for (String key : new java.util.TreeSet<>(TRIED.keySet())) {
            int t = TRIED.get(key).get();
            int i = INFEASIBLE.getOrDefault(key, new AtomicInteger()).get();
            int u = UNSUPPORTED.getOrDefault(key, new AtomicInteger()).get();
            int n = NOT_CONVERGED.getOrDefault(key, new AtomicInteger()).get();
            System.out.printf("  %-40s %5d, %3d, %3d / %5d (%.1f %% infeasible)%n", key, i, u, n, t, 100.0 * i / t);
        }
        System.out.printf("  max equilibrium residual seen: %.3e N·m (bound %.0e)%n", MAX_RESIDUAL.get(), RESIDUAL_BOUND_NM);
        System.out.printf("  max relative difference facade vs reused workspace: %.3e (bound %.0e)%n", MAX_WARM_DIFF.get(), SOLVER_REL);
        System.out.printf("  max relative difference of solver outputs between load orders: %.3e (bound %.0e)%n", MAX_ORDER_DIFF.get(), SOLVER_REL);
        for (String key : CONTACT_PROPERTIES) {
            int acted = CONTACT_ACTED.getOrDefault(key, new AtomicInteger()).get();
            System.out.printf("  %-42s the thighs pushed in %d checked cases%n", key, acted);
            if (CASES.containsKey(key)) {
                assertThat(acted).as("%s: checked cases in which the thighs pushed", key).isPositive();
            }
        }
        for (String key : DISCARD_BOUNDED) {
            int cases = CASES.getOrDefault(key, new AtomicInteger()).get();
            if (cases == 0) {
                continue;
            }
            int discarded = DISCARDED.getOrDefault(key, new AtomicInteger()).get();
            int checked = cases - discarded;
            assertThat(checked).as("%s: expected at least one checked case of %s", key, cases).isPositive();
            assertThat(discarded / checked).as("%s: discarded / checked cases (%s / %s) expected <= %s",
                    key, discarded, checked, MAX_DISCARD_RATIO).isLessThanOrEqualTo(MAX_DISCARD_RATIO);
        }
    }

    // ------------------------------------------------------------ equilibrium and force bounds

    static Stream<Arguments> equilibriumCases() {
        return draw(SEED_EQUILIBRIUM, 400, rnd -> Arguments.of(TestArbitraries.subject(rnd),
                TestArbitraries.posture(rnd), TestArbitraries.loadList(rnd),
                TestArbitraries.oneOf(rnd, MuscleModelKind.class)));
    }

    @ParameterizedTest(name = "seed " + SEED_EQUILIBRIUM + " case {index}: {arguments}")
    @MethodSource("equilibriumCases")
    void equilibriumAndForceBounds(Subject s, Posture p, List<HandLoad> loads, MuscleModelKind kind) {
        countCase("equilibriumAndForceBounds");
        LumbarModel model = model(s, kind);
        AnalysisResult r = solveOrNull("equilibrium+bounds", model, p, loads);
        if (!keep("equilibriumAndForceBounds", r != null)) {
            return;
        }
        assertEquilibriumAndForceBounds(model, r, s, p, loads);
    }

    /**
     * Asserts the moment-balance residual at every level, every muscle force within [0, largest stress
     * x PCSA] and every level load finite.
     */
    private static void assertEquilibriumAndForceBounds(LumbarModel model, AnalysisResult r, Subject s, Posture p,
            List<HandLoad> loads) {
        MAX_RESIDUAL.accumulate(r.equilibriumResidualNm());
        assertThat(r.equilibriumResidualNm())
                .as("equilibrium residual (N·m) expected <= %s for %s, %s, %s", RESIDUAL_BOUND_NM, s, p, loads)
                .isLessThanOrEqualTo(RESIDUAL_BOUND_NM);
        List<Fascicle> f = model.fascicles();
        for (int i = 0; i < f.size(); i++) {
            MuscleForce m = r.muscles().get(i);
            double max = TissueConstants.MAX_MUSCLE_STRESS_PA * f.get(i).pcsaM2();
            assertThat(m.forceN()).as("force of %s (N) expected in [0, %s] (largest muscle stress x PCSA)", m.name(), max)
                    .isBetween(0.0, max * (1 + 1e-12));
        }
        for (LevelLoad l : r.levels()) {
            assertThat(Double.isFinite(l.compressionN()) && Double.isFinite(l.apShearN())
                    && Double.isFinite(l.lateralShearN()) && Double.isFinite(l.idpMPa()))
                    .as("every load at %s expected finite: %s", l.level().label(), l).isTrue();
        }
    }

    // ------------------------------------------------------------ symmetry

    static Stream<Arguments> symmetricCases() {
        return draw(SEED_SYMMETRIC, 150, rnd -> Arguments.of(TestArbitraries.subject(rnd),
                TestArbitraries.symmetricPosture(rnd), TestArbitraries.anyDouble(rnd),
                TestArbitraries.oneOf(rnd, MuscleModelKind.class)));
    }

    @ParameterizedTest(name = "seed " + SEED_SYMMETRIC + " case {index}: {arguments}")
    @MethodSource("symmetricCases")
    void symmetricTaskHasNoLateralLoads(Subject s, Posture p, double massFraction01, MuscleModelKind kind) {
        countCase("symmetricTaskHasNoLateralLoads");
        double massKg = 25 * Math.abs(massFraction01 % 1.0);
        AnalysisResult r = solveOrNull("symmetric", model(s, kind), p, List.of(HandLoad.ofMassKg(massKg)));
        if (!keep("symmetricTaskHasNoLateralLoads", r != null)) {
            return;
        }
        assertNoLateralLoads(r, p, massKg);
    }

    /** Asserts no lateral shear, lateral moment or axial moment at any level of a symmetric task. */
    private static void assertNoLateralLoads(AnalysisResult r, Posture p, double massKg) {
        for (LevelLoad l : r.levels()) {
            assertThat(Math.abs(l.lateralShearN())).as("|lateral shear| at %s (N) expected <= %s in a symmetric task %s, %s kg",
                    l.level().label(), SYMMETRY_BOUND, p, massKg).isLessThanOrEqualTo(SYMMETRY_BOUND);
            assertThat(Math.abs(l.lateralMomentNm())).as("|lateral moment| at %s (N·m) expected <= %s",
                    l.level().label(), SYMMETRY_BOUND).isLessThanOrEqualTo(SYMMETRY_BOUND);
            assertThat(Math.abs(l.axialMomentNm())).as("|axial moment| at %s (N·m) expected <= %s",
                    l.level().label(), SYMMETRY_BOUND).isLessThanOrEqualTo(SYMMETRY_BOUND);
        }
    }

    // ------------------------------------------------------------ trunk resting on the thighs

    static Stream<Arguments> trunkOnThighsCases() {
        return draw(SEED_TRUNK_ON_THIGHS, 80, rnd -> Arguments.of(TestArbitraries.subject(rnd),
                TestArbitraries.trunkOnThighsPosture(rnd), TestArbitraries.loadList(rnd),
                TestArbitraries.oneOf(rnd, MuscleModelKind.class)));
    }

    /**
     * With the thighs pushing on the trunk ({@link Support#TRUNK_ON_THIGHS}; an internal force sized in
     * the solve), every level and the whole body still balance, and every muscle force stays within
     * [0, largest stress x PCSA].
     */
    @ParameterizedTest(name = "seed " + SEED_TRUNK_ON_THIGHS + " case {index}: {arguments}")
    @MethodSource("trunkOnThighsCases")
    void trunkOnThighsKeepsEquilibriumAndForceBounds(Subject s, Posture p, List<HandLoad> loads, MuscleModelKind kind) {
        assertContactKeepsEquilibriumAndForceBounds("trunkOnThighsKeepsEquilibriumAndForceBounds", "trunk on thighs", s, p, loads, kind);
    }

    static Stream<Arguments> symmetricTrunkOnThighsCases() {
        return draw(SEED_TRUNK_ON_THIGHS + 1, 60, rnd -> Arguments.of(TestArbitraries.subject(rnd),
                TestArbitraries.trunkOnThighsPosture(rnd).withLateralBendDeg(0).withAxialRotationDeg(0),
                TestArbitraries.anyDouble(rnd), TestArbitraries.oneOf(rnd, MuscleModelKind.class)));
    }

    /** A symmetric seated bend with the trunk on the thighs and a load in both hands has no lateral loads. */
    @ParameterizedTest(name = "seed " + (SEED_TRUNK_ON_THIGHS + 1) + " case {index}: {arguments}")
    @MethodSource("symmetricTrunkOnThighsCases")
    void symmetricTrunkOnThighsHasNoLateralLoads(Subject s, Posture p, double massFraction01, MuscleModelKind kind) {
        assertSymmetricContactHasNoLateralLoads("symmetricTrunkOnThighsHasNoLateralLoads", "symmetric trunk on thighs", s, p, massFraction01, kind);
    }

    /**
     * The equilibrium and force-bound property of a posture with a contact inside the body: every level
     * and the whole body balance to round-off and every muscle force stays within [0, largest stress x
     * PCSA]; counted under {@code name}, with the cases where the thighs push.
     */
    private static void assertContactKeepsEquilibriumAndForceBounds(String name, String label, Subject s, Posture p,
            List<HandLoad> loads, MuscleModelKind kind) {
        countCase(name);
        LumbarModel model = model(s, kind);
        AnalysisResult r = solveOrNull(label, model, p, loads);
        if (!keep(name, r != null)) {
            return;
        }
        assertEquilibriumAndForceBounds(model, r, s, p, loads);
        assertThat(r.balance().forceResidualN()).as("whole-body force residual (N), %s", p)
                .isLessThanOrEqualTo(RESIDUAL_BOUND_NM);
        assertThat(r.balance().momentResidualNm()).as("whole-body moment residual (N·m), %s", p)
                .isLessThanOrEqualTo(RESIDUAL_BOUND_NM);
        countContact(name, model, r, p, loads);
    }

    /**
     * The symmetry property of a posture with a contact inside the body: a symmetric posture with a load
     * of {@code 25 |massFraction01 % 1|} kg in both hands has no lateral loads; counted under {@code name}.
     */
    private static void assertSymmetricContactHasNoLateralLoads(String name, String label, Subject s, Posture p,
            double massFraction01, MuscleModelKind kind) {
        countCase(name);
        double massKg = 25 * Math.abs(massFraction01 % 1.0);
        AnalysisResult r = solveOrNull(label, model(s, kind), p, List.of(HandLoad.ofMassKg(massKg)));
        if (!keep(name, r != null)) {
            return;
        }
        assertNoLateralLoads(r, p, massKg);
        countContact(name, model(s, kind), r, p, List.of(HandLoad.ofMassKg(massKg)));
    }

    // ------------------------------------------------------------ hands resting on the thighs

    static Stream<Arguments> handsOnThighsCases() {
        return draw(SEED_HANDS_ON_THIGHS, 80, rnd -> Arguments.of(TestArbitraries.subject(rnd),
                TestArbitraries.handsOnThighsPosture(rnd), TestArbitraries.loadList(rnd),
                TestArbitraries.oneOf(rnd, MuscleModelKind.class)));
    }

    /**
     * With the thighs carrying the hands ({@link Support#HANDS_ON_THIGHS}; a force inside the body, where
     * the hands touch), every level and the whole body still balance to round-off, and every muscle force
     * stays within [0, largest stress x PCSA].
     */
    @ParameterizedTest(name = "seed " + SEED_HANDS_ON_THIGHS + " case {index}: {arguments}")
    @MethodSource("handsOnThighsCases")
    void handsOnThighsKeepsEquilibriumAndForceBounds(Subject s, Posture p, List<HandLoad> loads, MuscleModelKind kind) {
        assertContactKeepsEquilibriumAndForceBounds("handsOnThighsKeepsEquilibriumAndForceBounds", "hands on thighs", s, p, loads, kind);
    }

    static Stream<Arguments> symmetricHandsOnThighsCases() {
        return draw(SEED_HANDS_ON_THIGHS + 1, 60, rnd -> Arguments.of(TestArbitraries.subject(rnd),
                TestArbitraries.handsOnThighsPosture(rnd).withLateralBendDeg(0).withAxialRotationDeg(0),
                TestArbitraries.anyDouble(rnd), TestArbitraries.oneOf(rnd, MuscleModelKind.class)));
    }

    /** A symmetric upright sitting with the hands on the thighs and a load in both hands has no lateral loads. */
    @ParameterizedTest(name = "seed " + (SEED_HANDS_ON_THIGHS + 1) + " case {index}: {arguments}")
    @MethodSource("symmetricHandsOnThighsCases")
    void symmetricHandsOnThighsHasNoLateralLoads(Subject s, Posture p, double massFraction01, MuscleModelKind kind) {
        assertSymmetricContactHasNoLateralLoads("symmetricHandsOnThighsHasNoLateralLoads", "symmetric hands on thighs", s, p, massFraction01, kind);
    }

    static Stream<Arguments> monotoneHandsOnThighsCases() {
        return draw(SEED_HANDS_ON_THIGHS + 2, 60, rnd -> Arguments.of(TestArbitraries.subject(rnd),
                TestArbitraries.handsOnThighsPosture(rnd).withLateralBendDeg(0).withAxialRotationDeg(0),
                TestArbitraries.anyDouble(rnd), TestArbitraries.anyDouble(rnd),
                TestArbitraries.oneOf(rnd, MuscleModelKind.class)));
    }

    /**
     * More load in both hands resting on the thighs (0 to 25 kg; the thighs carry the hands' weight, not
     * the load) never lowers compression at any level, where both grips lie at least 5 cm in front of every
     * disc centre. Tolerance as {@link #moreLoadNeverLowersCompression}.
     */
    @ParameterizedTest(name = "seed " + (SEED_HANDS_ON_THIGHS + 2) + " case {index}: {arguments}")
    @MethodSource("monotoneHandsOnThighsCases")
    void moreLoadNeverLowersCompressionHandsOnThighs(Subject s, Posture p, double a01, double b01, MuscleModelKind kind) {
        checkMoreLoadMoreCompression("moreLoadNeverLowersCompressionHandsOnThighs", s, p, a01, b01, kind, true);
    }

    /**
     * Seated forward bends with the trunk on the thighs, the arms reaching forward, two load fractions, of
     * one muscle model ({@code only}) or either ({@code null}).
     */
    private static Stream<Arguments> trunkOnThighsLoadCases(long seed, int count, MuscleModelKind only) {
        // the arms reaching forward (shoulders 60-110 deg to the thorax), so that the grips lie in front
        return draw(seed, count, rnd -> Arguments.of(TestArbitraries.subject(rnd),
                TestArbitraries.trunkOnThighsPosture(rnd).withLateralBendDeg(0).withAxialRotationDeg(0)
                        .withShoulderFlexionDeg(TestArbitraries.between(rnd, 60, 110)),
                TestArbitraries.anyDouble(rnd), TestArbitraries.anyDouble(rnd),
                only != null ? only : TestArbitraries.oneOf(rnd, MuscleModelKind.class)));
    }

    static Stream<Arguments> monotoneTrunkOnThighsCases() {
        return trunkOnThighsLoadCases(SEED_TRUNK_ON_THIGHS + 2, 100, MuscleModelKind.SINGLE_EQUIVALENT);
    }

    /**
     * More load in both hands of a seated forward bend with the trunk on the thighs, the arms reaching
     * forward (0 to 25 kg), never lowers compression at any level, where both grips lie at least 5 cm in
     * front of every disc centre (tolerance as {@link #moreLoadNeverLowersCompression}); single-equivalent
     * muscles (multi-fascicle: {@link #moreLoadNeverLowersCompressionTrunkOnThighsMultiFascicle}). The
     * case that found the old rule's defect (the push sized with the load: male 1.5 m 50.69 kg, 25 kg
     * pushed 1361 N and put L5-S1 in 318 N of tension) is in {@code TrunkOnThighsTest}.
     */
    @ParameterizedTest(name = "seed " + (SEED_TRUNK_ON_THIGHS + 2) + " case {index}: {arguments}")
    @MethodSource("monotoneTrunkOnThighsCases")
    void moreLoadNeverLowersCompressionTrunkOnThighs(Subject s, Posture p, double a01, double b01, MuscleModelKind kind) {
        checkMoreLoadMoreCompression("moreLoadNeverLowersCompressionTrunkOnThighs", s, p, a01, b01, kind, true);
    }

    static Stream<Arguments> monotoneTrunkOnThighsMultiFascicleCases() {
        return trunkOnThighsLoadCases(SEED_TRUNK_ON_THIGHS + 3, 100, MuscleModelKind.MULTI_FASCICLE);
    }

    /**
     * As {@link #moreLoadNeverLowersCompressionTrunkOnThighs}, multi-fascicle muscles. The counterexample once
     * found outside these cases (a psoas co-contraction at rest that the load replaced; the push now needs no
     * hip flexor) is {@code TrunkOnThighsTest#multiFascicleCompressionRisesWithTheLoad}.
     */
    @ParameterizedTest(name = "seed " + (SEED_TRUNK_ON_THIGHS + 3) + " case {index}: {arguments}")
    @MethodSource("monotoneTrunkOnThighsMultiFascicleCases")
    void moreLoadNeverLowersCompressionTrunkOnThighsMultiFascicle(Subject s, Posture p, double a01, double b01,
                                                                  MuscleModelKind kind) {
        checkMoreLoadMoreCompression("moreLoadNeverLowersCompressionTrunkOnThighsMultiFascicle", s, p, a01, b01, kind,
                true);
    }

    static Stream<Arguments> restingPushCases() {
        return trunkOnThighsLoadCases(SEED_TRUNK_ON_THIGHS + 4, 100, null);
    }

    /**
     * Two loads (0 to 25 kg) in both hands of a seated forward bend with the trunk on the thighs, both
     * muscle models: the thighs' push is the same (relative 1e-12, floor 1 N: it is sized for the resting
     * body, the muscles carry the load in the hands), no lumbar disc is in tension with either load (the
     * push is capped so that none is), and equilibrium and force bounds hold with both
     * ({@link #assertEquilibriumAndForceBounds}).
     */
    @ParameterizedTest(name = "seed " + (SEED_TRUNK_ON_THIGHS + 4) + " case {index}: {arguments}")
    @MethodSource("restingPushCases")
    void trunkOnThighsPushCarriesTheRestingBody(Subject s, Posture p, double a01, double b01, MuscleModelKind kind) {
        String property = "trunkOnThighsPushCarriesTheRestingBody";
        countCase(property);
        List<HandLoad> light = List.of(HandLoad.ofMassKg(25 * Math.abs(a01 % 1.0)));
        List<HandLoad> heavy = List.of(HandLoad.ofMassKg(25 * Math.abs(b01 % 1.0)));
        LumbarModel model = model(s, kind);
        AnalysisResult a = solveOrNull("resting push", model, p, light);
        AnalysisResult b = a == null ? null : solveOrNull("resting push", model, p, heavy);
        if (!keep(property, b != null)) {
            return;
        }
        assertThat(TestArbitraries.relDiff(a.trunkOnThighs().forceN(), b.trunkOnThighs().forceN()))
                .as("thighs' push (N) expected independent of the hand load: %s with %s vs %s with %s; %s, %s, %s",
                        a.trunkOnThighs().forceN(), light, b.trunkOnThighs().forceN(), heavy, s, p, kind.id())
                .isLessThanOrEqualTo(1e-12);
        for (AnalysisResult r : List.of(a, b)) {
            for (LevelLoad l : r.levels()) {
                assertThat(l.compressionN()).as("compression at %s (N) expected >= 0 (no disc in tension); push %s N,"
                        + " %s, %s, %s", l.level().label(), r.trunkOnThighs().forceN(), s, p, kind.id())
                        .isGreaterThanOrEqualTo(0.0);
            }
        }
        assertEquilibriumAndForceBounds(model, a, s, p, light);
        assertEquilibriumAndForceBounds(model, b, s, p, heavy);
        countContact(property, model, a, p, light);
    }

    static Stream<Arguments> mirrorCases() {
        return draw(SEED_MIRROR, 150, rnd -> Arguments.of(TestArbitraries.subject(rnd),
                TestArbitraries.posture(rnd), TestArbitraries.anyDouble(rnd),
                TestArbitraries.oneOf(rnd, MuscleModelKind.class)));
    }

    @ParameterizedTest(name = "seed " + SEED_MIRROR + " case {index}: {arguments}")
    @MethodSource("mirrorCases")
    void mirroredTaskFlipsLateralShear(Subject s, Posture p, double massFraction01, MuscleModelKind kind) {
        countCase("mirroredTaskFlipsLateralShear");
        double massKg = 25 * Math.abs(massFraction01 % 1.0);
        LumbarModel model = model(s, kind);
        AnalysisResult right = solveOrNull("mirror", model, p,
                List.of(HandLoad.ofMassKg(massKg).withHands(Hands.RIGHT)));
        if (!keep("mirroredTaskFlipsLateralShear", right != null)) {
            return;
        }
        Posture mirrored = p.withLateralBendDeg(-p.lateralBendDeg()).withAxialRotationDeg(-p.axialRotationDeg())
                .withBodyRollDeg(-p.bodyRollDeg());
        AnalysisResult left = solveOrNull("mirror", model, mirrored,
                List.of(HandLoad.ofMassKg(massKg).withHands(Hands.LEFT)));
        assertThat(left).as("the mirror image of a feasible task (%s, %s kg right) expected feasible", p, massKg)
                .isNotNull();
        for (SpinalLevel level : SpinalLevel.values()) {
            LevelLoad a = right.level(level);
            LevelLoad b = left.level(level);
            assertThat(TestArbitraries.relDiff(a.compressionN(), b.compressionN()))
                    .as("compression at %s expected equal in mirrored tasks: %s vs %s N (%s, %s kg)",
                            level.label(), a.compressionN(), b.compressionN(), p, massKg)
                    .isLessThanOrEqualTo(MIRROR_REL);
            assertThat(TestArbitraries.relDiff(a.lateralShearN(), -b.lateralShearN()))
                    .as("lateral shear at %s expected to flip sign: %s vs %s N", level.label(),
                            a.lateralShearN(), b.lateralShearN())
                    .isLessThanOrEqualTo(MIRROR_REL);
            assertThat(TestArbitraries.relDiff(a.apShearN(), b.apShearN()))
                    .as("AP shear at %s expected equal: %s vs %s N", level.label(), a.apShearN(), b.apShearN())
                    .isLessThanOrEqualTo(MIRROR_REL);
        }
    }

    // ------------------------------------------------------------ load order

    static Stream<Arguments> loadOrderCases() {
        return draw(SEED_LOAD_ORDER, 150, rnd -> Arguments.of(TestArbitraries.subject(rnd),
                TestArbitraries.posture(rnd), TestArbitraries.loadList(rnd, 2),
                TestArbitraries.oneOf(rnd, MuscleModelKind.class)));
    }

    @ParameterizedTest(name = "seed " + SEED_LOAD_ORDER + " case {index}: {arguments}")
    @MethodSource("loadOrderCases")
    void loadOrderDoesNotMatter(Subject s, Posture p, List<HandLoad> loads, MuscleModelKind kind) {
        countCase("loadOrderDoesNotMatter");
        LumbarModel model = model(s, kind);
        AnalysisResult r = solveOrNull("load order", model, p, loads);
        if (!keep("loadOrderDoesNotMatter", r != null)) {
            return;
        }
        List<HandLoad> reversed = new ArrayList<>(loads);
        Collections.reverse(reversed);
        AnalysisResult q = Lumbosim.analyze(model, p, reversed);
        double worst = 0;
        for (SpinalLevel level : SpinalLevel.values()) {
            LevelLoad a = r.level(level);
            LevelLoad b = q.level(level);
            assertThat(Math.max(TestArbitraries.relDiff(a.flexionMomentNm(), b.flexionMomentNm()),
                    Math.max(TestArbitraries.relDiff(a.lateralMomentNm(), b.lateralMomentNm()),
                            TestArbitraries.relDiff(a.axialMomentNm(), b.axialMomentNm()))))
                    .as("net external moments at %s expected independent of load order (<= %s relative): %s vs %s",
                            level.label(), ORDER_REL, a, b)
                    .isLessThanOrEqualTo(ORDER_REL);
            worst = Math.max(worst, TestArbitraries.relDiff(a.compressionN(), b.compressionN()));
            worst = Math.max(worst, TestArbitraries.relDiff(a.apShearN(), b.apShearN()));
            worst = Math.max(worst, TestArbitraries.relDiff(a.lateralShearN(), b.lateralShearN()));
        }
        MAX_ORDER_DIFF.accumulate(worst);
        assertThat(worst).as("disc loads expected independent of load order (<= %s relative, floor 1 N): %s vs %s",
                SOLVER_REL, r.levels(), q.levels()).isLessThanOrEqualTo(SOLVER_REL);
    }

    // ------------------------------------------------------------ more load, more compression

    /**
     * Adding mass to both hands never lowers compression at any level, for mirror-symmetric postures
     * bent forward by 20 to 100 deg with the lumbar flexion of the lumbopelvic rhythm
     * ({@link LumbarMotion#rhythmLumbarFlexionDeg}) +- 5 deg, the arms at least vertical (shoulder flexion from the trunk
     * inclination up to 60 deg more), both grips at least 5 cm in front of every disc centre
     * (so the load's moment adds to the trunk's flexion moment). Tolerance: 1e-9 relative (floor 1 N), i.e. the solver tolerance.
     * The unrestricted property does NOT hold: see {@link #moreLoadNeverLowersCompressionAnyPosture}.
     */
    @ParameterizedTest(name = "seed " + SEED_MONOTONE + " case {index}: {arguments}")
    @MethodSource("monotoneFlexedCases")
    void moreLoadNeverLowersCompression(Subject s, Posture p, double a01, double b01, MuscleModelKind kind) {
        checkMoreLoadMoreCompression("moreLoadNeverLowersCompression", s, p, a01, b01, kind, true);
    }

    static Stream<Arguments> monotoneFlexedCases() {
        return draw(SEED_MONOTONE, 200, rnd -> Arguments.of(TestArbitraries.subject(rnd),
                flexedSymmetricPosture(rnd), TestArbitraries.anyDouble(rnd), TestArbitraries.anyDouble(rnd),
                TestArbitraries.oneOf(rnd, MuscleModelKind.class)));
    }

    /**
     * @param rnd random source
     * @return trunk 20..100 deg, lumbar flexion of the rhythm +-5 deg, hip -10..100, knee 0..120,
     *         shoulder flexion the trunk's plus 0..60 (at most 150), elbow 0..90, no bend, rotation or roll
     */
    static Posture flexedSymmetricPosture(SplittableRandom rnd) {
        double trunk = TestArbitraries.between(rnd, 20, 100);
        double lumbarOffset = TestArbitraries.between(rnd, -5, 5);
        double hip = TestArbitraries.between(rnd, -10, 100);
        double knee = TestArbitraries.between(rnd, 0, 120);
        double shoulderAboveVertical = TestArbitraries.between(rnd, 0, 60);
        double elbow = TestArbitraries.between(rnd, 0, 90);
        return new Posture(trunk, LumbarMotion.rhythmLumbarFlexionDeg(trunk) + lumbarOffset, 0, 0, hip,
                knee, Math.min(150, trunk + shoulderAboveVertical), elbow, 0, Set.of(Support.FEET));
    }

    static Stream<Arguments> monotoneAnyPostureCases() {
        return draw(SEED_MONOTONE, 200, rnd -> Arguments.of(TestArbitraries.subject(rnd),
                TestArbitraries.posture(rnd), TestArbitraries.anyDouble(rnd), TestArbitraries.anyDouble(rnd),
                TestArbitraries.oneOf(rnd, MuscleModelKind.class)));
    }

    /**
     * The same property over all generated postures, including body roll, lateral bend and axial
     * rotation. Disabled because the model (correctly, as mechanics) violates it: a hand load whose
     * moment opposes the trunk's moment relieves the muscles more than its weight adds.
     */
    @Disabled("Counterexample (not a bug): subject male 1.5 m 45 kg, upright standing with bodyRollDeg = 7.61, "
            + "single-equivalent muscles: L4-L5 compression 345.6852 N with 0 kg, 345.6840 N with 0.25 kg, "
            + "345.6379 N with 10 kg in both hands. The arms follow the rolled thorax, so the hands' load acts "
            + "left of the disc and opposes the trunk's 4.8 N·m rightward moment (4.82 -> 1.58 N·m at 10 kg): "
            + "the lateral muscles relax more than the load adds. Also upright without roll the grip lies 5 mm "
            + "behind L4-L5, so hand load lowers the flexion moment there (0.306 -> -0.215 N·m at 10 kg). "
            + "Second one: same subject, trunkFlexionDeg = 20, lumbar 0, shoulder 0 (arms along the thorax, "
            + "grip behind L5-S1): L5-S1 compression 556.898 N with 0 kg, 554.348 N with 0.25 kg. "
            + "Third one, with the grips 5 cm in front of every disc: same subject, trunk 20, lumbar flexion 39.31 "
            + "(pelvis 19.3 back), hip -1.11, shoulder 20 (arms vertical): L4-L5 compression 206.10343 N with 0 kg, "
            + "206.10305 N with 0.25 kg; the passive tissues' flexion-resisting moment exceeds the gravity moment, "
            + "so abdominal muscles pull and the load relieves them.")
    @ParameterizedTest(name = "seed " + SEED_MONOTONE + " case {index}: {arguments}")
    @MethodSource("monotoneAnyPostureCases")
    void moreLoadNeverLowersCompressionAnyPosture(Subject s, Posture p, double a01, double b01, MuscleModelKind kind) {
        checkMoreLoadMoreCompression("moreLoadNeverLowersCompressionAnyPosture", s, p, a01, b01, kind, false);
    }

    /**
     * The same property with the default arms (issue 12 item 8): standing bent forward with
     * {@link Posture#standingFlexed} (trunk 20 to 100 deg, lumbar flexion by the rhythm, arms hanging
     * vertically under gravity, elbows straight), knees 0 to 30 deg; adding mass to both hands
     * (0 to 25 kg) never lowers compression at any level. Cases whose grips lie less than 5 cm in front
     * of a disc centre, and infeasible ones, are discarded and counted. Tolerance as above.
     */
    @ParameterizedTest(name = "seed " + SEED_HANGING + " case {index}: {arguments}")
    @MethodSource("hangingArmsCases")
    void moreLoadNeverLowersCompressionArmsHanging(Subject s, Posture p, double a01, double b01, MuscleModelKind kind) {
        assertThat(p.armsHang()).isTrue();
        checkMoreLoadMoreCompression("moreLoadNeverLowersCompressionArmsHanging", s, p, a01, b01, kind, true);
    }

    static Stream<Arguments> hangingArmsCases() {
        return draw(SEED_HANGING, 150, rnd -> Arguments.of(TestArbitraries.subject(rnd),
                Posture.standingFlexed(TestArbitraries.between(rnd, 20, 100))
                        .withKneeFlexionDeg(TestArbitraries.between(rnd, 0, 30)),
                TestArbitraries.anyDouble(rnd), TestArbitraries.anyDouble(rnd),
                TestArbitraries.oneOf(rnd, MuscleModelKind.class)));
    }

    /** Smallest mass of {@link #bendingFurtherWithLoadNeverLowersL5S1Compression} (kg). */
    static final double BEND_FURTHER_MIN_KG = 2.5;

    /**
     * The issue 12 item 8 trap, as a property: with the default arms (hanging vertically), standing
     * bent forward further while holding a load never gives less L5-S1 compression than bending less
     * with no load. Exactly: a subject, trunk inclinations {@code 0 <= t1 <= 89} and {@code t1 + 1 <= t2 <= 90} deg (both
     * {@link Posture#standingFlexed}: lumbar flexion by the rhythm, thighs vertical, arms hanging,
     * elbows straight), a mass {@code m} of {@value #BEND_FURTHER_MIN_KG} to 25 kg in both hands;
     * asserted {@code C(t2, m) >= C(t1, 0)} at L5-S1 (tolerance 1e-9 relative, floor 1 N). Infeasible
     * cases are discarded and counted. Not claimed below {@value #BEND_FURTHER_MIN_KG} kg or beyond
     * 90 deg: the model's unloaded L5-S1 compression peaks near 80 deg (1,689 N at 80, 1,635 N at 90
     * for the default subject, single-equivalent), where the passive tissues take over the flexion
     * moment, so a near-zero load at 90 deg gives less than no load at 80 deg.
     */
    @ParameterizedTest(name = "seed " + SEED_BEND_FURTHER + " case {index}: {arguments}")
    @MethodSource("bendFurtherCases")
    void bendingFurtherWithLoadNeverLowersL5S1Compression(Subject s, double t1, double t2, double massKg,
                                                           MuscleModelKind kind) {
        String property = "bendingFurtherWithLoadNeverLowersL5S1Compression";
        countCase(property);
        LumbarModel model = model(s, kind);
        AnalysisResult loaded = solveOrNull(property, model, Posture.standingFlexed(t2), List.of(HandLoad.ofMassKg(massKg)));
        AnalysisResult unloaded = solveOrNull(property, model, Posture.standingFlexed(t1), List.of());
        if (!keep(property, loaded != null && unloaded != null)) {
            return;
        }
        double c2 = loaded.level(SpinalLevel.L5_S1).compressionN();
        double c1 = unloaded.level(SpinalLevel.L5_S1).compressionN();
        assertThat(c2 - c1).as("L5-S1 compression bent %s deg with %s kg (%s N) expected >= bent %s deg without load"
                + " (%s N); %s, %s muscles", t2, massKg, c2, t1, c1, s, kind.id())
                .isGreaterThanOrEqualTo(-1e-9 * Math.max(1, Math.abs(c1)));
    }

    static Stream<Arguments> bendFurtherCases() {
        return draw(SEED_BEND_FURTHER, 150, rnd -> {
            double t1 = TestArbitraries.between(rnd, 0, 89);
            return Arguments.of(TestArbitraries.subject(rnd), t1, TestArbitraries.between(rnd, t1 + 1, 90),
                    TestArbitraries.between(rnd, BEND_FURTHER_MIN_KG, 25), TestArbitraries.oneOf(rnd, MuscleModelKind.class));
        });
    }

    /**
     * Every legal combination of supports ({@link SupportCombinations}, the empty one included) without a
     * point contact on the upper body ({@link Support#onUpperBody()}: no {@code HANDS}, {@code FOREARMS},
     * {@code SHOULDERS} or {@code TRUNK_RESTING}), in a fixed order.
     */
    static final List<Set<Support>> SUPPORTS_WITHOUT_UPPER_CONTACTS = PhysicsHunt.ALL_SUPPORTS.stream()
            .filter(set -> set.stream().noneMatch(Support::onUpperBody)).toList();

    static Stream<Arguments> anySupportsCases() {
        return draw(SEED_ANY_SUPPORTS, 600, rnd -> {
            Set<Support> supports = SUPPORTS_WITHOUT_UPPER_CONTACTS.get(
                    rnd.nextInt(SUPPORTS_WITHOUT_UPPER_CONTACTS.size()));
            Posture p = TestArbitraries.bentPostureOn(rnd, supports, 20);
            return Arguments.of(TestArbitraries.subject(rnd), p, TestArbitraries.anyDouble(rnd),
                    TestArbitraries.anyDouble(rnd), TestArbitraries.oneOf(rnd, MuscleModelKind.class));
        });
    }

    /**
     * More load held in front of a forward-bent body never lowers compression at any level, whatever its
     * supports. Exactly: a subject; supports drawn from every legal combination without a point contact on
     * the upper body ({@link #SUPPORTS_WITHOUT_UPPER_CONTACTS}); the thorax inclined forward 20 to 100 deg,
     * lumbar flexion of the rhythm +-5 deg, hips 60 to 130 deg when seated (seat or trunk on the thighs),
     * otherwise the trunk's inclination less the lumbar flexion +-10, knees 0 to 120, arms 0 to 60 deg above
     * the trunk's inclination (at most 150), elbows 0 to 90, no bend, rotation or roll; both muscle models;
     * two masses of 0 to 25 kg in both hands. Kept where both grips lie at least 5 cm in front of every
     * disc centre and both tasks solve; asserted: compression with the larger mass at least that with the
     * smaller at every level (tolerance 1e-9 relative, floor 1 N). The hands are never a support here
     * ({@code LoadInRestingHandException}). Left out, with their documented exceptions
     * ({@code UpperContactLoadTest}): postures with a point contact on the upper body, whose push can grow
     * by more than the load (a lever about the lower contacts) or whose minimum-norm share of the body's
     * weight shifts with the load. Found by it and fixed: a backrest on a lying surface, and the hips' passive
     * moment on a lying surface ({@code LyingSurfaceLoadTest}).
     */
    @ParameterizedTest(name = "seed " + SEED_ANY_SUPPORTS + " case {index}: {arguments}")
    @MethodSource("anySupportsCases")
    void moreLoadNeverLowersCompressionAnySupports(Subject s, Posture p, double a01, double b01, MuscleModelKind kind) {
        checkMoreLoadMoreCompression("moreLoadNeverLowersCompressionAnySupports", s, p, a01, b01, kind, true);
    }

    /** The lighter of the two held masses a case's two uniform draws give (0-25 kg). */
    private static double lighterKg(double a01, double b01) {
        return 25 * Math.min(Math.abs(a01 % 1.0), Math.abs(b01 % 1.0));
    }

    /** The heavier of the two held masses a case's two uniform draws give (0-25 kg). */
    private static double heavierKg(double a01, double b01) {
        return 25 * Math.max(Math.abs(a01 % 1.0), Math.abs(b01 % 1.0));
    }

    private static void checkMoreLoadMoreCompression(String property, Subject s, Posture p, double a01, double b01,
                                                     MuscleModelKind kind, boolean gripsInFront) {
        countCase(property);
        double m1 = lighterKg(a01, b01);
        double m2 = heavierKg(a01, b01);
        if (!keep(property, m2 > m1)) {
            return;
        }
        LumbarModel model = model(s, kind);
        AnalysisResult heavy = solveOrNull("monotone load", model, p, List.of(HandLoad.ofMassKg(m2)));
        if (!keep(property, heavy != null)) {
            return;
        }
        if (gripsInFront) {
            double gripX = Math.min(heavy.pose().landmarks().get(Landmark.GRIP_LEFT).xM(),
                    heavy.pose().landmarks().get(Landmark.GRIP_RIGHT).xM());
            double discX = heavy.pose().discCentres().stream().mapToDouble(c -> c.xM()).max().orElseThrow();
            if (!keep(property, gripX >= discX + 0.05)) {
                return;
            }
        }
        AnalysisResult light = Lumbosim.analyze(model, p, List.of(HandLoad.ofMassKg(m1)));
        for (SpinalLevel level : SpinalLevel.values()) {
            double c1 = light.level(level).compressionN();
            double c2 = heavy.level(level).compressionN();
            assertThat(c2 - c1)
                    .as("compression at %s with %s kg (%s N) expected >= with %s kg (%s N); %s, %s, %s muscles",
                            level.label(), m2, c2, m1, c1, s, p, kind.id())
                    .isGreaterThanOrEqualTo(-1e-9 * Math.max(1, Math.abs(c1)));
        }
        if (CONTACT_PROPERTIES.contains(property)) {
            countContact(property, model, light, p, List.of(HandLoad.ofMassKg(m1)));
        }
    }

    // ------------------------------------------------------------ loads held in hands a support carries

    static Stream<Arguments> heldLyingCases() {
        return heldLoadCases(SEED_HELD_ON_RESTING, TestArbitraries::lyingPosture);
    }

    /** 200 cases of a held-load property: subject, posture from {@code posture}, two mass draws, muscle model. */
    private static Stream<Arguments> heldLoadCases(long seed, Function<SplittableRandom, Posture> posture) {
        return draw(seed, 200, rnd -> Arguments.of(TestArbitraries.subject(rnd), posture.apply(rnd),
                TestArbitraries.anyDouble(rnd), TestArbitraries.anyDouble(rnd),
                TestArbitraries.oneOf(rnd, MuscleModelKind.class)));
    }

    /**
     * On a lying surface a load held in the hands is carried by the surface under the grips, as the hands are
     * ({@code Support.LYING_SURFACE}): where the hands lie on it and where the arms hold the load up, the load
     * and the surface's push lie on one vertical line. So more load never lowers the compression at any level,
     * and indeed changes no level's compression or shears. Exactly: random lying postures
     * ({@link TestArbitraries#lyingPosture}: face up, face down or on either side, arms 0 to 180 deg), both
     * muscle models, two masses of 0 to 25 kg in both hands; asserted at every level: compression with the
     * larger at least that with the smaller (tolerance 1e-9 relative, floor 1 N), and compression, AP and
     * lateral shear with the two within {@link #SOLVER_REL} (floor 1 N) of each other. Infeasible cases
     * discarded and counted. Before the ninth session the load hung on the spine (lying prone, 20 kg: L2-L3
     * 39.5 -> 1,161.0 N).
     */
    @ParameterizedTest(name = "seed " + SEED_HELD_ON_RESTING + " case {index}: {arguments}")
    @MethodSource("heldLyingCases")
    void aHeldLoadChangesNoLumbarLoadLying(Subject s, Posture p, double a01, double b01, MuscleModelKind kind) {
        checkHeldLoadChangesNoLumbarLoad("aHeldLoadChangesNoLumbarLoadLying", s, p, a01, b01, kind);
    }

    static Stream<Arguments> heldOnThighsCases() {
        return heldLoadCases(SEED_HELD_ON_RESTING + 1, TestArbitraries::handsOnThighsPosture);
    }

    /**
     * With both hands resting on the thighs ({@code Support.HANDS_ON_THIGHS}, seat and feet) a load held in them
     * lies in the lap: each thigh pushes up under its grip by its half, and the seat beneath the thighs carries
     * it. So more load never lowers the compression at any level, and changes no level's compression or shears.
     * Exactly: random upright sittings with the hands on the thighs ({@link TestArbitraries#handsOnThighsPosture},
     * with bend and twist), both muscle models, two masses of 0 to 25 kg in both hands; kept where both hands
     * touch their thighs (a push on each in the lighter task; a hand clear of its thigh hangs its load from the
     * arm, {@link #moreLoadNeverLowersCompressionHandsOnThighs}) and both tasks solve; asserted as
     * {@link #aHeldLoadChangesNoLumbarLoadLying}. Before the ninth session the thighs carried the hands but not
     * their loads.
     */
    @ParameterizedTest(name = "seed " + (SEED_HELD_ON_RESTING + 1) + " case {index}: {arguments}")
    @MethodSource("heldOnThighsCases")
    void aHeldLoadChangesNoLumbarLoadHandsOnThighs(Subject s, Posture p, double a01, double b01, MuscleModelKind kind) {
        checkHeldLoadChangesNoLumbarLoad("aHeldLoadChangesNoLumbarLoadHandsOnThighs", s, p, a01, b01, kind);
    }

    static Stream<Arguments> heldOnArmrestsCases() {
        return heldLoadCases(SEED_HELD_ON_RESTING + 2, TestArbitraries::armrestsPosture);
    }

    /**
     * With the forearms and hands on the armrests ({@code Support.ARMRESTS}) a load held in the hands is carried by
     * the armrests under the grips, as the hands are. So more load never lowers the compression at any level, and
     * changes no level's compression or shears. Exactly: random armchair sittings
     * ({@link TestArbitraries#armrestsPosture}, with and without a backrest, with bend and twist), both muscle
     * models, two masses of 0 to 25 kg in both hands; asserted as {@link #aHeldLoadChangesNoLumbarLoadLying}.
     * Before the ninth session the armrests carried the forearms and hands but not their loads.
     */
    @ParameterizedTest(name = "seed " + (SEED_HELD_ON_RESTING + 2) + " case {index}: {arguments}")
    @MethodSource("heldOnArmrestsCases")
    void aHeldLoadChangesNoLumbarLoadArmrests(Subject s, Posture p, double a01, double b01, MuscleModelKind kind) {
        checkHeldLoadChangesNoLumbarLoad("aHeldLoadChangesNoLumbarLoadArmrests", s, p, a01, b01, kind);
    }

    private static void checkHeldLoadChangesNoLumbarLoad(String property, Subject s, Posture p, double a01, double b01,
                                                         MuscleModelKind kind) {
        countCase(property);
        double m1 = lighterKg(a01, b01);
        double m2 = heavierKg(a01, b01);
        if (!keep(property, m2 > m1)) {
            return;
        }
        LumbarModel model = model(s, kind);
        AnalysisResult light = solveOrNull(property, model, p, List.of(HandLoad.ofMassKg(m1)));
        AnalysisResult heavy = light == null ? null : solveOrNull(property, model, p, List.of(HandLoad.ofMassKg(m2)));
        if (!keep(property, heavy != null)) {
            return;
        }
        if (p.has(Support.HANDS_ON_THIGHS)
                && !keep(property, light.handsOnThighs().stream().allMatch(h -> h.forceYN() > 0))) {
            return;
        }
        for (SpinalLevel level : SpinalLevel.values()) {
            LevelLoad a = light.level(level);
            LevelLoad b = heavy.level(level);
            String what = String.format("%s with %s kg against %s kg; %s, %s, %s muscles", level.label(), m2, m1, s, p,
                    kind.id());
            assertThat(b.compressionN() - a.compressionN()).as("compression at %s", what)
                    .isGreaterThanOrEqualTo(-1e-9 * Math.max(1, Math.abs(a.compressionN())));
            assertThat(Math.abs(b.compressionN() - a.compressionN())).as("compression at %s", what)
                    .isLessThanOrEqualTo(SOLVER_REL * Math.max(1, Math.abs(a.compressionN())));
            assertThat(Math.abs(b.apShearN() - a.apShearN())).as("AP shear at %s", what)
                    .isLessThanOrEqualTo(SOLVER_REL * Math.max(1, Math.abs(a.apShearN())));
            assertThat(Math.abs(b.lateralShearN() - a.lateralShearN())).as("lateral shear at %s", what)
                    .isLessThanOrEqualTo(SOLVER_REL * Math.max(1, Math.abs(a.lateralShearN())));
        }
    }

    // ------------------------------------------------------------ facade versus workspace

    /**
     * One workspace reused for 30 different tasks in a random order gives the same numbers as the
     * facade (a fresh workspace per task). Asserted: relative difference (floor 1 N) <= 1e-12 at
     * every level for compression, both shears and IDP (per MPa), and for every muscle force <=
     * {@link #SOLVER_REL} (the reused workspace is warm-started from the previous task's dual
     * variables, so it stops at a different point within the solver's tolerance); the largest
     * difference seen is printed. A fresh workspace gives bitwise the facade's numbers: see
     * {@code ThreadSafetyTest}.
     */
    static Stream<Arguments> facadeCases() {
        return draw(SEED_FACADE, 12, rnd -> Arguments.of(TestArbitraries.subject(rnd),
                TestArbitraries.oneOf(rnd, MuscleModelKind.class), rnd.nextLong(), rnd.nextLong()));
    }

    /**
     * @param taskSeed seed of the 30 postures and the 30 load lists
     */
    @ParameterizedTest(name = "seed " + SEED_FACADE + " case {index}: {arguments}")
    @MethodSource("facadeCases")
    void facadeAndReusedWorkspaceAgree(Subject s, MuscleModelKind kind, long orderSeed, long taskSeed) {
        countCase("facadeAndReusedWorkspaceAgree");
        LumbarModel model = model(s, kind);
        SplittableRandom taskRnd = new SplittableRandom(taskSeed);
        List<Posture> postures = IntStream.range(0, 30).mapToObj(i -> TestArbitraries.posture(taskRnd)).toList();
        List<List<HandLoad>> loads = IntStream.range(0, 30).mapToObj(i -> TestArbitraries.loadList(taskRnd)).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(orderSeed));
        Workspace ws = model.newWorkspace();
        for (int i : order) {
            model.solve(postures.get(i), loads.get(i), ws);
            AnalysisResult fresh = solveOrNull("facade vs workspace", model, postures.get(i), loads.get(i));
            if (fresh == null) {
                continue;
            }
            assertThat(ws.status()).as("reused workspace status expected OK like the facade for task %s", i)
                    .isEqualTo(QpStatus.OK);
            AnalysisResult reused = Lumbosim.toResult(ws, postures.get(i), loads.get(i));
            double worst = 0;
            for (SpinalLevel level : SpinalLevel.values()) {
                LevelLoad a = fresh.level(level);
                LevelLoad b = reused.level(level);
                worst = Math.max(worst, TestArbitraries.relDiff(a.compressionN(), b.compressionN()));
                worst = Math.max(worst, TestArbitraries.relDiff(a.apShearN(), b.apShearN()));
                worst = Math.max(worst, TestArbitraries.relDiff(a.lateralShearN(), b.lateralShearN()));
                worst = Math.max(worst, TestArbitraries.relDiff(a.idpMPa(), b.idpMPa()));
            }
            for (int m = 0; m < fresh.muscles().size(); m++) {
                worst = Math.max(worst, TestArbitraries.relDiff(fresh.muscles().get(m).forceN(),
                        reused.muscles().get(m).forceN()));
            }
            MAX_WARM_DIFF.accumulate(worst);
            assertThat(worst).as("largest relative difference facade vs reused workspace expected <= %s (task %s: %s, %s)",
                    SOLVER_REL, i, postures.get(i), loads.get(i)).isLessThanOrEqualTo(SOLVER_REL);
        }
    }
}
