package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;

/**
 * Friction at the point contacts ({@link Support}, "Friction"): in proportion to the pushes (the
 * horizontal reaction where the weight is, none where a contact pushes nothing), within the seat's
 * measured coefficient or refused, and the whole body in equilibrium, over random seated and leaning
 * postures in both muscle models.
 */
class SeatFrictionTest {
    /** Largest measured static coefficient of clothing on a seat cover (Lamsal and Bush 2024, abstract). */
    private static final double SEAT_COEFFICIENT = 0.572;
    private static final double REL = 1e-9;
    private static final List<Set<Support>> SEATED = List.of(
            Set.of(Support.SEAT, Support.FEET, Support.BACKREST),
            Set.of(Support.SEAT, Support.BACKREST),
            Set.of(Support.SEAT, Support.FEET),
            Set.of(Support.SEAT),
            Set.of(Support.SEAT, Support.FEET, Support.BACKREST, Support.ARMRESTS));

    private static Posture seatedPosture(SplittableRandom rnd, Set<Support> supports) {
        return new Posture(TestArbitraries.between(rnd, -30, 60), TestArbitraries.between(rnd, -10, 45),
                TestArbitraries.between(rnd, -15, 15), TestArbitraries.between(rnd, -15, 15),
                TestArbitraries.between(rnd, 40, 100), TestArbitraries.between(rnd, 40, 120),
                TestArbitraries.between(rnd, -30, 90), TestArbitraries.between(rnd, 0, 130), 0, supports);
    }

    @Test
    void frictionFollowsThePushesStaysWithinTheSeatsCoefficientAndBalancesTheBody() {
        SplittableRandom rnd = new SplittableRandom(20261207L);
        int checked = 0;
        int sliding = 0;
        int withFriction = 0;
        for (int i = 0; i < 240; i++) {
            Subject s = TestArbitraries.subject(rnd);
            Set<Support> supports = SEATED.get(rnd.nextInt(SEATED.size()));
            Posture p = seatedPosture(rnd, supports);
            List<HandLoad> loads = TestArbitraries.loadList(rnd);
            MuscleModelKind kind = TestArbitraries.oneOf(rnd, MuscleModelKind.class);
            LumbarModel m = LumbarModel.of(s).withMuscleModel(kind);
            Workspace ws = m.newWorkspace();
            m.solve(p, loads, ws);
            double w = m.bodyWeightN();
            String what = String.format("case %d: %s, %s, %s", i, p, loads, kind);
            if (ws.slidingSupport() != null) {
                sliding++;
                assertThat(ws.slidingSupport()).as(what).isEqualTo(Support.SEAT);
                assertThat(ws.neededFrictionRatio()).as(what).isGreaterThan(ws.allowedFrictionRatio());
                assertThat(ws.allowedFrictionRatio()).as(what).isEqualTo(SEAT_COEFFICIENT);
                assertThat(ws.supportsBalanced()).as(what).isFalse();
                assertThatThrownBy(() -> Lumbosim.analyze(m, p, loads)).as(what)
                        .isInstanceOfSatisfying(SlidingSupportException.class, e -> {
                            assertThat(e.support()).contains(Support.SEAT);
                            assertThat(e.neededFrictionRatio()).isGreaterThan(SEAT_COEFFICIENT);
                            assertThat(e.reason()).startsWith("seat: ");
                        });
                continue;
            }
            if (!ws.supportsBalanced()) {
                continue;
            }
            checked++;
            for (int k = 0; k < 6; k++) {
                assertThat(Math.abs(k < 3 ? ws.wholeBodyResidualForceN(k) : ws.wholeBodyResidualMomentNm(k - 3))).as("whole-body residual %d, %s", k, what)
                        .isLessThanOrEqualTo(REL * w);
            }
            if (ws.baseResultant()) {
                for (int c = 0; c + 1 < ws.supportReactionCount(); c++) {
                    assertThat(horizontal(ws, c)).as("no friction at a contact that pushes nothing, %s", what).isZero();
                }
                continue;
            }
            for (int c = 0; c < ws.supportReactionCount(); c++) {
                double push = ws.supportReactionForceN(c, 1);
                double friction = horizontal(ws, c);
                withFriction += friction > REL * w ? 1 : 0;
                if (push <= REL * w) {
                    assertThat(friction).as("friction where the push is zero, %s", what).isLessThanOrEqualTo(REL * w);
                } else if (ws.supportReactionSupport(c) == Support.SEAT) {
                    assertThat(friction).as("seat friction within the coefficient times the push, %s", what)
                            .isLessThanOrEqualTo(SEAT_COEFFICIENT * push * (1 + REL));
                }
            }
        }
        System.out.printf("SeatFrictionTest: %d balanced cases checked (%d contacts with friction), %d refused as sliding%n",
                checked, withFriction, sliding);
        assertThat(checked).isGreaterThan(100);
        assertThat(withFriction).isPositive();
    }

