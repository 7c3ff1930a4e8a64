package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.InfeasibleRecruitmentException;
import org.lumbosim.Lumbosim;
import org.lumbosim.UnsupportedPostureException;
import org.lumbosim.anthropometry.DeLeva1996;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.BodySide;
import org.lumbosim.result.HandOnThighPush;
import org.lumbosim.result.LevelLoad;

/**
 * Hands resting on the thighs ({@link Support#HANDS_ON_THIGHS}): the thighs carry each hand where it
 * lies and, at the wrist, the share of the forearm's weight that balances the forearm about a
 * relaxed elbow; a force between two parts of the body, so the whole body and its seat and feet
 * carry what they carried without it.
 */
class HandsOnThighsTest {
    private static final Subject SUBJECT = Subject.defaultSubject();
    private static final double G = TissueConstants.GRAVITY_M_PER_S2;
    private static final int X = 0;
    private static final int Z = 2;

    private static Posture with(Posture p, Support extra) {
        Set<Support> s = EnumSet.copyOf(p.supports());
        s.add(extra);
        return p.withSupports(s);
    }

    private static Workspace solve(Posture p) {
        Workspace ws = attempt(p);
        assertThat(ws.solved()).isTrue();
        return ws;
    }

    /** @return a workspace after solving {@code p}, whether or not the muscles could balance it */
    private static Workspace attempt(Posture p) {
        LumbarModel m = LumbarModel.of(SUBJECT, MuscleModelKind.SINGLE_EQUIVALENT, TissueParameters.published());
        Workspace ws = m.newWorkspace();
        m.solve(p, List.of(), ws);
        return ws;
    }

    /** Horizontal distance between two points of a coordinate array (m). */
    private static double horizontalM(double[] a, int i, double[] b, int j) {
        return Math.hypot(b[j + X] - a[i + X], b[j + Z] - a[i + Z]);
    }

    /**
     * The statics worked by hand for the default subject (male, de Leva 1996): a forearm of 1.62 %
     * of the body mass hanging from a relaxed elbow and resting on the hand at the wrist: the wrist
     * carries its weight times the horizontal distance from the elbow to its centre of mass over the
     * horizontal distance from the elbow to the wrist, measured on the solved pose; the hand (0.61 %)
     * is carried whole. For a straight forearm that ratio is its centre of mass's fraction 0.4574.
     */
    @Test
    void theWristCarriesTheShareOfTheForearmThatBalancesItAboutTheElbow() {
        Posture p = PosturePreset.SITTING_UNSUPPORTED.posture();
        assertThat(p.has(Support.HANDS_ON_THIGHS)).isTrue();
        Workspace ws = solve(p);
        double[] lm = ws.pipeline.pose.segWorld;
        double[] mw = ws.pipeline.pose.massWorld;
        double forearmN = 0.0162 * SUBJECT.bodyMassKg() * G;
        double handN = 0.0061 * SUBJECT.bodyMassKg() * G;
        assertThat(DeLeva1996.Segment.FOREARM.massFraction(SUBJECT.sex())).isEqualTo(0.0162);
        double expected = 0;
        for (int side = 0; side < 2; side++) {
            int elbow = 3 * (Landmark.ELBOW_LEFT.ordinal() + side);
            int wrist = 3 * (Landmark.WRIST_LEFT.ordinal() + side);
            int com = MassPoint.of(MassPoint.FOREARM_LEFT, side) * 3;
            double share = horizontalM(lm, elbow, mw, com) / horizontalM(lm, elbow, lm, wrist);
            assertThat(share).isCloseTo(0.4574, within(1e-9));
            expected += handN + share * forearmN;
        }
        assertThat(ws.handsOnThighsForceN()).isCloseTo(expected, within(1e-9));
        // 2 x (4.2 + 0.4574 x 11.1) = 18.5 N for 70 kg
        assertThat(ws.handsOnThighsForceN()).isBetween(15.0, 25.0);
    }

