package org.lumbosim.posture;

import java.util.Set;

/**
 * Named postures of daily life and work. Angles are listed per preset: (trunk inclination, lumbar
 * flexion, lateral bend, axial rotation, hip, knee, shoulder, elbow flexion, body roll), degrees.
 * Where no published angle exists for an activity the choice is this model's and says so; the
 * ones from shared reference data cite it.
 */
public enum PosturePreset {
    /** Upright standing, arms hanging. All angles 0. Wilke 1999 "relaxed standing". */
    STANDING_RELAXED("standing_relaxed", "relaxed standing",
            new Posture(0, 0, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.FEET))),
    /** Lying on the back on a surface: trunk -90 (face up), everything else 0. */
    LYING_SUPINE("lying_supine", "lying on the back",
            new Posture(-90, 0, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.LYING_SURFACE))),
    /** Lying prone on a surface: trunk +90 (face down), everything else 0. */
    LYING_PRONE("lying_prone", "lying prone",
            new Posture(90, 0, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.LYING_SURFACE))),
    /**
     * Lying on the right side: body roll 90, hips flexed 30 and knees 45 (a usual side-lying
     * position; this model's choice).
     */
    LYING_SIDE("lying_side", "lying on the side",
            new Posture(0, 0, 0, 0, 30, 45, 0, 0, 90, Set.of(Support.LYING_SURFACE))),
    /**
     * Standing bent forward, knees straight, arms hanging vertically: trunk 40 (this model's choice;
     * Wilke et al. 1999 give no angle), lumbar flexion 22.6 by {@link LumbarMotion}'s rhythm, the
     * pelvis rotating 17.4 at the hips, shoulders 40.
     */
    STANDING_FLEXED("standing_flexed", "standing bent forward", Posture.standingFlexed(40)),
    /**
     * Sitting relaxed on a chair without a backrest: thorax upright (0), lumbar flexion 19.2 = the
     * standing minus chair-sitting lordosis of Moon et al. (2018): 37.1 - 17.9 (shared reference
     * spinopelvic_alignment.csv); pelvis 19.2 back, hips 70.8 (thighs horizontal), knees 90,
     * forearms forward over the thighs (shoulder 10, elbow 60).
     */
    SITTING_UNSUPPORTED("sitting_unsupported", "sitting relaxed without backrest",
            new Posture(0, 19.2, 0, 0, 70.8, 90, 10, 60, 0, Set.of(Support.SEAT, Support.FEET))),
    /**
     * Sitting upright without a backrest: thorax upright, lumbar flexion 16.6 = the change of
     * lordosis from standing to sitting of Endo et al. (2012), J Orthop Sci 17:682-686 (n = 50);
     * pelvis 16.6 back, hips 73.4, knees 90, forearms over the thighs (shoulder 10, elbow 60).
     */
    SITTING_UPRIGHT("sitting_upright", "sitting upright without backrest",
            new Posture(0, 16.6, 0, 0, 73.4, 90, 10, 60, 0, Set.of(Support.SEAT, Support.FEET))),
    /**
     * Sitting bent fully forward: trunk 60, lumbar flexion 45 (87 % of the range), pelvis 15
     * forward, hips 105, knees 90, arms hanging vertically (shoulder 60). This model's choice.
     */
    SITTING_MAX_FLEXION("sitting_max_flexion", "sitting with maximum trunk flexion",
            new Posture(60, 45, 0, 0, 105, 90, 60, 0, 0, Set.of(Support.SEAT, Support.FEET))),
    /**
     * Slouched sitting leaning on a backrest: thorax reclined 15, lumbar flexion 30, pelvis 45 back,
     * hips 45, knees 80, hands on the lap (shoulder 20, elbow 45). This model's choice.
     */
    SITTING_SLOUCHED("sitting_slouched", "slouched sitting leaning on a backrest",
            new Posture(-15, 30, 0, 0, 45, 80, 20, 45, 0, Set.of(Support.SEAT, Support.BACKREST, Support.FEET))),
    /**
     * Lifting from the floor with a round back (stoop): trunk 90, lumbar flexion 42.1 by the
     * rhythm, hips 47.9 (thighs vertical), knees 15, arms vertical (shoulder 90). This model's choice.
     */
    LIFT_ROUND_BACK("lift_round_back", "lifting from the floor with a round (stoop) back",
            Posture.standingFlexed(90).withKneeFlexionDeg(15)),
    /**
     * Lifting from the floor with bent knees (squat): trunk 45, lumbar flexion 24.6 by the rhythm,
     * hips 100, knees 100, arms vertical (shoulder 45). This model's choice.
     */
    LIFT_BENT_KNEES("lift_bent_knees", "lifting from the floor with bent knees (squat)",
            Posture.standingFlexed(45).withHipFlexionDeg(100).withKneeFlexionDeg(100)),
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
            new Posture(0, 0, 0, 0, 0, 0, 90, 0, 0, Set.of(Support.FEET)));

    private final String id;
    private final String description;
    private final Posture posture;

    PosturePreset(String id, String description, Posture posture) {
        this.id = id;
        this.description = description;
        this.posture = posture;
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
