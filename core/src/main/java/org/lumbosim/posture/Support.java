package org.lumbosim.posture;

import java.util.Locale;

/**
 * Contacts between the body and its surroundings. Reactions follow from whole-body equilibrium
 * (gravity, hand loads, in motions the inertia of every segment) under the assumptions stated here
 * and in {@code LumbarModel}:
 *
 * <ul>
 *   <li><b>Point contacts</b> ({@link #FEET}, {@link #SEAT}, {@link #KNEES}, {@link #PELVIS_ON_FLOOR},
 *       {@link #HANDS}, {@link #FOREARMS}, {@link #SHOULDERS}, and the shoulder points of
 *       {@link #TRUNK_RESTING}) push along gravity (up) at a fixed point of the body, one point per
 *       side. Their forces satisfy the vertical force balance and the two horizontal-axis moment
 *       balances of the whole body. Where more points than the three equations exist (the problem
 *       is statically indeterminate, e.g. hands and knees on the floor) the model takes the
 *       minimum-norm solution (the pseudo-inverse force allocation of Klein and Chung (1987), IEEE J
 *       Robotics Automation 3(6):546-555, for walking machines); points that would have to pull are
 *       released (most negative first) and the rest re-solved. A posture whose upper-body contacts
 *       cannot hold it with pushing forces is reported as unsupported, never clamped.</li>
 *   <li><b>One side when rolled</b>: a body rolled onto its side ({@code |bodyRollDeg|} at least
 *       {@link #ONE_SIDED_ROLL_DEG}) rests its paired limbs ({@link #HANDS}, {@link #FOREARMS},
 *       {@link #FEET}, {@link #KNEES}) only on the side nearer the floor (the right side for a
 *       positive roll): the upper limb of a side plank is held up, not on the floor, so those
 *       supports have one point, on the lower side. Assumption of this model.</li>
 *   <li><b>Friction</b>: the horizontal force and the moment about the vertical axis that the
 *       vertical pushes cannot give (a backrest's push, horizontal hand forces, inertia) are taken by
 *       friction at the point contacts in proportion to their pushes: every contact takes the same
 *       fraction of its push (the whole body's horizontal over vertical force), plus, for a moment
 *       about the vertical axis, a friction field about the pushes' centre, again in proportion to
 *       each push (the least sum of squared friction over push). So a contact that pushes nothing
 *       takes no friction, and the friction is where the weight is (in a chair, mostly under the
 *       ischial tuberosities, not at feet that carry little). At the point of sliding every contact of
 *       a body with one coefficient slides at once, each at that coefficient times its push; below it
 *       the share is statically indeterminate, and this one gives every contact the same margin, the
 *       smallest largest ratio any share could give. The friction enters the whole-body balance,
 *       the hip equation (seat, pelvis on the floor) and the loads above every disc (upper-body
 *       contacts). A contact whose surface has a measured coefficient (the seat: clothing on a seat
 *       cover, largest measured static value 0.572, Lamsal and Bush 2024, abstract) and needs more
 *       than that times its push would slide: the analysis refuses the posture, naming the support,
 *       the ratio needed and the coefficient. The other surfaces are not checked (no coefficient
 *       read). When the contacts cannot hold the body with pushes and their lower resultant is
 *       reported instead (below), that resultant takes all the friction, and the moment about the
 *       vertical axis as a twist of its contact area; it is checked as the point contacts are: it
 *       pushes, it needs no more than the seat's coefficient when it stands for the seat alone (not
 *       checked where one of its surfaces has none), and it acts within its contacts' region (below),
 *       else the analysis refuses the posture ({@code SlidingSupportException},
 *       {@code BaseOutsideContactsException}).</li>
 *   <li><b>Resting contacts</b> ({@link #LYING_SURFACE}, {@link #TRUNK_RESTING},
 *       {@link #PELVIS_ON_FLOOR}, {@link #LEGS_ON_FLOOR}, {@link #ARMRESTS}) carry the weight of the segments lying on
 *       them where each lies (at its own centre of mass), so those segments add no bending moment
 *       along the spine.</li>
 *   <li><b>Contacts within the body</b> ({@link #HANDS_ON_THIGHS}, {@link #TRUNK_ON_THIGHS}): the
 *       thighs push on the hands resting on them, or on a trunk bent forward onto them, taking load off
 *       the upper body; the hands or the trunk push the thighs down as much, so the whole body's
 *       reactions do not change.</li>
 *   <li>Contacts on the upper body ({@link #HANDS}, {@link #FOREARMS}, {@link #SHOULDERS},
 *       {@link #TRUNK_RESTING}) never pull a lumbar disc apart: where the minimum-norm share would push the
 *       upper body off a disc, their share is cut to the largest that leaves every disc in compression and
 *       the lower contacts take the rest; where even their least share would (the lower body hanging from
 *       the spine), the analysis refuses the posture ({@code DiscTensionException}).</li>
 *   <li>When no contact is on the upper body (thorax, head, arms) the lumbar loads do not depend on
 *       how the lower contacts share the weight (except the push of the seat, or of the floor under the
 *       pelvis, on the pelvis, which enters the hip equation). If their fixed points cannot carry the body with
 *       pushing forces (standing bent forward with the thighs kept vertical puts the centre of mass
 *       ahead of the feet) the base is reported as one resultant under the whole-body centre of
 *       mass: the centre of pressure a person finds by shifting the hips, which this model's
 *       kinematics do not resolve. It must act within the region of the contacts it stands for: the
 *       convex hull of the feet from heel to toe tip, of the chord of the pelvis's bony outline (the
 *       ischial tuberosity's on a seat, the lower of it and the sacral crest's on the floor) that lies
 *       within {@link #CONTACT_TOLERANCE_M} of the surface, of the seat forward to the knees (the thighs
 *       lie on it; its depth is not modelled), of the knees' points and of the segments
 *       resting on a surface under the body, widened by {@link #CONTACT_TOLERANCE_M} (the model has
 *       no foot or pelvis width). On the feet alone the body may shift over them, so the resultant
 *       may lie as far from them as the legs are long (thigh and shank: a geometric bound, not a
 *       measured balance limit). A posture without supports declares no contact; its base is not
 *       checked against a region. The resultant is not split into the seat's and the feet's parts, so where
 *       a seated body's points give way to it the seat's push leaves the hip equation and the lumbar loads
 *       jump (docs/tests.md, "Known findings" 18: L5-S1 1,021 to 1,038 N for 1e-7 deg of roll; open).</li>
 * </ul>
 */
