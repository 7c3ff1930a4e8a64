package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.DeLeva1996;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.model.GeometryTestAccess;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * The lower contacts' resultant (the base, {@link Workspace#baseResultant()}) is checked as the point
 * contacts are: it pushes, its friction is within the surface's measured coefficient where it stands for
 * the seat alone, and its centre of pressure lies within its contacts' region (their convex hull, a foot
 * from heel to toe tip, widened by {@link Support#CONTACT_TOLERANCE_M}, or for the feet alone by the legs'
 * length). The two reproducers of the audit of 2026-12-07 were reported as solved (or refused by the
 * facade only for the 3 m reach); they are now refused by the workspace, naming the supports.
 */
class BaseResultantCheckTest {
    /** Seed of the property's draws. */
    private static final long SEED = 20261207L;
    /** Draws of the property. */
    private static final int DRAWS = 600;
    /** Directions of the support-function test of the centre of pressure. */
    private static final int DIRECTIONS = 720;

    @Test
    void aSeatResultantMetresBehindTheDiscIsRefusedByTheWorkspace() {
        Subject subject = new Subject(Sex.MALE, 1.85, 35, 58);
        Posture posture = new Posture(33.46, 23.12, 0.55, 8.84, 114.35, 14.21, 44.5, 77.08, 9.86,
                Set.of(Support.SEAT, Support.BACKREST, Support.LYING_SURFACE, Support.KNEES, Support.ARMRESTS,
                        Support.HANDS_ON_THIGHS));
        List<HandLoad> loads = List.of(new HandLoad(6.92, -50, 0, 0, Hands.RIGHT, null));
        Workspace ws = solve(subject, posture, loads);
        assertThat(ws.solved()).isFalse();
        assertThat(ws.baseOutsideContactsM()).isGreaterThan(8);
        BaseOutsideContactsException e = assertThrows(BaseOutsideContactsException.class,
                () -> Lumbosim.analyze(subject, posture, loads));
        assertThat(e.reason()).startsWith("seat, lying_surface, knees: the lower contacts' resultant (1.1 N up, 48.2 N "
                + "horizontal) would act at [-8.36").endsWith("m outside its contacts (at most 0.030 m allowed)");
        assertThat(e.support()).contains(Support.SEAT);
        assertThat(e.pushN()).isBetween(1.0, 1.3);
        assertThat(e.outsideM()).isGreaterThan(8);
        assertThat(e.getMessage()).startsWith("the supports [SEAT, BACKREST, LYING_SURFACE, KNEES, ARMRESTS, "
                + "HANDS_ON_THIGHS] cannot hold the body: seat, lying_surface, knees:").contains("no contact is there to push");
    }

    @Test
    void aFeetResultantBehindTheSeatIsRefused() {
        Subject subject = new Subject(Sex.MALE, 1.52, 48.9, 16);
        Posture posture = new Posture(91.55, 40.22, 0, 0, 116.63, 120, 138.32, 89.89, 0,
                Set.of(Support.FEET, Support.SEAT, Support.BACKREST, Support.LYING_SURFACE, Support.LEGS_ON_FLOOR));
        List<HandLoad> loads = List.of(new HandLoad(0.75, -42.29, 0, 40.57, Hands.RIGHT, null));
        Workspace ws = solve(subject, posture, loads);
        assertThat(ws.solved()).isFalse();
        assertThat(ws.baseResultant()).isTrue();
        BaseOutsideContactsException e = assertThrows(BaseOutsideContactsException.class,
                () -> Lumbosim.analyze(subject, posture, loads));
        assertThat(e.reason()).startsWith("feet, seat, lying_surface, legs_on_floor: the lower contacts' resultant "
                + "(12.8 N up, 58.9 N horizontal) would act at [-1.648");
        assertThat(e.support()).contains(Support.FEET);
    }

