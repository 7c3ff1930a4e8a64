package org.lumbosim.model;

/**
 * Whole-body skeletal muscle mass from body mass, stature, sex and age: model 2 of Lee RC, Wang ZM,
 * Heo M, Ross R, Janssen I, Heymsfield SB (2000), "Total-body skeletal muscle mass: development and
 * cross-validation of anthropometric prediction models", Am J Clin Nutr 72(3):796-803,
 * doi 10.1093/ajcn/72.3.796. Read from the abstract (primary; mirror data.zhenzhi.com/details/1/910814276):
 * {@code SM = 0.244 BW + 7.80 Ht + 6.6 sex - 0.098 age + race - 3.3} (SM and BW in kg, Ht in m, age
 * in years, sex 1 for men and 0 for women), R² = 0.86, SEE = 2.8 kg, developed in 244 nonobese adults
 * (BMI below 30) against whole-body multislice MRI and cross-validated. The race term is taken as 0
 * (white and Hispanic in the abstract's coding of model 1; the coding of model 2 was cut off in the
 * copy read).
 *
 * <p>Used only for its sex term: the abstract gives no trunk-specific sex effect, and neither do the
 * trunk CT regressions that could be read ({@link Framingham2023TrunkMuscles}; Anderson DE et al.
 * 2012, J Biomech 45:66-75, not obtained). Applying a whole-body ratio to the trunk muscles assumes
 * they differ between the sexes as the whole-body muscle does; docs/research/muscle-strength.md
 * compares the result with L3 CT muscle areas of women and men.
 */
final class Lee2000SkeletalMuscle {
    private Lee2000SkeletalMuscle() {
    }

    /** Skeletal muscle mass per kg of body mass (kg/kg): 0.244. */
    static final double SM_KG_PER_KG_BODY_MASS = 0.244;
    /** Skeletal muscle mass per metre of stature (kg/m): 7.80. */
    static final double SM_KG_PER_M_STATURE = 7.80;
    /** Skeletal muscle mass of a man over a woman of the same body mass, stature and age (kg): 6.6. */
    static final double SM_KG_MALE = 6.6;
    /** Skeletal muscle mass per year of age (kg/year): -0.098. */
    static final double SM_KG_PER_YEAR = -0.098;
    /** Constant term (kg): -3.3 (race term 0). */
    static final double SM_KG_INTERCEPT = -3.3;
}
