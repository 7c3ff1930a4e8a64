package org.lumbosim.model;

import org.lumbosim.anthropometry.Subject;

/**
 * Scales trunk muscle PCSA to a subject's body mass, stature and age: the factor by which a
 * subject's PCSA differs from the default subject's ({@link Subject#defaultSubject()}, whose PCSA is
 * the source model's scaled by the stature ratio squared), from the average effects of
 * {@link Framingham2023TrunkMuscles}, applied linearly; ages outside the study's 40-90 years take the
 * value at the nearer end. The one place where muscle strength follows the subject's size.
 */
final class TrunkMuscleSize {
    private TrunkMuscleSize() {
    }

    /**
     * @param subject the subject
     * @return the subject's PCSA over the default subject's (dimensionless; exactly 1 for the default
     *     subject; within {@link Subject}'s ranges between 0.34 (35 kg, 2.2 m, 90 years or older) and
     *     2.1 (200 kg, 1.3 m, 40 years or younger))
     */
    static double pcsaFactor(Subject subject) {
        Subject ref = Subject.defaultSubject();
        double age = clampAge(subject.ageYears());
        double refAge = clampAge(ref.ageYears());
        return 1 + Framingham2023TrunkMuscles.CSA_FRACTION_PER_KG * (subject.bodyMassKg() - ref.bodyMassKg())
                + Framingham2023TrunkMuscles.CSA_FRACTION_PER_M * (subject.statureM() - ref.statureM())
                + Framingham2023TrunkMuscles.CSA_FRACTION_PER_YEAR * (age - refAge);
    }

    private static double clampAge(double ageYears) {
        return Math.max(Framingham2023TrunkMuscles.MIN_AGE_YEARS, Math.min(Framingham2023TrunkMuscles.MAX_AGE_YEARS, ageYears));
    }
}
