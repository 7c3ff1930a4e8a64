package org.lumbosim.reference;

import org.lumbosim.anthropometry.Sex;
import org.lumbosim.internal.Checks;

/**
 * Age- and sex-specific recommended limits for L5-S1 disc compression, the "Dortmunder Richtwerte":
 * Jäger M, Luttmann A, Göllner R (2001), "Belastbarkeit der Lendenwirbelsäule beim Handhaben von
 * Lasten - Ableitung der Dortmunder Richtwerte auf Basis der lumbalen Kompressionsfestigkeit",
 * Zbl Arbeitsmed 51:354-372.
 *
 * <p><b>Not verified against the source.</b> The table was reconstructed from secondary sources:
 * only the 50-year and 60-plus rows were corroborated by an independent transcription. The revised
 * recommendations (Jäger M 2018, EXCLI J 17:362-385) change these values and could not be read. Use
 * these limits for orientation only; every output that reports them says so. An age is graded with
 * the row of its decade (20-29 years with the 20-year row, ..., 60 and over with the 60-year row);
 * below 20 the 20-year row applies.
 */
public final class DortmundRecommendations2001 {
    private DortmundRecommendations2001() {
    }

    /** Whether the values were checked against the original table: they were not. */
    public static final boolean VERIFIED = false;

    /** Men, ages 20, 30, 40, 50, 60+ (N). */
    private static final double[] MALE_N = {6000, 5000, 4100, 3200, 2300};
    /** Women, ages 20, 30, 40, 50, 60+ (N). */
    private static final double[] FEMALE_N = {4400, 3800, 3200, 2500, 1800};

    /**
     * @param sex the person's sex
     * @param ageYears the person's age (years)
     * @return the recommended compression limit (N)
     */
    public static double compressionLimitN(Sex sex, double ageYears) {
        Checks.given(sex, "sex", "male or female is needed");
        int row = (int) Math.floor(ageYears / 10) - 2;
        row = Math.max(0, Math.min(MALE_N.length - 1, row));
        return sex == Sex.MALE ? MALE_N[row] : FEMALE_N[row];
    }
}