    /**
     * The push acts where the statics put it: the moment it adds about every disc is that of the hand's
     * weight at the hand's centre of mass and of the forearm's share at the wrist, pushing up.
     */
    @Test
    void thePushActsAtTheHandsAndWrists() {
        Posture p = PosturePreset.SITTING_UNSUPPORTED.posture();
        Workspace on = solve(p);
        double[] withMoment = on.pipeline.netLoads.extMoment.clone();
        double[] withForce = on.pipeline.netLoads.extForce.clone();
        double[] lm = on.pipeline.pose.segWorld.clone();
        double[] mw = on.pipeline.pose.massWorld.clone();
        double[] j = on.pipeline.pose.jointWorld.clone();
        double[] mass = on.model().geometry.massKg;
        double forearmShare = on.model().geometry.forearmCom;
        Workspace off = solve(InternalContactChecks.without(p, Support.HANDS_ON_THIGHS));
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double mx = 0, mz = 0, fy = 0;
            for (int side = 0; side < 2; side++) {
                int hand = MassPoint.of(MassPoint.HAND_LEFT, side);
                int forearm = MassPoint.of(MassPoint.FOREARM_LEFT, side);
                int wrist = 3 * (Landmark.WRIST_LEFT.ordinal() + side);
                double fh = mass[hand] * G;
                double fw = forearmShare * mass[forearm] * G;
                fy += fh + fw;
                // r x (0, f, 0) = (-rz f, 0, rx f)
                mx += -(mw[3 * hand + Z] - j[3 * k + Z]) * fh - (lm[wrist + Z] - j[3 * k + Z]) * fw;
                mz += (mw[3 * hand + X] - j[3 * k + X]) * fh + (lm[wrist + X] - j[3 * k + X]) * fw;
            }
            assertThat(withForce[3 * k + 1] - off.pipeline.netLoads.extForce[3 * k + 1]).isCloseTo(fy, within(1e-9));
            assertThat(withMoment[3 * k] - off.pipeline.netLoads.extMoment[3 * k]).isCloseTo(mx, within(1e-9));
            assertThat(withMoment[3 * k + 2] - off.pipeline.netLoads.extMoment[3 * k + 2]).isCloseTo(mz, within(1e-9));
        }
    }

    /**
     * The result reports each hand's push ({@link AnalysisResult#handsOnThighs()}), left then right: the
     * workspace's gaps bit for bit, the statics' force (the hand's weight and the forearm's share, straight
     * up; both sides together the workspace's {@link Workspace#handsOnThighsForceN()}), acting between the
     * hand's centre of mass and the wrist where the two balance; given as one force at that point, the two
     * pushes move every disc's net force and moment by exactly what the support moves them; the whole
     * body's reactions do not list them and carry what they carry without the support.
     */
    @Test
    void theResultReportsEachHandsPushItsPointAndGap() {
        Posture p = PosturePreset.SITTING_UNSUPPORTED.posture();
        Workspace on = solve(p);
        AnalysisResult r = Lumbosim.toResult(on, p, List.of());
        double[] mw = on.pipeline.pose.massWorld.clone();
        double[] lm = on.pipeline.pose.segWorld.clone();
        double[] j = on.pipeline.pose.jointWorld.clone();
        double[] withMoment = on.pipeline.netLoads.extMoment.clone();
        double[] withForce = on.pipeline.netLoads.extForce.clone();
        double[] mass = on.model().geometry.massKg;
        assertThat(r.handsOnThighs()).extracting(HandOnThighPush::side).containsExactly(BodySide.LEFT, BodySide.RIGHT);
        assertThat(r.handsOnThighs()).extracting(h -> h.side().id()).containsExactly("left", "right");
        assertThat(BodySide.ofIndex(0)).isEqualTo(BodySide.LEFT);
        assertThat(BodySide.ofIndex(1)).isEqualTo(BodySide.RIGHT);
        assertThatThrownBy(() -> BodySide.ofIndex(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("side index = 2");
        double sum = 0;
        for (int side = 0; side < 2; side++) {
            HandOnThighPush h = r.handsOnThighs().get(side);
            int hand = MassPoint.of(MassPoint.HAND_LEFT, side);
            int wrist = 3 * (Landmark.WRIST_LEFT.ordinal() + side);
            double fh = mass[hand] * G;
            double fw = on.model().geometry.forearmCom * mass[MassPoint.of(MassPoint.FOREARM_LEFT, side)] * G;
            assertThat(h.gapM()).isEqualTo(on.handsOnThighsGapM(side));
            assertThat(h.forceXN()).isZero();
            assertThat(h.forceZN()).isZero();
            assertThat(h.forceYN()).isCloseTo(fh + fw, within(1e-12));
            assertThat(h.forceN()).isEqualTo(h.forceYN());
            double[] at = {h.pointM().xM(), h.pointM().yM(), h.pointM().zM()};
            for (int a = 0; a < 3; a++) {
                assertThat(at[a]).isCloseTo((fh * mw[3 * hand + a] + fw * lm[wrist + a]) / (fh + fw), within(1e-12));
            }
            sum += h.forceYN();
        }
        assertThat(sum).isCloseTo(on.handsOnThighsForceN(), within(1e-12));
        // 18.5 N for 70 kg (theWristCarriesTheShareOfTheForearmThatBalancesItAboutTheElbow)
        assertThat(sum).isBetween(15.0, 25.0);
        Posture without = InternalContactChecks.without(p, Support.HANDS_ON_THIGHS);
        Workspace off = solve(without);
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double fy = 0, mx = 0, mz = 0;
            for (HandOnThighPush h : r.handsOnThighs()) {
                fy += h.forceYN();
                mx += -(h.pointM().zM() - j[3 * k + Z]) * h.forceYN();
                mz += (h.pointM().xM() - j[3 * k + X]) * h.forceYN();
            }
            assertThat(withForce[3 * k + 1] - off.pipeline.netLoads.extForce[3 * k + 1]).isCloseTo(fy, within(1e-9));
            assertThat(withMoment[3 * k] - off.pipeline.netLoads.extMoment[3 * k]).isCloseTo(mx, within(1e-9));
            assertThat(withMoment[3 * k + 2] - off.pipeline.netLoads.extMoment[3 * k + 2]).isCloseTo(mz, within(1e-9));
        }
        AnalysisResult rOff = Lumbosim.toResult(off, without, List.of());
        assertThat(rOff.handsOnThighs()).isEmpty();
        assertThat(r.balance().reactions()).noneMatch(x -> x.support() == Support.HANDS_ON_THIGHS);
        assertThat(r.balance().totalVerticalReactionN()).isCloseTo(rOff.balance().totalVerticalReactionN(),
                within(1e-9));
        assertThat(r.balance().forceResidualN()).isLessThan(1e-6);
        assertThat(r.balance().momentResidualNm()).isLessThan(1e-6);
    }

    /**
     * Hands clear of their thighs (arms hanging straight): the result still lists both with their gaps,
     * each with no push, at the hand's centre of mass; a posture without the support lists none.
     */
    @Test
    void theResultListsClearHandsWithNoPushAndNoneWithoutTheSupport() {
        Posture p = PosturePreset.SITTING_UNSUPPORTED.posture().withShoulderFlexionDeg(0).withElbowFlexionDeg(0);
        Workspace ws = solve(p);
        AnalysisResult r = Lumbosim.toResult(ws, p, List.of());
        assertThat(r.handsOnThighs()).hasSize(2);
        for (int side = 0; side < 2; side++) {
            HandOnThighPush h = r.handsOnThighs().get(side);
            int hand = 3 * MassPoint.of(MassPoint.HAND_LEFT, side);
            assertThat(h.gapM()).isEqualTo(ws.handsOnThighsGapM(side)).isGreaterThan(Support.CONTACT_TOLERANCE_M);
            assertThat(h.forceN()).isZero();
            double[] w = ws.pipeline.pose.massWorld;
            assertThat(h.pointM().xM()).isEqualTo(w[hand]);
            assertThat(h.pointM().yM()).isEqualTo(w[hand + 1]);
            assertThat(h.pointM().zM()).isEqualTo(w[hand + 2]);
        }
        assertThat(Lumbosim.analyze(SUBJECT, PosturePreset.STANDING_RELAXED.posture(), List.of()).handsOnThighs())
                .isEmpty();
    }

    /**
     * A force between the hands and the thighs: the whole body balances with it, and the seat and the
     * feet carry exactly what they carried without it; it is not listed among the whole body's reactions.
     */
    @Test
    void theSeatAndTheFeetCarryTheSameAsWithoutIt() {
        InternalContactChecks.assertWholeBodyReactionsUnchanged(SUBJECT, PosturePreset.SITTING_UPRIGHT.posture(),
                Support.HANDS_ON_THIGHS);
    }

    /**
     * The presets with the hands on the thighs rest them there, for the default subject and for Wilke's
     * volunteer: each hand's centre of mass over its thigh and within {@link Support#CONTACT_TOLERANCE_M}
     * of its upper surface (the gaps are printed).
     */
    @Test
    void thePresetsRestTheHandsOnTheThighs() {
        for (LumbarModel m : List.of(LumbarModel.of(SUBJECT), Wilke1999.subjectModel())) {
            for (PosturePreset preset : PosturePreset.values()) {
                Posture p = preset.posture();
                if (!p.has(Support.HANDS_ON_THIGHS)) {
                    continue;
                }
                Workspace ws = m.newWorkspace();
                m.solve(p, List.of(), ws);
                for (int side = 0; side < 2; side++) {
                    System.out.printf(java.util.Locale.ROOT, "%s %s side %d: hand gap %+.4f m, along %.3f%n",
                            m.subject(), preset, side, ws.handsOnThighsGapM(side), alongThigh(ws, side));
                    assertThat(Math.abs(ws.handsOnThighsGapM(side))).as("%s %s side %d", m.subject(), preset, side)
                            .isLessThanOrEqualTo(Support.CONTACT_TOLERANCE_M);
                    assertThat(ws.handOnThighPassesIntoThigh(side)).isFalse();
                }
                assertThat(ws.solved()).isTrue();
                assertThat(ws.handsOnThighsForceN()).isPositive();
            }
        }
    }

    /** Hands already carried by armrests or a lying surface are not carried twice: nothing changes. */
    @Test
    void itsEffectVanishesWhenAnotherSupportCarriesTheHands() {
        Posture armchair = PosturePreset.SITTING_SLOUCHED.posture();
        Posture lying = PosturePreset.LYING_SUPINE.posture();
        for (Posture p : List.of(armchair, lying)) {
            Workspace on = solve(with(p, Support.HANDS_ON_THIGHS));
            assertThat(on.handsOnThighsForceN()).isZero();
            double[] compression = new double[LumbarModel.LEVELS];
            for (SpinalLevel l : SpinalLevel.values()) {
                compression[l.ordinal()] = on.compressionN(l);
            }
            Workspace off = solve(p);
            for (SpinalLevel l : SpinalLevel.values()) {
                assertThat(compression[l.ordinal()]).as(l.label()).isEqualTo(off.compressionN(l));
            }
        }
    }

    /**
     * Arms hanging straight at the sides (shoulders and elbows 0 deg): the hands hang beside the hips,
     * clear of the thighs by more than {@link Support#CONTACT_TOLERANCE_M}, so the thighs carry nothing
     * and every load is what the posture gives without the support.
     */
    @Test
    void handsClearOfTheThighsAreNotCarried() {
        Posture p = PosturePreset.SITTING_UNSUPPORTED.posture().withShoulderFlexionDeg(0).withElbowFlexionDeg(0);
        Workspace on = solve(p);
        for (int side = 0; side < 2; side++) {
            assertThat(on.handsOnThighsGapM(side)).isGreaterThan(Support.CONTACT_TOLERANCE_M);
            assertThat(on.handOnThighPassesIntoThigh(side)).isFalse();
        }
        assertThat(on.handsOnThighsForceN()).isZero();
        double[] compression = new double[LumbarModel.LEVELS];
        for (SpinalLevel l : SpinalLevel.values()) {
            compression[l.ordinal()] = on.compressionN(l);
        }
        Workspace off = solve(InternalContactChecks.without(p, Support.HANDS_ON_THIGHS));
        for (SpinalLevel l : SpinalLevel.values()) {
            assertThat(compression[l.ordinal()]).as(l.label()).isCloseTo(off.compressionN(l), within(1e-9));
        }
    }

    /**
     * A hand more than {@link Support#CONTACT_TOLERANCE_M} inside its thigh cannot be posed (a short,
     * heavy subject, 1.55 m and 150 kg, whose thighs are thick, with the arms hanging and the elbows
     * bent 50 deg: the hands end 5 cm inside the thighs): the workspace flags it and the facade refuses
     * it naming the support, the side, the depth and the allowed one.
     */
    @Test
    void aHandInsideItsThighIsRefused() {
        LumbarModel m = LumbarModel.of(new Subject(org.lumbosim.anthropometry.Sex.FEMALE, 1.55, 150, 45));
        Posture p = PosturePreset.SITTING_UNSUPPORTED.posture().withShoulderFlexionDeg(0).withElbowFlexionDeg(50);
        Workspace ws = m.newWorkspace();
        m.solve(p, List.of(), ws);
        assertThat(ws.handsOnThighsGapM(0)).isLessThan(-Support.CONTACT_TOLERANCE_M);
        assertThat(ws.handOnThighPassesIntoThigh(0)).isTrue();
        assertThat(ws.supportsBalanced()).isFalse();
        assertThat(ws.solved()).isFalse();
        String depth = String.format(java.util.Locale.ROOT, "%.3f m", -ws.handsOnThighsGapM(0));
        assertThatThrownBy(() -> Lumbosim.analyze(m, p, List.of())).isInstanceOf(UnsupportedPostureException.class)
                .hasMessageContaining("hands_on_thighs").hasMessageContaining("left hand")
                .hasMessageContaining(depth).hasMessageContaining("at most 0.030 m");
        UnsupportedPostureException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Lumbosim.analyze(m, p, List.of()), UnsupportedPostureException.class);
        assertThat(e.reason()).isEqualTo("hands_on_thighs: the left hand would pass " + depth
                + " into its thigh (at most 0.030 m allowed)");
        assertThat(e.support()).contains(Support.HANDS_ON_THIGHS);
        assertThat(e.depthM().getAsDouble()).isEqualTo(-ws.handsOnThighsGapM(0));
    }

    /**
     * Over random sitting postures with the hands on the thighs, both muscle models: the whole body
     * balances, the thighs push up on the hands, no muscle pulls with a negative force, a symmetric
     * posture has no lateral shear or lateral moment, and the seat and feet carry the body's weight;
     * the thighs carry the hands exactly where they touch them (push positive) and not where the hands
     * are clear of them (push zero); hands inside them are refused.
     */
    @Test
    void randomSittingPosturesWithTheHandsOnTheThighsKeepThePhysics() {
        Random rnd = new Random(20261207L);
        int solved = 0;
        int touching = 0;
        int clear = 0;
        for (int i = 0; i < 40; i++) {
            double trunk = -10 + 40 * rnd.nextDouble();
            double lumbar = -5 + 35 * rnd.nextDouble();
            double hip = 50 + 45 * rnd.nextDouble();
            double knee = 60 + 50 * rnd.nextDouble();
            double shoulder = 40 * rnd.nextDouble();
            double elbow = 90 * rnd.nextDouble();
            Posture p = new Posture(trunk, lumbar, 0, 0, hip, knee, shoulder, elbow, 0,
                    Set.of(Support.SEAT, Support.FEET, Support.HANDS_ON_THIGHS));
            Workspace ws = attempt(p);
            boolean touches = false;
            for (int side = 0; side < 2; side++) {
                double gap = ws.handsOnThighsGapM(side);
                double along = alongThigh(ws, side);
                touches |= Math.abs(gap) <= Support.CONTACT_TOLERANCE_M && along >= 0 && along <= 1;
                assertThat(ws.handOnThighPassesIntoThigh(side)).as(p.toString()).isFalse();
            }
            if (touches) {
                touching++;
                assertThat(ws.handsOnThighsForceN()).as(p.toString()).isPositive();
            } else {
                clear++;
                assertThat(ws.handsOnThighsForceN()).as(p.toString()).isZero();
            }
            for (MuscleModelKind kind : MuscleModelKind.values()) {
                AnalysisResult r;
                try {
                    r = Lumbosim.analyze(LumbarModel.of(SUBJECT).withMuscleModel(kind), p, List.of());
                } catch (InfeasibleRecruitmentException e) {
                    continue;
                }
                solved++;
                String what = p + " " + kind.id();
                InternalContactChecks.assertSymmetricPhysics(r, what);
                for (LevelLoad l : r.levels()) {
                    assertThat(l.compressionN()).as("%s: %s", what, l.level().label()).isPositive();
                }
            }
        }
        System.out.printf("random hands on thighs: %d touching, %d clear, %d solved%n", touching, clear, solved);
        assertThat(solved).as("solved cases").isGreaterThan(40);
        assertThat(touching).as("touching cases").isPositive();
        assertThat(clear).as("clear cases").isPositive();
    }

    /**
     * Where a hand's centre of mass lies along its thigh in the last solve, measured here from the pose
     * (not read from the model's contact test): its projection on the hip-knee axis as a fraction of the
     * hip-knee length (0 at the hip, 1 at the knee).
     */
    private static double alongThigh(Workspace ws, int side) {
        Landmark hip = side == 0 ? Landmark.HIP_LEFT : Landmark.HIP_RIGHT;
        Landmark knee = side == 0 ? Landmark.KNEE_LEFT : Landmark.KNEE_RIGHT;
        int hand = MassPoint.of(MassPoint.HAND_LEFT, side);
        double[] w = ws.pipeline.pose.massWorld;
        double dot = 0;
        double length2 = 0;
        for (int a = 0; a < 3; a++) {
            double axis = ws.landmarkM(knee, a) - ws.landmarkM(hip, a);
            dot += (w[3 * hand + a] - ws.landmarkM(hip, a)) * axis;
            length2 += axis * axis;
        }
        return dot / length2;
    }
}
