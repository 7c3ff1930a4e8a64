package org.lumbosim.anthropometry;

/**
 * Body depths, girths and sizes from the 2012 Anthropometric Survey of U.S. Army Personnel (ANSUR II):
 * Gordon CC, Blackwell CL, Bradtmiller B, et al. (2014), "2012 Anthropometric Survey of U.S. Army
 * Personnel: Methods and Summary Statistics", Natick/TR-15/007. Means computed from the survey's public
 * data files (ANSUR II MALE Public.csv, 4,082 men; ANSUR II FEMALE Public.csv, 1,986 women), read from a
 * public copy (GitHub coleharlow12/ANSURDataAnalysis): <b>primary data</b>, the report's tables not
 * read. Used by the model's trunk-thigh contact (abdominal depth, thigh girths scaled to the subject)
 * and by the stick figures' limb breadths (thigh girths). Constants only.
 */
public final class AnsurII2012 {
    private AnsurII2012() {
    }

    /** Men: abdominal extension depth, sitting (m), mean of 4,082 (SD 0.0373). */
    public static final double MALE_ABDOMINAL_DEPTH_SITTING_M = 0.2547;
    /** Women: abdominal extension depth, sitting (m), mean of 1,986 (SD 0.0315). */
    public static final double FEMALE_ABDOMINAL_DEPTH_SITTING_M = 0.2297;
    /** Men: thigh circumference at the gluteal furrow (m), mean (SD 0.0585). */
    public static final double MALE_THIGH_CIRCUMFERENCE_M = 0.6251;
    /** Women: thigh circumference at the gluteal furrow (m), mean (SD 0.0558). */
    public static final double FEMALE_THIGH_CIRCUMFERENCE_M = 0.6161;
    /** Men: lower thigh circumference, just above the knee (m), mean (SD 0.0319). */
    public static final double MALE_LOWER_THIGH_CIRCUMFERENCE_M = 0.4093;
    /** Women: lower thigh circumference (m), mean (SD 0.0352). */
    public static final double FEMALE_LOWER_THIGH_CIRCUMFERENCE_M = 0.4007;
    /** Men: mean stature (m). */
    public static final double MALE_MEAN_STATURE_M = 1.7562;
    /** Women: mean stature (m). */
    public static final double FEMALE_MEAN_STATURE_M = 1.6285;
    /** Men: mean body mass (kg). */
    public static final double MALE_MEAN_MASS_KG = 85.52;
    /** Women: mean body mass (kg). */
    public static final double FEMALE_MEAN_MASS_KG = 67.76;
}
