package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;

/**
 * Where the erector spinae's passive tension starts (docs/research/erector-slack.md): the normalised
 * fibre length of each erector fascicle in the neutral posture under MyoBack's fitted anchoring (the
 * one the model uses, {@link MyoBackPassiveMuscle}) against the cadaveric sarcomere anchoring, in which
 * every fibre of a group sits at the group's measured sarcomere length over the optimal sarcomere
 * length (as the ArtiSynth port of Christophy et al. 2012, {@code LumbarSpine2} with
 * {@code MasoudMillardLAM}, sets its fascicles). Printed per fascicle (right side, default subject,
 * multi-fascicle anatomy), with the stretch to full flexion and MyoBack's optimal length, and the one
 * fascicle of the source model whose fibre and tendon lengths were reached (a psoas); checked: the
 * facts the research note rests on. No model number depends on this class.
 */
class ErectorSlackTest {
    /**
     * Sarcomere length (µm) of each erector group in the cadaver. Multifidus: Ward, Kim, Eng et al.
     * (2009) J Bone Joint Surg Am 91:176, abstract (2.27 ± 0.06 µm, eight cadaveric lumbar spines).
     * Longissimus and iliocostalis: Delp, Suryanarayanan, Murray, Uhlir and Triolo (2001) J Biomech
     * 34:371, as the ArtiSynth model {@code artisynth.models.lumbarSpine.LumbarSpine2} lists them
     * ({@code sarcomereLengths}; Delp's abstract gives no sarcomere length: secondary).
     */
    private static final Map<String, Double> SARCOMERE_UM = Map.of(
            "multifidus", 2.27,
            "longissimus_lumborum", 2.31, "longissimus_thoracis", 2.31,
            "iliocostalis_lumborum", 2.37, "iliocostalis_thoracis", 2.37);

    /**
     * Optimal sarcomere length of human muscle (µm): 2.8 as the ArtiSynth port's
     * {@code MasoudMillardLAM.optimalSarcomereLen}; 2.7 as the Lieber-Ward group normalises fibre lengths
     * (the value Ward et al. 2009 used is not on the part read). Both are printed.
     */
    private static final double OPTIMAL_SARCOMERE_UM = 2.8;
    private static final double OPTIMAL_SARCOMERE_ALT_UM = 2.7;

    private record Row(String name, String group, double neutralM, double flexedM, MyoBackPassiveMuscle.Parameters p) {
        double myobackNeutral() {
            return p.normalisedLength(neutralM);
        }

        double myobackFlexed() {
            return p.normalisedLength(flexedM);
        }

        double sarcomereNeutral(double optimalUm) {
            return SARCOMERE_UM.get(group) / optimalUm;
        }

        /** The sarcomere anchoring with MyoBack's optimal length: the note's unmerged experiment A. */
        double sarcomereFlexed(double optimalUm) {
            return sarcomereNeutral(optimalUm) + (flexedM - neutralM) / p.optimalLengthM();
        }

        /** The sarcomere anchoring with a fibre as long as the whole path (no tendon): experiment B. */
        double wholePathFlexed(double optimalUm) {
            return sarcomereNeutral(optimalUm) * flexedM / neutralM;
        }

        /** @return MyoBack's passive force (N, source's stature) at normalised length {@code l} */
        double forceN(double l) {
            return MyoBackPassiveMuscle.forceRatio(l, p.lmaxNorm(), p.fpmax()) * p.forceN();
        }
    }

