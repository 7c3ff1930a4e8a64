package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;
import org.lumbosim.solver.QpStatus;

/**
 * The passive tension of the stretched erector spinae ({@link MyoBackPassiveMuscle}, {@link PassiveMuscles};
 * docs/research/passive-muscle.md): the law against its source's values, the anatomy's lengths
 * against the source model's, properties over seeded random postures, and the whole lumbar passive
 * moment at full flexion against Dolan, Mannion and Adams (1994).
 */
class PassiveMuscleTest {
    private static final long SEED = 20261207L;
    /** Largest moment-balance residual accepted in a solve (N·m), as the model property tests. */
    private static final double RESIDUAL_NM = 1e-6;

    /**
     * MuJoCo 3.14.0's {@code mju_muscleBias} on MyoBack's actuators (the parameters of
     * myoback_passive.csv, read by MuJoCo from {@code myoback_assets.xml} at 6a6f4dd): the actuator
     * length at a fraction of its {@code lengthrange} (0 = its shortest, 1 = its longest) and the
     * passive force MuJoCo returns (N, sign turned to tension). Computed with MuJoCo's Python
     * bindings on the loaded model (docs/research/passive-muscle.md, "How the numbers were read"):
     * the slack, quadratic and linear parts of the law.
     */
    private static final Object[][] MUJOCO = {
        {"IL_L1_r", 0.5, 0.0}, {"IL_L1_r", 0.8, 43.77916421333562}, {"IL_L1_r", 0.9, 99.41169845370294},
        {"IL_L1_r", 1.0, 176.81103642345153}, {"IL_L1_r", 1.2, 344.0978234903253},
        {"LTpL_L3_r", 0.5, 0.0}, {"LTpL_L3_r", 0.8, 3.398361396076507}, {"LTpL_L3_r", 1.2, 23.485362202848496},
        {"MF_m3s_r", 0.5, 0.562581513327979}, {"MF_m3s_r", 1.0, 12.336785348973116},
        {"MF_m3s_r", 1.2, 19.539749385265218},
        {"LTpT_T10_r", 0.5, 1.5828992540202869}, {"LTpT_T10_r", 0.9, 5.1945542825157025},
        {"LTpT_T10_r", 1.2, 9.271561661532377},
    };

    /**
     * MyoBack's tendon lengths in its default pose (all coordinates zero; MuJoCo 3.14.0
     * {@code mj_forward}, {@code actuator_length}), m at the source's 1.70 m stature.
     */
    private static final Object[][] NEUTRAL_LENGTH_M = {
        {"IL_L1_r", 0.157706}, {"LTpL_L3_r", 0.100470}, {"MF_m3s_r", 0.048607}, {"LTpT_T10_r", 0.285869},
    };

    /** Dolan, Mannion and Adams (1994): the silent tissues' extensor moment at full flexion (N·m), men and women. */
    private static final double DOLAN_MEN_NM = 120;
    private static final double DOLAN_WOMEN_NM = 77;

    @Test
    void lawGivesMuJoCosForces() {
        for (Object[] c : MUJOCO) {
            MyoBackPassiveMuscle.Parameters p = MyoBackPassiveMuscle.of((String) c[0]);
            double len = p.lengthMinM() + (double) c[1] * (p.lengthMaxM() - p.lengthMinM());
            double f = MyoBackPassiveMuscle.forceRatio(p.normalisedLength(len), p.lmaxNorm(), p.fpmax()) * p.forceN();
            assertThat(f).as("%s at %s of its length range", c[0], c[1]).isCloseTo((double) c[2], within(1e-9 * (1 + f)));
        }
        // the mirrored side takes the right side's parameters
        assertThat(MyoBackPassiveMuscle.of("IL_L1_l")).isEqualTo(MyoBackPassiveMuscle.of("IL_L1_r"));
    }

    /** The law is zero at and below slack, continuous and increasing above it. */
    @Test
    void lawIsZeroToSlackThenContinuousAndIncreasing() {
        assertThat(MyoBackPassiveMuscle.forceRatio(1, 2, 3)).isZero();
        assertThat(MyoBackPassiveMuscle.forceRatio(0.4, 2, 3)).isZero();
        double previous = 0;
        for (double l = 1.001; l < 2.5; l += 0.001) {
            double f = MyoBackPassiveMuscle.forceRatio(l, 2, 3);
            assertThat(f).as("at %s", l).isGreaterThan(previous).isLessThan(previous + 3 * 0.001 / 0.5 + 1e-12);
            previous = f;
        }
    }

