package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.Fascicle;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.solver.RecruitmentCriterion;
import org.lumbosim.solver.RecruitmentSolver;

/**
 * The guide's four physics properties in the corners {@link ModelPropertiesTest} does not reach
 * (audit of 2026-12-07): its subjects stay within 1.5-2.0 m, 45-120 kg and 18-80 years and every
 * solve uses the default criterion (squared stress). Here every case draws a subject anywhere in the
 * model's range ({@link TestArbitraries#anySubject}: either sex, 1.3-2.2 m, 35-200 kg, 16-100 years,
 * bounds included), one of the three {@link RecruitmentCriterion}s, either muscle model and any legal
 * combination of supports without a point contact on the upper body
 * ({@link ModelPropertiesTest#SUPPORTS_WITHOUT_UPPER_CONTACTS}), on a forward-bent posture
 * ({@link TestArbitraries#bentPostureOn}); asymmetric cases add a lateral bend and axial rotation of
 * up to 20 deg and a body roll of up to 10 deg. Asserted: equilibrium residual at most
 * {@link ModelPropertiesTest#RESIDUAL_BOUND_NM}, every muscle force in [0, largest stress × PCSA], every
 * load finite; no lateral shear, lateral or axial moment in mirror-symmetric tasks; compression at
 * every level not lower with the heavier of two masses in both hands held at least 5 cm in front of
 * every disc; and, under {@link OverloadPolicy#REPORT} with up to 200 kg, equilibrium with forces within
 * the stress the task requires. Tasks the muscles cannot balance and postures the supports cannot
 * hold are discarded and counted; after the class, each criterion, muscle model, sex, the extreme
 * statures and masses and a support other than the feet must have been checked.
 */
class CornerPropertiesTest {
    private static final long SEED = 20261207L;
    /** Cases checked (not discarded) per corner label. */
    private static final Map<String, AtomicInteger> CHECKED = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> CASES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> DISCARDED = new ConcurrentHashMap<>();

    /** One drawn task: the subject, the model settings and the posture. */
    record Corner(Subject subject, MuscleModelKind kind, RecruitmentCriterion criterion, Posture posture) {
        LumbarModel model(OverloadPolicy policy) {
            return LumbarModel.of(subject).withMuscleModel(kind)
                    .withSolver(RecruitmentSolver.defaults().withCriterion(criterion)).withOverloadPolicy(policy);
        }

        @Override
        public String toString() {
            return subject + ", " + kind.id() + ", " + criterion.id() + ", " + posture;
        }
    }

    private static Corner corner(SplittableRandom rnd, boolean asymmetric) {
        Subject s = TestArbitraries.anySubject(rnd);
        MuscleModelKind kind = TestArbitraries.oneOf(rnd, MuscleModelKind.class);
        RecruitmentCriterion criterion = TestArbitraries.oneOf(rnd, RecruitmentCriterion.class);
        List<Set<Support>> all = ModelPropertiesTest.SUPPORTS_WITHOUT_UPPER_CONTACTS;
        Posture p = TestArbitraries.bentPostureOn(rnd, all.get(rnd.nextInt(all.size())), 20);
        if (asymmetric) {
            p = p.withLateralBendDeg(TestArbitraries.between(rnd, -20, 20))
                    .withAxialRotationDeg(TestArbitraries.between(rnd, -20, 20))
                    .withBodyRollDeg(TestArbitraries.between(rnd, -10, 10));
        }
        return new Corner(s, kind, criterion, p);
    }

    private static Stream<Arguments> draw(long seed, int count, Function<SplittableRandom, Arguments> draw) {
        SplittableRandom rnd = new SplittableRandom(seed);
        return IntStream.range(0, count).mapToObj(i -> draw.apply(rnd)).toList().stream();
    }

    /** Solves, or counts the case as discarded and returns null (infeasible, unsupported, sliding). */
    private static AnalysisResult solveOrNull(String property, LumbarModel model, Posture p, List<HandLoad> loads) {
        try {
            return Lumbosim.analyze(model, p, loads);
        } catch (InfeasibleRecruitmentException | UnsupportedPostureException e) {
            DISCARDED.computeIfAbsent(property, k -> new AtomicInteger()).incrementAndGet();
            return null;
        }
    }