public enum Support {
    /**
     * Feet on the floor: a point at each foot's centre of mass (0.19 foot lengths ahead of the
     * ankle). Lower body.
     */
    FEET,
    /**
     * A seat under the pelvis: a point under each ischial tuberosity, whose inferior outline rolls
     * on the seat about a centre fixed to the pelvis about 2 cm behind the hip joint centre (1.80 m
     * generic model), so the push stays about that far behind the hips at any pelvic tilt. Its push
     * acts on the pelvis and enters the hip equation. Lower body.
     */
    SEAT,
    /**
     * A backrest behind the thorax, pushing along the thorax's anterior axis (no friction). It
     * pushes just hard enough that no lumbar level needs a flexor muscle, so that a person leaning
     * back relaxes the abdominal muscles: at each level it cancels the moment that would extend the
     * upper body, from gravity and the other external actions and from the passive tissues resisting
     * the level's flexion (the stretched ligaments of a slouched lumbar spine pull the upper body
     * back against the backrest); the push is the largest any level needs, and none when no level
     * needs one (a backrest cannot pull). Assumption of this model. Cannot be
     * combined with contacts on the upper body ({@link #HANDS}, {@link #FOREARMS},
     * {@link #SHOULDERS}, {@link #TRUNK_RESTING}); every rule in {@link SupportCombinations}.
     */
    BACKREST,
    /**
     * A bed or floor the trunk, head and limbs lie on. Each segment resting on it is carried at its
     * own centre of mass (a fully supported body), so gravity adds no bending moment along the
     * spine. Assumption of this model. A load held in the hands is carried with them: the surface pushes
     * up under each grip by the load's weight (and a downward hand force), as a hand on the floor passes
     * its load into the floor. For hands lying on the surface (lying prone or supine, arms along the body)
     * it acts where the hand lies; for arms held up (lying on the back, a weight held above the chest) the
     * load passes down the arms to the thorax, and the surface pushes under the thorax on the grip's
     * vertical line, the same push for a vertical force; where that line falls beyond the upper body
     * (hands held over the abdomen or pelvis) the surface shifts its push under the upper body, a couple
     * bounded by the upper body's weight that is not checked. So a load held in the hands changes no
     * lumbar load on a lying surface. An upward or horizontal part of a hand force, a load at a given
     * point and, in a motion, the held mass's inertia act on the body and pass to the contacts, or to a
     * base under the pelvis.
     */
    LYING_SURFACE,
    /**
     * Palms on the floor (or a bench): a point at each hand's centre of mass. Upper body. A resting hand
     * holds no load: a hand load at the grip of a hand on this support would act where the floor pushes
     * and pass straight into the floor, whereas the minimum-norm share of three or more contact lines
     * would spread it over every contact and change how the body's own weight is shared (more load could
     * then lower the lumbar compression); the analysis refuses it ({@code LoadInRestingHandException},
     * naming this support, the resting hand and the load's hands). A load in the free hand of a body
     * rolled onto its side, or at a given point, is solved.
     */
    HANDS,
    /**
     * Forearms on the floor: a point midway between each elbow and wrist; the one forearm of a body
     * on its side (see {@link #actsOnSide}) lies along the floor, a point at its elbow and one at its
     * wrist, so that with the lower foot it spans a base. Upper body.
     */
    FOREARMS,
    /** Knees on the floor: a point at each knee joint centre. Lower body. */
    KNEES,
    /**
     * The pelvis rests on the floor (buttocks or, lying prone, the front of the pelvis), or on the
     * heels: the pelvis is carried where it lies, plus a point per side where its lowest bone
     * touches ({@code Landmark.PELVIS_REST_LEFT}): the ischial tuberosity or, lying on the back, the
     * sacral crest, 11-13 cm below the hip joint centres and up to 7 cm towards the head (generic
     * 1.80 m pelvis); face down or on the heels, the hip joint centre. Its push acts on the pelvis and
     * enters the hip equation. Lower body.
     */
    PELVIS_ON_FLOOR,
    /** Thighs, shanks and feet lie on the floor, each carried where it lies. Lower body; no point contacts. */
    LEGS_ON_FLOOR,
    /**
     * The trunk (lumbar region, thorax and head) rests on a surface beneath it (the floor, or the
     * thighs in the child's pose), each part carried where it lies; plus a point at each shoulder
     * joint that carries what the arms add. Upper body.
     */
    TRUNK_RESTING,
    /** Shoulder blades on the floor (a bridge): a point at each shoulder joint centre. Upper body. */
    SHOULDERS,
    /**
     * The armrests of an armchair under both forearms: each forearm lies on its armrest from elbow
     * to wrist and the hand hangs from the wrist over its front end, so the armrest carries the
     * forearm and the hand where they lie (at their own centres of mass) and they add no moment
     * along the spine; the upper arm still hangs from the shoulder (an elbow resting on the armrest
     * could also take part of the upper arm's weight, an indeterminate share this model gives to
     * the shoulder). A load held in the hands is carried with them: the armrests push up under the grips by
     * its weight, so it changes no lumbar load. The hands lie on the armrests wherever this support is
     * declared (the model has no armrest geometry). No friction. As Wilke et al. (2001), Clin Biomech 16
     * Suppl 1:S111, Fig 6b
     * shows the volunteer leaning back in an armchair, forearms along the armrests (primary photo,
     * as AnyBody's AMMR overlays it on its model of that posture,
     * {@code Application/Validation/WilkeSpinalDiscPressure/SpinePressureSeatingRelaxed}, whose
     * {@code Support.any} includes {@code ArmSupport.any}, an ulna-armrest contact per side, which
     * its unsupported-sitting model leaves out). Can be combined with {@link #BACKREST}: it only
     * cancels the weight of what it carries. Upper body, but not a point contact
     * ({@link #onUpperBody()} is false).
     */
    ARMRESTS,
    /**
     * Both hands resting on the thighs, as a person sitting upright without a backrest lays them near
     * the knees (Wilke et al. (2001), Clin Biomech 16 Suppl 1:S111, Fig 4a: the upper arm hangs nearly
     * vertically, the elbow is bent, the forearm slopes down and forward and only the hands touch the
     * thighs; primary photo, the copy AnyBody's AMMR ships in
     * {@code Application/Validation/WilkeSpinalDiscPressure/SpinePressureSeatingStraitNoSupport}).
     * Assumptions of this model: each hand lies on its thigh and is carried where it lies (its weight
     * at its own centre of mass, as {@link #ARMRESTS} carry it); the forearm is a straight beam from
     * the elbow to the wrist, hanging from a relaxed elbow (a joint with no moment) and resting on
     * the hand at the wrist, so the wrist carries the share of the forearm's weight that balances
     * the moments about the elbow: the forearm's weight times the horizontal distance from the elbow
     * to its centre of mass over the horizontal distance from the elbow to the wrist. With the centre
     * of mass on the elbow-wrist line this is the centre of mass's fraction of the forearm's length
     * from the elbow (de Leva 1996), at every forearm angle: both distances shrink alike as the
     * forearm turns towards the vertical, and at an exactly vertical forearm, where the moments
     * leave the share undetermined, the model keeps that limit. The rest of the forearm's weight
     * and the upper arm hang from the shoulder. The thighs push straight up (a resting hand cannot
     * pull), on the weights only (no friction; in a motion the arms' inertia still hangs from the shoulder).
     * A load held in a hand that rests on its thigh lies in the lap: the thigh pushes up under the grip by
     * its weight (and a downward hand force) too, as a hand on the floor passes its load into the floor, so
     * it changes no lumbar load; the thigh passes it to the seat beneath it ({@link #SEAT}: beneath the thigh,
     * not under the ischial tuberosities, through which it would push the pelvis up behind the hips) or to
     * the floor under legs lying on it ({@link #LEGS_ON_FLOOR}), reported as that support's resting weight,
     * else through the legs to the lower contacts. An upward or horizontal part of a hand force, in a motion
     * the held mass's inertia, and a load in a hand clear of its thigh act on the arm. The push is a force between two parts of the body: it takes the hands' and part
     * of the forearms' weight off the upper body (the lumbar discs and the hip equation) and lays it
     * on the thighs, so the seat and the feet carry the same weight as without it and it is not a
     * reaction of the whole body. A hand or forearm another support already carries (armrests, a
     * lying surface) is not carried twice. Only a hand that touches its thigh is carried: its centre
     * of mass over the thigh (between its hip and knee) and within {@link #CONTACT_TOLERANCE_M} of the
     * thigh's surface, either way (the thigh a cone about its own hip-knee axis, radii from the ANSUR II
     * thigh girths as for {@link #TRUNK_ON_THIGHS}; the distance taken from the cone, since the hand lies
     * on its upper outer flank). A hand clear of it by more (elbows straight, shoulders raised) hangs
     * from the arm as without the support; one more than the tolerance inside it cannot be posed, and
     * the analysis refuses it as unsupported, naming the side and the depth. The solve reports each
     * hand's gap ({@code Workspace.handsOnThighsGapM}). Upper body, but not a point contact
     * ({@link #onUpperBody()} is false).
     */
    HANDS_ON_THIGHS,
    /**
     * The trunk bent forward onto the thighs in seated flexion (tying shoes): the thighs push on the
     * abdomen's most protruding point (ANSUR II abdominal depth, sitting, in front of the L3-L4 disc;
     * the thighs' upper surface from their ANSUR II girths), normal to the thighs' upper surface (their
     * front, the side towards which the hips flex, at any thigh angle, continuous through the vertical; no
     * friction), carried by the upper body (as the backrest's push), as hard as it can without any
     * lumbar level needing a flexor muscle: it cancels the erector spinae's share at the level that
     * needs the least push, and they carry the rest at the others (in seated flexion the lumbar erector
     * spinae stay at a constant level while the passive tissues take the moment, and the abdominals
     * relax: Callaghan and Dunk 2002, O'Sullivan et al. 2002, abstracts), and no harder than the hips allow
     * without a hip flexor (the psoas would otherwise pull the trunk down against the push); no push when a
     * level needs no extensor (the thighs cannot pull, and pushing would need the abdominals). Assumption of this
     * model. A contact inside the body, as {@link #HANDS_ON_THIGHS}: the trunk pushes the thighs down as
     * much, so the seat and the feet carry what they carried without it and it is not a reaction of the
     * whole body; it enters every lumbar level and the hip equation. Needs {@link #SEAT}; cannot be
     * combined with {@link #BACKREST}, {@link #LYING_SURFACE} or {@link #TRUNK_RESTING}
     * ({@link SupportCombinations}). The thighs push
     * only where the abdomen touches them: the solve reports the gap ({@code Workspace.trunkOnThighsGapM},
     * + = clear), and within {@link #CONTACT_TOLERANCE_M} of their upper surface, either way, the
     * abdomen touches; clear of it by more, or not over the thighs (in front of the knees or behind the
     * hips), there is no push and the trunk is held as without this support; inside the thighs by more,
     * the posture cannot be posed and is reported as unsupported ({@code UnsupportedPostureException}),
     * never clamped. Upper body, but not a point contact ({@link #onUpperBody()} is false).
     */
    TRUNK_ON_THIGHS;

