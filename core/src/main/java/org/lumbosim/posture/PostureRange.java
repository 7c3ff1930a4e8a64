package org.lumbosim.posture;

/**
 * The ranges of the posture angles that the model accepts (degrees, inclusive). Values outside are
 * rejected with {@link org.lumbosim.ParameterOutOfRangeException}, never clamped.
 *
 * <p>Lumbar flexion and extension are limited to the sums of the segmental ranges of motion
 * measured by Pearcy, Portek and Shepherd (1984), Spine 9(3):294-297 (see {@link LumbarMotion}), the
 * ankle's to the normal range of motion (AAOS, see {@link #ANKLE_PLANTAR_FLEXION_MIN_DEG}), the
 * knee's flexion to deep flexion in daily life (Hemmerich et al. 2006, see {@link #KNEE_FLEXION_MAX_DEG}); the
 * other limits are the joint ranges of ordinary adults rounded outward (engineering bounds, not
 * literature values).
 */
public final class PostureRange {
    private PostureRange() {
    }

    /** Thorax inclination from vertical (deg): any orientation in space. */
    public static final double TRUNK_FLEXION_MIN_DEG = -180;
    /** Thorax inclination from vertical (deg). */
    public static final double TRUNK_FLEXION_MAX_DEG = 180;
    /** Lumbar flexion from neutral standing lordosis (deg): minus the total extension range. */
    public static final double LUMBAR_FLEXION_MIN_DEG = -LumbarMotion.TOTAL_EXTENSION_DEG;
    /** Lumbar flexion from neutral standing lordosis (deg): the total flexion range. */
    public static final double LUMBAR_FLEXION_MAX_DEG = LumbarMotion.TOTAL_FLEXION_DEG;
    /** Lateral bend of the thorax relative to the pelvis (deg, positive to the right). */
    public static final double LATERAL_BEND_MAX_DEG = 30;
    /** Axial rotation of the thorax relative to the pelvis (deg, positive to the left). */
    public static final double AXIAL_ROTATION_MAX_DEG = 30;
    /** Hip flexion (deg). */
    public static final double HIP_FLEXION_MIN_DEG = -30;
    /** Hip flexion (deg). */
    public static final double HIP_FLEXION_MAX_DEG = 150;
    /** Knee flexion (deg). */
    public static final double KNEE_FLEXION_MIN_DEG = 0;
    /**
     * Knee flexion (deg): the mean + 2 SD of the deepest knee flexion measured in activities of daily
     * living, squatting with the heels up, 157 +- 6 deg (Hemmerich A, Brown H, Smith S, Marthandam SSK,
     * Wyss UP (2006), "Hip, knee, and ankle kinematics of high range of motion activities of daily
     * living", J Orthop Res 24:770-781, doi:10.1002/jor.20114; abstract: 30 healthy Indian adults,
     * electromagnetic tracking, mean maximum knee flexion 157 +- 6 deg), 169, rounded outward. Kneeling
     * sitting back on the heels (child's pose) needs flexion of this order.
     */
    public static final double KNEE_FLEXION_MAX_DEG = 170;
    /** Shoulder flexion relative to the thorax (deg). */
    public static final double SHOULDER_FLEXION_MIN_DEG = -60;
    /** Shoulder flexion relative to the thorax (deg). */
    public static final double SHOULDER_FLEXION_MAX_DEG = 180;
    /** Elbow flexion (deg). */
    public static final double ELBOW_FLEXION_MIN_DEG = 0;
    /** Elbow flexion (deg). */
    public static final double ELBOW_FLEXION_MAX_DEG = 150;
    /** Arm abduction (deg): none, the arms in the sagittal plane; adduction across the body is not modelled. */
    public static final double SHOULDER_ABDUCTION_MIN_DEG = 0;
    /** Arm abduction (deg): arms raised sideways overhead (an engineering bound, as the shoulder flexion's). */
    public static final double SHOULDER_ABDUCTION_MAX_DEG = 180;
    /** Leg adduction (deg): none, the legs in the sagittal plane; abduction (legs apart) is not modelled. */
    public static final double HIP_ADDUCTION_MIN_DEG = 0;
    /**
     * Leg adduction (deg): an engineering bound, enough to bring the feet of legs a hip width apart
     * together (about 6 deg at the ankles), well short of where the thighs would cross.
     */
    public static final double HIP_ADDUCTION_MAX_DEG = 30;
    /**
     * Ankle plantar flexion (deg; negative = dorsiflexion): the normal active dorsiflexion of 20 deg.
     * The normal values of the American Academy of Orthopaedic Surgeons (1965, Joint Motion: Method of
     * Measuring and Recording; primary not read): dorsiflexion 0-20, plantar flexion 0-50 deg, read as a
     * secondary quote in World J Orthop 2017;8(1):21-29, doi:10.5312/wjo.v8.i1.21, Table 5 ("Movements
     * of the ankle joint": normal range of motion).
     */
    public static final double ANKLE_PLANTAR_FLEXION_MIN_DEG = -20;
    /** Ankle plantar flexion (deg): the normal active plantar flexion of 50 deg (AAOS 1965, as above). */
    public static final double ANKLE_PLANTAR_FLEXION_MAX_DEG = 50;
    /** Whole-body roll about the anterior axis (deg, positive = rolled onto the right side). */
    public static final double BODY_ROLL_MAX_DEG = 90;
}
