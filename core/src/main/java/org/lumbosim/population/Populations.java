package org.lumbosim.population;

/**
 * Cited population distributions.
 *
 * <p>NHANES 2017-March 2020: US Centers for Disease Control and Prevention, National Health and
 * Nutrition Examination Survey, body measures (P_BMX) and demographics (P_DEMO), public domain;
 * adults 18 years and over, as extracted to the public teaching data set
 * gagolews/teaching-data, files {@code marek/nhanes_adult_male_bmx_2020.csv} (4,081 men) and
 * {@code marek/nhanes_adult_female_bmx_2020.csv} (4,221 women). Statistics computed by this project
 * from every row of those files (columns BMXHT and BMXWT); they are unweighted sample statistics,
 * not survey-weighted population estimates. Body mass is right-skewed (skewness about 1.0), so its
 * logarithm is modelled as normal (skewness of ln mass about 0.25).
 */
public final class Populations {
    private Populations() {
    }

    /** One line describing {@link #nhanes2017To2020()}, for reports. */
    public static final String NHANES_DESCRIPTION =
            "US adults (NHANES 2017-March 2020 body measures, unweighted; ages drawn uniformly in 20-65 years)";

    /** Men: mean stature (m), NHANES 2017-2020, n = 4081. */
    public static final double NHANES_MALE_STATURE_MEAN_M = 1.7383;
    /** Men: SD of stature (m). */
    public static final double NHANES_MALE_STATURE_SD_M = 0.07662;
    /** Men: mean of ln(body mass / kg). */
    public static final double NHANES_MALE_LOG_MASS_MEAN = 4.4540;
    /** Men: SD of ln(body mass / kg). */
    public static final double NHANES_MALE_LOG_MASS_SD = 0.2323;
    /** Men: correlation of stature and ln(body mass). */
    public static final double NHANES_MALE_CORRELATION = 0.4473;
    /** Women: mean stature (m), NHANES 2017-2020, n = 4221. */
    public static final double NHANES_FEMALE_STATURE_MEAN_M = 1.6014;
    /** Women: SD of stature (m). */
    public static final double NHANES_FEMALE_STATURE_SD_M = 0.07063;
    /** Women: mean of ln(body mass / kg). */
    public static final double NHANES_FEMALE_LOG_MASS_MEAN = 4.3132;
    /** Women: SD of ln(body mass / kg). */
    public static final double NHANES_FEMALE_LOG_MASS_SD = 0.2648;
    /** Women: correlation of stature and ln(body mass). */
    public static final double NHANES_FEMALE_CORRELATION = 0.3515;
    /** Share of men in the sample: 4081 / (4081 + 4221). */
    public static final double NHANES_MALE_FRACTION = 4081.0 / (4081 + 4221);

    /**
     * Adults of the NHANES 2017-March 2020 sample, with ages drawn uniformly between 20 and 65 years
     * (a working-age range chosen by this project; age only selects age-specific limits).
     *
     * @return the distribution
     */
    public static PopulationDistribution nhanes2017To2020() {
        return new PopulationDistribution(NHANES_MALE_FRACTION,
                new SexDistribution(NHANES_MALE_STATURE_MEAN_M, NHANES_MALE_STATURE_SD_M, NHANES_MALE_LOG_MASS_MEAN,
                        NHANES_MALE_LOG_MASS_SD, NHANES_MALE_CORRELATION),
                new SexDistribution(NHANES_FEMALE_STATURE_MEAN_M, NHANES_FEMALE_STATURE_SD_M, NHANES_FEMALE_LOG_MASS_MEAN,
                        NHANES_FEMALE_LOG_MASS_SD, NHANES_FEMALE_CORRELATION), 20, 65);
    }
}
