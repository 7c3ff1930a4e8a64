package org.lumbosim.viz;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lumbosim.anthropometry.DeLeva1996;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.TissueConstants;
import org.lumbosim.posture.Support;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.BodyPose;
import org.lumbosim.result.HandOnThighPush;
import org.lumbosim.result.SupportReaction;
import org.lumbosim.result.TrunkOnThighsPush;
import org.lumbosim.result.WholeBodyBalance;

/**
 * What a stick figure shows, in world coordinates (m; x anterior of the pelvis's standing frame, y
 * up, z right), before any drawing: the body's segments, the floor and every support where the
 * model's contacts put them, the whole-body centre of mass and the base of support. Pure geometry,
 * so that it can be tested without drawing.
 *
 * <p>The model's contacts act at joint centres (knees, hips, shoulders) or at the hands' and feet's
 * centres of mass; a real body has soft tissue and bone between those points and the surface. Each
 * contact therefore lies a stated tissue depth above its surface ({@link Contact#tissueM()}, drawing
 * assumptions of this class, not model constants): the floor is placed under the lowest contact at
 * that depth, and a contact "touches" when its point lies that depth above the surface, within
 * {@link #CONTACT_TOLERANCE_M}.
 *
 * @param segments the body's segments (straight lines between landmarks)
 * @param floorYM height of the floor (m)
 * @param contacts every contact point with the surface it touches
 * @param props seat, backrest, armrests, sled and box, where present
 * @param centreOfMassM the whole body's centre of mass, with a held load when there is one (m)
 * @param baseMinXM rear end of the base of support (m): the load-bearing contacts' extent along x
 * @param baseMaxXM front end of the base of support (m)
 * @param view the view that shows the posture best
 * @param trunkOnThighs the thighs' push on a trunk resting on them ({@link Support#TRUNK_ON_THIGHS}), drawn
 *     as an arrow onto the abdomen, or {@code null} when the posture has none
 * @param handsOnThighs the thighs' push on each hand resting on them ({@link Support#HANDS_ON_THIGHS},
 *     {@link AnalysisResult#handsOnThighs()}), drawn as the trunk's is where a hand is carried (a push
 *     above zero); empty when the posture has none or the scene was made without a solve
 */
