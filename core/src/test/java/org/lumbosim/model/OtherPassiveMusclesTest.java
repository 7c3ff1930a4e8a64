package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;

/**
 * Why MyoBack's passive curves of the abdominal, psoas and quadratus lumborum fascicles stay out of the
 * model (docs/research/silent-tissues.md): the anatomy's lengths of those fascicles at the neutral
 * posture (= relaxed standing) are MyoBack's own, so the upright flexor moment their fitted curves give
 * is the source fit's, not a geometry error of this model; in the model's own poses those curves flex
 * the upright trunk harder than the stretched erectors extend it, and at full flexion they still flex
 * it, so they cannot supply the silent extensor moment that Dolan, Mannion and Adams (1994) found and
 * the model lacks. The curves act along the fascicles' own paths, which both muscle models share
 * ({@link PassiveMuscles}); the multi-fascicle model's workspace gives the pose.
 */
class OtherPassiveMusclesTest {
    /** The groups whose MyoBack curves the model leaves out. */
    private static final Set<String> OTHER_GROUPS = Set.of("rectus_abdominis", "external_oblique", "internal_oblique",
            "psoas", "quadratus_lumborum");

    /**
     * MyoBack's default pose (all coordinates zero), MuJoCo 3.14.0 {@code mj_forward} on
     * {@code back/myoback.xml} at MyoHub/myo_sim 6a6f4dd with its mesh geoms stripped: an actuator's
     * tendon length (m, 1.70 m stature), its normalised length {@code L} and its passive force (N,
     * {@code -actuator_force} with zero activation). docs/research/silent-tissues.md, "Diagnosis".
     */
    private static final Object[][] MYOBACK_NEUTRAL = {
        {"rect_abd_r", 0.382850040756201, 1.389379079037552, 308.4282883238909},
        {"EO1_r", 0.10874679660031379, 1.493667730835256, 123.98967442118644},
        {"Ps_L2_TP_r", 0.2216815335308565, 1.4196716077382439, 31.958393249018794},
        {"QL_post_I.2-L2_r", 0.08447914133208334, 1.2917360717043564, 14.979348653894135},
    };

    /** Dolan, Mannion and Adams (1994), abstract: the silent tissues' extensor moment at full flexion (N·m), men and women. */
    private static final double DOLAN_MEN_NM = 120;
    private static final double DOLAN_WOMEN_NM = 77;

    private static final List<Subject> SUBJECTS = List.of(Subject.defaultSubject(), new Subject(Sex.FEMALE, 1.63, 60, 40));

