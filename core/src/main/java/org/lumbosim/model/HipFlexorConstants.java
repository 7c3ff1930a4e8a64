package org.lumbosim.model;

/**
 * Strength and hip flexion moment arms of the hip flexors that share the hip's flexion moment:
 * psoas major, iliacus, rectus femoris, sartorius and tensor fasciae latae.
 *
 * <p>Maximum isometric forces: Rajagopal A, Dembia CL, DeMers MS, Delp DD, Hicks JL, Delp SL (2016),
 * "Full-body musculoskeletal model for muscle-driven simulation of human gait", IEEE Trans Biomed Eng
 * 63(10):2068-2079; read from the model file {@code Models/Rajagopal/Rajagopal2016.osim} of the
 * opensim-org/opensim-models repository ({@code max_isometric_force} of {@code psoas_r},
 * {@code iliacus_r}, {@code recfem_r}, {@code sart_r}, {@code tfl_r}; model file, primary). Their
 * ratio is the ratio of the muscles' physiological cross-sectional areas (one specific tension for
 * all), which is all the sharing uses.
 *
 * <p>Hip flexion moment arms at the neutral hip (hip and knee at 0): derived from the same model
 * file's path points, as the moment about the hip joint centre ({@code hip_r} in the pelvis frame,
 * -0.0563, -0.0785, 0.0773 m) of a unit pull along the path segment that crosses the hip (last
 * pelvis point to the first point on the femur; for rectus femoris, to its first patella point
 * placed by the model's patellofemoral splines at knee 0). The model's wrapping surfaces (the
 * pelvic brim for psoas and iliacus) are ignored, and the arms are taken as constant over the hip's
 * range: derived, approximate.
 */
final class HipFlexorConstants {
    private HipFlexorConstants() {
    }

    /** Psoas major, largest isometric force (N), Rajagopal 2016 {@code psoas_r}. */
    static final double PSOAS_MAX_FORCE_N = 1426.79;
    /** Iliacus, largest isometric force (N), Rajagopal 2016 {@code iliacus_r}. */
    static final double ILIACUS_MAX_FORCE_N = 1021.14;
    /** Rectus femoris, largest isometric force (N), Rajagopal 2016 {@code recfem_r}. */
    static final double RECTUS_FEMORIS_MAX_FORCE_N = 2191.74;
    /** Sartorius, largest isometric force (N), Rajagopal 2016 {@code sart_r}. */
    static final double SARTORIUS_MAX_FORCE_N = 249.41;
    /** Tensor fasciae latae, largest isometric force (N), Rajagopal 2016 {@code tfl_r}. */
    static final double TFL_MAX_FORCE_N = 411.21;

    /** Psoas, hip flexion moment arm at the neutral hip (m): derived from Rajagopal 2016's path points. */
    static final double PSOAS_HIP_ARM_M = 0.0190;
    /** Iliacus, hip flexion moment arm (m): derived likewise. */
    static final double ILIACUS_HIP_ARM_M = 0.0256;
    /** Rectus femoris, hip flexion moment arm (m): derived likewise. */
    static final double RECTUS_FEMORIS_HIP_ARM_M = 0.0343;
    /** Sartorius, hip flexion moment arm (m): derived likewise. */
    static final double SARTORIUS_HIP_ARM_M = 0.0303;
    /** Tensor fasciae latae, hip flexion moment arm (m): derived likewise. */
    static final double TFL_HIP_ARM_M = 0.0272;

    // Passive hip moment: Riener R, Edrich T (1999), "Identification of passive elastic joint moments
    // in the lower extremities", J Biomech 32:539-544 (ten healthy subjects, double-exponential fit):
    // M = exp(A1 - K1 knee - H1 hip) - exp(A2 - K2 knee + H2 hip) + C, angles in degrees (flexion
    // positive), M in N·m per hip (positive = hip flexion moment). Read as encoded, identically, in
    // several public musculoskeletal codes that cite the paper (secondary; the paper's table was not
    // read). Fitted over the hip and knee range of their passive test; used beyond it as it stands.

    /** Riener & Edrich 1999 passive hip moment, first exponential's constant. */
    static final double PASSIVE_HIP_A1 = 1.4655;
    /** Its knee coefficient (1/deg). */
    static final double PASSIVE_HIP_K1_PER_DEG = 0.0034;
    /** Its hip coefficient (1/deg). */
    static final double PASSIVE_HIP_H1_PER_DEG = 0.0750;
    /** Riener & Edrich 1999 passive hip moment, second exponential's constant. */
    static final double PASSIVE_HIP_A2 = 1.3403;
    /** Its knee coefficient (1/deg). */
    static final double PASSIVE_HIP_K2_PER_DEG = 0.0226;
    /** Its hip coefficient (1/deg). */
    static final double PASSIVE_HIP_H2_PER_DEG = 0.0305;
    /** Riener & Edrich 1999 passive hip moment, offset (N·m). */
    static final double PASSIVE_HIP_OFFSET_NM = 8.072;
}