public record StickScene(List<Segment> segments, double floorYM, List<Contact> contacts, List<Prop> props,
                         PositionM centreOfMassM, double baseMinXM, double baseMaxXM, View view,
                         TrunkOnThighsPush trunkOnThighs, List<HandOnThighPush> handsOnThighs) {

    /**
     * How far a contact may lie from its surface (beyond its tissue depth) and still touch (m): the
     * model's own tolerance for the trunk on the thighs ({@link Support#CONTACT_TOLERANCE_M}).
     */
    public static final double CONTACT_TOLERANCE_M = Support.CONTACT_TOLERANCE_M;
    /** Tissue under a hand's centre of mass on the floor (m): half a hand's thickness. Drawing assumption. */
    public static final double HAND_TISSUE_M = 0.015;
    /** Tissue under the forearm's axis lying on the floor (m). Drawing assumption. */
    public static final double FOREARM_TISSUE_M = 0.03;
    /** Thickness of an armchair's armrest and its post (m). Drawing assumption. */
    public static final double ARMREST_THICKNESS_M = 0.04;
    /** Tissue under a knee joint centre when kneeling (patella, tibial tuberosity; m). Drawing assumption. */
    public static final double KNEE_TISSUE_M = 0.05;
    /** Tissue under the shank's axis lying on the floor (m). Drawing assumption. */
    public static final double SHANK_TISSUE_M = 0.05;
    /**
     * Depth of the hip joint centre above a seat or the floor under the buttocks, the ischia or the
     * pubis (m). Drawing assumption, of the order of the ischial tuberosity's depth below the hip
     * joint plus the soft tissue under it.
     */
    public static final double HIP_TISSUE_M = 0.09;
    /**
     * Soft tissue under the pelvis's lowest bone, the sacral crest or an ischial tuberosity, where
     * the model's pelvis rests on the floor ({@code Landmark.PELVIS_REST_LEFT}; m). Drawing assumption.
     */
    public static final double PELVIS_BONE_TISSUE_M = 0.02;
    /** Depth of the shoulder joint centre above the floor when lying on the back (scapula, tissue; m). */
    public static final double SHOULDER_TISSUE_M = 0.07;
    /** Depth of the spine's axis (disc centres, C7) above a surface the back or front lies on (m). */
    public static final double TRUNK_TISSUE_M = 0.08;
    /**
     * The neck's flexion range (deg): how far the figure may turn the head forward about C7 to lay it
     * on the floor when the body rests on its shoulder blades. The normal forward flexion of the
     * cervical spine, 0 to 45 deg, of the US Department of Veterans Affairs' rating schedule: 38 CFR
     * 4.71a, General Rating Formula for Diseases and Injuries of the Spine, Note (2) (read as a quote of
     * the regulation's text in a public repository; secondary).
     */
    public static final double NECK_FLEXION_MAX_DEG = 45;
    /** Height of a seat drawn under a leg-press's pelvis when the feet push a sled, not the floor (m). */
    public static final double SEAT_HEIGHT_M = 0.45;
    /** Depth of the back's surface behind the spine's axis, where a backrest is drawn (m). */
    public static final double BACK_DEPTH_M = 0.1;
    /**
     * Side of the box drawn for a load of {@link #BOX_REFERENCE_KG} held in the hands (m), and the seat's
     * least depth on either side of the hips. Drawing assumption.
     */
    public static final double BOX_SIDE_M = 0.3;
    /**
     * The mass of a held load drawn as a cube of side {@link #BOX_SIDE_M} (kg); other masses are drawn as
     * cubes of the same density, their side growing as the cube root of the mass ({@link #boxSideM}).
     * Drawing assumption: a 10 kg carton 30 cm on a side (about 370 kg/m³).
     */
    public static final double BOX_REFERENCE_KG = 10;
    /**
     * Room kept between a held load's box and the segments of the legs, trunk and head and the props
     * (seat, backrest, armrests, sled) in the side view (m): about a drawn limb's half width and a gap.
     * Drawing assumption.
     */
    public static final double BOX_CLEARANCE_M = 0.04;
    /**
     * Supports of a lifter who stands, squats or sits on its feet and holds a load in front
     * ({@link Support#FEET} among them, and no other but these): its box is never drawn behind it.
     */
    static final Set<Support> UPRIGHT_SUPPORTS = Set.of(Support.FEET, Support.SEAT, Support.BACKREST,
            Support.ARMRESTS, Support.HANDS_ON_THIGHS, Support.TRUNK_ON_THIGHS);
    /** Lateral bend (deg) from which the frontal view shows a posture better than the side view. */
    public static final double FRONTAL_BEND_DEG = 10;
    /** Body roll (deg) from which the frontal view shows a posture better than the side view. */
    public static final double FRONTAL_ROLL_DEG = 45;
    /** Steps of each ternary search in {@link #limbClearanceM}: each keeps two thirds of the interval. */
    private static final int SEARCH_STEPS = 80;
    /** Share of a segment's length at each end where a side-view crossing does not count. */
    private static final double END_SHARE = 0.02;

    /** Which side of the body a segment belongs to (the far one is drawn lighter in a side view). */
    public enum Side {
        /** Left limbs. */
        LEFT,
        /** Head, spine and pelvis. */
        MIDDLE,
        /** Right limbs. */
        RIGHT
    }

    /** The projection a figure uses. */
    public enum View {
        /** From the right side: x to the right, y up. */
        SAGITTAL,
        /** From the front: the body's right to the viewer's left (-z to the right), y up. */
        FRONTAL
    }

    /** What a prop is. */
    public enum PropKind {
        /** A seat under the pelvis. */
        SEAT,
        /** A backrest behind the thorax. */
        BACKREST,
        /** A leg-press sled's foot plate. */
        SLED,
        /** A box held in the hands. */
        BOX,
        /** An armchair's armrest under a forearm, on a post standing on the seat. */
        ARMREST,
        /**
         * A leader line (two points, from the grips to the box's top) where a held load's box is drawn
         * beside the body: no outline to fill.
         */
        LEADER
    }

    /**
     * One straight segment of the body.
     *
     * @param name e.g. {@code "thigh"}, {@code "upper arm"}
     * @param side which side
     * @param from one end (m)
     * @param to the other end (m)
     */
    public record Segment(String name, Side side, PositionM from, PositionM to) {
        /** Checks that every component is given. */
        public Segment {
            Checks.given(name, "name");
            Checks.given(side, "side");
            Checks.given(from, "from");
            Checks.given(to, "to");
        }

        /** @return whether it is part of an arm (upper arm, forearm or hand) */
        public boolean arm() {
            return name.equals("upper arm") || name.equals("forearm") || name.equals("hand");
        }

        /** @return whether it is part of a leg (thigh, shank or foot) */
        public boolean leg() {
            return name.equals("thigh") || name.equals("shank") || name.equals("foot");
        }
    }

    /**
     * A point of the body resting on a surface.
     *
     * @param support the support it belongs to
     * @param name e.g. {@code "right knee"}
     * @param pointM the body's point (m)
     * @param surfaceYM height of the surface it rests on (m)
     * @param tissueM depth of tissue between the point and the surface (m)
     */
    public record Contact(Support support, String name, PositionM pointM, double surfaceYM, double tissueM) {
        /** Checks that every component is given. */
        public Contact {
            Checks.given(support, "support");
            Checks.given(name, "name");
            Checks.given(pointM, "pointM");
        }

        /** @return how far the point lies above the surface beyond its tissue depth (m; negative = in it) */
        public double gapM() {
            return pointM.yM() - tissueM - surfaceYM;
        }

        /**
         * @return whether the surroundings carry the body here (part of the base of support): every
         *     contact but those on the body's own thighs, a hand's ({@link Support#HANDS_ON_THIGHS}) and
         *     the abdomen's ({@link Support#TRUNK_ON_THIGHS})
         */
        public boolean onSurroundings() {
            return support != Support.HANDS_ON_THIGHS && support != Support.TRUNK_ON_THIGHS;
        }
    }

    /**
     * A piece of furniture or equipment, a box in the x-y plane extruded across z.
     *
     * @param kind what it is
     * @param outline its side-view outline, (x, y) pairs in order (m)
     * @param zMinM its right-left extent: least z (m)
     * @param zMaxM greatest z (m)
     */
    public record Prop(PropKind kind, List<double[]> outline, double zMinM, double zMaxM) {
        /** Copies the outline. */
        public Prop {
            Checks.given(kind, "kind");
            Checks.givenEach(outline, "outline");
            outline = List.copyOf(outline);
        }
    }

    /**
     * The side of the box drawn for a held load: a cube of the density of {@link #BOX_REFERENCE_KG} in a
     * cube of side {@link #BOX_SIDE_M}, so that twice the mass is drawn 2^(1/3) = 1.26 times as wide
     * (1 kg: 0.14 m, 10 kg: 0.30 m, 20 kg: 0.38 m).
     *
     * @param massKg the load's mass (kg, positive)
     * @return the box's side (m)
     */
    public static double boxSideM(double massKg) {
        if (!(massKg > 0) || Double.isInfinite(massKg)) {
            throw new IllegalArgumentException("massKg = " + massKg + " is not positive and finite");
        }
        return BOX_SIDE_M * Math.cbrt(massKg / BOX_REFERENCE_KG);
    }

    /** Copies the lists. */
    public StickScene {
        Checks.givenEach(segments, "segments");
        Checks.givenEach(contacts, "contacts");
        Checks.givenEach(props, "props");
        Checks.given(centreOfMassM, "centreOfMassM");
        Checks.given(view, "view");
        Checks.givenEach(handsOnThighs, "handsOnThighs");
        segments = List.copyOf(segments);
        contacts = List.copyOf(contacts);
        props = List.copyOf(props);
        handsOnThighs = List.copyOf(handsOnThighs);
    }

    /**
     * A scene without hands resting on the thighs.
     *
     * @param segments the body's segments
     * @param floorYM height of the floor (m)
     * @param contacts every contact point with the surface it touches
     * @param props seat, backrest, armrests, sled and box, where present
     * @param centreOfMassM the whole body's centre of mass (m)
     * @param baseMinXM rear end of the base of support (m)
     * @param baseMaxXM front end of the base of support (m)
     * @param view the view that shows the posture best
     * @param trunkOnThighs the thighs' push on the trunk, or {@code null} for none
     */
    public StickScene(List<Segment> segments, double floorYM, List<Contact> contacts, List<Prop> props,
                      PositionM centreOfMassM, double baseMinXM, double baseMaxXM, View view,
                      TrunkOnThighsPush trunkOnThighs) {
        this(segments, floorYM, contacts, props, centreOfMassM, baseMinXM, baseMaxXM, view, trunkOnThighs, List.of());
    }

    /**
     * A scene without a trunk resting on the thighs.
     *
     * @param segments the body's segments
     * @param floorYM height of the floor (m)
     * @param contacts every contact point with the surface it touches
     * @param props seat, backrest, armrests, sled and box, where present
     * @param centreOfMassM the whole body's centre of mass (m)
     * @param baseMinXM rear end of the base of support (m)
     * @param baseMaxXM front end of the base of support (m)
     * @param view the view that shows the posture best
     */
    public StickScene(List<Segment> segments, double floorYM, List<Contact> contacts, List<Prop> props,
                      PositionM centreOfMassM, double baseMinXM, double baseMaxXM, View view) {
        this(segments, floorYM, contacts, props, centreOfMassM, baseMinXM, baseMaxXM, view, null, List.of());
    }

    /**
     * The scene of a solve whose supports are read from its reactions (a backrest that pushes
     * nothing is then not drawn) and from its thighs' push on the trunk and on the hands, if any.
     *
     * @param result a solve
     * @return the scene
     */
    public static StickScene of(AnalysisResult result) {
        Checks.given(result, "result");
        Set<Support> supports = EnumSet.noneOf(Support.class);
        if (result.balance() != null) {
            for (SupportReaction r : result.balance().reactions()) {
                if (r.support() != null) {
                    supports.add(r.support());
                }
            }
        }
        if (result.trunkOnThighs() != null) {
            supports.add(Support.TRUNK_ON_THIGHS);
        }
        if (!result.handsOnThighs().isEmpty()) {
            supports.add(Support.HANDS_ON_THIGHS);
        }
        return of(result, supports, 0);
    }

    /**
     * @param result a solve
     * @param supports the posture's supports
     * @param handLoadKg mass held in the hands (kg; 0 for none), drawn as a box
     * @return the scene
     */
    public static StickScene of(AnalysisResult result, Set<Support> supports, double handLoadKg) {
        Checks.given(result, "result");
        Checks.given(supports, "supports");
        return of(result.pose(), result.balance(), supports.contains(Support.TRUNK_ON_THIGHS)
                ? result.trunkOnThighs() : null, supports.contains(Support.HANDS_ON_THIGHS)
                ? result.handsOnThighs() : List.of(), supports, handLoadKg);
    }

    /**
     * The scene of a pose whose loads may not be solved (e.g. the muscles could not balance it): the
     * explorer's page draws every setting of its sliders with this.
     *
     * @param pose where the body is
     * @param balance the support reactions and whole-body centre of mass, or null when unknown (the
     *     centre of mass is then drawn at the hips)
     * @param supports the posture's supports
     * @param handLoadKg mass held in the hands (kg; 0 for none), drawn as a box
     * @return the scene
     */
    public static StickScene of(BodyPose pose, WholeBodyBalance balance, Set<Support> supports, double handLoadKg) {
        Checks.given(pose, "pose");
        Checks.given(supports, "supports");
        return of(pose, balance, null, supports, handLoadKg);
    }

    /**
     * The scene of a pose whose loads may not be solved, with the thighs' push on a trunk resting on
     * them: the explorer's page draws its seated settings with this (the push read from its solve's
     * workspace, whose point and gap exist whether or not the loads were solved).
     *
     * @param pose where the body is
     * @param balance the support reactions and whole-body centre of mass, or null when unknown
     * @param trunkOnThighs the thighs' push on the trunk, or null for none (then as
     *     {@link #of(BodyPose, WholeBodyBalance, Set, double)})
     * @param supports the posture's supports
     * @param handLoadKg mass held in the hands (kg; 0 for none), drawn as a box
     * @return the scene
     */
    public static StickScene of(BodyPose pose, WholeBodyBalance balance, TrunkOnThighsPush trunkOnThighs,
                                Set<Support> supports, double handLoadKg) {
        Checks.given(pose, "pose");
        Checks.given(supports, "supports");
        return of(pose, balance, trunkOnThighs, List.of(), supports, handLoadKg);
    }

    private static StickScene of(BodyPose pose, WholeBodyBalance balance, TrunkOnThighsPush trunkOnThighs,
                                 List<HandOnThighPush> handsOnThighs, Set<Support> supports, double handLoadKg) {
        Map<Landmark, PositionM> lm = pose.landmarks();
        List<Segment> seg = new ArrayList<>();
        PositionM hipMid = mid(lm.get(Landmark.HIP_LEFT), lm.get(Landmark.HIP_RIGHT));
        PositionM prev = hipMid;
        for (PositionM c : pose.discCentres()) {
            seg.add(new Segment("spine", Side.MIDDLE, prev, c));
            prev = c;
        }
        PositionM c7 = lm.get(Landmark.C7);
        seg.add(new Segment("thoracic spine", Side.MIDDLE, prev, c7));
        seg.add(new Segment("head", Side.MIDDLE, c7, lm.get(Landmark.HEAD_TOP)));
        for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
            boolean l = side == Side.LEFT;
            seg.add(new Segment("pelvis", Side.MIDDLE, hipMid, lm.get(l ? Landmark.HIP_LEFT : Landmark.HIP_RIGHT)));
            seg.add(new Segment("shoulder girdle", Side.MIDDLE, c7,
                    lm.get(l ? Landmark.SHOULDER_LEFT : Landmark.SHOULDER_RIGHT)));
            seg.add(new Segment("upper arm", side, lm.get(l ? Landmark.SHOULDER_LEFT : Landmark.SHOULDER_RIGHT),
                    lm.get(l ? Landmark.ELBOW_LEFT : Landmark.ELBOW_RIGHT)));
            seg.add(new Segment("forearm", side, lm.get(l ? Landmark.ELBOW_LEFT : Landmark.ELBOW_RIGHT),
                    lm.get(l ? Landmark.WRIST_LEFT : Landmark.WRIST_RIGHT)));
            seg.add(new Segment("hand", side, lm.get(l ? Landmark.WRIST_LEFT : Landmark.WRIST_RIGHT),
                    lm.get(l ? Landmark.GRIP_LEFT : Landmark.GRIP_RIGHT)));
            seg.add(new Segment("thigh", side, lm.get(l ? Landmark.HIP_LEFT : Landmark.HIP_RIGHT),
                    lm.get(l ? Landmark.KNEE_LEFT : Landmark.KNEE_RIGHT)));
            seg.add(new Segment("shank", side, lm.get(l ? Landmark.KNEE_LEFT : Landmark.KNEE_RIGHT),
                    lm.get(l ? Landmark.ANKLE_LEFT : Landmark.ANKLE_RIGHT)));
            seg.add(new Segment("foot", side, heel(lm, l), lm.get(l ? Landmark.TOE_LEFT : Landmark.TOE_RIGHT)));
        }
        return new Builder(pose, balance, trunkOnThighs, lm, supports, seg, handLoadKg).build(handsOnThighs);
    }

    /** @return the heel: behind the ankle on the ankle-toe line, by the foot's proportions */
    static PositionM heel(Map<Landmark, PositionM> lm, boolean left) {
        PositionM a = lm.get(left ? Landmark.ANKLE_LEFT : Landmark.ANKLE_RIGHT);
        PositionM t = lm.get(left ? Landmark.TOE_LEFT : Landmark.TOE_RIGHT);
        double k = (1 - DeLeva1996.FOOT_TOE_AHEAD_OF_ANKLE) / DeLeva1996.FOOT_TOE_AHEAD_OF_ANKLE;
        return new PositionM(a.xM() - k * (t.xM() - a.xM()), a.yM() - k * (t.yM() - a.yM()),
                a.zM() - k * (t.zM() - a.zM()));
    }

    static PositionM mid(PositionM a, PositionM b) {
        return new PositionM((a.xM() + b.xM()) / 2, (a.yM() + b.yM()) / 2, (a.zM() + b.zM()) / 2);
    }

    /** @return the lowest point of any segment (m) */
    public double lowestBodyYM() {
        double y = Double.POSITIVE_INFINITY;
        for (Segment s : segments) {
            y = Math.min(y, Math.min(s.from().yM(), s.to().yM()));
        }
        return y;
    }

    /**
     * The least distance between the surfaces of an arm segment and a leg segment in 3-D (m; negative
     * where they overlap, so that one would pass through the other): each a cone of round sections
     * whose radii run from its proximal to its distal girth ({@link LimbBreadths}, ANSUR II men's
     * means). The distance between the axes less the two radii is convex over both segments, so a
     * nested ternary search finds its least value.
     *
     * @param arm an upper arm, forearm or hand
     * @param leg a thigh or shank
     * @return the clearance (m)
     * @throws IllegalArgumentException for another segment
     */
    public static double limbClearanceM(Segment arm, Segment leg) {
        Checks.given(arm, "arm");
        Checks.given(leg, "leg");
        double[] ra = LimbBreadths.radiiM(arm.name());
        double[] rl = LimbBreadths.radiiM(leg.name());
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < SEARCH_STEPS; i++) {
            double a = lo + (hi - lo) / 3;
            double b = hi - (hi - lo) / 3;
            if (leastOverLeg(arm, ra, a, leg, rl) < leastOverLeg(arm, ra, b, leg, rl)) {
                hi = b;
            } else {
                lo = a;
            }
        }
        return leastOverLeg(arm, ra, (lo + hi) / 2, leg, rl);
    }

    /** The least surface distance from the arm's section at s to any section of the leg (m). */
    private static double leastOverLeg(Segment arm, double[] ra, double s, Segment leg, double[] rl) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < SEARCH_STEPS; i++) {
            double a = lo + (hi - lo) / 3;
            double b = hi - (hi - lo) / 3;
            if (surfaceGapM(arm, ra, s, leg, rl, a) < surfaceGapM(arm, ra, s, leg, rl, b)) {
                hi = b;
            } else {
                lo = a;
            }
        }
        return surfaceGapM(arm, ra, s, leg, rl, (lo + hi) / 2);
    }

    /** Distance between the axis points at s and t less the two radii there (m). */
    private static double surfaceGapM(Segment a, double[] ra, double s, Segment b, double[] rb, double t) {
        PositionM p = along(a, s);
        PositionM q = along(b, t);
        double d = Math.sqrt(sq(p.xM() - q.xM()) + sq(p.yM() - q.yM()) + sq(p.zM() - q.zM()));
        return d - (ra[0] + s * (ra[1] - ra[0])) - (rb[0] + t * (rb[1] - rb[0]));
    }

    private static PositionM along(Segment g, double f) {
        return new PositionM(g.from().xM() + f * (g.to().xM() - g.from().xM()),
                g.from().yM() + f * (g.to().yM() - g.from().yM()), g.from().zM() + f * (g.to().zM() - g.from().zM()));
    }

    private static double sq(double v) {
        return v * v;
    }

    /**
     * Whether two segments' side-view projections (x, y) cross at an interior point of both (away
     * from their ends by 2 % of their lengths, so that segments meeting at a joint do not count).
     *
     * @param a one segment
     * @param b another
     * @return whether they cross in the side view
     */
    public static boolean crossInSideView(Segment a, Segment b) {
        Checks.given(a, "a");
        Checks.given(b, "b");
        double ax = a.from().xM(), ay = a.from().yM(), bx = a.to().xM(), by = a.to().yM();
        double cx = b.from().xM(), cy = b.from().yM(), dx = b.to().xM(), dy = b.to().yM();
        double den = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
        if (den == 0) {
            return false;
        }
        double t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / den;
        double u = ((cx - ax) * (by - ay) - (cy - ay) * (bx - ax)) / den;
        double e = END_SHARE;
        return t > e && t < 1 - e && u > e && u < 1 - e;
    }

    /**
     * Whether two straight lines in a plane share a point (their ends included).
     *
     * @param a one end of the first, (x, y) (m)
     * @param b its other end
     * @param c one end of the second
     * @param d its other end
     * @return whether they meet or cross
     */
    static boolean segmentsMeet(double[] a, double[] b, double[] c, double[] d) {
        double d1 = cross(c, d, a);
        double d2 = cross(c, d, b);
        double d3 = cross(a, b, c);
        double d4 = cross(a, b, d);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
            return true;
        }
        return d1 == 0 && within(c, d, a) || d2 == 0 && within(c, d, b) || d3 == 0 && within(a, b, c)
                || d4 == 0 && within(a, b, d);
    }

    /** @return the z component of (q - p) x (r - p): its sign says on which side of p-q the point r lies */
    private static double cross(double[] p, double[] q, double[] r) {
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
    }

    /** @return whether r, on the line through p and q, lies between them */
    private static boolean within(double[] p, double[] q, double[] r) {
        return Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1]
                && r[1] <= Math.max(p[1], q[1]);
    }

    /**
     * @return whether the side view draws a near-side (right) arm across a leg it passes beside in
     *     3-D (clear of the thigh or shank by the limbs' girths): the figure then says so
     */
    public boolean armPassesBesideLeg() {
        for (Segment a : segments) {
            for (Segment l : segments) {
                if (a.side() == Side.RIGHT && l.side() == Side.RIGHT && a.arm()
                        && (l.name().equals("thigh") || l.name().equals("shank")) && crossInSideView(a, l)
                        && limbClearanceM(a, l) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @return whether the side view draws the held load's box across a leg, clear of the trunk and head and
     *     wholly in front of the hip joints by {@link #BOX_CLEARANCE_M}: a box held between the knees, as in a
     *     squat lift ({@link Builder#box}), which the figure draws over the far leg and under the near one,
     *     and says so
     */
    public boolean boxBetweenLegs() {
        if (view == View.FRONTAL || !onItsFeet()) {
            return false;
        }
        boolean leg = false;
        double front = 0;
        for (Segment sg : segments) {
            front += sg.name().equals("foot") ? sg.to().xM() - sg.from().xM() : 0;
        }
        for (Prop p : props) {
            if (p.kind() == PropKind.BOX) {
                double[] b = bounds(p);
                double rear = front >= 0 ? b[0] : b[2];
                for (Segment sg : segments) {
                    if (sg.name().equals("thigh")
                            && (front >= 0 ? 1 : -1) * (rear - sg.from().xM()) < BOX_CLEARANCE_M - 1e-12) {
                        // reaching behind a hip joint: not held between the knees (the leg press's box at its
                        // raised hands is beside the body)
                        return false;
                    }
                }
                for (Segment sg : segments) {
                    if (!sg.arm() && Builder.overlaps(List.of(new double[] {sg.from().xM(), sg.from().yM()},
                            new double[] {sg.to().xM(), sg.to().yM()}), b)) {
                        if (!sg.leg()) {
                            // across the trunk or head: held at the grips, beside the body (boxBesideBody)
                            return false;
                        }
                        leg = true;
                    }
                }
            }
        }
        return leg;
    }

    /**
     * @return whether the side view draws the held load's box, at the grips (no leader), across a segment of
     *     the trunk, head or legs, and not between the knees of a body on its feet ({@link #boxBetweenLegs()}):
     *     lying with the hands at the hips, or on the leg press with the hands over the knees, the box is held
     *     beside the body, where the load acts ({@link Builder#box}); the figure draws it behind the trunk and
     *     the near leg, and says so
     */
    public boolean boxBesideBody() {
        if (view == View.FRONTAL || boxBetweenLegs()) {
            return false;
        }
        for (Prop p : props) {
            if (p.kind() == PropKind.LEADER) {
                return false;
            }
        }
        for (Prop p : props) {
            if (p.kind() == PropKind.BOX) {
                double[] b = bounds(p);
                for (Segment sg : segments) {
                    if (!sg.arm() && Builder.overlaps(List.of(new double[] {sg.from().xM(), sg.from().yM()},
                            new double[] {sg.to().xM(), sg.to().yM()}), b)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * @return whether the body stands, squats or sits on its feet: the feet touch, and every contact belongs
     *     to one of {@link #UPRIGHT_SUPPORTS} (a lifter who holds its box in front, {@link Builder#box})
     */
    public boolean onItsFeet() {
        boolean feet = false;
        for (Contact c : contacts) {
            if (!UPRIGHT_SUPPORTS.contains(c.support())) {
                return false;
            }
            feet |= c.support() == Support.FEET;
        }
        return feet;
    }

    /** @return a prop's side-view bounds: least x, least y, greatest x, greatest y (m) */
    private static double[] bounds(Prop p) {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double[] xy : p.outline()) {
            b[0] = Math.min(b[0], xy[0]);
            b[1] = Math.min(b[1], xy[1]);
            b[2] = Math.max(b[2], xy[0]);
            b[3] = Math.max(b[3], xy[1]);
        }
        return b;
    }

    /**
     * @return whether the held load's leader line crosses a leg in the side view (a box in front of a
     *     squatting lifter's feet whose grips lie behind the shank): the figure then draws it over the
     *     near leg, with a halo, as it draws an arm passing beside a leg
     */
    public boolean leaderCrossesLeg() {
        if (view == View.FRONTAL) {
            return false;
        }
        for (Prop p : props) {
            if (p.kind() == PropKind.LEADER) {
                for (Segment sg : segments) {
                    if (sg.leg() && segmentsMeet(p.outline().get(0), p.outline().get(1),
                            new double[] {sg.from().xM(), sg.from().yM()}, new double[] {sg.to().xM(), sg.to().yM()})) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Places floor, contacts and props for one solve. */
    private static final class Builder {
        private final BodyPose pose;
        private final WholeBodyBalance balance;
        private final TrunkOnThighsPush trunkOnThighs;
        private final Map<Landmark, PositionM> lm;
        private final Set<Support> supports;
        private final List<Segment> segments;
        private final double handLoadKg;
        /** Floor contacts before the floor's height is known: support, name, point, tissue. */
        private final List<Object[]> onFloor = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();
        private final List<Prop> props = new ArrayList<>();

        Builder(BodyPose pose, WholeBodyBalance balance, TrunkOnThighsPush trunkOnThighs, Map<Landmark, PositionM> lm,
                Set<Support> supports, List<Segment> segments, double handLoadKg) {
            this.pose = pose;
            this.balance = balance;
            this.trunkOnThighs = trunkOnThighs;
            this.lm = lm;
            this.supports = supports;
            this.segments = segments;
            this.handLoadKg = handLoadKg;
        }

        private void floor(Support s, String name, PositionM p, double tissue) {
            onFloor.add(new Object[] {s, name, p, tissue});
        }

        private void both(Support s, String what, Landmark left, Landmark right, double tissue) {
            if (touches(s, true)) {
                floor(s, "left " + what, lm.get(left), tissue);
            }
            if (touches(s, false)) {
                floor(s, "right " + what, lm.get(right), tissue);
            }
        }

        /**
         * Whether a support has a contact on one side: as the model's ({@link Support#actsOnSide}),
         * the roll read from the hip axis's tilt (+ = right hip lower).
         */
        private boolean touches(Support s, boolean left) {
            PositionM l = lm.get(Landmark.HIP_LEFT);
            PositionM r = lm.get(Landmark.HIP_RIGHT);
            double rollDeg = Math.toDegrees(Math.atan2(l.yM() - r.yM(), r.zM() - l.zM()));
            return s.actsOnSide(rollDeg, !left);
        }

        private boolean rolled() {
            PositionM l = lm.get(Landmark.HIP_LEFT);
            PositionM r = lm.get(Landmark.HIP_RIGHT);
            double dy = r.yM() - l.yM();
            double dz = r.zM() - l.zM();
            return Math.toDegrees(Math.atan2(Math.abs(dy), Math.abs(dz))) >= FRONTAL_ROLL_DEG;
        }

        private View view() {
            if (rolled()) {
                return View.FRONTAL;
            }
            double hip = axisAngleDeg(Landmark.HIP_LEFT, Landmark.HIP_RIGHT);
            double shoulder = axisAngleDeg(Landmark.SHOULDER_LEFT, Landmark.SHOULDER_RIGHT);
            return Math.abs(shoulder - hip) >= FRONTAL_BEND_DEG ? View.FRONTAL : View.SAGITTAL;
        }

        /**
         * Depth of a joint centre above the floor when the body lies on its side: half the body's
         * breadth there ({@link LimbBreadths}) less the joint's distance from the midline, half the
         * distance between the left and right joints.
         */
        private double sideTissueM(double breadthM, Landmark left, Landmark right) {
            PositionM l = lm.get(left);
            PositionM r = lm.get(right);
            double dx = r.xM() - l.xM(), dy = r.yM() - l.yM(), dz = r.zM() - l.zM();
            return (breadthM - Math.sqrt(dx * dx + dy * dy + dz * dz)) / 2;
        }

        /** Angle of a left-right axis in the frontal plane (deg from horizontal). */
        private double axisAngleDeg(Landmark left, Landmark right) {
            PositionM l = lm.get(left);
            PositionM r = lm.get(right);
            return Math.toDegrees(Math.atan2(r.yM() - l.yM(), r.zM() - l.zM()));
        }

        StickScene build(List<HandOnThighPush> handsOnThighs) {
            PositionM hipL = lm.get(Landmark.HIP_LEFT);
            PositionM hipR = lm.get(Landmark.HIP_RIGHT);
            boolean legsLie = supports.contains(Support.LEGS_ON_FLOOR);
            boolean seatOnFloor = supports.contains(Support.SEAT) && legsLie;
            double seatTop = Math.min(hipL.yM(), hipR.yM()) - HIP_TISSUE_M;
            boolean sled = false;
            if (supports.contains(Support.FEET)) {
                boolean feetAboveSeat = supports.contains(Support.SEAT) && !seatOnFloor
                        && Math.min(heel(lm, true).yM(), lm.get(Landmark.TOE_LEFT).yM()) > seatTop;
                if (feetAboveSeat) {
                    sled = true;
                } else {
                    for (boolean l : new boolean[] {true, false}) {
                        if (!touches(Support.FEET, l)) {
                            continue;
                        }
                        String s = l ? "left " : "right ";
                        PositionM h = heel(lm, l);
                        PositionM t = lm.get(l ? Landmark.TOE_LEFT : Landmark.TOE_RIGHT);
                        // a foot steeper than 45 deg stands on its toes (a plank), else on its sole
                        if (Math.abs(t.yM() - h.yM()) < Math.abs(t.xM() - h.xM()) + Math.abs(t.zM() - h.zM())) {
                            floor(Support.FEET, s + "heel", h, 0.0);
                        }
                        floor(Support.FEET, s + "toe", t, 0.0);
                    }
                }
            }
            if (seatOnFloor) {
                floor(Support.SEAT, "left hip (ischium)", hipL, HIP_TISSUE_M);
                floor(Support.SEAT, "right hip (ischium)", hipR, HIP_TISSUE_M);
            }
            if (supports.contains(Support.KNEES)) {
                both(Support.KNEES, "knee", Landmark.KNEE_LEFT, Landmark.KNEE_RIGHT, KNEE_TISSUE_M);
            }
            if (supports.contains(Support.HANDS)) {
                both(Support.HANDS, "hand", Landmark.GRIP_LEFT, Landmark.GRIP_RIGHT, HAND_TISSUE_M);
            }
            if (supports.contains(Support.FOREARMS)) {
                both(Support.FOREARMS, "elbow", Landmark.ELBOW_LEFT, Landmark.ELBOW_RIGHT, FOREARM_TISSUE_M);
                both(Support.FOREARMS, "wrist", Landmark.WRIST_LEFT, Landmark.WRIST_RIGHT, FOREARM_TISSUE_M);
            }
            boolean onHeels = supports.contains(Support.PELVIS_ON_FLOOR) && supports.contains(Support.TRUNK_RESTING)
                    && !faceUp();
            if (supports.contains(Support.PELVIS_ON_FLOOR) && !onHeels) {
                pelvisRest();
            }
            if (supports.contains(Support.SHOULDERS)) {
                both(Support.SHOULDERS, "shoulder", Landmark.SHOULDER_LEFT, Landmark.SHOULDER_RIGHT,
                        SHOULDER_TISSUE_M);
            }
            if (legsLie) {
                both(Support.LEGS_ON_FLOOR, "knee (shank)", Landmark.KNEE_LEFT, Landmark.KNEE_RIGHT, SHANK_TISSUE_M);
                both(Support.LEGS_ON_FLOOR, "ankle (shank)", Landmark.ANKLE_LEFT, Landmark.ANKLE_RIGHT,
                        SHANK_TISSUE_M);
            }
            if (supports.contains(Support.TRUNK_RESTING) && faceUp()) {
                spineOnFloor(Support.TRUNK_RESTING);
            }
            if (supports.contains(Support.LYING_SURFACE)) {
                if (rolled()) {
                    PositionM down = lm.get(Landmark.HIP_LEFT).yM() < lm.get(Landmark.HIP_RIGHT).yM()
                            ? lm.get(Landmark.HIP_LEFT) : lm.get(Landmark.HIP_RIGHT);
                    floor(Support.LYING_SURFACE, "lower hip (greater trochanter)", down,
                            sideTissueM(LimbBreadths.HIP_BREADTH_M, Landmark.HIP_LEFT, Landmark.HIP_RIGHT));
                    PositionM sh = lm.get(Landmark.SHOULDER_LEFT).yM() < lm.get(Landmark.SHOULDER_RIGHT).yM()
                            ? lm.get(Landmark.SHOULDER_LEFT) : lm.get(Landmark.SHOULDER_RIGHT);
                    floor(Support.LYING_SURFACE, "lower shoulder (deltoid)", sh, sideTissueM(
                            LimbBreadths.BIDELTOID_BREADTH_M, Landmark.SHOULDER_LEFT, Landmark.SHOULDER_RIGHT));
                } else {
                    spineOnFloor(Support.LYING_SURFACE);
                }
            }
            double floorY;
            if (!onFloor.isEmpty()) {
                floorY = Double.POSITIVE_INFINITY;
                for (Object[] c : onFloor) {
                    floorY = Math.min(floorY, ((PositionM) c[2]).yM() - (double) c[3]);
                }
            } else if (supports.contains(Support.SEAT)) {
                floorY = seatTop - SEAT_HEIGHT_M;
            } else {
                floorY = Double.POSITIVE_INFINITY;
                for (Segment s : segments) {
                    floorY = Math.min(floorY, Math.min(s.from().yM(), s.to().yM()));
                }
            }
            for (Object[] c : onFloor) {
                contacts.add(new Contact((Support) c[0], (String) c[1], (PositionM) c[2], floorY, (double) c[3]));
            }
            if (supports.contains(Support.SEAT) && !seatOnFloor) {
                seat(hipL, hipR, seatTop, floorY);
            }
            if (sled) {
                sled(floorY);
            }
            if (supports.contains(Support.BACKREST)) {
                backrest(seatTop);
            }
            if (supports.contains(Support.ARMRESTS)) {
                armrest(true, supports.contains(Support.SEAT) ? seatTop : floorY);
                armrest(false, supports.contains(Support.SEAT) ? seatTop : floorY);
            }
            if (supports.contains(Support.HANDS_ON_THIGHS)) {
                handOnThigh(Side.LEFT);
                handOnThigh(Side.RIGHT);
            }
            if (trunkOnThighs != null) {
                abdomenOnThighs();
            }
            if (onHeels) {
                for (boolean l : new boolean[] {true, false}) {
                    PositionM hip = l ? hipL : hipR;
                    PositionM a = lm.get(l ? Landmark.ANKLE_LEFT : Landmark.ANKLE_RIGHT);
                    PositionM h = heel(lm, l);
                    contacts.add(new Contact(Support.PELVIS_ON_FLOOR, (l ? "left" : "right") + " hip on the heel",
                            hip, Math.max(a.yM(), h.yM()), HIP_TISSUE_M));
                }
            }
            if (supports.contains(Support.SHOULDERS) && faceUp()) {
                headOnFloor(floorY);
            }
            if (handLoadKg > 0) {
                box(floorY);
            }
            double[] base = base();
            return new StickScene(segments, floorY, contacts, props, centreOfMass(), base[0], base[1], view(),
                    trunkOnThighs, handsOnThighs);
        }

        /** @return the centre of mass of the body and, when one is held, the load at the grips (m) */
        private PositionM centreOfMass() {
            if (balance == null) {
                return hipMidOf();
            }
            PositionM body = balance.centreOfMassM();
            if (handLoadKg <= 0) {
                return body;
            }
            double bodyKg = balance.bodyWeightN() / TissueConstants.GRAVITY_M_PER_S2;
            PositionM grip = mid(lm.get(Landmark.GRIP_LEFT), lm.get(Landmark.GRIP_RIGHT));
            double total = bodyKg + handLoadKg;
            return new PositionM((body.xM() * bodyKg + grip.xM() * handLoadKg) / total,
                    (body.yM() * bodyKg + grip.yM() * handLoadKg) / total,
                    (body.zM() * bodyKg + grip.zM() * handLoadKg) / total);
        }

        private PositionM hipMidOf() {
            return mid(lm.get(Landmark.HIP_LEFT), lm.get(Landmark.HIP_RIGHT));
        }

        /** @return the anterior axis of the uppermost disc (the thorax's front), world */
        private PositionM anterior() {
            List<PositionM> a = pose.discAnteriors();
            return a.get(a.size() - 1);
        }

        /** @return whether the trunk faces up (lying on the back or reclined) */
        private boolean faceUp() {
            return anterior().yM() > 0;
        }

        /**
         * The model's points where the pelvis rests: its lowest bone (ischial tuberosity or sacral
         * crest) under soft tissue, or, face down, the hip joint centre with the pubis beneath.
         */
        private void pelvisRest() {
            for (boolean l : new boolean[] {true, false}) {
                PositionM rest = lm.get(l ? Landmark.PELVIS_REST_LEFT : Landmark.PELVIS_REST_RIGHT);
                PositionM hip = lm.get(l ? Landmark.HIP_LEFT : Landmark.HIP_RIGHT);
                boolean atHip = Math.abs(rest.xM() - hip.xM()) + Math.abs(rest.yM() - hip.yM()) == 0;
                floor(Support.PELVIS_ON_FLOOR, (l ? "left " : "right ") + (atHip ? "hip" : "pelvis (lowest bone)"),
                        rest, atHip ? HIP_TISSUE_M : PELVIS_BONE_TISSUE_M);
            }
        }

        /**
         * Resting on the shoulder blades, the head lies on the floor: the figure flexes the neck, turning
         * the head segment about C7 toward the thorax's front until its top lies {@link #TRUNK_TISSUE_M}
         * above the floor, by at most {@link #NECK_FLEXION_MAX_DEG}; the head's contact then shows whether
         * it reached. Drawing only: the model's head stays on the thorax's axis.
         */
        private void headOnFloor(double floorY) {
            PositionM c7 = lm.get(Landmark.C7);
            PositionM top = lm.get(Landmark.HEAD_TOP);
            double target = floorY + TRUNK_TISSUE_M;
            PositionM head = top;
            if (top.yM() < target) {
                double ux = top.xM() - c7.xM();
                double uy = top.yM() - c7.yM();
                double len = Math.hypot(ux, uy);
                double from = Math.atan2(uy, ux);
                PositionM front = anterior();
                double toward = Math.signum(ux * front.yM() - uy * front.xM());
                double sin = Math.max(-1, Math.min(1, (target - c7.yM()) / len));
                double turn = Double.POSITIVE_INFINITY;
                for (double to : new double[] {Math.asin(sin), Math.PI - Math.asin(sin)}) {
                    double t = toward * (to - from);
                    t -= 2 * Math.PI * Math.floor(t / (2 * Math.PI));
                    turn = Math.min(turn, t);
                }
                turn = Math.min(turn, Math.toRadians(NECK_FLEXION_MAX_DEG));
                double a = from + toward * turn;
                head = new PositionM(c7.xM() + len * Math.cos(a), c7.yM() + len * Math.sin(a), top.zM());
                for (int i = 0; i < segments.size(); i++) {
                    if (segments.get(i).name().equals("head")) {
                        segments.set(i, new Segment("head", Side.MIDDLE, c7, head));
                    }
                }
            }
            contacts.add(new Contact(Support.SHOULDERS, "head", head, floorY, TRUNK_TISSUE_M));
        }

        private void spineOnFloor(Support s) {
            floor(s, "C7", lm.get(Landmark.C7), TRUNK_TISSUE_M);
            List<PositionM> discs = pose.discCentres();
            floor(s, "T12-L1 disc", discs.get(discs.size() - 1), TRUNK_TISSUE_M);
            floor(s, "head", lm.get(Landmark.HEAD_TOP), TRUNK_TISSUE_M);
        }

        private void seat(PositionM hipL, PositionM hipR, double top, double floorY) {
            double x = (hipL.xM() + hipR.xM()) / 2;
            PositionM kl = lm.get(Landmark.KNEE_LEFT);
            double front = Math.max(x + 0.5 * Math.abs(kl.xM() - x), x + BOX_SIDE_M / 2);
            double back = x - BOX_SIDE_M / 2;
            double bottom = Math.min(floorY, top);
            props.add(new Prop(PropKind.SEAT, List.of(new double[] {back, bottom}, new double[] {front, bottom},
                    new double[] {front, top}, new double[] {back, top}), -0.25, 0.25));
            contacts.add(new Contact(Support.SEAT, "left hip (ischium)", hipL, top, HIP_TISSUE_M));
            contacts.add(new Contact(Support.SEAT, "right hip (ischium)", hipR, top, HIP_TISSUE_M));
        }

        private void sled(double floorY) {
            double top = Double.POSITIVE_INFINITY;
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            for (boolean l : new boolean[] {true, false}) {
                PositionM h = heel(lm, l);
                PositionM t = lm.get(l ? Landmark.TOE_LEFT : Landmark.TOE_RIGHT);
                top = Math.min(top, Math.min(h.yM(), t.yM()));
                minX = Math.min(minX, Math.min(h.xM(), t.xM()));
                maxX = Math.max(maxX, Math.max(h.xM(), t.xM()));
            }
            double thick = 0.04;
            props.add(new Prop(PropKind.SLED, List.of(new double[] {minX - thick, top - thick},
                    new double[] {maxX + thick, top - thick}, new double[] {maxX + thick, top},
                    new double[] {minX - thick, top}), -0.25, 0.25));
            for (boolean l : new boolean[] {true, false}) {
                String s = l ? "left " : "right ";
                contacts.add(new Contact(Support.FEET, s + "heel (sled)", heel(lm, l), top, 0));
                contacts.add(new Contact(Support.FEET, s + "toe (sled)", lm.get(l ? Landmark.TOE_LEFT
                        : Landmark.TOE_RIGHT), top, 0));
            }
        }

        private void backrest(double seatTop) {
            PositionM c7 = lm.get(Landmark.C7);
            PositionM hip = hipMidOf();
            double lx = c7.xM() - hip.xM();
            double ly = c7.yM() - hip.yM();
            double len = Math.hypot(lx, ly);
            double ux = lx / len;
            double uy = ly / len;
            // posterior: perpendicular to the trunk, away from the thorax's front
            PositionM front = anterior();
            double px = uy;
            double py = -ux;
            if (px * front.xM() + py * front.yM() > 0) {
                px = -px;
                py = -py;
            }
            double d = BACK_DEPTH_M;
            double t = 0.04;
            double bx = hip.xM() + px * d;
            double by = Math.max(seatTop, hip.yM() + py * d);
            double tx = c7.xM() + px * d;
            double ty = c7.yM() + py * d;
            props.add(new Prop(PropKind.BACKREST, List.of(new double[] {bx, by}, new double[] {tx, ty},
                    new double[] {tx + px * t, ty + py * t}, new double[] {bx + px * t, by + py * t}), -0.22, 0.22));
        }

        /**
         * An armrest under one forearm: a level bar from the elbow to the wrist, its top the
         * forearm's tissue depth below the mean of their heights, on a post at its front end down
         * to {@code baseY} (the seat's top); the elbow and the wrist touch it.
         */
        private void armrest(boolean left, double baseY) {
            String s = left ? "left " : "right ";
            PositionM e = lm.get(left ? Landmark.ELBOW_LEFT : Landmark.ELBOW_RIGHT);
            PositionM w = lm.get(left ? Landmark.WRIST_LEFT : Landmark.WRIST_RIGHT);
            double top = (e.yM() + w.yM()) / 2 - FOREARM_TISSUE_M;
            double back = Math.min(e.xM(), w.xM());
            double front = Math.max(e.xM(), w.xM());
            double t = ARMREST_THICKNESS_M;
            double bottom = Math.min(baseY, top - t);
            double z = (e.zM() + w.zM()) / 2;
            props.add(new Prop(PropKind.ARMREST, List.of(new double[] {back, top}, new double[] {front, top},
                    new double[] {front, bottom}, new double[] {front - t, bottom}, new double[] {front - t, top - t},
                    new double[] {back, top - t}), z - t, z + t));
            contacts.add(new Contact(Support.ARMRESTS, s + "elbow (armrest)", e, top, FOREARM_TISSUE_M));
            contacts.add(new Contact(Support.ARMRESTS, s + "wrist (armrest)", w, top, FOREARM_TISSUE_M));
        }

        /**
         * A hand resting on its thigh: the grip point over the thigh's surface, placed so that the
         * contact's gap is the 3-D clearance between the hand and the thigh by their girths
         * ({@link #limbClearanceM}): zero where they touch, positive where the hand would float
         * above the thigh, negative where it would sink into it.
         */
        private void handOnThigh(Side side) {
            boolean left = side == Side.LEFT;
            PositionM grip = lm.get(left ? Landmark.GRIP_LEFT : Landmark.GRIP_RIGHT);
            double clearance = limbClearanceM(segment("hand", side), segment("thigh", side));
            contacts.add(new Contact(Support.HANDS_ON_THIGHS, (left ? "left" : "right") + " hand (thigh)", grip,
                    grip.yM() - clearance, 0));
        }

        /**
         * The abdomen resting on the thighs: the model's contact point (the abdomen's most protruding
         * point) over the thighs' upper surface as the figure's girths make it, so that the contact's
         * gap is the point's distance from that surface: the line along the midline between the two
         * thighs (mid-hip to mid-knee), each thigh's cone radius ({@link LimbBreadths}) above its axis
         * in the vertical plane through it, the distance taken along that line's normal; zero where the
         * abdomen touches the thighs, positive where it stays clear of them, negative where it would sink
         * into them.
         */
        private void abdomenOnThighs() {
            PositionM p = trunkOnThighs.pointM();
            PositionM hip = hipMidOf();
            PositionM knee = mid(lm.get(Landmark.KNEE_LEFT), lm.get(Landmark.KNEE_RIGHT));
            double ax = knee.xM() - hip.xM(), ay = knee.yM() - hip.yM(), az = knee.zM() - hip.zM();
            double length = Math.sqrt(ax * ax + ay * ay + az * az);
            ax /= length;
            ay /= length;
            az /= length;
            // u: the axis's upward normal in its vertical plane
            double ux = -ay * ax, uy = 1 - ay * ay, uz = -ay * az;
            double un = Math.sqrt(ux * ux + uy * uy + uz * uz);
            ux /= un;
            uy /= un;
            uz /= un;
            double[] r = LimbBreadths.radiiM("thigh");
            double taper = (r[1] - r[0]) / length;
            double dx = p.xM() - hip.xM(), dy = p.yM() - hip.yM(), dz = p.zM() - hip.zM();
            double above = dx * ux + dy * uy + dz * uz;
            double along = dx * ax + dy * ay + dz * az;
            double gap = (above - r[0] - taper * along) / Math.sqrt(1 + taper * taper);
            contacts.add(new Contact(Support.TRUNK_ON_THIGHS, "abdomen (thighs)", p, p.yM() - gap, 0));
        }

        private Segment segment(String name, Side side) {
            for (Segment s : segments) {
                if (s.name().equals(name) && s.side() == side) {
                    return s;
                }
            }
            throw new IllegalStateException("no " + side + " " + name);
        }

        /**
         * A held load's box of side {@link #boxSideM}: hanging from the grips (its top at the lower grip,
         * centred under them, along x and across z), or, where it would then pass into the floor, standing on
         * the floor with the grips at its sides, as handles. Where it would then overlap a segment of the legs, trunk or head,
         * or a prop, by {@link #BOX_CLEARANCE_M} (in the side view; the arms hold it and may pass in front
         * of it), it is moved along x, at the same height, a tenth of its side at a time, to the nearest
         * place that is clear and from whose corner nearest the grips a straight leader line to the grips
         * crosses none of those segments and props ({@link #leaderClear}).
         *
         * <p>Every body keeps its box near the grips, where the load acts: each search runs within one box side
         * of them. A lifter on its feet ({@link #UPRIGHT_SUPPORTS}) holds the box in front: the search runs only
         * toward its front (the way its toes point). Where no place there has a clear leader (in a squat
         * lift the grips lie between the thigh and the shank: a leader to a box in front of the knees
         * crossed the shank, and the box was drawn behind the heels), the box stays at the grips when there
         * it is clear of the trunk, head and props and lies wholly in front of the hip joints: it is held
         * between the knees, the legs pass beside it ({@link #boxBetweenLegs}; the figure draws the near
         * leg over it). Else it goes to the nearest clear place in front, its leader crossing what lies
         * between (the figure draws such a leader over the near leg, with a halo), or where there is none, it
         * stays at the grips, beside the body (the leg press, whose hands are raised over its knees), unless it
         * would pass there into the furniture (a box held over a seat): it then rests on the lap, at the grips or
         * at the nearest clear place in front of and above them within one box side ({@link #lap}), and only
         * where the lap holds no such place is it searched on in front as far as the body and the props reach.
         * Other
         * bodies (lying, kneeling, on hands or forearms) search away from the hips, then toward them; where no
         * place is clear with a clear leader, the box stays at the grips, beside the body ({@link
         * #boxBesideBody}; the figure draws it behind the trunk and the near leg). Before, the search ran on to
         * the first clear place, which for a body lying with its hands at its hips lay beyond its feet or
         * behind its head (crunch, curl-up, pelvic tilt), and for the leg press beyond its feet.
         */
        private void box(double floorY) {
            PositionM gl = lm.get(Landmark.GRIP_LEFT);
            PositionM gr = lm.get(Landmark.GRIP_RIGHT);
            double side = boxSideM(handLoadKg);
            double h = side / 2;
            double x = (gl.xM() + gr.xM()) / 2;
            double gripY = Math.min(gl.yM(), gr.yM());
            double bottom = Math.max(floorY, gripY - side);
            boolean upright = upright();
            double away = upright ? front() : x >= hipMidOf().xM() ? 1 : -1;
            // side-view outlines in the way: the legs', trunk's and head's segments (two points) and the props;
            // apart, those of all but the legs, which pass beside a box held between the knees
            List<List<double[]>> obstacles = new ArrayList<>();
            List<List<double[]>> notLegs = new ArrayList<>();
            for (Segment sg : segments) {
                if (!sg.arm()) {
                    List<double[]> o = List.of(new double[] {sg.from().xM(), sg.from().yM()},
                            new double[] {sg.to().xM(), sg.to().yM()});
                    obstacles.add(o);
                    if (!sg.leg()) {
                        notLegs.add(o);
                    }
                }
            }
            List<List<double[]>> furniture = new ArrayList<>();
            for (Prop prop : props) {
                obstacles.add(prop.outline());
                notLegs.add(prop.outline());
                furniture.add(prop.outline());
            }
            double c = BOX_CLEARANCE_M;
            // standing on the floor, the box may touch it; hanging, it keeps its room below too
            double below = bottom > floorY ? c : 0;
            double[] grips = {x, gripY};
            double[] directions = upright ? new double[] {away} : new double[] {away, -away};
            // every body keeps its box near the grips, where the load acts: within one side of its own (a lifter
            // on its feet is searched in front only; the search ran on to the first clear place in front,
            // which for the leg press, whose hands are raised over its knees, lay beyond its feet)
            double[] found = search(obstacles, directions, grips, side, side, bottom, below);
            double cx = found[0];
            if (Double.isNaN(cx) && upright && betweenKnees(x, h, away)
                    && clear(notLegs, new double[] {x - h - c, bottom - below, x + h + c, bottom + side + c})) {
                cx = x;
            }
            if (Double.isNaN(cx) && upright && Double.isNaN(found[1])
                    && !clear(furniture, new double[] {x - h - c, bottom - below, x + h + c, bottom + side + c})) {
                // hanging from the grips it would pass into the furniture (a box held over a seat): it rests on
                // the hands, on the lap, where clear, else at the nearest clear place on the lap in front of and
                // above the grips, within one box side; before, it was searched on in front, 0.3-0.6 m from the
                // grips, beyond the knees (sitting, 15 of 125 loaded side views; the explorer's sitting with
                // 20 kg at 0.10 m, the grips in the seat, its leader drawn across it)
                double[] lap = lap(obstacles, grips, side, away);
                if (!Double.isNaN(lap[0])) {
                    cx = lap[0];
                    bottom = lap[1];
                }
            }
            if (Double.isNaN(cx) && upright && Double.isNaN(found[1])
                    && !clear(furniture, new double[] {x - h - c, bottom - below, x + h + c, bottom + side + c})) {
                // at the grips it would pass into the furniture and on the hands into the body: searched on in
                // front, as far as the body and the props reach
                double reach = 0;
                for (List<double[]> o : obstacles) {
                    for (double[] xy : o) {
                        reach = Math.max(reach, Math.abs(xy[0] - x));
                    }
                }
                found = search(obstacles, directions, grips, side, reach + side + c, bottom, below);
                cx = found[0];
            }
            if (Double.isNaN(cx)) {
                // on its feet, the nearest clear place in front, its leader crossing; else at the grips, beside
                // the body
                cx = upright && !Double.isNaN(found[1]) ? found[1] : x;
            }
            // across z, centred on the grips, as along x: the front view draws it at the hands (lying on the side
            // it was centred on z = 0, over the pelvis, with the hands at the chest)
            double z = (gl.zM() + gr.zM()) / 2;
            props.add(new Prop(PropKind.BOX, List.of(new double[] {cx - h, bottom}, new double[] {cx + h, bottom},
                    new double[] {cx + h, bottom + side}, new double[] {cx - h, bottom + side}), z - h, z + h));
            if (cx != x || bottom > gripY) {
                props.add(new Prop(PropKind.LEADER, List.of(grips, nearestCorner(grips, cx, h, bottom, side)), z, z));
            }
        }

        /**
         * A box resting on the lap ({@link #box}): its bottom at the grips and centred on them where that is
         * clear of every outline (it may touch them from above), else moved in front (toward {@code front})
         * and up, a tenth of its side at a time, to the nearest clear place within one side of the grips each
         * way (the explorer's seated hold with 20 kg at 0.10 m from L5-S1 has its grips in the seat, under the
         * thighs, and the trunk 0.07 m behind them: the box rests on the thighs in front of the trunk).
         *
         * @param obstacles the side-view outlines the box keeps {@link #BOX_CLEARANCE_M} from (not below it)
         * @param grips the grips' (x, y) (m)
         * @param side the box's side (m)
         * @param front +1 where the lifter faces +x, else -1
         * @return the box's centre along x and its bottom (m), NaN where no place is clear
         */
        private static double[] lap(List<List<double[]>> obstacles, double[] grips, double side, double front) {
            double h = side / 2;
            double c = BOX_CLEARANCE_M;
            double step = side / 10;
            double best = Double.POSITIVE_INFINITY;
            double[] out = {Double.NaN, Double.NaN};
            for (int i = 0; i <= 10; i++) {
                for (int j = 0; j <= 10; j++) {
                    double at = grips[0] + front * i * step;
                    double bottom = grips[1] + j * step;
                    if (Math.hypot(i, j) < best
                            && clear(obstacles, new double[] {at - h - c, bottom, at + h + c, bottom + side + c})) {
                        best = Math.hypot(i, j);
                        out = new double[] {at, bottom};
                    }
                }
            }
            return out;
        }

        /**
         * The search of {@link #box}: places a tenth of the box's side apart, from the grips outward in each
         * direction in turn, up to {@code within} from them.
         *
         * @param obstacles the side-view outlines the box keeps {@link #BOX_CLEARANCE_M} from
         * @param directions +1 and/or -1 along x, in the order searched
         * @param grips the grips' (x, y) (m)
         * @param side the box's side (m)
         * @param within how far from the grips its centre may go (m)
         * @param bottom its bottom (m)
         * @param below the room kept below it (m)
         * @return the first clear place with a clear leader to the grips (the grips themselves need none),
         *     and the first clear place; each the box's centre along x (m), NaN where there is none
         */
        private static double[] search(List<List<double[]>> obstacles, double[] directions, double[] grips,
                                       double side, double within, double bottom, double below) {
            double h = side / 2;
            double c = BOX_CLEARANCE_M;
            double x = grips[0];
            double cx = Double.NaN;
            double fallback = Double.NaN;
            for (double direction : directions) {
                for (int k = 0; k * side / 10 <= within && Double.isNaN(cx); k++) {
                    double at = x + direction * k * side / 10;
                    if (!clear(obstacles, new double[] {at - h - c, bottom - below, at + h + c, bottom + side + c})) {
                        continue;
                    }
                    if (Double.isNaN(fallback)) {
                        fallback = at;
                    }
                    if (at == x || leaderClear(grips, nearestCorner(grips, at, h, bottom, side), obstacles)) {
                        cx = at;
                    }
                }
            }
            return new double[] {cx, fallback};
        }

        /**
         * @return whether the feet carry the body and nothing else but a seat, backrest, armrests or the
         *     thighs under trunk or hands does ({@link #UPRIGHT_SUPPORTS}): a lifter who holds a box in front
         */
        private boolean upright() {
            return supports.contains(Support.FEET) && UPRIGHT_SUPPORTS.containsAll(supports);
        }

        /** @return +1 where the toes point toward +x (the body faces +x in the side view), else -1 */
        private double front() {
            double toes = lm.get(Landmark.TOE_LEFT).xM() + lm.get(Landmark.TOE_RIGHT).xM();
            double ankles = lm.get(Landmark.ANKLE_LEFT).xM() + lm.get(Landmark.ANKLE_RIGHT).xM();
            return toes >= ankles ? 1 : -1;
        }

        /**
         * @param cx the box's centre along x (m)
         * @param h half its side (m)
         * @param front +1 where the lifter faces +x, else -1
         * @return whether the box lies wholly in front of both hip joints by {@link #BOX_CLEARANCE_M}, as a
         *     box held between the knees does (one reaching behind them would pass through the pelvis)
         */
        private boolean betweenKnees(double cx, double h, double front) {
            double rear = cx - front * h;
            for (Landmark hip : new Landmark[] {Landmark.HIP_LEFT, Landmark.HIP_RIGHT}) {
                if (front * (rear - lm.get(hip).xM()) < BOX_CLEARANCE_M) {
                    return false;
                }
            }
            return true;
        }

        /** @return whether the room (least x, least y, greatest x, greatest y; m) overlaps none of the outlines */
        private static boolean clear(List<List<double[]>> outlines, double[] room) {
            for (List<double[]> o : outlines) {
                if (overlaps(o, room)) {
                    return false;
                }
            }
            return true;
        }

        /** @return the corner of the box centred at x = cx (half side h, bottom and side as given) nearest p */
        private static double[] nearestCorner(double[] p, double cx, double h, double bottom, double side) {
            double[] best = null;
            for (double[] corner : new double[][] {{cx - h, bottom + side}, {cx + h, bottom + side}, {cx - h, bottom},
                {cx + h, bottom}}) {
                if (best == null || Math.hypot(corner[0] - p[0], corner[1] - p[1])
                        < Math.hypot(best[0] - p[0], best[1] - p[1])) {
                    best = corner;
                }
            }
            return best;
        }

        /**
         * @return whether the straight line from a to b crosses no edge of any outline (two points: a
         *     segment; more: a closed polygon's edges)
         */
        private static boolean leaderClear(double[] a, double[] b, List<List<double[]>> outlines) {
            for (List<double[]> o : outlines) {
                int n = o.size();
                for (int i = 0; i < (n == 2 ? 1 : n); i++) {
                    if (segmentsMeet(a, b, o.get(i), o.get((i + 1) % n))) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * @param outline a side-view outline, (x, y) pairs: two for a segment, more for a closed polygon
         * @param box least x, least y, greatest x, greatest y (m)
         * @return whether they share a point: an edge of the outline meets the box, or a polygon holds it
         */
        private static boolean overlaps(List<double[]> outline, double[] box) {
            int n = outline.size();
            for (int i = 0; i < (n == 2 ? 1 : n); i++) {
                if (meets(outline.get(i), outline.get((i + 1) % n), box)) {
                    return true;
                }
            }
            return n > 2 && holds(outline, (box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
        }

        /** @return whether the straight line from a to b meets the box (Liang-Barsky clipping) */
        private static boolean meets(double[] a, double[] b, double[] box) {
            double lo = 0;
            double hi = 1;
            double[] d = {b[0] - a[0], b[1] - a[1]};
            for (int axis = 0; axis < 2; axis++) {
                double[] ends = {box[axis] - a[axis], box[axis + 2] - a[axis]};
                if (d[axis] == 0) {
                    if (ends[0] > 0 || ends[1] < 0) {
                        return false;
                    }
                    continue;
                }
                double t0 = ends[0] / d[axis];
                double t1 = ends[1] / d[axis];
                lo = Math.max(lo, Math.min(t0, t1));
                hi = Math.min(hi, Math.max(t0, t1));
            }
            return lo <= hi;
        }

        /** @return whether the closed polygon holds the point (even-odd rule) */
        private static boolean holds(List<double[]> polygon, double x, double y) {
            boolean in = false;
            for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
                double[] p = polygon.get(i);
                double[] q = polygon.get(j);
                if ((p[1] > y) != (q[1] > y) && x < (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1]) + p[0]) {
                    in = !in;
                }
            }
            return in;
        }

        /** @return the load-bearing contacts' extent along x: those on the surroundings */
        private double[] base() {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (Contact c : contacts) {
                if (!c.onSurroundings()) {
                    continue;
                }
                lo = Math.min(lo, c.pointM().xM());
                hi = Math.max(hi, c.pointM().xM());
            }
            if (lo > hi) {
                PositionM h = hipMidOf();
                lo = h.xM();
                hi = h.xM();
            }
            return new double[] {lo, hi};
        }
    }
}