    /** The right side's erector fascicles, their lengths (m, at the source's 1.70 m) upright and in full flexion. */
    private static List<Row> rows() {
        LumbarModel m = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
        Workspace neutral = m.newWorkspace();
        m.solve(new Posture(0, 0, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.FEET)), List.of(), neutral);
        Workspace flexed = m.newWorkspace();
        m.solve(PosturePreset.SITTING_MAX_FLEXION.posture(), List.of(), flexed);
        PassiveMuscles up = neutral.pipeline.passiveMuscles;
        PassiveMuscles down = flexed.pipeline.passiveMuscles;
        double scale = m.geometry.muscleScale;
        Map<String, String> groupOf = new java.util.HashMap<>();
        for (Fascicle f : Christophy2012Muscles.fascicles(Christophy2012Muscles.REFERENCE_STATURE_M)) {
            groupOf.put(f.name(), f.group());
        }
        List<Row> out = new ArrayList<>();
        for (int j = 0; j < up.fascicleCount(); j++) {
            String name = up.fascicleName(j);
            if (name.endsWith("_r")) {
                out.add(new Row(name, groupOf.get(name), up.lengthM[j] / scale, down.lengthM[j] / scale,
                        MyoBackPassiveMuscle.of(name)));
            }
        }
        return out;
    }

    /**
     * Printed per fascicle: its length upright, its stretch to full flexion, MyoBack's optimal length
     * {@code L0}, the normalised length upright and in full flexion under MyoBack's anchoring and under
     * the sarcomere anchoring (2.8 µm, MyoBack's {@code L0}); then per group MyoBack's upright median and
     * range against the sarcomere values. Checked: the model's anchoring is MyoBack's (its law reads the
     * same normalised length), every erector is stretched by full flexion, MyoBack's upright {@code L}
     * scatters by more than 0.1 within every group of five or more fascicles while an architecture-based model puts a group at one value, and
     * for some fascicles MyoBack's {@code L0} cannot be an optimal fibre length (a fibre at the
     * sarcomere-based length would be longer than the whole muscle-tendon path).
     */
    @Test
    void myobackAnchoringAgainstTheSarcomereAnchoring() {
        List<Row> rows = rows();
        assertThat(rows).hasSize(12 + 21 + 5 + 25);
        System.out.printf(Locale.ROOT, "%nErector fascicles (right side), normalised fibre length upright (neutral posture) and in "
                + "full flexion (%s)%n", PosturePreset.SITTING_MAX_FLEXION.id());
        System.out.printf(Locale.ROOT, "%-16s %-22s %8s %8s %8s %8s %8s %8s %8s %8s %8s %8s%n", "fascicle", "group", "len mm",
                "stretch", "L0 mm", "MyoB up", "MyoB flx", "sarc up", "sarc2.7", "A flx", "B flx", "L0>len/L");
        int impossible = 0;
        for (Row r : rows) {
            double sarc = r.sarcomereNeutral(OPTIMAL_SARCOMERE_UM);
            // a fibre at normalised length sarc has length sarc * L0; it cannot exceed the whole path
            boolean tooLong = sarc * r.p().optimalLengthM() > r.neutralM();
            impossible += tooLong ? 1 : 0;
            System.out.printf(Locale.ROOT, "%-16s %-22s %8.1f %7.1f%% %8.1f %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f %8s%n", r.name(),
                    r.group(), 1e3 * r.neutralM(), 100 * (r.flexedM() / r.neutralM() - 1), 1e3 * r.p().optimalLengthM(),
                    r.myobackNeutral(), r.myobackFlexed(), sarc, r.sarcomereNeutral(OPTIMAL_SARCOMERE_ALT_UM),
                    r.sarcomereFlexed(OPTIMAL_SARCOMERE_UM), r.wholePathFlexed(OPTIMAL_SARCOMERE_UM), tooLong ? "yes" : "");
            assertThat(r.flexedM()).as("%s is stretched in full flexion", r.name()).isGreaterThan(r.neutralM());
        }
        System.out.printf(Locale.ROOT, "%nPer group, upright: MyoBack's normalised length (median, min, max) against the sarcomere "
                + "anchoring (2.8 / 2.7 um)%n");
        for (String group : List.of("multifidus", "longissimus_lumborum", "longissimus_thoracis", "iliocostalis_lumborum",
                "iliocostalis_thoracis")) {
            double[] l = rows.stream().filter(r -> r.group().equals(group)).mapToDouble(Row::myobackNeutral).sorted().toArray();
            double median = l.length % 2 == 1 ? l[l.length / 2] : (l[l.length / 2 - 1] + l[l.length / 2]) / 2;
            long slack = Arrays.stream(l).filter(x -> x <= 1).count();
            List<Row> in = rows.stream().filter(r -> r.group().equals(group)).toList();
            double main = in.stream().mapToDouble(r -> r.forceN(r.myobackFlexed())).sum();
            double a = in.stream().mapToDouble(r -> r.forceN(r.sarcomereFlexed(OPTIMAL_SARCOMERE_UM))).sum();
            double b = in.stream().mapToDouble(r -> r.forceN(r.wholePathFlexed(OPTIMAL_SARCOMERE_UM))).sum();
            System.out.printf(Locale.ROOT, "%-22s n=%2d  MyoBack %.3f (%.3f-%.3f), %2d of %2d slack upright;  sarcomere %.3f / %.3f;"
                    + "  full-flexion force (N, 1.70 m) MyoBack %.1f, A %.1f, B %.1f%n", group, l.length, median, l[0], l[l.length - 1],
                    slack, l.length, SARCOMERE_UM.get(group) / OPTIMAL_SARCOMERE_UM, SARCOMERE_UM.get(group) / OPTIMAL_SARCOMERE_ALT_UM,
                    main, a, b);
            assertThat(in.stream().allMatch(r -> r.forceN(r.sarcomereNeutral(OPTIMAL_SARCOMERE_UM)) == 0))
                    .as("%s: slack upright under the sarcomere anchoring", group).isTrue();
            if (l.length >= 5) {
                assertThat(l[l.length - 1] - l[0]).as("%s: MyoBack's upright L scatters within the group", group).isGreaterThan(0.1);
            }
        }
        double[] all = rows.stream().mapToDouble(Row::myobackNeutral).sorted().toArray();
        System.out.printf(Locale.ROOT, "all erectors: MyoBack median %.3f (%.3f-%.3f); fascicles whose MyoBack L0 exceeds their "
                + "path over the sarcomere L: %d of %d%n", (all[all.length / 2 - 1] + all[all.length / 2]) / 2, all[0],
                all[all.length - 1], impossible, rows.size());
        assertThat(impossible).as("fascicles whose MyoBack L0 is no optimal fibre length").isPositive();
    }

    /**
     * The one fascicle of Christophy's {@code Lumbar_C_210} whose optimal fibre length and tendon slack
     * length were reached: Ps_L1_VB_r, 0.1841 m and 0.0647 m, unpennated (quoted from the {@code .osim}
     * in a comment of a MuJoCo fork's {@code MuscleMtuTest}, as stored in the code index: secondary).
     */
    private static final double PS_L1_VB_OPTIMAL_FIBRE_M = 0.1841;
    private static final double PS_L1_VB_TENDON_SLACK_M = 0.0647;

    /** Psoas sarcomere length as the ArtiSynth port lists it (µm); its primary source was not read. */
    private static final double PSOAS_SARCOMERE_UM = 3.11;

    /**
     * The source model's own anchoring of that fascicle in the neutral posture (rigid tendon:
     * {@code (path - tendon slack) / optimal fibre length}) against the sarcomere anchoring and
     * MyoBack's: Christophy's lies below the sarcomere value by more than 0.05 and MyoBack's within
     * 0.02 of Christophy's, while MyoBack's {@code L0} is more than five times Christophy's optimal
     * fibre length. Printed.
     */
    @Test
    void christophysOwnAnchoringOfTheOneFascicleReached() {
        LumbarModel m = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
        Workspace w = m.newWorkspace();
        m.solve(new Posture(0, 0, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.FEET)), List.of(), w);
        PassiveMuscles ps = new PassiveMuscles(Set.of("psoas"));
        ps.compute(m.geometry, w.pipeline.pose);
        int j = 0;
        while (!ps.fascicleName(j).equals("Ps_L1_VB_r")) {
            j++;
        }
        double path = ps.lengthM[j] / m.geometry.muscleScale;
        double christophy = (path - PS_L1_VB_TENDON_SLACK_M) / PS_L1_VB_OPTIMAL_FIBRE_M;
        double sarcomere = PSOAS_SARCOMERE_UM / OPTIMAL_SARCOMERE_UM;
        MyoBackPassiveMuscle.Parameters p = MyoBackPassiveMuscle.of("Ps_L1_VB_r");
        double myoback = p.normalisedLength(path);
        System.out.printf(Locale.ROOT, "%nPs_L1_VB_r upright: path %.4f m; normalised fibre length Christophy %.3f, sarcomere %.3f "
                + "(%.3f at 2.7 um), MyoBack %.3f; optimal length Christophy %.4f m, MyoBack %.4f m%n", path, christophy, sarcomere,
                PSOAS_SARCOMERE_UM / OPTIMAL_SARCOMERE_ALT_UM, myoback, PS_L1_VB_OPTIMAL_FIBRE_M, p.optimalLengthM());
        assertThat(sarcomere - christophy).as("Christophy's anchoring is not the sarcomere value").isGreaterThan(0.05);
        assertThat(myoback).as("MyoBack keeps Christophy's anchoring").isCloseTo(christophy, within(0.02));
        assertThat(p.optimalLengthM()).as("but not his optimal length").isGreaterThan(5 * PS_L1_VB_OPTIMAL_FIBRE_M);
    }

    /** The model's passive law reads MyoBack's anchoring: its normalised length upright is the fit's at the same length. */
    @Test
    void theModelUsesMyobacksAnchoring() {
        LumbarModel m = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
        Workspace w = m.newWorkspace();
        m.solve(new Posture(0, 0, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.FEET)), List.of(), w);
        PassiveMuscles pm = w.pipeline.passiveMuscles;
        double scale = m.geometry.muscleScale;
        for (int j = 0; j < pm.fascicleCount(); j++) {
            MyoBackPassiveMuscle.Parameters p = MyoBackPassiveMuscle.of(pm.fascicleName(j));
            assertThat(pm.normalisedLength(j, scale)).as(pm.fascicleName(j))
                    .isCloseTo(p.normalisedLength(pm.lengthM[j] / scale), within(1e-12));
        }
    }
}
