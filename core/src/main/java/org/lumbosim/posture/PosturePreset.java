package org.lumbosim.posture;

import java.util.Set;
import org.lumbosim.internal.Checks;

/**
 * Named postures of daily life and work. Angles are listed per preset: (trunk inclination, lumbar
 * flexion, lateral bend, axial rotation, hip, knee, shoulder, elbow flexion, body roll), degrees.
 * Where no published angle exists for an activity the choice is this model's and says so; the
 * ones from shared reference data cite it.
 *
 * <p>Arms: a preset whose hands hang (standing, bending, lifting from the floor, walking, sitting bent
 * forward) has {@link Posture#armsHang()}, so its arms stay vertical when its
 * trunk angle is changed (a sweep, a task file's {@code trunkFlexionDeg}); the shoulder angle listed
 * is the hanging one at the preset's own trunk angle. The others hold the arms at the listed angle
 * relative to the thorax: where the hands do something (hold a load, rest on the thighs or the lap,
 * grip a wheel or handles, are crossed on the chest, as when rising from a chair) or the arms carry the body (hands, forearms)
 * or lie on a surface.
 */
public enum PosturePreset {
    /** Upright standing, arms hanging. All angles 0. Wilke 1999 "relaxed standing". */
    STANDING_RELAXED("standing_relaxed", "relaxed standing",
            Posture.uprightStanding()),
    /** Lying on the back on a surface: trunk -90 (face up), everything else 0. */
    LYING_SUPINE("lying_supine", "lying on the back",
            new Posture(-90, 0, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.LYING_SURFACE))),
    /** Lying prone on a surface: trunk +90 (face down), everything else 0. */
    LYING_PRONE("lying_prone", "lying prone",
            new Posture(90, 0, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.LYING_SURFACE))),
    /**
     * Lying on the right side on a firm floor: body roll 90, hips flexed 30 and knees 45 (a usual
     * side-lying position; this model's choice), the waist sagging until the lower shoulder and the
     * greater trochanter both touch the floor: lateral bend -15 (to the left, the upper side). The
     * shoulder reaches out further from the midline than the hip, by half the difference of the
     * bideltoid breadth, 0.510 m, and the hip breadth, 0.346 m (means of the 4,082 men of ANSUR II,
     * Gordon et al. 2014, Natick/TR-15/007, computed from the survey's public data file; the report's
     * tables not read), 8.2 cm; this model's thoracic spine does not bend, so the lumbar spine takes
     * the whole sag, 15 deg for the 1.75 m subject (derived: the stick scene's contacts, 0.5 mm
     * apart at 15 deg). The lying surface holds the bend in passive equilibrium (no muscle acts).
     * Arms out in front, shoulders flexed 90, elbows straight: the lower arm cannot lie along the
     * bent trunk (it would pass 7 cm into the floor); the "yearner" of the side-lying sleep positions
     * (13 % of 1,000 British sleepers against 15 % arms down the sides; Idzikowski's survey for the
     * Sleep Assessment and Advisory Service, 2003, read in secondary web reports, unconfirmed).
     * This model's arms move alike, so the upper arm is held out too instead of resting on the lower.
     */
    LYING_SIDE("lying_side", "lying on the side",
            new Posture(0, 0, -15, 0, 30, 45, 90, 0, 90, Set.of(Support.LYING_SURFACE))),
    /**
     * Standing bent forward, knees straight, arms hanging vertically: trunk 40 (this model's choice;
     * Wilke et al. 1999 give no angle), lumbar flexion 22.6 by {@link LumbarMotion}'s rhythm, the
     * pelvis rotating 17.4 at the hips, shoulders 40.
     */
    STANDING_FLEXED("standing_flexed", "standing bent forward", Posture.standingFlexed(40)),
    /**
     * Sitting relaxed on a chair without a backrest: thorax upright (0), lumbar flexion 19.2 = the
     * standing minus chair-sitting lordosis of Moon et al. (2018): 37.1 - 17.9 (shared reference
     * spinopelvic_alignment.csv); pelvis 19.2 back, hips 70.8 (thighs horizontal), knees 90. The
     * hands rest on the thighs ({@link Support#HANDS_ON_THIGHS}), as Wilke et al. (2001), Clin Biomech
     * 16 Suppl 1:S111, Fig 4a shows their volunteer on a stool (primary photo, the 463 x 345 copy in
     * AnyBody's AMMR, {@code Application/Validation/WilkeSpinalDiscPressure/SpinePressureSeatingStraitNoSupport},
     * read from its pixels, +-10 deg): shoulder joint about (285, 122), elbow (270, 222), wrist at
     * the watch (215, 272), so the upper arm hangs 9 forward of vertical with the thorax upright
     * (shoulder 10) and the forearm slopes 42 below horizontal (elbow 40); AMMR's model of the
     * posture has the forearm at the same slope (glenohumeral flexion 20, elbow 30 in its
     * {@code Mannequin.any}) and a reaction between each forearm and its thigh
     * ({@code ForeArmRestingInLap} in {@code JointsAndDrivers.any}). Elbow 50, the reading's upper
     * bound: the photograph's thighs slope down towards the knees where this model's are horizontal,
     * so with elbow 40 the model's hands would sink 3 cm into its thighs and pass through them in the
     * side view (the stick figure's hand-thigh contact, by the limbs' ANSUR II girths as round
     * sections); at 50 they rest on them (2 cm into the round girths, within the figure's 3 cm
     * contact tolerance; the old elbow 60 left them 1.3 cm above).
     */
    SITTING_UNSUPPORTED("sitting_unsupported", "sitting relaxed without backrest",
            new Posture(0, 19.2, 0, 0, 70.8, 90, 10, 50, 0,
                    Set.of(Support.SEAT, Support.FEET, Support.HANDS_ON_THIGHS))),
    /**
     * Sitting upright without a backrest: thorax upright, lumbar flexion 16.6 = the change of
     * lordosis from standing to sitting of Endo et al. (2012), J Orthop Sci 17:682-686 (n = 50);
     * pelvis 16.6 back, hips 73.4, knees 90, the hands resting on the thighs as in
     * {@link #SITTING_UNSUPPORTED} (shoulder 10, elbow 50; {@link Support#HANDS_ON_THIGHS}).
     */
    SITTING_UPRIGHT("sitting_upright", "sitting upright without backrest",
            new Posture(0, 16.6, 0, 0, 73.4, 90, 10, 50, 0,
                    Set.of(Support.SEAT, Support.FEET, Support.HANDS_ON_THIGHS))),
    /**
     * Sitting bent fully forward as when tying shoes, the trunk resting on the thighs. Wilke et al.
     * (1999), Spine 24:755, p.758, describe their "sitting with maximum flexion" as simulating, for
     * instance, the position of tying shoes (read in a secondary quote: GitHub cloud-itonami/suji,
     * {@code src/suji/methods/spine.cljc}); the paper gives no angle or picture. Lumbar flexion 52, the
     * full flexion range of {@link LumbarMotion} (Pearcy et al. 1984): seated forward flexion reaches
     * the same largest lumbar angle as standing flexion (Frey, Greene and De Carvalho 2020, J Biomech
     * 103:109706, abstract). Trunk 73: the inclination at which the abdomen's most protruding point
     * first meets the thighs' upper surface for Wilke's volunteer (73.1 deg; ANSUR II abdominal depth
     * and thigh girths, {@link Support#TRUNK_ON_THIGHS}), so the pelvis tilts 21 forward and the hips
     * flex 111 (thighs horizontal). Knees 123: the least knee flexion (whole degrees) at which the
     * hands can reach the shoes (the reach rule of docs/research/sources-2026-12-07.md: the instep
     * point, midway between the lateral malleolus and the toe tip and 5 cm above the malleolus, no
     * farther from the shoulder than the arm from shoulder to grip, 0.597 m at this subject): the feet
     * drawn back under the knees. Arms held straight down to the shoes (shoulder 67.5, elbow 0),
     * abducted 10 so they pass outside the thighs (ANSUR II girths), the grip over the instep in the
     * side view. The thighs carry the trunk ({@link Support#TRUNK_ON_THIGHS}); no angle was chosen to
     * match a measured pressure.
     */
    SITTING_MAX_FLEXION("sitting_max_flexion", "sitting with maximum trunk flexion",
            new Posture(73, 52, 0, 0, 111, 123, 67.5, 0, 0,
                    Set.of(Support.SEAT, Support.FEET, Support.TRUNK_ON_THIGHS), false, 0, 10)),
    /**
     * Slouched sitting leaning on a backrest. Lumbar flexion 36.4 = 70 % of the flexion range of
     * {@link LumbarMotion} (52): in slump sitting healthy adults flex the lumbar spine 45.9 deg from
     * usual standing (upper 21.8 + lower 24.1) of the 65.8 deg they reach in maximal standing
     * flexion (upper 30.8 + lower 35.0): Mitchell T, O'Sullivan PB, Burnett AF, Straker L, Smith A
     * (2008), BMC Musculoskelet Disord 9:152, Tables 2 and 3 (170 women, skin-mounted electromagnetic
     * sensors at T12, L3 and S2; primary, open access), taken as a share of the range because skin
     * angles exceed radiographic ones. Thorax reclined 15 and thighs horizontal (pelvis 51.4 back,
     * hips 38.6), as Wilke et al. (2001), Clin Biomech 16 Suppl 1:S111, Fig 6b shows their volunteer
     * in an armchair (read by eye, +-10 deg). The forearms lie along the armrests and the hands hang
     * over their front ends, so {@link Support#ARMRESTS} carries forearms and hands. Arms read from
     * the photograph's pixels (510 x 384 copy in AnyBody's AMMR,
     * {@code Application/Validation/WilkeSpinalDiscPressure/SpinePressureSeatingRelaxed}): shoulder
     * about (410, 120), elbow (375, 195), wrist at the watch (270, 185), so the upper arm hangs 25
     * forward of vertical (shoulder flexion 10 relative to the thorax reclined 15, which turns an arm
     * along it 15 forward) and the forearm rises 5 above horizontal (elbow 70). Knees 80 (this
     * model's choice).
     */
    SITTING_SLOUCHED("sitting_slouched", "slouched sitting leaning on a backrest",
            new Posture(-15, 36.4, 0, 0, 38.6, 80, 10, 70, 0,
                    Set.of(Support.SEAT, Support.BACKREST, Support.FEET, Support.ARMRESTS))),
    /**
     * Lifting from the floor with a round back (stoop): trunk 90, lumbar flexion 42.1 by the
     * rhythm, thighs 15 forward of vertical (hips 62.9: the hips shift back so that the whole-body
     * centre of mass lies over the middle half of the feet; with vertical thighs it lay in front of
     * the toes), knees 15, arms vertical (shoulder 90). This model's choice.
     */
    LIFT_ROUND_BACK("lift_round_back", "lifting from the floor with a round (stoop) back",
            thighsForward(Posture.standingFlexed(90).withKneeFlexionDeg(15), 15)),
    /**
     * Lifting from the floor with bent knees (squat): trunk 45, lumbar flexion 24.6 by the rhythm,
     * hips 100, knees 120 (the shanks lean forward so that the feet lie under the whole-body centre
     * of mass; at 100 it lay behind the heels), arms vertical (shoulder 45). This model's choice. The
     * hands outside the knees (the model's legs stand parallel at hip width, leaving no room for a load
     * between the knees): arms abducted 10, which puts a 1.75 m subject's grips 0.55 m apart, the hand
     * width of conventional deadlifts (55 +- 10 cm, 12 national-level lifters: Escamilla RF, Francisco
     * AC, Fleisig GS, et al. (2000), Med Sci Sports Exerc 32(7):1265-1275; abstract, the points
     * between which it was measured not read). In the sagittal plane the arms would pass through the
     * thighs by their ANSUR II girths (Gordon et al. 2014).
     */
    LIFT_BENT_KNEES("lift_bent_knees", "lifting from the floor with bent knees (squat)",
            Posture.standingFlexed(45).withHipFlexionDeg(100).withKneeFlexionDeg(120).withShoulderAbductionDeg(10)),
    /**
     * Standing holding a load close to the body: upper arms 15 back, elbows 100, so the grip is
     * about 0.26 m in front of L5-S1 for a 1.75 m subject. This model's choice.
     */
    HOLD_CLOSE("hold_close", "holding a load close to the body while standing",
            new Posture(0, 0, 0, 0, 0, 0, -15, 100, 0, Set.of(Support.FEET))),
    /**
     * Standing holding a load with the arms extended forward, horizontal: shoulders 90, elbows 0,
     * grip about 0.6 m in front of L5-S1 for a 1.75 m subject.
     */
    HOLD_FAR("hold_far", "holding a load with arms extended forward while standing",
            new Posture(0, 0, 0, 0, 0, 0, 90, 0, 0, Set.of(Support.FEET))),

    // ------------------------------------------------------------ exercise and daily-activity atlas
    // Angles: thigh in space (from hanging, forward +) = hip - (trunk - lumbar); upper arm in space =
    // shoulder - trunk. Every angle below is this model's choice unless a source is named.

    /** Lying prone, arms along the body (as {@code lying_prone}; the atlas's name). All angles 0 but trunk 90. */
    PRONE_LYING("prone_lying", "lying prone, arms along the body", Category.EXERCISE,
            new Posture(90, 0, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.LYING_SURFACE))),
    /**
     * Prone on elbows (sphinx): upper arms vertical (shoulder 60), forearms flat forward (elbow 90),
     * the lumbar spine at the end of its extension range -16 (Pearcy et al. 1984, see
     * {@link LumbarMotion}) and the thorax 30 deg above the floor (trunk 60), the height at which the
     * upper arms reach the floor from the shoulders: with the thorax 16 deg up (the lumbar range alone)
     * the pelvis and legs hung 0.12-0.16 m above the floor that the forearms lay on. Real people raise
     * the shoulders further by extending the thoracic spine and moving the shoulder blades; this
     * model's thorax is rigid and its shoulders fixed to it, so the rest of the rise comes from the
     * hips: extended 9 deg, the pelvis tilts 14 deg (its cranial end up) about the hip joints, which
     * rest on the floor with the pubis beneath (pelvis 76); the pelvis does move in prone extension
     * unless it is strapped down (Bandy WD, Reese NB 2004, Arch Phys Med Rehabil 85:99-103, abstract: a
     * strap is used "to control pelvic movement" in the press-up, and with it the press-up measured
     * more lumbar extension).
     * Thighs 5 deg below horizontal from the hip joints to the knees and shanks flat (knees 5): the
     * hip joint centre lies deeper above the floor than the knee's axis. Angles derived from the
     * geometry (this model's choice), not from the loads. Supports: forearms, pelvis and legs on the
     * floor.
     */
    PRONE_ON_ELBOWS("prone_on_elbows", "prone on the elbows (sphinx)", Category.EXERCISE,
            new Posture(60, -16, 0, 0, -9, 5, 60, 90, 0,
                    Set.of(Support.FOREARMS, Support.PELVIS_ON_FLOOR, Support.LEGS_ON_FLOOR))),
    /**
     * Prone press-up (McKenzie extension in lying), as high as this model's joints allow with the
     * pelvis on the floor: thorax 40 deg above the floor (trunk 50), 10 deg higher than
     * {@link #PRONE_ON_ELBOWS}, since the press-up extends the lumbosacral spine further than prone on
     * the elbows (Bo GH, Park SH 2012, J Phys Ther Sci 24:271-274, abstract: fluoroscopy, 12 women).
     * The lumbar spine is at the end of its extension range (-16) in both, so the extra rise comes from
     * the hips as in {@link #PRONE_ON_ELBOWS}: extended 19 deg, the pelvis tilted 24 deg (pelvis 66),
     * thighs 5 deg below horizontal, knees 5. Hands on the floor between the shoulders' and the ears'
     * place of prone lying, where the exercise puts them before pressing up (0.61 m ahead of the hip
     * joints for the 1.75 m subject): upper arms 25 deg behind vertical (shoulder 25), elbows 95. The
     * straight arms of the full exercise put the shoulders an arm's length (0.62 m) above the floor:
     * with a rigid thorax (no thoracic extension) and the lumbar range of Pearcy et al. (1984) the
     * thorax would have to stand near vertical, so the elbows stay bent. Supports: hands, pelvis and
     * legs on the floor.
     */
    PRONE_PRESS_UP("prone_press_up", "prone press-up (McKenzie extension), elbows bent", Category.EXERCISE,
            new Posture(50, -16, 0, 0, -19, 5, 25, 95, 0,
                    Set.of(Support.HANDS, Support.PELVIS_ON_FLOOR, Support.LEGS_ON_FLOOR))),
    /**
     * Child's pose: kneeling sitting back on the heels, shins flat, the trunk folded onto the thighs
     * and the arms reaching forward to the floor. The knees flex 165 so that the hip joints come down
     * onto the heels (2 cm above the ischia's depth over them; at 155 they stayed 9 cm above): full
     * passive knee flexion with the body's weight on the heels, beyond the 157 +- 6 deg of squatting
     * with the heels up (Hemmerich et al. 2006, see {@link PostureRange#KNEE_FLEXION_MAX_DEG}) and
     * within its mean + 2 SD. Thighs 75 forward of hanging, the trunk parallel to them (trunk 105),
     * lumbar flexion 45 (pelvis 60, hips 135), arms forward along the trunk to the floor (shoulder
     * 177: the hands' reach sets it). Supports: legs, pelvis (on the heels) and trunk (on the thighs)
     * resting; hands on the floor. The angles are this model's choice but for the knees' range.
     */
    CHILDS_POSE("childs_pose", "child's pose: sitting back on the heels, trunk on the thighs", Category.EXERCISE,
            new Posture(105, 45, 0, 0, 135, 165, 177, 0, 0,
                    Set.of(Support.LEGS_ON_FLOOR, Support.PELVIS_ON_FLOOR, Support.TRUNK_RESTING, Support.HANDS))),
    /**
     * Single knee to chest, lying supine. The model's legs move in pairs, so it is modelled as both
     * hips at 90 and knees at 90 (halfway between the pulled and the resting leg), lumbar flexion 10
     * (pelvis -100). The pull of the hands on the knee is not modelled. Supports: trunk and pelvis on
     * the floor.
     */
    KNEE_TO_CHEST("knee_to_chest", "lying supine pulling a knee to the chest (both legs at their mean: hips 90°)", Category.EXERCISE,
            new Posture(-90, 10, 0, 0, 90, 90, 60, 90, 0, Set.of(Support.TRUNK_RESTING, Support.PELVIS_ON_FLOOR))),
    /**
     * Both knees to the chest, lying supine: hips 120, knees 120, the lordosis flattened by the
     * posterior pelvic tilt of {@code pelvic_tilt} and {@code knee_to_chest} (lumbar flexion 10, pelvis
     * -100), the hands clasped behind the thighs near the knees, the usual instruction of the exercise
     * (shoulder 0, elbow 93: upper arms on the floor beside the trunk, forearms up to the backs of the
     * thighs, the grip on the thigh's axis 15 % of its length from the knee; this model's choice). The
     * shoulders lie lower than the knees by more than an upper arm's length, so hands on the shins would
     * have the arms pass outside the thighs (crossing them in the side view).
     * The real exercise rolls the pelvis further and lifts the sacrum, so that the body rests on its
     * lumbar spine: this model's contacts (sacrum and shoulders) and flat, rigid thorax cannot hold that
     * (at lumbar flexion 20 the sacrum hung 6 cm above the floor), so the row is the start of the roll.
     * The pull of the hands is not modelled. Supports: trunk and pelvis on the floor.
     */
    DOUBLE_KNEE_TO_CHEST("double_knee_to_chest", "lying supine pulling both knees to the chest", Category.EXERCISE,
            new Posture(-90, 10, 0, 0, 120, 120, 0, 93, 0, Set.of(Support.TRUNK_RESTING, Support.PELVIS_ON_FLOOR))),
    /**
     * Cat (quadruped, back rounded): thorax rising 5 deg towards the head (trunk 85: the arms are
     * longer than the thighs, so hands and knees reach the same floor), lumbar flexion 25, pelvis 60,
     * thighs vertical (hips 60), shins flat (knees 90), arms vertical (shoulder 85). Supports: hands,
     * knees, legs resting.
     */
    CAT("cat", "cat: on hands and knees, back rounded", Category.EXERCISE,
            new Posture(85, 25, 0, 0, 60, 90, 85, 0, 0, Set.of(Support.HANDS, Support.KNEES, Support.LEGS_ON_FLOOR))),
    /**
     * Cow (quadruped, back hollowed): thorax rising 20 deg towards the head (trunk 70, so that hands
     * and knees reach the same floor with the pelvis tipped forward), lumbar extension -15, pelvis
     * 85, thighs vertical (hips 85), knees 90, arms vertical (shoulder 70). Supports: hands, knees,
     * legs resting.
     */
    COW("cow", "cow: on hands and knees, back hollowed", Category.EXERCISE,
            new Posture(70, -15, 0, 0, 85, 90, 70, 0, 0, Set.of(Support.HANDS, Support.KNEES, Support.LEGS_ON_FLOOR))),
    /**
     * Pelvic tilt, hook lying: supine (trunk -90), posterior pelvic tilt flattening the lordosis by
     * 10 (lumbar 10, pelvis -100), knees 90, feet flat: hips 21 (thighs 31 deg above the floor), the
     * hip flexion at which feet, sacrum and shoulders lie closest to one floor (at hips 40 the feet
     * hung 18 cm above it; the posterior tilt with a flat, rigid thorax leaves the sacrum 3 cm up, as
     * in knee_to_chest). Supports: trunk and pelvis on the floor, feet.
     */
    PELVIC_TILT("pelvic_tilt", "pelvic tilt lying on the back, knees bent", Category.EXERCISE,
            new Posture(-90, 10, 0, 0, 21, 90, 0, 0, 0,
                    Set.of(Support.TRUNK_RESTING, Support.PELVIS_ON_FLOOR, Support.FEET))),
    /**
     * Bird dog, modelled as its starting position: on hands and knees with a neutral spine (trunk 75:
     * the thorax rises towards the head so that hands and knees reach the same floor; lumbar 0,
     * thighs vertical (hips 75), knees 90, arms vertical (shoulder 75)). The model's arms and legs move in pairs, so the
     * raised arm and opposite leg are not represented: this row is a lower bound of the exercise.
     * Supports: hands, knees, legs resting.
     */
    BIRD_DOG("bird_dog", "bird dog start: hands and knees, neutral spine (raised limbs not modelled)", Category.EXERCISE,
            new Posture(75, 0, 0, 0, 75, 90, 75, 0, 0, Set.of(Support.HANDS, Support.KNEES, Support.LEGS_ON_FLOOR))),
    /**
     * Glute bridge: shoulders on the floor, pelvis lifted so that thorax, pelvis and thighs are in
     * line 20 deg from horizontal (trunk -110, lumbar 0, hips 0), knees at right angles (90, the
     * usual instruction; this model's choice), arms along the body. The 20 deg follow from the
     * geometry: with the knees at 90 it is the inclination at which the shoulders and the feet both
     * reach the floor (at 25 deg and knees 105 the feet stood 6 cm above it, with the shanks already
     * near vertical, so that no knee angle could bring them down). The head lies on the floor with
     * the neck flexed in the stick figure ({@code StickScene}); the model's head stays on the
     * thorax's axis, its weight carried through the shoulders rather than by the floor. Supports:
     * shoulder blades, feet.
     */
    GLUTE_BRIDGE("glute_bridge", "glute bridge: hips lifted, shoulders and feet on the floor", Category.EXERCISE,
            new Posture(-110, 0, 0, 0, 0, 90, 0, 0, 0, Set.of(Support.SHOULDERS, Support.FEET))),
    /**
     * Dead bug: supine, arms pointing at the ceiling (shoulder 90), hips and knees at 110 (table-top
     * legs drawn a little towards the chest; at 90/90 the legs' centre of mass lies beyond the
     * buttocks and the model's rigid contacts would have to pull). At 110/110 the legs' centre of mass
     * lies over the pelvis, so the hip equation asks nothing of the hip flexors (psoas) here; a dead bug
     * with the legs lowered would. Supports: trunk and pelvis on the floor.
     */
    DEAD_BUG("dead_bug", "dead bug: lying supine, arms up, hips and knees bent 110°", Category.EXERCISE,
            new Posture(-90, 0, 0, 0, 110, 110, 90, 0, 0, Set.of(Support.TRUNK_RESTING, Support.PELVIS_ON_FLOOR))),
    /**
     * Forearm plank: body straight 6 deg from horizontal (trunk 84, lumbar 0, hips 0, knees 0),
     * upper arms vertical (shoulder 84), forearms flat (elbow 90), on the toes with the ankles
     * plantar flexed 50 deg. Both follow from the geometry, not from the loads: the model's foot is
     * rigid from the ankle to the toe tip (no toe joint to fold the toes under), so the ankle comes
     * down toward the floor only by turning the foot; at the end of the normal plantar flexion range
     * ({@link PostureRange#ANKLE_PLANTAR_FLEXION_MAX_DEG}) the ankle stands 0.54 foot lengths above
     * the toes (0.14 m for the 1.75 m subject; at right angles it stood 0.73, 0.19 m). The upper arms'
     * length then sets the body's inclination: at trunk 84 the forearms lie on the floor and the toes
     * are 5 mm above it (at trunk 76 the forearms hung 0.20 m above the floor). Supports: forearms,
     * feet.
     */
    PLANK("plank", "forearm plank", Category.EXERCISE,
            new Posture(84, 0, 0, 0, 0, 0, 84, 90, 0, Set.of(Support.FOREARMS, Support.FEET), false, 50)),
    /**
     * Side plank (side bridge) on the right forearm, top arm raised. Form, as exercise instructions
     * describe it (secondary, e.g. myhomepersonaltrainer.com "Side Bridge" and the McGill side bridge
     * pages quoted by glutesandabscom.homestead.com: elbow directly under the shoulder, forearm on the
     * floor, the whole body in a straight line, weight on the forearm and the side of the lower foot):
     * trunk, lumbar spine, hips and knees straight (0), legs adducted 5 deg so the ankles meet (feet
     * stacked: 1 cm apart, the 1.75 m subject's hip joints being 0.16 m apart); elbows 90. The angles
     * that place it are derived from this model's geometry, not measured: the arms are abducted as far as the body
     * is rolled (70), so the supporting upper arm stands vertical under the shoulder in the frontal
     * plane with its forearm flat on the floor (one abduction serves both arms, so the upper arm
     * points up, 40 deg from vertical: the "top arm raised" variation); shoulder -5 puts the elbow
     * 1 cm behind the shoulder, which the model's contacts need (the lower foot pushes at its centre
     * of mass, 5 cm ahead of the ankle, not along its edge; with the elbow right under the shoulder
     * the centre of mass falls just behind the line from elbow to foot); the roll of 70 (20 deg from
     * lying) is where the lower forearm and the lower foot both touch the floor. Rolled past 45 deg,
     * the forearm and foot supports act on the lower side only ({@link Support#actsOnSide}).
     * Supports: forearms, feet.
     */
    SIDE_PLANK("side_plank", "side plank on the forearm, top arm raised", Category.EXERCISE,
            new Posture(0, 0, 0, 0, 0, 0, -5, 90, 70, Set.of(Support.FOREARMS, Support.FEET), false, 0, 70, 5)),
    /**
     * Sit-up at its mid-point: thorax 45 deg above the floor (trunk -45), lumbar flexion 30, pelvis
     * -75, hook lying legs (hips 60, knees 116: the feet reach the floor with the pelvis resting on
     * its sacrum), arms crossed on the chest (shoulder 20, elbow 130).
     * The hip flexors hold the trunk up about the hips (the model's hip equation); their psoas share
     * pulls on L1-L5. The feet can only push, so the hip moment is taken as if the feet were held.
     * Supports: pelvis on the floor, feet.
     */
    SIT_UP("sit_up", "sit-up, trunk 45 deg up, knees bent", Category.EXERCISE,
            new Posture(-45, 30, 0, 0, 60, 116, 20, 130, 0, Set.of(Support.PELVIS_ON_FLOOR, Support.FEET))),
    /**
     * Crunch: thorax 30 deg above the floor (trunk -60), lumbar flexion 20, pelvis -80, hips 55,
     * knees 118 (the feet reach the floor with the pelvis resting on its sacrum), arms crossed on the
     * chest. Supports: pelvis on the floor, feet.
     */
    CRUNCH("crunch", "crunch, shoulders lifted, knees bent", Category.EXERCISE,
            new Posture(-60, 20, 0, 0, 55, 118, 20, 130, 0, Set.of(Support.PELVIS_ON_FLOOR, Support.FEET))),
    /**
     * McGill curl-up: head and shoulders lifted 10 deg (trunk -80) with the pelvis flat (pelvis -90);
     * the real exercise bends the thoracic spine, which this model's rigid thorax cannot, so the 10
     * deg appear as lumbar flexion. Hook-lying legs (hips 45, knees 123: the feet reach the floor with the pelvis resting on
     * its sacrum), hands under the low back
     * (shoulder 0, elbow 0). Supports: pelvis on the floor, feet.
     */
    CURL_UP("curl_up", "McGill curl-up, head and shoulders just lifted", Category.EXERCISE,
            new Posture(-80, 10, 0, 0, 45, 123, 0, 0, 0, Set.of(Support.PELVIS_ON_FLOOR, Support.FEET))),
    /**
     * Seated hamstring stretch (long sitting, reaching to the toes): legs straight on the floor
     * (hips 97, knees 0: the legs slope 3 deg down from the hip joints, which sit higher above the
     * floor on the ischia than the knees do), pelvis 10 forward, lumbar flexion 40, trunk 50, arms reaching forward
     * and down (shoulder 110). Supports: seat (the floor under the ischia), legs resting.
     */
    SEATED_HAMSTRING_STRETCH("seated_hamstring_stretch", "long sitting on the floor reaching for the toes",
            Category.EXERCISE,
            new Posture(50, 40, 0, 0, 97, 0, 110, 0, 0, Set.of(Support.SEAT, Support.LEGS_ON_FLOOR))),
    /**
     * Leg press (machine), bottom position: reclined 45 deg (trunk -45), lumbar flexion 15, pelvis
     * -60, hips 100, knees 90, hands on the handles beside the seat (shoulder 30, elbow 60). The
     * sled's load acts on the feet and passes through the pelvis into seat and backrest, which this
     * trunk-only model does not load; the row is the posture under body weight. Supports: seat,
     * backrest, feet.
     */
    LEG_PRESS("leg_press", "leg press, bottom position (sled load not modelled)", Category.EXERCISE,
            new Posture(-45, 15, 0, 0, 100, 90, 30, 60, 0, Set.of(Support.SEAT, Support.BACKREST, Support.FEET))),
    /**
     * Stiff-legged (stoop) deadlift, bottom position without the bar: trunk 80, lumbar flexion by
     * {@link LumbarMotion}'s rhythm (39.2), knees 10, thighs 12 forward of vertical (hips 52.8: the
     * hips shift back so that the whole-body centre of mass lies over the middle half of the feet),
     * arms vertical. Supports: feet.
     */
    DEADLIFT_STOOP("deadlift_stoop", "stiff-legged deadlift, bottom, body weight only", Category.EXERCISE,
            thighsForward(Posture.standingFlexed(80).withKneeFlexionDeg(10), 12)),
    /**
     * Squat-style deadlift, bottom position without the bar, lumbar spine kept near neutral: trunk
     * 50, lumbar flexion 10, pelvis 40, hips 100, knees 80, arms vertical (shoulder 50), abducted 10 so
     * that the grips lie 0.55 m apart for a 1.75 m subject, outside the knees: the hand width of
     * conventional deadlifts (Escamilla et al. 2000, see {@link #LIFT_BENT_KNEES}). Supports: feet.
     */
    DEADLIFT_SQUAT("deadlift_squat", "squat deadlift with a neutral back, bottom, body weight only", Category.EXERCISE,
            new Posture(50, 10, 0, 0, 100, 80, 50, 0, 0, Set.of(Support.FEET)).withArmsHanging()
                    .withShoulderAbductionDeg(10)),
    /**
     * Bent-over row, mid-pull without the weight: trunk 45, lumbar flexion 10, hips 50, knees 20,
     * upper arms 25 behind vertical (shoulder 20), elbows 90. Supports: feet.
     */
    BENT_OVER_ROW("bent_over_row", "bent-over row, mid-pull, body weight only", Category.EXERCISE,
            new Posture(45, 10, 0, 0, 50, 20, 20, 90, 0, Set.of(Support.FEET))),
    /**
     * Walking upright, double-support instant treated statically: trunk 3 forward (the small
     * forward lean of gait), pelvis with it (hips 3, thighs vertical), arms hanging. Gait dynamics
     * are not included (see the motion command for inverse dynamics).
     */
    WALKING_UPRIGHT("walking_upright", "walking upright (static, mid-stance)", Category.DAILY_LIFE,
            new Posture(3, 0, 0, 0, 3, 0, 3, 0, 0, Set.of(Support.FEET)).withArmsHanging()),
    /**
     * Sitting in a car seat: backrest reclined 20 deg (trunk -20), lumbar flexion 15, pelvis -35,
     * thighs 10 above horizontal (hips 45), knees 50 (feet on the pedals), hands on the wheel
     * (shoulder 45, elbow 60; the wheel carries nothing). Supports: seat, backrest, feet.
     */
    SITTING_CAR_SEAT("sitting_car_seat", "sitting in a car seat, backrest reclined 20 deg", Category.DAILY_LIFE,
            new Posture(-20, 15, 0, 0, 45, 50, 45, 60, 0, Set.of(Support.SEAT, Support.BACKREST, Support.FEET))),
    /**
     * Standing up from a chair, the instant of seat-off: trunk 40 forward, lumbar flexion 20, pelvis
     * 20, thighs horizontal (hips 110), feet drawn back under the body (knees 125; with vertical shins
     * the whole-body centre of mass lay behind the heels), arms crossed on the chest (shoulder 20, elbow
     * 130, as {@code sit_up}): the arm position of the clinical sit-to-stand tests (Ng et al. 2015, J
     * Rehabil Med 47, doi:10.2340/16501977-1915, abstract: five-times sit-to-stand with the arms across
     * the chest, the usual protocol; hands on the thighs gave the same times). Hanging arms passed
     * beside the thighs. The feet carry the body. Supports: feet.
     */
    STANDING_UP_FROM_CHAIR("standing_up_from_chair", "standing up from a chair, at seat-off", Category.DAILY_LIFE,
            new Posture(40, 20, 0, 0, 110, 125, 20, 130, 0, Set.of(Support.FEET)));

    /**
     * @param p a standing posture
     * @param deg thigh inclination forward of vertical (deg)
     * @return {@code p} with the hips flexed so that the thighs lean {@code deg} forward: the hips
     *     shift back over the feet
     */
    private static Posture thighsForward(Posture p, double deg) {
        return p.withHipFlexionDeg(p.pelvisRotationDeg() + deg);
    }

    /** What kind of activity a preset is. */
    public enum Category {
        /** An activity of daily life or work. */
        DAILY_LIFE,
        /** A therapeutic or training exercise. */
        EXERCISE
    }

    private final String id;
    private final String description;
    private final Posture posture;
    private final Category category;

    PosturePreset(String id, String description, Posture posture) {
        this(id, description, Category.DAILY_LIFE, posture);
    }

    PosturePreset(String id, String description, Category category, Posture posture) {
        this.id = id;
        this.description = description;
        this.posture = posture;
        this.category = category;
    }

    /** @return whether it is an activity of daily life or an exercise */
    public Category category() {
        return category;
    }

    /** @return the identifier used in task files, e.g. {@code standing_flexed} */
    public String id() {
        return id;
    }

    /** @return a one-line description */
    public String description() {
        return description;
    }

    /** @return the posture */
    public Posture posture() {
        return posture;
    }

    /**
     * @param id an identifier as returned by {@link #id()}
     * @return the preset
     * @throws IllegalArgumentException naming the value and listing the accepted ones
     */
    public static PosturePreset ofId(String id) {
        Checks.given(id, "id", "a preset id is needed (PosturePreset.values())");
        StringBuilder known = new StringBuilder();
        for (PosturePreset p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
            known.append(known.length() == 0 ? "" : ", ").append(p.id);
        }
        throw new IllegalArgumentException("preset = \"" + id + "\" is not one of " + known);
    }

}
