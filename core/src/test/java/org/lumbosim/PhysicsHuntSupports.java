package org.lumbosim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.model.AbdominalPressureMode;
import org.lumbosim.model.DiscAreaConstants;
import org.lumbosim.model.LevelCoupling;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PostureRange;
import org.lumbosim.posture.Support;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.HandOnThighPush;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.result.MuscleForce;
import org.lumbosim.result.SupportReaction;
import org.lumbosim.solver.RecruitmentCriterion;

/**
 * The draws and the full mirror check of the fifteenth session's hunts ({@link PhysicsHuntSupportsPropertyTest},
 * {@link PhysicsHuntEndsPropertyTest}): the parts of the input space the earlier hunts drew rarely or only at the
 * defaults. Subjects at the ends of their ranges (women one time in two; stature, mass and age each at a bound one
 * time in three), disc areas given at the ends of their range, every recruitment criterion and both level
 * couplings at equal odds, and postures on the supports that carry the body (backrest, armrests, hands on the
 * thighs, trunk on the thighs, lying surfaces, and any legal combination holding one of them) with lateral bend,
 * twist and body roll anywhere in their ranges and loads held in one hand.
 */
final class PhysicsHuntSupports {
    private PhysicsHuntSupports() {
    }

    /** The supports that carry part of the body other than the feet and seat. */
    static final Set<Support> CARRYING = EnumSet.of(Support.BACKREST, Support.ARMRESTS, Support.HANDS_ON_THIGHS,
            Support.TRUNK_ON_THIGHS, Support.LYING_SURFACE, Support.TRUNK_RESTING, Support.LEGS_ON_FLOOR,
            Support.PELVIS_ON_FLOOR, Support.FOREARMS, Support.SHOULDERS, Support.HANDS, Support.KNEES);

    /** Every legal support combination holding one of {@link #CARRYING}. */
    static final List<Set<Support>> CARRYING_COMBINATIONS = PhysicsHunt.ALL_SUPPORTS.stream()
            .filter(s -> s.stream().anyMatch(CARRYING::contains)).toList();

    /** A value at one of the range's ends one time in three each, else uniform with two decimals. */
    static double end(SplittableRandom rnd, double min, double max) {
        int k = rnd.nextInt(3);
        return k == 0 ? min : k == 1 ? max : Math.round((min + (max - min) * rnd.nextDouble()) * 100) / 100.0;
    }

    /** A subject at the ends of the model's ranges: a woman one time in two, each dimension at a bound 2/3. */
    static Subject endSubject(SplittableRandom rnd) {
        Sex sex = rnd.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        return new Subject(sex, end(rnd, Subject.MIN_STATURE_M, Subject.MAX_STATURE_M),
                end(rnd, Subject.MIN_BODY_MASS_KG, Subject.MAX_BODY_MASS_KG),
                end(rnd, Subject.MIN_AGE_YEARS, Subject.MAX_AGE_YEARS));
    }

    /** Zero to five levels' disc areas given, each at an end of the accepted range (or uniform, one time in three). */
    static double[] endDiscAreas(SplittableRandom rnd) {
        double[] areas = new double[SpinalLevel.values().length];
        Arrays.fill(areas, Double.NaN);
        for (int i = rnd.nextInt(6); i > 0; i--) {
            areas[rnd.nextInt(areas.length)] = end(rnd, DiscAreaConstants.MIN_GIVEN_DISC_AREA_MM2,
                    DiscAreaConstants.MAX_GIVEN_DISC_AREA_MM2);
        }
        return areas;
    }

    /**
     * The model of a task: either muscle model, every criterion and both couplings at equal odds, either policy,
     * disc areas at their ends, one tissue parameter at an end of its range one time in six.
     */
    static PhysicsHunt.Task model(SplittableRandom rnd, Subject s, Posture p, List<HandLoad> loads) {
        MuscleModelKind kind = TestArbitraries.oneOf(rnd, MuscleModelKind.class);
        RecruitmentCriterion criterion = TestArbitraries.oneOf(rnd, RecruitmentCriterion.class);
        LevelCoupling coupling = rnd.nextBoolean() ? LevelCoupling.CHRISTOPHY_2012 : LevelCoupling.DEVIATIONS;
        OverloadPolicy policy = rnd.nextBoolean() ? OverloadPolicy.REPORT : OverloadPolicy.FAIL;
        double[] areas = endDiscAreas(rnd);
        TissueParameters tissue = TissueParameters.published();
        if (rnd.nextInt(6) == 0) {
            TissueParameter tp = TestArbitraries.oneOf(rnd, TissueParameter.class);
            tissue = tissue.with(tp, rnd.nextBoolean() ? tp.min() : tp.max());
        }
        return new PhysicsHunt.Task(s, kind, criterion, coupling, policy, areas, tissue, p, loads,
                AbdominalPressureMode.PRESCRIBED);
    }

