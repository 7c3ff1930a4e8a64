package org.lumbosim.reference;

import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
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
 * these limits for orientation only; every output that reports them says so.
 *
 * <p>The table's rows, as reconstructed (the secondary sources label the last one "60+"),
 * are the ages 20, 30, 40, 50 and "60+". An age is graded with the row of its decade (20-29 years with the
 * 20-year row, ..., 50-59 with the 50-year row; this decade reading is the project's, the source's rule
 * between rows was not read). The last row is an open band, so every age from 60 on gets the 60+ row: that
 * is the table's own value, not a clamp. The first row is the age of 20, not an open "20 and younger"
 * band: the table says nothing below {@value #MIN_AGE_YEARS} years, and such an age is refused with a
 * {@link org.lumbosim.ParameterOutOfRangeException} naming {@code ageYears}, never graded with the
 * 20-year row. The largest age accepted is {@link Subject#MAX_AGE_YEARS}, the model's oldest subject.
 */
public final class DortmundRecommendations2001 {
    private DortmundRecommendations2001() {
    }

    /** Whether the values were checked against the original table: they were not. */
    public static final boolean VERIFIED = false;

    /** The youngest age the table covers (years): its first row is the age of 20, not an open band. */
    public static final double MIN_AGE_YEARS = 20;

    /** Men, ages 20, 30, 40, 50, 60+ (N). */
    private static final double[] MALE_N = {6000, 5000, 4100, 3200, 2300};
    /** Women, ages 20, 30, 40, 50, 60+ (N). */
    private static final double[] FEMALE_N = {4400, 3800, 3200, 2500, 1800};

    /**
     * @param sex the person's sex
     * @param ageYears the person's age (years), in [{@value #MIN_AGE_YEARS}, {@link Subject#MAX_AGE_YEARS}]
     * @return the recommended compression limit (N): the row of the age's decade, the 60+ row from 60 on
     * @throws org.lumbosim.ParameterOutOfRangeException if the age is below the table's first row (20 years),
     *     above {@link Subject#MAX_AGE_YEARS} or not a number
     */
    public static double compressionLimitN(Sex sex, double ageYears) {
        Checks.given(sex, "sex", "male or female is needed");
        Checks.inRange("ageYears", ageYears, MIN_AGE_YEARS, Subject.MAX_AGE_YEARS, "years");
        int row = Math.min(MALE_N.length - 1, (int) Math.floor(ageYears / 10) - 2);
        return sex == Sex.MALE ? MALE_N[row] : FEMALE_N[row];
    }
}