    /**
     * The anatomy's straight paths have MyoBack's tendon lengths at the neutral posture, and MyoBack's
     * law at those lengths gives MuJoCo's own passive forces: rectus abdominis beyond its largest active
     * force (296.8 N) in relaxed standing, with no geometry of this model involved.
     */
    @Test
    void neutralLengthsAndForcesAreTheSourceModels() {
        for (Subject s : SUBJECTS) {
            LumbarModel m = LumbarModel.of(s).withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
            Workspace w = m.newWorkspace();
            m.solve(new Posture(0, 0, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.FEET)), List.of(), w);
            PassiveMuscles other = others(m, w);
            for (Object[] c : MYOBACK_NEUTRAL) {
                String name = (String) c[0];
                int j = indexOf(other, name);
                // within 0.1 mm: the dataset's coordinates are rounded to 0.01 mm
                assertThat(other.lengthM[j] / m.geometry.muscleScale).as("%s %s", s, name).isCloseTo((double) c[1], within(1e-4));
                MyoBackPassiveMuscle.Parameters p = MyoBackPassiveMuscle.of(name);
                double l = other.normalisedLength(j, m.geometry.muscleScale);
                assertThat(l).as("%s %s normalised length", s, name).isCloseTo((double) c[2], within(1e-3));
                double atSource = MyoBackPassiveMuscle.forceRatio(p.normalisedLength((double) c[1]), p.lmaxNorm(), p.fpmax()) * p.forceN();
                assertThat(atSource).as("%s: MuJoCo's passive force", name).isCloseTo((double) c[3], within(1e-9 * (double) c[3]));
            }
        }
    }

    /**
     * In the model's relaxed standing the left-out curves hold the trunk with a flexor moment at L4-L5
     * larger than the stretched erectors' extensor moment; at full flexion (the tying-shoes posture) the
     * rectus abdominis and psoas are short and the extensor moment of the rest (quadratus lumborum, the
     * external oblique lines that end on L5) stays far below the gap between the model's silent moment
     * and Dolan et al.'s. Printed: per group, against the erectors' and the gap.
     */
    @Test
    void leftOutCurvesFlexTheTrunkUprightAndInFullFlexion() {
        int k = SpinalLevel.L4_L5.ordinal();
        System.out.printf(Locale.ROOT, "%nMyoBack's left-out passive curves in the model (multi-fascicle), L4-L5 sagittal moment (N*m, + extends)%n");
        System.out.printf(Locale.ROOT, "%-32s %-20s %9s %9s %9s %9s %9s %9s %9s %9s%n", "subject", "posture", "rectus", "ext obl",
                "int obl", "psoas", "QL", "left out", "erectors", "silent");
        for (Subject s : SUBJECTS) {
            LumbarModel m = LumbarModel.of(s).withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
            for (PosturePreset preset : List.of(PosturePreset.STANDING_RELAXED, PosturePreset.SITTING_MAX_FLEXION)) {
                Workspace w = m.newWorkspace();
                m.solve(preset.posture(), List.of(), w);
                double[] byGroup = new double[5];
                String[] groups = {"rectus_abdominis", "external_oblique", "internal_oblique", "psoas", "quadratus_lumborum"};
                for (int g = 0; g < groups.length; g++) {
                    byGroup[g] = sagittal(others(m, w, Set.of(groups[g])), w, k);
                }
                double all = sagittal(others(m, w), w, k);
                double erectors = w.pipeline.tissueLoads.muscleMomentNm[k];
                // silent: the model's whole passive moment (segments and stretched erectors)
                System.out.printf(Locale.ROOT, "%-32s %-20s %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f%n", s, preset.id(),
                        byGroup[0], byGroup[1], byGroup[2], byGroup[3], byGroup[4], all, erectors,
                        w.pipeline.tissueLoads.passiveMomentNm[k]);
                assertThat(all).as("%s %s: the groups' sum", s, preset).isCloseTo(byGroup[0] + byGroup[1] + byGroup[2] + byGroup[3]
                        + byGroup[4], within(1e-9 * (1 + Math.abs(all))));
                if (preset == PosturePreset.STANDING_RELAXED) {
                    assertThat(all + erectors).as("%s standing: the left-out curves flex the trunk more than the erectors extend it", s)
                            .isNegative();
                } else {
                    double dolan = s.sex() == Sex.MALE ? DOLAN_MEN_NM : DOLAN_WOMEN_NM;
                    double gap = dolan - w.pipeline.tissueLoads.passiveMomentNm[k];
                    System.out.printf(Locale.ROOT, "%-32s %-20s gap to Dolan et al. 1994 (%.0f N*m): %.1f N*m%n", "", "", dolan, gap);
                    assertThat(all).as("%s full flexion: the left-out curves do not close the gap to Dolan's silent moment", s)
                            .isLessThan(gap);
                }
            }
        }
    }

    private static PassiveMuscles others(LumbarModel m, Workspace w) {
        return others(m, w, OTHER_GROUPS);
    }

    /** The passive law on {@code groups} in the pose of the last solve of {@code w}. */
    private static PassiveMuscles others(LumbarModel m, Workspace w, Set<String> groups) {
        PassiveMuscles p = new PassiveMuscles(groups);
        p.compute(m.geometry, w.pipeline.pose);
        return p;
    }

    /** The passive muscles' moment at level {@code k} about the disc's flexion-extension axis (N·m, + extends). */
    private static double sagittal(PassiveMuscles p, Workspace w, int k) {
        double[] fr = w.pipeline.pose.discFrame;
        double[] mm = p.momentNm;
        return mm[3 * k] * fr[9 * k + 6] + mm[3 * k + 1] * fr[9 * k + 7] + mm[3 * k + 2] * fr[9 * k + 8];
    }

    private static int indexOf(PassiveMuscles pm, String name) {
        for (int j = 0; j < pm.fascicleCount(); j++) {
            if (pm.fascicleName(j).equals(name)) {
                return j;
            }
        }
        throw new AssertionError(name + " has no passive law");
    }
}
