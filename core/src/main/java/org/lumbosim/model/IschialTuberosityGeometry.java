package org.lumbosim.model;

/**
 * Where a seat pushes on the pelvis: the inferior outline of the ischial tuberosities, in the pelvis
 * frame of the generic OpenSim model whose hip joint centres {@link OpenSimFullBodyGeometry} uses
 * (Delp et al. 1990, "gait2392"; Hamner et al. 2010), so that both share one frame and one scaling
 * (x anterior, y superior, z right, origin at L5-S1, pelvis tilt 0, generic stature 1.80 m).
 *
 * <p><b>Source, how read (derived from a model file).</b> The right hip-bone mesh of the OpenSim
 * models repository ({@code Geometry/r_pelvis.vtp}, 125 vertices, pelvis frame; hip joint centre at
 * (-0.0707, -0.0661, 0.0835) m, back joint at (-0.1007, 0.0815, 0) m). Turning the mesh about the
 * hip axis from 30 deg of anterior to 70 deg of posterior tilt, its lowest vertex is, in turn, one
 * of four vertices of the ischial tuberosity's inferior outline: (-0.072771, -0.117347, 0.02523),
 * (-0.092129, -0.12087, 0.035677) (the lowest at tilt 0), (-0.114308, -0.115077, 0.05203) and
 * (-0.135738, -0.096931, 0.060259) m. A least-squares circle through them (sagittal projection) has
 * its centre 2.03 cm behind the hip joint centre and 0.06 cm below it, radius 5.39 cm; their mean
 * lateral offset is 4.33 cm. So, wherever the pelvis is tilted within that range, the seat pushes
 * about 2 cm behind the hips: the tuberosities roll on the seat like a rocker centred near the hip.
 * Beyond 60 deg of posterior tilt the sacrum ({@code Geometry/sacrum.vtp}) reaches as low: sacral
 * sitting, not modelled.
 *
 * <p><b>Cross-check (model file, AnyBody AMMR, trunk data set 1.1, {@code LumbarNodes.any}).</b>
 * AMMR's seat contact node of the pelvis ({@code Seat_contact_pos}, also its
 * {@code Tuber_ischiadicum} node) is at (0.005, -0.175, 0.040) m, the hip joint centre at (0.050,
 * -0.115, 0.0896) m: 4.5 cm behind and 6.0 cm below the hip, in a frame whose ASIS-PSIS line falls
 * 24 deg anteriorly (ASIS (0.120, -0.050), PSIS (-0.017, 0.011)). Turned so that that line is level:
 * 1.7 cm behind and 7.3 cm below the hip, 4.0 cm from the midline.
 *
 * <p>Not modelled: the soft tissue under the tuberosities, the thighs' share of the seat load, and
 * the shift of load onto the sacrum and coccyx in sacral sitting.
 */
final class IschialTuberosityGeometry {
    private IschialTuberosityGeometry() {
    }

    /** Centre of the tuberosity's inferior outline, anterior of L5-S1 (m): -0.0707 - 0.02029 - (-0.1007). */
    static final double ROCKER_CENTRE_X_M = 0.00971;
    /** Centre of the tuberosity's inferior outline, above L5-S1 (m, negative = below): -0.0661 - 0.00059 - 0.0815. */
    static final double ROCKER_CENTRE_Y_M = -0.14819;
    /** Lateral offset of each tuberosity's contact (m): mean of the four outline vertices. */
    static final double HALF_WIDTH_M = 0.04330;
    /** Radius of the tuberosity's inferior outline (m). */
    static final double ROCKER_RADIUS_M = 0.05394;
    /**
     * The most anterior pelvic tilt at which the outline was read (deg): a pelvis tipped further
     * forward, towards lying prone, rests on the pubis and the anterior iliac spines instead.
     */
    static final double MOST_ANTERIOR_TILT_DEG = 30;
}