    /** A lateral bend, twist or roll: anywhere in its range one time in two, else within +-{@code small}. */
    private static double asym(SplittableRandom rnd, double max, double small) {
        return rnd.nextBoolean() ? PhysicsHunt.anywhere(rnd, -max, max) : PhysicsHunt.anywhere(rnd, -small, small);
    }

    /**
     * A posture on a carrying support: one of six families (a backrest, with armrests one time in two; armrests;
     * hands on the thighs; trunk on the thighs; a lying surface; any legal combination holding a carrying support
     * at any angles), its lateral bend, twist and roll then redrawn (anywhere in their ranges one time in two).
     */
    static Posture supportedPosture(SplittableRandom rnd) {
        Posture p;
        switch (rnd.nextInt(6)) {
            case 0: {
                Set<Support> s = rnd.nextBoolean() ? Set.of(Support.SEAT, Support.FEET, Support.BACKREST)
                        : Set.of(Support.SEAT, Support.FEET, Support.BACKREST, Support.ARMRESTS);
                double trunk = PhysicsHunt.anywhere(rnd, -30, 20);
                double lumbar = PhysicsHunt.anywhere(rnd, -10, 40);
                double hip = Math.max(PostureRange.HIP_FLEXION_MIN_DEG, Math.min(PostureRange.HIP_FLEXION_MAX_DEG,
                        90 + trunk - lumbar + PhysicsHunt.anywhere(rnd, -10, 10)));
                boolean hang = rnd.nextInt(4) == 0;
                p = new Posture(trunk, lumbar, 0, 0, hip, PhysicsHunt.anywhere(rnd, 60, 110),
                        hang ? Double.NaN : PhysicsHunt.anywhere(rnd, -30, 120), PhysicsHunt.anywhere(rnd, 0, 130), 0,
                        s, hang, 0, 0, 0);
                break;
            }
            case 1:
                p = TestArbitraries.armrestsPosture(rnd);
                break;
            case 2:
                p = TestArbitraries.handsOnThighsPosture(rnd);
                break;
            case 3:
                p = TestArbitraries.trunkOnThighsPosture(rnd);
                break;
            case 4:
                p = TestArbitraries.lyingPosture(rnd);
                break;
            default:
                p = PhysicsHunt.anyAngles(rnd, CARRYING_COMBINATIONS.get(rnd.nextInt(CARRYING_COMBINATIONS.size())));
                break;
        }
        double roll = Math.abs(p.bodyRollDeg()) >= 45 ? p.bodyRollDeg() + asym(rnd, 5, 5) : asym(rnd, 20, 5);
        roll = Math.max(-PostureRange.BODY_ROLL_MAX_DEG, Math.min(PostureRange.BODY_ROLL_MAX_DEG, roll));
        return p.withLateralBendDeg(asym(rnd, PostureRange.LATERAL_BEND_MAX_DEG, 10))
                .withAxialRotationDeg(asym(rnd, PostureRange.AXIAL_ROTATION_MAX_DEG, 10)).withBodyRollDeg(roll);
    }

    /**
     * One or two hand loads, each in one hand one time in three each side (else both): 0-25 kg (0-60 one time in
     * six), one time in three a sideways force up to 100 N, one time in five a forward or vertical force up to
     * 100 N.
     */
    static List<HandLoad> oneHandedLoads(SplittableRandom rnd) {
        List<HandLoad> out = new ArrayList<>();
        for (int i = 1 + (rnd.nextInt(4) == 0 ? 1 : 0); i > 0; i--) {
            double mass = rnd.nextInt(6) == 0 ? PhysicsHunt.anywhere(rnd, 0, 60) : PhysicsHunt.anywhere(rnd, 0, 25);
            double fz = rnd.nextInt(3) == 0 ? PhysicsHunt.anywhere(rnd, -100, 100) : 0;
            double fx = rnd.nextInt(5) == 0 ? PhysicsHunt.anywhere(rnd, -100, 100) : 0;
            double fy = rnd.nextInt(5) == 0 ? PhysicsHunt.anywhere(rnd, -100, 100) : 0;
            int h = rnd.nextInt(3);
            out.add(new HandLoad(mass, fx, fy, fz, h == 0 ? Hands.LEFT : h == 1 ? Hands.RIGHT : Hands.BOTH, null));
        }
        return List.copyOf(out);
    }

