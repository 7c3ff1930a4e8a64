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
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.model.AbdominalPressureMode;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;
import org.lumbosim.result.AnalysisResult;

/**
 * The physics hunt (fourteenth session) over every lumbar level's lateral and axial loads and the README's sign
 * conventions ("Conventions": z to the right; lateral moment positive bending the upper body to the right, axial
 * positive twisting it to the left; lateral shear positive pushing the upper vertebra to the right): a mass in the
 * right hand bends every level to the right and one in the left hand to the left by the same moment; a forward
 * pull at the right hand twists every level to the left; a rightward pull at both hands bends every level whose
 * plane lies below the grips to the right by the pull times their height above it (and every level above them to
 * the left); bending the trunk to the right bends every level to the right
 * under gravity. Random subjects over the whole range, both muscle models, the pressure prescribed or recruited,
 * upright or forward-bent symmetric postures on the feet ({@link TestArbitraries#bentPostureOn}, trunk 0-100 deg).
 * Counts printed after the class; {@code -Dphysfuzz.scale=N}.
 */
class PhysicsHuntLateralPropertyTest {
    static final long SEED_ONE_HAND = 20261431L;
    static final long SEED_TWIST = 20261432L;
    static final long SEED_SIDEWAYS = 20261433L;
    static final long SEED_BEND = 20261434L;

    private static final HuntTally TALLY = new HuntTally("PhysicsHuntLateralPropertyTest");

    @AfterAll
    static void printCounts() {
        TALLY.printAndRequireChecks();
    }

    /** A subject, a model's settings, a symmetric posture on the feet and a magnitude (kg or N or deg). */
    record SideCase(Subject subject, MuscleModelKind kind, AbdominalPressureMode pressure, Posture posture,
                    double amount) {
        LumbarModel model() {
            return LumbarModel.of(subject).withMuscleModel(kind).withAbdominalPressure(pressure)
                    .withOverloadPolicy(OverloadPolicy.REPORT);
        }
    }

    static SideCase sideCase(SplittableRandom rnd, double min, double max) {
        return new SideCase(TestArbitraries.anySubject(rnd), TestArbitraries.oneOf(rnd, MuscleModelKind.class),
                TestArbitraries.oneOf(rnd, AbdominalPressureMode.class),
                TestArbitraries.bentPostureOn(rnd, Set.of(Support.FEET), 0), PhysicsHunt.anywhere(rnd, min, max));
    }

    private static PhysicsHuntChecks.Outcome solve(String property, SideCase c, Posture p, List<HandLoad> loads) {
        PhysicsHuntChecks.Outcome o = PhysicsHuntChecks.solve(c.model(), p, loads);
        TALLY.seen(property).accept(o);
        return o;
    }

    static Stream<Arguments> oneHandCases() {
        return HuntTally.draw(SEED_ONE_HAND, 120, rnd -> sideCase(rnd, 0.5, 30));
    }

    /**
     * A mass in the right hand: every level's net lateral moment positive (bending the upper body to the right);
     * the same mass in the left hand: the opposite moment (1e-9 relative; statics of the load and the body).
     */
    @ParameterizedTest(name = "seed " + SEED_ONE_HAND + " case {0}: {1}")
    @MethodSource("oneHandCases")
    void aMassInTheRightHandBendsEveryLevelToTheRight(int index, SideCase c) {
        PhysicsHuntChecks.Outcome right = solve("oneHand", c, c.posture(),
                List.of(new HandLoad(c.amount(), 0, 0, 0, Hands.RIGHT, null)));
        PhysicsHuntChecks.Outcome left = solve("oneHand", c, c.posture(),
                List.of(new HandLoad(c.amount(), 0, 0, 0, Hands.LEFT, null)));
        if (!right.ok() || !left.ok()) {
            return;
        }
        for (SpinalLevel l : SpinalLevel.values()) {
            double mr = right.result().level(l).lateralMomentNm();
            double ml = left.result().level(l).lateralMomentNm();
            assertThat(mr).as("%s lateral moment, %s kg in the right hand", l.label(), c.amount()).isPositive();
            assertThat(PhysicsHuntChecks.rel(mr, -ml)).as("%s lateral moment right %s, left %s", l.label(), mr, ml)
                    .isLessThanOrEqualTo(1e-9);
        }
        TALLY.checked("oneHand");
    }

