package org.lumbosim.anthropometry;

import org.lumbosim.internal.Checks;

/**
 * The person whose spine is loaded.
 *
 * <p>Segment masses scale with {@code bodyMassKg} and lengths with {@code statureM} (see
 * {@link DeLeva1996}); disc areas scale with the square of stature. The valid ranges are those of
 * adult anthropometric surveys; values outside them are rejected, never clamped.
 *
 * @param sex selects the sex-specific tables
 * @param statureM standing height in metres, in [{@value #MIN_STATURE_M}, {@value #MAX_STATURE_M}]
 * @param bodyMassKg body mass in kilograms, in [{@value #MIN_BODY_MASS_KG}, {@value #MAX_BODY_MASS_KG}]
 * @param ageYears age in years, in [{@value #MIN_AGE_YEARS}, {@value #MAX_AGE_YEARS}]; used by
 *     age-specific limits, not by the mechanics
 */
public record Subject(Sex sex, double statureM, double bodyMassKg, double ageYears) {
    /** Smallest accepted stature (m). */
    public static final double MIN_STATURE_M = 1.3;
    /** Largest accepted stature (m). */
    public static final double MAX_STATURE_M = 2.2;
    /** Smallest accepted body mass (kg). */
    public static final double MIN_BODY_MASS_KG = 35;
    /** Largest accepted body mass (kg). */
    public static final double MAX_BODY_MASS_KG = 200;
    /** Smallest accepted age (years). */
    public static final double MIN_AGE_YEARS = 16;
    /** Largest accepted age (years). */
    public static final double MAX_AGE_YEARS = 100;

    /** Checks every field. */
    public Subject {
        Checks.given(sex, "sex", "one of male, female");
        Checks.inRange("statureM", statureM, MIN_STATURE_M, MAX_STATURE_M, "m");
        Checks.inRange("bodyMassKg", bodyMassKg, MIN_BODY_MASS_KG, MAX_BODY_MASS_KG, "kg");
        Checks.inRange("ageYears", ageYears, MIN_AGE_YEARS, MAX_AGE_YEARS, "years");
    }

    /**
     * The default subject used when a task names none: a 45-year-old man, 1.75 m, 70 kg (close to
     * the volunteer of Wilke et al. 1999: 45 y, 70 kg).
     *
     * @return the default subject
     */
    public static Subject defaultSubject() {
        return new Subject(Sex.MALE, 1.75, 70, 45);
    }

    /**
     * @param newStatureM stature (m)
     * @return a copy with another stature
     */
    public Subject withStatureM(double newStatureM) {
        return new Subject(sex, newStatureM, bodyMassKg, ageYears);
    }

    /**
     * @param newBodyMassKg body mass (kg)
     * @return a copy with another body mass
     */
    public Subject withBodyMassKg(double newBodyMassKg) {
        return new Subject(sex, statureM, newBodyMassKg, ageYears);
    }

    /**
     * @param newSex sex
     * @return a copy with another sex
     */
    public Subject withSex(Sex newSex) {
        Checks.given(newSex, "newSex", "one of male, female");
        return new Subject(newSex, statureM, bodyMassKg, ageYears);
    }

    /**
     * @param newAgeYears age (years)
     * @return a copy with another age
     */
    public Subject withAgeYears(double newAgeYears) {
        return new Subject(sex, statureM, bodyMassKg, newAgeYears);
    }
}