    /** A task on a carrying support with one-handed loads, a subject at the ends of the ranges one time in two. */
    static PhysicsHunt.Task supportedTask(SplittableRandom rnd) {
        Subject s = rnd.nextBoolean() ? endSubject(rnd) : TestArbitraries.anySubject(rnd);
        Posture p = supportedPosture(rnd);
        return model(rnd, s, p, oneHandedLoads(rnd));
    }

    /**
     * A task of the whole input space ({@link PhysicsHunt#posture}, {@link PhysicsHunt#loads} one time in two, else
     * one-handed loads) with a subject at the ends of the ranges and {@link #model}'s settings.
     */
    static PhysicsHunt.Task endTask(SplittableRandom rnd) {
        Subject s = endSubject(rnd);
        Posture p = rnd.nextBoolean() ? PhysicsHunt.posture(rnd) : supportedPosture(rnd);
        List<HandLoad> loads = rnd.nextBoolean() ? PhysicsHunt.loads(rnd) : oneHandedLoads(rnd);
        return model(rnd, s, p, loads);
    }

    // ------------------------------------------------------------ the full mirror check

    /** The name of a muscle line's mirror partner: {@code _l} and {@code _r} swapped. */
    static String partner(String name) {
        if (name.endsWith("_l")) {
            return name.substring(0, name.length() - 2) + "_r";
        }
        if (name.endsWith("_r")) {
            return name.substring(0, name.length() - 2) + "_l";
        }
        throw new IllegalArgumentException("a muscle line without a side: " + name);
    }

    /** A support reaction's contact name with its side swapped. */
    static String mirroredContact(String contact) {
        return contact.contains("left") ? contact.replace("left", "right")
                : contact.contains("right") ? contact.replace("right", "left") : contact;
    }

    /** The worst relative differences (|a - b| / max(|a|, |b|, 1)) of a mirror comparison, by what was compared. */
    static final class Worst {
        double levels;
        double muscles;
        double reactions;
        String where = "";

        void levels(double d, String at) {
            if (d > levels) {
                levels = d;
                where = at;
            }
        }

        void muscles(double d, String at) {
            if (d > muscles) {
                muscles = d;
                if (d > levels) {
                    where = at;
                }
            }
        }

        void reactions(double d, String at) {
            if (d > reactions) {
                reactions = d;
            }
        }

        double max() {
            return Math.max(levels, Math.max(muscles, reactions));
        }
    }

    /** |a - b| / max(|a|, |b|, floor). */
    private static double rel(double a, double b, double floor) {
        return Math.abs(a - b) / Math.max(floor, Math.max(Math.abs(a), Math.abs(b)));
    }