    /**
     * The parameters belong to the fascicles they are applied to: every erector spinae fascicle of
     * the anatomy has one, and its force scale is the fascicle's PCSA times the specific tension the
     * dataset divided by (the same MyoBack force; docs/fascicles/README.md).
     */
    @Test
    void everyErectorFascicleHasItsSourceForce() {
        int count = 0;
        for (Fascicle f : Christophy2012Muscles.fascicles(Christophy2012Muscles.REFERENCE_STATURE_M)) {
            if (MyoBackPassiveMuscle.PASSIVE_GROUPS.contains(f.group())) {
                double forceN = f.pcsaM2() * Christophy2012Muscles.SPECIFIC_TENSION_PA;
                assertThat(MyoBackPassiveMuscle.of(f.name()).forceN()).as(f.name()).isCloseTo(forceN, within(1e-3 * forceN));
                count++;
            }
        }
        assertThat(count).as("erector spinae fascicles, both sides").isEqualTo(2 * (12 + 21 + 5 + 25));
    }

    /**
     * The anatomy, straight paths through its points, has the source model's lengths in the neutral
     * posture (its wrapping surfaces do not touch these fascicles there; nor in flexion,
     * docs/research/passive-muscle.md), at any stature once divided by the stature ratio, and the
     * move to the CT measurement (a translation of whole groups) leaves them alone.
     */
    @Test
    void neutralLengthsAreTheSourceModels() {
        for (Subject s : List.of(Subject.defaultSubject(), new Subject(Sex.FEMALE, 1.55, 52, 40))) {
            LumbarModel m = LumbarModel.of(s).withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
            Workspace w = m.newWorkspace();
            m.solve(new Posture(0, 0, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.FEET)), List.of(), w);
            PassiveMuscles pm = w.pipeline.passiveMuscles;
            for (Object[] c : NEUTRAL_LENGTH_M) {
                int j = indexOf(pm, (String) c[0]);
                // within 0.1 mm: the dataset's coordinates are rounded to 0.01 mm
                assertThat(pm.lengthM[j] / m.geometry.muscleScale).as("%s %s", s, c[0])
                        .isCloseTo((double) c[1], within(1e-4));
            }
        }
    }

    static Stream<Arguments> postures() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        return IntStream.range(0, 60).mapToObj(i -> Arguments.of(
                new Subject(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, rnd.nextDouble(1.5, 2.0), rnd.nextDouble(45, 120),
                        rnd.nextDouble(18, 80)),
                rnd.nextDouble(-10, 47), rnd.nextDouble(-20, 20), rnd.nextDouble(-20, 20), rnd.nextDouble(0, 20),
                MuscleModelKind.values()[rnd.nextInt(2)]));
    }

    /**
     * Over seeded random subjects and postures: every passive fascicle force is non-negative and zero
     * exactly at and below slack; every fascicle's force
     * is non-decreasing in lumbar flexion (the same posture flexed 5 deg more, to round-off); the mirror-symmetric
     * posture (bend and twist zero) gives no lateral or axial passive moment and no lateral shear at
     * any level; and the recruitment balances the moments to its usual residual.
     */
    @ParameterizedTest(name = "case {index}: {arguments}")
    @MethodSource("postures")
    void passiveForcesBehave(Subject s, double lumbarDeg, double bendDeg, double twistDeg, double massKg,
                             MuscleModelKind kind) {
        LumbarModel m = LumbarModel.of(s).withMuscleModel(kind);
        List<HandLoad> loads = List.of(HandLoad.ofMassKg(massKg));
        Workspace w = m.newWorkspace();
        m.solve(posture(lumbarDeg, bendDeg, twistDeg), loads, w);
        PassiveMuscles pm = w.pipeline.passiveMuscles;
        double[] before = pm.fascicleForceN.clone();
        for (int j = 0; j < pm.fascicleCount(); j++) {
            double l = pm.normalisedLength(j, m.geometry.muscleScale);
            assertThat(before[j]).as("%s at normalised length %s", pm.fascicleName(j), l).isGreaterThanOrEqualTo(0);
            assertThat(before[j] == 0).as("%s zero exactly at or below slack (L = %s)", pm.fascicleName(j), l)
                    .isEqualTo(l <= 1);
        }
        assertThat(w.status()).isEqualTo(QpStatus.OK);
        assertThat(w.qpResidualNm()).isLessThan(RESIDUAL_NM);

        Workspace flexed = m.newWorkspace();
        m.solve(posture(lumbarDeg + 5, bendDeg, twistDeg), loads, flexed);
        double[] after = flexed.pipeline.passiveMuscles.fascicleForceN;
        for (int j = 0; j < pm.fascicleCount(); j++) {
            // round-off allowed: LTpT_T1 spans the lumbar spine nearly without changing length
            assertThat(after[j]).as("%s 5 deg more flexed", pm.fascicleName(j))
                    .isGreaterThanOrEqualTo(before[j] - 1e-9 * (1 + before[j]));
        }

        Workspace sym = m.newWorkspace();
        m.solve(posture(lumbarDeg, 0, 0), loads, sym);
        TissueLoads t = sym.pipeline.tissueLoads;
        double[] fr = sym.pipeline.pose.discFrame;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double[] mm = sym.pipeline.passiveMuscles.momentNm;
            double lateral = mm[3 * k] * fr[9 * k + 3] + mm[3 * k + 1] * fr[9 * k + 4] + mm[3 * k + 2] * fr[9 * k + 5];
            double axial = mm[3 * k] * fr[9 * k] + mm[3 * k + 1] * fr[9 * k + 1] + mm[3 * k + 2] * fr[9 * k + 2];
            double side = t.muscleForceN[3 * k] * fr[9 * k + 6] + t.muscleForceN[3 * k + 1] * fr[9 * k + 7]
                    + t.muscleForceN[3 * k + 2] * fr[9 * k + 8];
            assertThat(lateral).as("level %s lateral passive moment", k).isCloseTo(0, within(1e-9));
            assertThat(axial).as("level %s axial passive moment", k).isCloseTo(0, within(1e-9));
            assertThat(side).as("level %s lateral passive force", k).isCloseTo(0, within(1e-9));
            assertThat(sym.lateralShearN(SpinalLevel.ofIndex(k))).as("level %s lateral shear", k).isCloseTo(0, within(1e-6));
        }
        assertThat(sym.qpResidualNm()).isLessThan(RESIDUAL_NM);
    }

    /**
     * The whole lumbar passive moment at L4-L5 in full flexion (52 deg, the range of
     * {@code LumbarMotion}; the tying-shoes posture) against Dolan, Mannion and Adams (1994), J Biomech
     * 27:1077 (abstract): the electrically silent tissues of the whole trunk (fascia, passive muscle,
     * skin, discs, ligaments) resisted 120 N·m (men) and 77 N·m (women) in full flexion. The
     * segments' ligaments and disc and the passive erector spinae of this model are part of those
     * tissues, so together they must not exceed the whole; printed: where they fall.
     */
    @Test
    void fullFlexionPassiveMomentStaysBelowDolans() {
        System.out.printf(Locale.ROOT, "%nWhole lumbar passive moment at L4-L5, full flexion (%s), against Dolan et al. 1994%n",
                PosturePreset.SITTING_MAX_FLEXION.id());
        System.out.printf(Locale.ROOT, "%-32s %-16s %10s %10s %10s %10s %10s%n", "subject", "muscle model",
                "segments", "muscles", "total", "Dolan", "share");
        for (Subject s : List.of(Subject.defaultSubject(), new Subject(Sex.FEMALE, 1.63, 60, 40))) {
            double dolan = s.sex() == Sex.MALE ? DOLAN_MEN_NM : DOLAN_WOMEN_NM;
            for (MuscleModelKind kind : MuscleModelKind.values()) {
                LumbarModel m = LumbarModel.of(s).withMuscleModel(kind);
                Workspace w = m.newWorkspace();
                m.solve(PosturePreset.SITTING_MAX_FLEXION.posture(), List.of(), w);
                int k = SpinalLevel.L4_L5.ordinal();
                double muscles = w.pipeline.tissueLoads.muscleMomentNm[k];
                double segments = w.pipeline.tissueLoads.passiveMomentNm[k] - muscles;
                double total = segments + muscles;
                System.out.printf(Locale.ROOT, "%-32s %-16s %10.1f %10.1f %10.1f %10.0f %9.0f%%%n", s, kind.id(),
                        segments, muscles, total, dolan, 100 * total / dolan);
                assertThat(muscles).as("%s %s: stretched erectors resist flexion", s, kind).isPositive();
                assertThat(total).as("%s %s: part of the whole", s, kind).isLessThan(dolan);
            }
        }
    }

    private static Posture posture(double lumbarDeg, double bendDeg, double twistDeg) {
        return new Posture(lumbarDeg + 10, lumbarDeg, bendDeg, twistDeg, 10, 0, 0, 0, 0, Set.of(Support.FEET));
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
