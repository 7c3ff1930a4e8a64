package org.lumbosim.model;

/**
 * Antagonistic co-activation of the trunk flexors in neutral upright postures: the smallest
 * activation of the abdominal muscles (rectus abdominis, external and internal oblique) in postures
 * where the muscles hold the trunk up (standing, unsupported sitting), released where a backrest, a
 * lying surface or a resting trunk carries it ({@link RecruitmentAssembly}); the default of
 * {@link TissueParameters#abdominalCoactivation()}.
 *
 * <p>Cholewicki J, Panjabi MM, Khachatryan A (1997), "Stabilizing function of trunk flexor-extensor
 * muscles around a neutral spine posture", Spine 22(19):2207-2212 (PMID 9346140): ten healthy
 * subjects executed slow trunk flexion-extension tasks while surface EMG was recorded from six
 * right-side muscles (external oblique, internal oblique, rectus abdominis, multifidus, lumbar and
 * thoracic erector spinae); the average antagonistic flexor-extensor co-activation around the
 * neutral spine posture was <b>1.7 ± 0.8 %MVC</b> without external load and 2.9 ± 1.4 %MVC with
 * 32 kg added to the torso. An inverted-pendulum model predicted no co-activation from moment
 * equilibrium and 1.0 %MVC (no load) and 3.1 %MVC (32 kg) from mechanical stability. Read as:
 * <b>abstract</b> (the PubMed abstract as reproduced by read.qxmd.com/read/9346140, Results
 * section; the full text was not read). Before that, only secondary quotes (two agreeing: a public
 * literature synthesis, "Mechanism core stability / IAP", 2026; a summary of Mitchell J (2019) Yoga
 * Biomechanics, ch. 6) and the abstract's conclusion without numbers (synapsesocial.com) had been
 * read; docs/research/upright-activity.md. Not read: whether the subjects stood (the abstract says
 * "trunk flexion-extension tasks" with mass "added to the torso") and how the average splits
 * between flexors and extensors.
 *
 * <p>How it is used: surface %MVC is read as a fraction of each abdominal line's largest force at
 * the published strength ({@link TissueConstants#MAX_MUSCLE_STRESS_PA} × PCSA): a force, which does
 * not change with the model's {@code maxMuscleStressPa} (the stability it provides is a matter of
 * force, and the strength an infeasible task requires then stays its threshold). It is applied to
 * the flexors only, the antagonists of the extensors that hold the upright trunk against gravity
 * (the agonists there: the optimiser raises them to balance the flexors' floor; no extensor line is
 * given a floor of its own, since the abstract does not split the 1.7 % by muscle). Standing and unsupported sitting
 * share the level: trunk muscle activity is "about the same in standing and in relaxed unsupported
 * sitting" (Andersson BJG, Örtengren R, Nachemson AL, Elfström G, Broman H (1975) Orthop Clin North
 * Am 6(1):105-120, abstract); the obliques were found less active sitting than standing (Snijders
 * CJ et al. (1995) Spine 20(18):1989-1993, abstract, no numbers), so sitting may be overstated.
 */
public final class UprightCoactivationConstants {
    private UprightCoactivationConstants() {
    }

    /**
     * Activation of the abdominal flexors in neutral upright postures, a fraction of each line's
     * largest force at the published strength: 0.017, the unloaded co-activation of Cholewicki et al.
     * (1997) (abstract).
     */
    public static final double ABDOMINAL_ACTIVATION = 0.017;
}
