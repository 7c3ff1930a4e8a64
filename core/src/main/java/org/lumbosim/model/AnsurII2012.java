package org.lumbosim.model;

/**
 * Body depths, girths and sizes from the 2012 Anthropometric Survey of U.S. Army Personnel (ANSUR II):
 * Gordon CC, Blackwell CL, Bradtmiller B, et al. (2014), "2012 Anthropometric Survey of U.S. Army
 * Personnel: Methods and Summary Statistics", Natick/TR-15/007. Means computed from the survey's public
 * data files (ANSUR II MALE Public.csv, 4,082 men; ANSUR II FEMALE Public.csv, 1,986 women), read from a
 * public copy (GitHub coleharlow12/ANSURDataAnalysis): <b>primary data</b>, the report's tables not
 * read. Used by {@link TrunkThighGeometry} (the viz module's {@code LimbBreadths} holds the men's
 * thigh girths too).
 */
final class AnsurII2012 {
    private AnsurII2012() {
    }

    /** Men: abdominal extension depth, sitting (m), mean of 4,082 (SD 0.0373). */
    static final double MALE_ABDOMINAL_DEPTH_SITTING_M = 0.2547;
    /** Women: abdominal extension depth, sitting (m), mean of 1,986 (SD 0.0315). */
    static final double FEMALE_ABDOMINAL_DEPTH_SITTING_M = 0.2297;
    /** Men: thigh circumference at the gluteal furrow (m), mean (SD 0.0585). */
    static final double MALE_THIGH_CIRCUMFERENCE_M = 0.6251;
    /** Women: thigh circumference at the gluteal furrow (m), mean (SD 0.0558). */
    static final double FEMALE_THIGH_CIRCUMFERENCE_M = 0.6161;
    /** Men: lower thigh circumference, just above the knee (m), mean (SD 0.0319). */
    static final double MALE_LOWER_THIGH_CIRCUMFERENCE_M = 0.4093;
    /** Women: lower thigh circumference (m), mean (SD 0.0352). */
    static final double FEMALE_LOWER_THIGH_CIRCUMFERENCE_M = 0.4007;
    /** Men: mean stature (m). */
    static final double MALE_MEAN_STATURE_M = 1.7562;
    /** Women: mean stature (m). */
    static final double FEMALE_MEAN_STATURE_M = 1.6285;
    /** Men: mean body mass (kg). */
    static final double MALE_MEAN_MASS_KG = 85.52;
    /** Women: mean body mass (kg). */
    static final double FEMALE_MEAN_MASS_KG = 67.76;
}