    /**
     * Symmetric seated presets with a backrest: every contact takes the same fraction of its push
     * (the whole body's horizontal over vertical force), so the seat, which carries most of the
     * weight, takes most of the backrest's push; the leg press's feet push nothing and take nothing.
     * Prints the numbers the validation log records.
     */
    @Test
    void seatedPresetsShareTheBackrestsPushInProportionToThePushes() {
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel m = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
            for (PosturePreset preset : List.of(PosturePreset.SITTING_SLOUCHED, PosturePreset.SITTING_CAR_SEAT,
                    PosturePreset.LEG_PRESS)) {
                Workspace ws = m.newWorkspace();
                m.solve(preset.posture(), List.of(), ws);
                assertThat(ws.supportsBalanced()).as("%s", preset).isTrue();
                assertThat(ws.baseResultant()).as("%s", preset).isFalse();
                double pushes = 0;
                double frictionX = 0;
                for (int c = 0; c < ws.supportReactionCount(); c++) {
                    pushes += ws.supportReactionForceN(c, 1);
                    frictionX += ws.supportReactionForceN(c, 0);
                }
                double ratio = frictionX / pushes;
                StringBuilder shares = new StringBuilder();
                for (int c = 0; c < ws.supportReactionCount(); c++) {
                    double push = ws.supportReactionForceN(c, 1);
                    assertThat(ws.supportReactionForceN(c, 0)).as("%s contact %d", preset, c)
                            .isCloseTo(ratio * push, within(REL * m.bodyWeightN()));
                    assertThat(ws.supportReactionForceN(c, 2)).as("%s contact %d", preset, c)
                            .isCloseTo(0, within(REL * m.bodyWeightN()));
                    shares.append(String.format(" %s/%d push %.1f N friction %.1f N;",
                            ws.supportReactionSupport(c), ws.supportReactionSide(c), push, ws.supportReactionForceN(c, 0)));
                }
                double l5s1 = Lumbosim.analyze(m, preset.posture(), List.of()).level(SpinalLevel.L5_S1).compressionN();
                System.out.printf("SeatFrictionTest: %s %s L5-S1 %.1f N, friction/push %.3f:%s%n", kind.id(),
                        preset.id(), l5s1, ratio, shares);
                assertThat(Math.abs(ratio)).as("%s", preset).isLessThanOrEqualTo(SEAT_COEFFICIENT);
            }
        }
    }

    /** Sitting on a stool, pulled forward at the hands by more than the seat's coefficient times the weight: the seat would slide. */
    @Test
    void aSeatThatWouldNeedMoreThanItsCoefficientIsRefusedNamingIt() {
        LumbarModel m = LumbarModel.of(Subject.defaultSubject());
        Posture onlySeat = new Posture(0, 10, 0, 0, 90, 90, 30, 30, 0, Set.of(Support.SEAT, Support.FEET));
        double pull = 1.2 * SEAT_COEFFICIENT * m.bodyWeightN();
        assertThatThrownBy(() -> Lumbosim.analyze(m, onlySeat, List.of(HandLoad.ofForceN(pull, 0, 0))))
                .isInstanceOfSatisfying(SlidingSupportException.class, e -> {
                    assertThat(e.support()).contains(Support.SEAT);
                    assertThat(e.allowedFrictionRatio()).isEqualTo(SEAT_COEFFICIENT);
                    assertThat(e.neededFrictionRatio()).isGreaterThan(SEAT_COEFFICIENT);
                    assertThat(e.depthM()).isEmpty();
                    System.out.println("SeatFrictionTest: " + e.reason());
                });
        assertThat(Lumbosim.analyze(m, onlySeat, List.of(HandLoad.ofForceN(pull / 4, 0, 0))).levels()).isNotEmpty();
    }

    private static double horizontal(Workspace ws, int c) {
        return Math.hypot(ws.supportReactionForceN(c, 0), ws.supportReactionForceN(c, 2));
    }
}
