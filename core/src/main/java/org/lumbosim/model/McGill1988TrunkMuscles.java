package org.lumbosim.model;

/**
 * Sagittal positions of the trunk muscles at the L4-L5 disc measured by McGill SM, Patt N, Norman RW
 * (1988), "Measurement of the trunk musculature of active males using CT scan radiography:
 * implications for force and moment generating capacity about the L4/L5 joint", J Biomech
 * 21(4):329-341 (PMID 3384829). Read from the abstract (primary; PubMed mirror page, copied from the
 * project's shared reference data): 13 active men, 40.5 ± 11.9 years, 1.738 ± 0.059 m,
 * 89.1 ± 11.7 kg, supine CT through the L4/L5 disc; anterior-posterior distance from the disc
 * centroid to each muscle's centroid in the transverse plane (cm; mean and SD). The abstract gives
 * distances without a direction: erector mass posterior and abdominals anterior by anatomy. The
 * obliques were measured in an anterior and a posterior portion each; their PCSA split was not in
 * the abstract, so the centroid of a whole oblique lies somewhere between its two portions. The
 * psoas's distance is given without a direction too: anterior by anatomy (its bellies lie
 * anterolateral to the vertebral bodies).
 */
final class McGill1988TrunkMuscles {
    private McGill1988TrunkMuscles() {
    }

    /** Mean stature of the subjects (m). */
    static final double STATURE_M = 1.738;

    /** Erector mass (sacrospinalis + multifidus): centroid behind the L4-L5 disc centroid (m), mean. */
    static final double ERECTOR_POSTERIOR_M = 0.059;
    /** Its SD (m). */
    static final double ERECTOR_SD_M = 0.0052;
    /** Psoas: centroid in front of the L4-L5 disc centroid (m), mean (SD 0.4 cm). */
    static final double PSOAS_ANTERIOR_M = 0.0058;
    /** Rectus abdominis: centroid in front of the L4-L5 disc centroid (m), mean. */
    static final double RECTUS_ANTERIOR_M = 0.1028;
    /** Its SD (m). */
    static final double RECTUS_SD_M = 0.0207;
    /** External oblique, anterior portion: centroid in front of the disc centroid (m), mean (SD 1.39 cm). */
    static final double EXTERNAL_OBLIQUE_ANTERIOR_PORTION_M = 0.0594;
    /** External oblique, posterior portion: centroid in front of the disc centroid (m), mean (SD 1.39 cm). */
    static final double EXTERNAL_OBLIQUE_POSTERIOR_PORTION_M = 0.0208;
    /** Internal oblique, anterior portion: centroid in front of the disc centroid (m), mean (SD 1.63 cm). */
    static final double INTERNAL_OBLIQUE_ANTERIOR_PORTION_M = 0.0692;
    /** Internal oblique, posterior portion: centroid in front of the disc centroid (m), mean (SD 1.54 cm). */
    static final double INTERNAL_OBLIQUE_POSTERIOR_PORTION_M = 0.0385;
}