    static Stream<Arguments> twistCases() {
        return HuntTally.draw(SEED_TWIST, 120, rnd -> sideCase(rnd, 5, 200));
    }

    /** A forward pull at the right hand (N): every level's net axial moment positive (twisting to the left). */
    @ParameterizedTest(name = "seed " + SEED_TWIST + " case {0}: {1}")
    @MethodSource("twistCases")
    void aForwardPullAtTheRightHandTwistsEveryLevelToTheLeft(int index, SideCase c) {
        PhysicsHuntChecks.Outcome o = solve("twist", c, c.posture(),
                List.of(new HandLoad(0, c.amount(), 0, 0, Hands.RIGHT, null)));
        if (!o.ok()) {
            return;
        }
        for (SpinalLevel l : SpinalLevel.values()) {
            assertThat(o.result().level(l).axialMomentNm()).as("%s axial moment, %s N forward at the right hand",
                    l.label(), c.amount()).isPositive();
        }
        TALLY.checked("twist");
    }

    static Stream<Arguments> sidewaysCases() {
        return HuntTally.draw(SEED_SIDEWAYS, 120, rnd -> sideCase(rnd, 5, 200));
    }

    /**
     * A rightward pull {@code F} at both hands (N): every level's net lateral moment is {@code F h}, {@code h} the
     * grips' height above the disc along its normal (1e-9 relative, floor 1e-9 N·m; the body's weight is
     * symmetric): positive, bending the upper body to the right, where the grips lie above the disc's plane,
     * negative where they lie below it (hands hanging beside the hips, or a body bent forward far enough that the
     * grips pass below the plane of a disc inclined with it).
     */
    @ParameterizedTest(name = "seed " + SEED_SIDEWAYS + " case {0}: {1}")
    @MethodSource("sidewaysCases")
    void aRightwardPullBendsEveryLevelBelowTheGripsToTheRight(int index, SideCase c) {
        List<HandLoad> pull = List.of(new HandLoad(0, 0, 0, c.amount(), Hands.BOTH, null));
        PhysicsHuntChecks.Outcome o = solve("sideways", c, c.posture(), pull);
        if (!o.ok()) {
            return;
        }
        LumbarModel m = c.model();
        Workspace ws = m.newWorkspace();
        m.solve(c.posture(), pull, ws);
        for (SpinalLevel l : SpinalLevel.values()) {
            double h = 0;
            for (int axis = 0; axis < 3; axis++) {
                double grip = (ws.landmarkM(Landmark.GRIP_LEFT, axis) + ws.landmarkM(Landmark.GRIP_RIGHT, axis)) / 2;
                h += (grip - ws.discCentreM(l, axis)) * ws.discNormal(l, axis);
            }
            double moment = o.result().level(l).lateralMomentNm();
            TALLY.count("sideways", "grips " + (h > 0 ? "above" : "below") + " the disc's plane");
            assertThat(Math.abs(moment - c.amount() * h)).as("%s lateral moment %s N·m, %s N rightward %s m above the"
                    + " disc's plane", l.label(), moment, c.amount(), h)
                    .isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(moment)));
        }
        TALLY.checked("sideways");
    }

    static Stream<Arguments> bendCases() {
        return HuntTally.draw(SEED_BEND, 120, rnd -> sideCase(rnd, 1, 30));
    }

    /** The trunk bent to the right (deg), no load: every level's net lateral moment positive (gravity). */
    @ParameterizedTest(name = "seed " + SEED_BEND + " case {0}: {1}")
    @MethodSource("bendCases")
    void bendingToTheRightBendsEveryLevelToTheRight(int index, SideCase c) {
        PhysicsHuntChecks.Outcome o = solve("bend", c, c.posture().withLateralBendDeg(c.amount()), List.of());
        if (!o.ok()) {
            return;
        }
        AnalysisResult r = o.result();
        for (SpinalLevel l : SpinalLevel.values()) {
            assertThat(r.level(l).lateralMomentNm()).as("%s lateral moment bent %s deg right", l.label(), c.amount())
                    .isPositive();
        }
        TALLY.checked("bend");
    }
}