    private static void count(String property, Corner c) {
        CHECKED.computeIfAbsent(property, k -> new AtomicInteger()).incrementAndGet();
        for (String label : labels(c)) {
            CHECKED.computeIfAbsent(property + " " + label, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private static List<String> labels(Corner c) {
        Subject s = c.subject();
        java.util.List<String> out = new java.util.ArrayList<>(List.of(c.kind().id(), c.criterion().id(),
                s.sex() == Sex.FEMALE ? "female" : "male"));
        if (s.statureM() <= 1.4) {
            out.add("stature <= 1.4 m");
        }
        if (s.statureM() >= 2.1) {
            out.add("stature >= 2.1 m");
        }
        if (s.bodyMassKg() >= 150) {
            out.add("mass >= 150 kg");
        }
        if (s.bodyMassKg() <= 45) {
            out.add("mass <= 45 kg");
        }
        if (!c.posture().supports().equals(Set.of(Support.FEET))) {
            out.add("supports other than the feet");
        }
        return out;
    }

    // ------------------------------------------------------------ equilibrium and force bounds

    static Stream<Arguments> equilibriumCases() {
        return draw(SEED, 300, rnd -> Arguments.of(corner(rnd, rnd.nextBoolean()), TestArbitraries.loadList(rnd)));
    }

    @ParameterizedTest(name = "seed " + SEED + " case {index}: {arguments}")
    @MethodSource("equilibriumCases")
    void equilibriumAndForceBoundsInTheCorners(Corner c, List<HandLoad> loads) {
        String property = "equilibrium";
        CASES.computeIfAbsent(property, k -> new AtomicInteger()).incrementAndGet();
        LumbarModel model = c.model(OverloadPolicy.FAIL);
        AnalysisResult r = solveOrNull(property, model, c.posture(), loads);
        if (r == null) {
            return;
        }
        assertEquilibriumAndForceBounds(model, r, model.tissueParameters().maxMuscleStressPa(), c, loads);
        count(property, c);
    }

    private static void assertEquilibriumAndForceBounds(LumbarModel model, AnalysisResult r, double stressPa, Corner c,
                                                        List<HandLoad> loads) {
        assertThat(r.equilibriumResidualNm()).as("equilibrium residual (N·m) of %s, %s", c, loads)
                .isLessThanOrEqualTo(ModelPropertiesTest.RESIDUAL_BOUND_NM);
        List<Fascicle> f = model.fascicles();
        for (int i = 0; i < f.size(); i++) {
            double max = stressPa * f.get(i).pcsaM2();
            assertThat(r.muscles().get(i).forceN()).as("force of %s (N) in [0, %s] for %s, %s", f.get(i).name(), max,
                    c, loads).isBetween(0.0, max * (1 + 1e-9));
        }
        for (LevelLoad l : r.levels()) {
            assertThat(Double.isFinite(l.compressionN()) && Double.isFinite(l.apShearN())
                    && Double.isFinite(l.lateralShearN()) && Double.isFinite(l.idpMPa()))
                    .as("every load at %s finite: %s; %s", l.level().label(), l, c).isTrue();
        }
    }

    // ------------------------------------------------------------ overload reported

    static Stream<Arguments> overloadCases() {
        return draw(SEED + 1, 150, rnd -> Arguments.of(corner(rnd, rnd.nextBoolean()),
                TestArbitraries.between(rnd, 0, HandLoad.MAX_MASS_KG)));
    }

    @ParameterizedTest(name = "seed " + (SEED + 1) + " case {index}: {arguments}")
    @MethodSource("overloadCases")
    void reportedOverloadKeepsEquilibriumInTheCorners(Corner c, double massKg) {
        String property = "overload reported";
        CASES.computeIfAbsent(property, k -> new AtomicInteger()).incrementAndGet();
        LumbarModel model = c.model(OverloadPolicy.REPORT);
        List<HandLoad> loads = List.of(HandLoad.ofMassKg(massKg));
        AnalysisResult r = solveOrNull(property, model, c.posture(), loads);
        if (r == null) {
            return;
        }
        double stressPa = Math.max(model.tissueParameters().maxMuscleStressPa(), r.largestMuscleStressMPa() * 1e6);
        assertEquilibriumAndForceBounds(model, r, stressPa, c, loads);
        count(property, c);
    }

    // ------------------------------------------------------------ symmetry

    static Stream<Arguments> symmetricCases() {
        return draw(SEED + 2, 200, rnd -> Arguments.of(corner(rnd, false), TestArbitraries.between(rnd, 0, 25)));
    }

    @ParameterizedTest(name = "seed " + (SEED + 2) + " case {index}: {arguments}")
    @MethodSource("symmetricCases")
    void symmetricTaskHasNoLateralLoadsInTheCorners(Corner c, double massKg) {
        String property = "symmetric";
        CASES.computeIfAbsent(property, k -> new AtomicInteger()).incrementAndGet();
        AnalysisResult r = solveOrNull(property, c.model(OverloadPolicy.FAIL), c.posture(),
                List.of(HandLoad.ofMassKg(massKg)));
        if (r == null) {
            return;
        }
        double bound = ModelPropertiesTest.SYMMETRY_BOUND;
        for (LevelLoad l : r.levels()) {
            assertThat(Math.abs(l.lateralShearN())).as("|lateral shear| at %s (N), %s, %s kg", l.level().label(), c,
                    massKg).isLessThanOrEqualTo(bound);
            assertThat(Math.abs(l.lateralMomentNm())).as("|lateral moment| at %s (N·m), %s", l.level().label(), c)
                    .isLessThanOrEqualTo(bound);
            assertThat(Math.abs(l.axialMomentNm())).as("|axial moment| at %s (N·m), %s", l.level().label(), c)
                    .isLessThanOrEqualTo(bound);
        }
        count(property, c);
    }

    // ------------------------------------------------------------ more load in front, more compression

    static Stream<Arguments> monotoneCases() {
        return draw(SEED + 3, 300, rnd -> Arguments.of(corner(rnd, false), TestArbitraries.between(rnd, 0, 25),
                TestArbitraries.between(rnd, 0, 25)));
    }

    @ParameterizedTest(name = "seed " + (SEED + 3) + " case {index}: {arguments}")
    @MethodSource("monotoneCases")
    void moreLoadInFrontNeverLowersCompressionInTheCorners(Corner c, double aKg, double bKg) {
        String property = "monotone";
        CASES.computeIfAbsent(property, k -> new AtomicInteger()).incrementAndGet();
        double light = Math.min(aKg, bKg);
        double heavy = Math.max(aKg, bKg);
        LumbarModel model = c.model(OverloadPolicy.FAIL);
        AnalysisResult h = solveOrNull(property, model, c.posture(), List.of(HandLoad.ofMassKg(heavy)));
        if (h == null || heavy == light) {
            return;
        }
        double gripX = Math.min(h.pose().landmarks().get(Landmark.GRIP_LEFT).xM(),
                h.pose().landmarks().get(Landmark.GRIP_RIGHT).xM());
        double discX = h.pose().discCentres().stream().mapToDouble(d -> d.xM()).max().orElseThrow();
        if (gripX < discX + 0.05) {
            DISCARDED.computeIfAbsent(property, k -> new AtomicInteger()).incrementAndGet();
            return;
        }
        AnalysisResult l = solveOrNull(property, model, c.posture(), List.of(HandLoad.ofMassKg(light)));
        if (l == null) {
            return;
        }
        for (SpinalLevel level : SpinalLevel.values()) {
            double c1 = l.level(level).compressionN();
            double c2 = h.level(level).compressionN();
            assertThat(c2 - c1).as("compression at %s with %s kg (%s N) >= with %s kg (%s N); %s", level.label(),
                    heavy, c2, light, c1, c).isGreaterThanOrEqualTo(-1e-9 * Math.max(1, Math.abs(c1)));
        }
        count(property, c);
    }

    /** Every property checked some cases in every corner: each criterion, muscle model, sex, extreme size, support. */
    @AfterAll
    static void everyCornerWasChecked() {
        System.out.println("CornerPropertiesTest: checked cases per property and corner (cases, discarded)");
        new TreeMap<>(CHECKED).forEach((k, v) -> System.out.printf("  %-60s %4d%n", k, v.get()));
        new TreeMap<>(CASES).forEach((k, v) -> System.out.printf("  %-20s cases %4d, discarded %4d%n", k, v.get(),
                DISCARDED.getOrDefault(k, new AtomicInteger()).get()));
        for (String property : CASES.keySet()) {
            for (String label : List.of("single-equivalent", "multi-fascicle", "squared-stress", "cubed-stress",
                    "min-max", "female", "male", "stature <= 1.4 m", "stature >= 2.1 m", "mass >= 150 kg",
                    "mass <= 45 kg", "supports other than the feet")) {
                assertThat(CHECKED.getOrDefault(property + " " + label, new AtomicInteger()).get())
                        .as("%s: checked cases with %s", property, label).isPositive();
            }
        }
    }
}