    @Test
    void aSeatAloneNeedingMoreFrictionThanMeasuredSlides() {
        // leaning back 40 deg on a seat alone, legs straight ahead, pushed back by 500 N at the hands
        Posture posture = new Posture(-40, 0, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.SEAT));
        List<HandLoad> loads = List.of(new HandLoad(0, -500, 0, 0, Hands.BOTH, null));
        Workspace ws = solve(Subject.defaultSubject(), posture, loads);
        assertThat(ws.solved()).isFalse();
        assertThat(ws.slidingSupport()).isEqualTo(Support.SEAT);
        assertThat(ws.neededFrictionRatio()).isGreaterThan(ws.allowedFrictionRatio());
        SlidingSupportException e = assertThrows(SlidingSupportException.class,
                () -> Lumbosim.analyze(Subject.defaultSubject(), posture, loads));
        assertThat(e.reason()).startsWith("seat: the lower contacts' resultant needs friction 0.7")
                .endsWith("(at most 0.572, the largest measured static coefficient)");
        // a smaller push is held
        List<HandLoad> light = List.of(new HandLoad(0, -100, 0, 0, Hands.BOTH, null));
        assertThat(Lumbosim.analyze(Subject.defaultSubject(), posture, light).balance().reactions()).isNotEmpty();
    }

    @Test
    void feetAloneMayCarryTheBodyOnlyWithinTheLegsReach() {
        // pulled up by 600 N and back by 100 N: the feet's push of 86 N would act about 2.5 m behind them
        Posture posture = new Posture(0, 0, 0, 0, 0, 0, 90, 0, 0, Set.of(Support.FEET));
        List<HandLoad> loads = List.of(new HandLoad(0, 100, 600, 0, Hands.BOTH, null));
        Workspace ws = solve(Subject.defaultSubject(), posture, loads);
        assertThat(ws.solved()).isFalse();
        assertThat(ws.baseAllowedOutsideM()).isEqualTo(legsM(ws), org.assertj.core.data.Offset.offset(1e-9));
        BaseOutsideContactsException e = assertThrows(BaseOutsideContactsException.class,
                () -> Lumbosim.analyze(Subject.defaultSubject(), posture, loads));
        assertThat(e.reason()).startsWith("feet: the lower contacts' resultant (86.");
        assertThat(e.outsideM()).isGreaterThan(ws.baseAllowedOutsideM());
        // standing upright with a load is within the feet
        assertThat(Lumbosim.analyze(Subject.defaultSubject(), Posture.uprightStanding(), List.of(HandLoad.ofMassKg(20)))
                .balance().reactions()).anySatisfy(r -> assertThat(r.support()).isEqualTo(Support.FEET));
    }

    /**
     * Property over seeded random forward-bent postures on every support combination of the feet, the seat
     * and the knees (with or without backrest, armrests and hands on the thighs) under random hand loads:
     * every solved task's base resultant pushes, acts within its contacts' region widened by the allowed
     * distance (checked independently of the model's hull by its support function in 720 directions), and,
     * standing for the seat alone, within its measured friction. Refused draws are counted; at least a
     * fifth of the draws must be solved with a base.
     */
    @Test
    void everySolvedBasePushesWithinItsContactsAndFriction() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        List<Set<Support>> sets = new ArrayList<>();
        for (Set<Support> s : ModelPropertiesTest.SUPPORTS_WITHOUT_UPPER_CONTACTS) {
            if (s.stream().noneMatch(x -> x == Support.LYING_SURFACE || x == Support.LEGS_ON_FLOOR
                    || x == Support.PELVIS_ON_FLOOR) && s.stream().anyMatch(x -> x == Support.FEET
                    || x == Support.SEAT || x == Support.KNEES)) {
                sets.add(s);
            }
        }
        int solvedWithBase = 0;
        int refused = 0;
        for (int i = 0; i < DRAWS; i++) {
            Subject subject = TestArbitraries.anySubject(rnd);
            Set<Support> supports = sets.get(rnd.nextInt(sets.size()));
            Posture p = TestArbitraries.bentPostureOn(rnd, supports, 0);
            List<HandLoad> loads = TestArbitraries.loadList(rnd);
            LumbarModel model = LumbarModel.of(subject);
            Workspace ws = model.newWorkspace();
            model.solve(p, loads, ws);
            if (!ws.solved()) {
                refused++;
                continue;
            }
            if (!ws.baseResultant()) {
                continue;
            }
            solvedWithBase++;
            String task = "draw " + i + ": " + subject + ", " + p + ", " + loads;
            int base = ws.supportReactionCount() - 1;
            double push = ws.supportReactionForceN(base, 1);
            assertThat(push).as(task).isGreaterThanOrEqualTo(0);
            if (push == 0) {
                continue;
            }
            double x = ws.supportReactionPointM(base, 0);
            double z = ws.supportReactionPointM(base, 2);
            List<double[]> region = new ArrayList<>();
            boolean feetAlone = true;
            for (int c = 0; c < base; c++) {
                if (ws.supportReactionSupport(c) == Support.FEET) {
                    int side = ws.supportReactionSide(c);
                    Landmark ankle = side == 0 ? Landmark.ANKLE_LEFT : Landmark.ANKLE_RIGHT;
                    Landmark toe = side == 0 ? Landmark.TOE_LEFT : Landmark.TOE_RIGHT;
                    double heel = (1 - DeLeva1996.FOOT_TOE_AHEAD_OF_ANKLE) / DeLeva1996.FOOT_TOE_AHEAD_OF_ANKLE;
                    double ax = ws.landmarkM(ankle, 0), az = ws.landmarkM(ankle, 2);
                    double tx = ws.landmarkM(toe, 0), tz = ws.landmarkM(toe, 2);
                    region.add(new double[] {tx, tz});
                    region.add(new double[] {ax - heel * (tx - ax), az - heel * (tz - az)});
                } else if (ws.supportReactionSupport(c) == Support.SEAT) {
                    // the tuberosity's outline lies within the contact tolerance of the seat along a chord in
                    // the pelvis's sagittal plane (horizontally: up x the hips' axis)
                    feetAlone = false;
                    double r = GeometryTestAccess.ischiumRadiusM(model);
                    double t = Support.CONTACT_TOLERANCE_M;
                    double lx = ws.landmarkM(Landmark.HIP_RIGHT, 0) - ws.landmarkM(Landmark.HIP_LEFT, 0);
                    double lz = ws.landmarkM(Landmark.HIP_RIGHT, 2) - ws.landmarkM(Landmark.HIP_LEFT, 2);
                    double half = Math.sqrt(2 * r * t - t * t) / Math.hypot(lx, lz);
                    double px = ws.supportReactionPointM(c, 0), pz = ws.supportReactionPointM(c, 2);
                    region.add(new double[] {px + half * lz, pz - half * lx});
                    region.add(new double[] {px - half * lz, pz + half * lx});
                    // and the thigh lying on it, at most to the knee
                    Landmark knee = ws.supportReactionSide(c) == 0 ? Landmark.KNEE_LEFT : Landmark.KNEE_RIGHT;
                    region.add(new double[] {ws.landmarkM(knee, 0), ws.landmarkM(knee, 2)});
                } else {
                    feetAlone = false;
                    region.add(new double[] {ws.supportReactionPointM(c, 0), ws.supportReactionPointM(c, 2)});
                }
            }
            double allowed = feetAlone ? legsM(ws) : Support.CONTACT_TOLERANCE_M;
            for (int d = 0; d < DIRECTIONS; d++) {
                double ux = Math.cos(2 * Math.PI * d / DIRECTIONS), uz = Math.sin(2 * Math.PI * d / DIRECTIONS);
                double reach = Double.NEGATIVE_INFINITY;
                for (double[] q : region) {
                    reach = Math.max(reach, ux * q[0] + uz * q[1]);
                }
                assertThat(ux * x + uz * z).as(task).isLessThanOrEqualTo(reach + allowed + 1e-9);
            }
            boolean seatAlone = base == 2 && ws.supportReactionSupport(0) == Support.SEAT;
            if (seatAlone) {
                double ratio = Math.hypot(ws.supportReactionForceN(base, 0), ws.supportReactionForceN(base, 2)) / push;
                assertThat(ratio).as(task).isLessThanOrEqualTo(0.572);
            }
        }
        System.out.printf("BaseResultantCheckTest: %d draws, %d solved with a base, %d refused%n", DRAWS,
                solvedWithBase, refused);
        assertThat(solvedWithBase).isGreaterThan(DRAWS / 5);
    }

    private static Workspace solve(Subject subject, Posture posture, List<HandLoad> loads) {
        LumbarModel m = LumbarModel.of(subject);
        Workspace ws = m.newWorkspace();
        m.solve(posture, loads, ws);
        return ws;
    }

    /** The left leg's length from the landmarks: hip to knee plus knee to ankle (m). */
    private static double legsM(Workspace ws) {
        return distance(ws, Landmark.HIP_LEFT, Landmark.KNEE_LEFT) + distance(ws, Landmark.KNEE_LEFT, Landmark.ANKLE_LEFT);
    }

    private static double distance(Workspace ws, Landmark a, Landmark b) {
        return Math.sqrt(Math.pow(ws.landmarkM(a, 0) - ws.landmarkM(b, 0), 2)
                + Math.pow(ws.landmarkM(a, 1) - ws.landmarkM(b, 1), 2)
                + Math.pow(ws.landmarkM(a, 2) - ws.landmarkM(b, 2), 2));
    }
}