    /**
     * Compares a result with the result of the mirrored task: every level's compression, AP shear, flexion and
     * passive moment and pressure equal, lateral shear, lateral and axial moment opposite; every muscle line's force
     * equal to its partner's; the abdominal pressure's and backrest's forces equal; every support reaction equal to
     * its mirrored contact's (forward and vertical force equal, sideways force, point's side and twist opposite),
     * each hand's push on its thigh equal to the other hand's mirrored one, the trunk's push on the thighs mirrored.
     * Differences are relative to the larger value, or to {@code floor} (N, N·m) where both are smaller.
     */
    static Worst compareMirrored(AnalysisResult a, AnalysisResult b, double floor) {
        Worst w = new Worst();
        java.util.function.DoubleBinaryOperator d = (u, v) -> rel(u, v, floor);
        for (SpinalLevel level : SpinalLevel.values()) {
            LevelLoad x = a.level(level);
            LevelLoad y = b.level(level);
            double worst = 0;
            double[][] pairs = {{x.compressionN(), y.compressionN()}, {x.apShearN(), y.apShearN()},
                {x.lateralShearN(), -y.lateralShearN()}, {x.flexionMomentNm(), y.flexionMomentNm()},
                {x.lateralMomentNm(), -y.lateralMomentNm()}, {x.axialMomentNm(), -y.axialMomentNm()},
                {x.passiveMomentNm(), y.passiveMomentNm()}, {x.idpMPa(), y.idpMPa()}};
            for (double[] pair : pairs) {
                worst = Math.max(worst, d.applyAsDouble(pair[0], pair[1]));
            }
            w.levels(worst, level.label() + ": " + x + " vs " + y);
        }
        Map<String, MuscleForce> byName = new HashMap<>();
        for (MuscleForce m : b.muscles()) {
            byName.put(m.name(), m);
        }
        for (MuscleForce m : a.muscles()) {
            MuscleForce o = byName.get(partner(m.name()));
            w.muscles(d.applyAsDouble(m.forceN(), o.forceN()),
                    m.name() + " " + m.forceN() + " N vs " + o.name() + " " + o.forceN() + " N");
        }
        w.levels(Math.max(d.applyAsDouble(a.iapForceN(), b.iapForceN()),
                d.applyAsDouble(a.backrestForceN(), b.backrestForceN())),
                "iap " + a.iapForceN() + "/" + b.iapForceN() + ", backrest " + a.backrestForceN() + "/"
                        + b.backrestForceN());
        Map<String, SupportReaction> rb = new HashMap<>();
        for (SupportReaction r : b.balance().reactions()) {
            rb.put(r.contact(), r);
        }
        for (SupportReaction r : a.balance().reactions()) {
            SupportReaction o = rb.get(mirroredContact(r.contact()));
            if (o == null) {
                w.reactions(Double.POSITIVE_INFINITY, "no mirrored contact for " + r.contact());
                continue;
            }
            w.reactions(Math.max(Math.max(d.applyAsDouble(r.forceXN(), o.forceXN()),
                            d.applyAsDouble(r.forceYN(), o.forceYN())),
                    Math.max(d.applyAsDouble(r.forceZN(), -o.forceZN()), d.applyAsDouble(r.twistNm(), -o.twistNm()))),
                    r.contact());
        }
        if (a.balance().reactions().size() != b.balance().reactions().size()) {
            w.reactions(Double.POSITIVE_INFINITY, "reaction counts differ");
        }
        List<HandOnThighPush> ha = a.handsOnThighs();
        List<HandOnThighPush> hb = b.handsOnThighs();
        if (ha.size() != hb.size()) {
            w.reactions(Double.POSITIVE_INFINITY, "hands-on-thighs counts differ");
        } else if (ha.size() == 2) {
            for (int i = 0; i < 2; i++) {
                HandOnThighPush x = ha.get(i);
                HandOnThighPush y = hb.get(1 - i);
                w.reactions(Math.max(Math.max(d.applyAsDouble(x.forceYN(), y.forceYN()),
                                d.applyAsDouble(x.forceXN(), y.forceXN())),
                        Math.max(d.applyAsDouble(x.forceZN(), -y.forceZN()),
                                d.applyAsDouble(x.gapM() * 1e3, y.gapM() * 1e3))), "hand " + i);
            }
        }
        if ((a.trunkOnThighs() == null) != (b.trunkOnThighs() == null)) {
            w.reactions(Double.POSITIVE_INFINITY, "trunk-on-thighs presence differs");
        } else if (a.trunkOnThighs() != null) {
            w.reactions(Math.max(Math.max(d.applyAsDouble(a.trunkOnThighs().forceXN(), b.trunkOnThighs().forceXN()),
                    d.applyAsDouble(a.trunkOnThighs().forceYN(), b.trunkOnThighs().forceYN())),
                    d.applyAsDouble(a.trunkOnThighs().forceZN(), -b.trunkOnThighs().forceZN())), "trunk on thighs");
        }
        return w;
    }

    /**
     * The largest relative difference between each muscle line's force and its partner's, and between each level's
     * lateral loads and zero (relative, floor 1 N): what a mirror-symmetric task must leave at round-off.
     */
    static double leftRightAsymmetry(AnalysisResult r) {
        Map<String, MuscleForce> byName = new HashMap<>();
        for (MuscleForce m : r.muscles()) {
            byName.put(m.name(), m);
        }
        double worst = 0;
        for (MuscleForce m : r.muscles()) {
            worst = Math.max(worst, rel(m.forceN(), byName.get(partner(m.name())).forceN(), 1));
        }
        for (LevelLoad l : r.levels()) {
            worst = Math.max(worst, Math.max(Math.abs(l.lateralShearN()),
                    Math.max(Math.abs(l.lateralMomentNm()), Math.abs(l.axialMomentNm()))));
        }
        return worst;
    }
}
