package org.lumbosim.model;

/**
 * The body's point masses, in the order of the mass table and of every per-mass array (the
 * coordinates of a mass start at {@link #offset()}): the five lumbar trunk slices, the thoracic
 * slices, head and neck, and the pelvis with the rest of the body, each fixed to one body; then
 * the limb segments, left before right, placed by the limb angles. Says which body carries each
 * mass and which resting support can take its weight.
 */
enum MassPoint {
    /** L5 trunk slice (vertebra and surrounding soft tissue), on L5. */
    L5_SLICE(Fascicle.Body.L5, Region.TRUNK),
    /** L4 trunk slice, on L4. */
    L4_SLICE(Fascicle.Body.L4, Region.TRUNK),
    /** L3 trunk slice, on L3. */
    L3_SLICE(Fascicle.Body.L3, Region.TRUNK),
    /** L2 trunk slice, on L2. */
    L2_SLICE(Fascicle.Body.L2, Region.TRUNK),
    /** L1 trunk slice, on L1. */
    L1_SLICE(Fascicle.Body.L1, Region.TRUNK),
    /** Thoracic slices T1..T12 with the rib cage, on the thorax; where the backrest pushes. */
    THORACIC(Fascicle.Body.THORAX, Region.TRUNK),
    /** Head and neck, on the thorax. */
    HEAD_NECK(Fascicle.Body.THORAX, Region.TRUNK),
    /** Pelvis: the rest of the body mass, on the pelvis. */
    PELVIS(Fascicle.Body.PELVIS, Region.PELVIS),
    /** Left upper arm. */
    UPPER_ARM_LEFT(Fascicle.Body.THORAX, Region.ARM),
    /** Right upper arm. */
    UPPER_ARM_RIGHT(Fascicle.Body.THORAX, Region.ARM),
    /** Left forearm. */
    FOREARM_LEFT(Fascicle.Body.THORAX, Region.FOREARM),
    /** Right forearm. */
    FOREARM_RIGHT(Fascicle.Body.THORAX, Region.FOREARM),
    /** Left hand (at the grip point). */
    HAND_LEFT(Fascicle.Body.THORAX, Region.FOREARM),
    /** Right hand. */
    HAND_RIGHT(Fascicle.Body.THORAX, Region.FOREARM),
    /** Left thigh. */
    THIGH_LEFT(Fascicle.Body.PELVIS, Region.LEG),
    /** Right thigh. */
    THIGH_RIGHT(Fascicle.Body.PELVIS, Region.LEG),
    /** Left shank. */
    SHANK_LEFT(Fascicle.Body.PELVIS, Region.LEG),
    /** Right shank. */
    SHANK_RIGHT(Fascicle.Body.PELVIS, Region.LEG),
    /** Left foot; its CoM is where the feet touch the floor. */
    FOOT_LEFT(Fascicle.Body.PELVIS, Region.LEG),
    /** Right foot. */
    FOOT_RIGHT(Fascicle.Body.PELVIS, Region.LEG);

    /** Where a mass lies, for the resting supports that carry weight where it lies. */
    enum Region {
        /** Lumbar and thoracic slices, head and neck: carried by a resting trunk. */
        TRUNK,
        /** Pelvis: carried by a pelvis on the floor. */
        PELVIS,
        /** Upper arms: carried only by a lying surface. */
        ARM,
        /** Forearms and hands: carried by armrests (or a lying surface). */
        FOREARM,
        /** Thighs, shanks and feet: carried by legs on the floor. */
        LEG
    }

    /** Every mass, in order. */
    static final MassPoint[] ALL = values();
    /** Number of masses. */
    static final int COUNT = ALL.length;

    /** The body that carries it (index of {@link Fascicle.Body}). */
    final int body;
    /** Where it lies. */
    final Region region;

    MassPoint(Fascicle.Body body, Region region) {
        this.body = body.ordinal();
        this.region = region;
    }

    /** @return index of its x coordinate in per-mass coordinate arrays (then y, z) */
    int offset() {
        return 3 * ordinal();
    }

    /**
     * @param left a left limb mass
     * @param side 0 left, 1 right
     * @return the index of that side's mass
     */
    static int of(MassPoint left, int side) {
        return left.ordinal() + side;
    }

    /** @return whether its neutral position is fixed to its body (trunk and pelvis), not set by limb angles */
    boolean fixedToBody() {
        return region == Region.TRUNK || region == Region.PELVIS;
    }
}