    /**
     * How far the abdomen's most protruding point may lie from the thighs' upper surface, either way,
     * and still touch them ({@link #TRUNK_ON_THIGHS}) (m): the soft tissue of the abdomen and the thigh,
     * which yields under the push, is not resolved by this model, whose surfaces are rigid lines (the
     * abdominal depth and the thighs' girths are those of a standing or seated body at rest, ANSUR II).
     * Assumption of this model, the tolerance the stick figures allow every contact (viz
     * {@code StickScene.CONTACT_TOLERANCE_M}).
     */
    public static final double CONTACT_TOLERANCE_M = 0.03;

    /**
     * Body roll (deg, either way) from which the body lies on its side and its paired limbs rest on
     * the lower side only: halfway between lying on the back or front (0) and on the side (90).
     * Assumption of this model.
     */
    public static final double ONE_SIDED_ROLL_DEG = 45;

    /**
     * Whether this support acts on one side of a body rolled by {@code bodyRollDeg}: every support
     * acts on both sides, except that the paired limbs ({@link #HANDS}, {@link #FOREARMS},
     * {@link #FEET}, {@link #KNEES}) of a body rolled by at least {@link #ONE_SIDED_ROLL_DEG} act
     * only on the side nearer the floor (right for a positive roll).
     *
     * @param bodyRollDeg the posture's body roll (deg, + onto the right side)
     * @param right the right side (true) or the left (false)
     * @return whether the support has a contact on that side
     */
    public boolean actsOnSide(double bodyRollDeg, boolean right) {
        boolean pairedLimbs = this == HANDS || this == FOREARMS || this == FEET || this == KNEES;
        if (!pairedLimbs || Math.abs(bodyRollDeg) < ONE_SIDED_ROLL_DEG) {
            return true;
        }
        return right == bodyRollDeg > 0;
    }

    /**
     * @return whether the contact acts on the thorax, head or arms (the body above every lumbar disc),
     *     so that its reaction loads the lumbar spine directly
     */
    public boolean onUpperBody() {
        return this == HANDS || this == FOREARMS || this == TRUNK_RESTING || this == SHOULDERS;
    }

    /**
     * @return the name task files and reference resources write for this support, and messages print: the
     *     constant's name in lower case ({@code lying_surface} for {@link #LYING_SURFACE})
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
