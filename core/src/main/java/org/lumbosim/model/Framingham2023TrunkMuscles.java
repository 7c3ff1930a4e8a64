package org.lumbosim.model;

/**
 * Average effects of body mass, stature and age on trunk muscle cross-sectional area from the
 * Framingham Heart Study CT regressions: "Trunk muscle size and location relative to the spine"
 * (authors not shown on the pages read; Center for Advanced Orthopedic Studies, Beth Israel
 * Deaconess Medical Center), J Biomech 2023;157:111710, doi 10.1016/j.jbiomech.2023.111710,
 * PMID 37437459. Read from the abstract (primary; mirrors wbldb.lievers.net/10336908.html and
 * suppr.wilddata.cn/browses/detail/pubmed/37437459): 507 participants aged 40-90 years, coronal CT
 * slices T4-L4, mixed-effects linear regressions stratified by sex. Muscle CSA changed on average by
 * -0.8 % per year of age, +0.8 % per kg of body mass and -0.05 % per cm of stature; the mass and
 * stature effects are "mixed" (positive for some muscle groups and levels, negative for others).
 *
 * <p>What these are and are not: averages over muscle groups and levels, not the per-muscle,
 * per-sex coefficients (those, and the ones of its predecessor Anderson DE et al. 2012, J Biomech
 * 45:66-75, were not obtained). The paper's sex-stratified models give no average sex effect in the
 * abstract; the sex effect comes from {@link Lee2000SkeletalMuscle}. Whether the percentages are
 * relative to the sample mean or compound per unit is not stated; they are applied linearly.
 */
final class Framingham2023TrunkMuscles {
    private Framingham2023TrunkMuscles() {
    }

    /** Average change of trunk muscle CSA per kg of body mass (fraction per kg): +0.8 %/kg. */
    static final double CSA_FRACTION_PER_KG = 0.008;
    /** Average change of trunk muscle CSA per metre of stature (fraction per m): -0.05 %/cm. */
    static final double CSA_FRACTION_PER_M = -0.05;
    /** Average change of trunk muscle CSA per year of age (fraction per year): -0.8 %/year. */
    static final double CSA_FRACTION_PER_YEAR = -0.008;
    /** Youngest age of the study's participants (years); the age effect is not extrapolated below it. */
    static final double MIN_AGE_YEARS = 40;
    /** Oldest age of the study's participants (years); the age effect is not extrapolated above it. */
    static final double MAX_AGE_YEARS = 90;
}
