package org.lumbosim.model;

import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;

/**
 * Scales trunk muscle PCSA to a subject's body mass, stature, age and sex: the factor by which a
 * subject's PCSA differs from the default subject's ({@link Subject#defaultSubject()}, a man whose
 * PCSA is the source model's scaled by the stature ratio squared). Size and age enter through the
 * average effects of {@link Framingham2023TrunkMuscles}, applied linearly (ages outside the study's
 * 40-90 years take the value at the nearer end); sex through {@link Lee2000SkeletalMuscle}, as the
 * ratio of a woman's skeletal muscle mass to a man's of the same body mass, stature and age. The one
 * place where muscle strength follows the subject.
 */
final class TrunkMuscleSize {
    private TrunkMuscleSize() {
    }

    /**
     * @param subject the subject
     * @return the subject's PCSA over the default subject's (dimensionless; exactly 1 for the default
     *     subject; within {@link Subject}'s ranges between 0.34 (35 kg, 2.2 m, 90 years or older) and
     *     2.1 (200 kg, 1.3 m, 40 years or younger) for men, between 0.18 (35 kg, 1.3 m, 100 years)
     *     and 1.9 (200 kg, 1.3 m, 16 years) for women)
     */
    static double pcsaFactor(Subject subject) {
        return sizeFactor(subject) * sexFactor(subject);
    }

    private static double sizeFactor(Subject subject) {
        Subject ref = Subject.defaultSubject();
        double age = clampAge(subject.ageYears());
        double refAge = clampAge(ref.ageYears());
        return 1 + Framingham2023TrunkMuscles.CSA_FRACTION_PER_KG * (subject.bodyMassKg() - ref.bodyMassKg())
                + Framingham2023TrunkMuscles.CSA_FRACTION_PER_M * (subject.statureM() - ref.statureM())
                + Framingham2023TrunkMuscles.CSA_FRACTION_PER_YEAR * (age - refAge);
    }

    /**
     * @param subject the subject
     * @return 1 for a man; for a woman, her skeletal muscle mass over a man's of the same body mass,
     *     stature and age (Lee et al. 2000), e.g. 0.75 at 1.60 m, 60 kg, 45 years
     */
    static double sexFactor(Subject subject) {
        double male = skeletalMuscleKg(subject, 1);
        return subject.sex() == Sex.MALE ? 1 : skeletalMuscleKg(subject, 0) / male;
    }

    private static double skeletalMuscleKg(Subject subject, int male) {
        return Lee2000SkeletalMuscle.SM_KG_PER_KG_BODY_MASS * subject.bodyMassKg()
                + Lee2000SkeletalMuscle.SM_KG_PER_M_STATURE * subject.statureM()
                + Lee2000SkeletalMuscle.SM_KG_MALE * male
                + Lee2000SkeletalMuscle.SM_KG_PER_YEAR * subject.ageYears()
                + Lee2000SkeletalMuscle.SM_KG_INTERCEPT;
    }

    private static double clampAge(double ageYears) {
        return Math.max(Framingham2023TrunkMuscles.MIN_AGE_YEARS, Math.min(Framingham2023TrunkMuscles.MAX_AGE_YEARS, ageYears));
    }
}
