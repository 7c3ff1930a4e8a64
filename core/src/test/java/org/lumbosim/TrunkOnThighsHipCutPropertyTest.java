package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PostureRange;
import org.lumbosim.posture.Support;

/**
 * The thighs' push on a resting trunk ({@link Support#TRUNK_ON_THIGHS}) satisfies both of its bounds at
 * once, over random seated folds (the ranges of {@link TestArbitraries#trunkOnThighsPosture}, drawn
 * uniformly: trunk 40-85 deg, lumbar 30-52, hips within +-10 of horizontal thighs, knees 80-130; lateral
 * bend and axial rotation within +-10 deg, so the hip axis and the push are not in one plane), both muscle models, with
 * the trunk alone on the thighs, with the hands on the thighs too, and with the hands on the floor: at rest,
 * wherever the thighs push, no hip flexor holds the trunk against the push (the psoas is silent to 1e-9 of
 * the body's weight: the hips' cut) and no lumbar disc is in tension (the no-tension cap, applied after
 * the cut, only lowers the push, which only lowers the hips' need). With a load in both hands the push is
 * never larger than at rest (sized for the resting body). Seeded ({@value #SEED}).
 */
class TrunkOnThighsHipCutPropertyTest {
    private static final long SEED = 20261207L;
    private static final int CASES = 300;
    private static final AtomicInteger PUSHED = new AtomicInteger();
    private static final AtomicInteger CHECKED = new AtomicInteger();

    /** The supports added to seat, feet and trunk on thighs. */
    enum Hands {
        /** The hands free. */
        FREE,
        /** The hands resting on the thighs ({@link Support#HANDS_ON_THIGHS}). */
        ON_THIGHS,
        /** The hands on the floor in front ({@link Support#HANDS}; arms reaching down, no hand load). */
        ON_FLOOR
    }

    /** Uniform in [lo, hi] (not {@link TestArbitraries#between}, biased towards the shallow folds that do not touch). */
    private static double uniform(SplittableRandom rnd, double lo, double hi) {
        return lo + (hi - lo) * rnd.nextDouble();
    }

    static Stream<Arguments> folds() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> {
            Subject s = TestArbitraries.subject(rnd);
            double trunk = uniform(rnd, 40, 85);
            double lumbar = uniform(rnd, 30, 52);
            double hip = Math.min(PostureRange.HIP_FLEXION_MAX_DEG, 90 + trunk - lumbar + uniform(rnd, -10, 10));
            Hands hands = TestArbitraries.oneOf(rnd, Hands.class);
            Set<Support> supports = EnumSet.of(Support.SEAT, Support.FEET, Support.TRUNK_ON_THIGHS);
            double shoulder = uniform(rnd, 0, 90);
            double elbow = uniform(rnd, 0, 60);
            if (hands == Hands.ON_THIGHS) {
                supports.add(Support.HANDS_ON_THIGHS);
            } else if (hands == Hands.ON_FLOOR) {
                supports.add(Support.HANDS);
                shoulder = uniform(rnd, 60, 120);
                elbow = 0;
            }
            Posture p = new Posture(trunk, lumbar, uniform(rnd, -10, 10), uniform(rnd, -10, 10), hip,
                    uniform(rnd, 80, 130), shoulder, elbow, 0, supports);
            return Arguments.of(s, p, uniform(rnd, 0, 25), TestArbitraries.oneOf(rnd, MuscleModelKind.class));
        }).toList().stream();
    }

    @ParameterizedTest(name = "seed " + SEED + " case {index}: {arguments}")
    @MethodSource("folds")
    void theRestingPushNeedsNoHipFlexorAndPullsNoDiscApart(Subject s, Posture p, double kg, MuscleModelKind kind) {
        LumbarModel model = LumbarModel.of(s).withMuscleModel(kind);
        Workspace rest = model.newWorkspace();
        try {
            model.solve(p, List.of(), rest);
        } catch (UnsupportedPostureException e) {
            return; // an abdomen that would pass into the thighs
        }
        if (!rest.supportsBalanced()) {
            return;
        }
        CHECKED.incrementAndGet();
        double push = rest.trunkOnThighsForceN();
        double tolerance = 1e-9 * model.bodyWeightN();
        if (push > 0) {
            PUSHED.incrementAndGet();
            assertThat(rest.psoasHipForceN()).as("psoas (N) under a resting push of %s N: %s, %s, %s", push, s, p, kind.id())
                    .isLessThanOrEqualTo(tolerance);
            for (SpinalLevel l : SpinalLevel.values()) {
                assertThat(rest.compressionN(l)).as("compression at %s (N) under a resting push of %s N: %s, %s, %s",
                        l.label(), push, s, p, kind.id()).isGreaterThanOrEqualTo(-tolerance);
            }
        }
        if (p.has(Support.HANDS)) {
            return; // a resting hand holds no load
        }
        Workspace loaded = model.newWorkspace();
        model.solve(p, List.of(HandLoad.ofMassKg(kg)), loaded);
        assertThat(loaded.trunkOnThighsForceN()).as("push (N) with %s kg against %s N at rest: %s, %s, %s", kg, push, s,
                p, kind.id()).isLessThanOrEqualTo(push * (1 + 1e-12) + tolerance);
    }

    /** The property is not vacuous: many folds are held by the supports and pushed (about one in five). */
    @AfterAll
    static void mostFoldsArePushed() {
        System.out.printf("TrunkOnThighsHipCutPropertyTest: %d of %d checked folds pushed at rest%n", PUSHED.get(),
                CHECKED.get());
        assertThat(CHECKED.get()).isGreaterThan(CASES / 2);
        assertThat(PUSHED.get()).isGreaterThan(CHECKED.get() / 10);
    }
}
