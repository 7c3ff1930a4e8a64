package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;
import org.lumbosim.solver.QpStatus;
import org.lumbosim.solver.QpWorkspace;

/**
 * The abdominal flexors' co-activation in upright postures ({@link UprightCoactivationConstants},
 * {@link TissueParameters#abdominalCoactivation()}): in both muscle models every rectus abdominis and
 * oblique line, and no other line, carries at least its share where the muscles hold the trunk up,
 * as a force at the published strength; equilibrium stays exact and the compression rises; a
 * backrest, lying surface or resting trunk releases it (the abdominal wall's tension that holds an
 * abdominal pressure, {@link AbdominalPressure#wallActivation}, is not released: it is the wall's, not
 * a co-activation); the larger of it and the uniform minimum activation applies; the override changes it or switches it off. Prints relaxed standing's
 * compressions against the 500-750 N (L5-S1) and Wilke et al. (1999)'s 0.50 MPa (L4-L5).
 */
class UprightCoactivationTest {
    private static final double WILKE_STANDING_MPA = 0.50;
    private static final double TARGET_LOW_N = 500;
    private static final double TARGET_HIGH_N = 750;
    private static final List<PosturePreset> UPRIGHT = List.of(PosturePreset.STANDING_RELAXED,
            PosturePreset.SITTING_UNSUPPORTED, PosturePreset.STANDING_FLEXED);
    private static final double PUBLISHED_PA = TissueConstants.MAX_MUSCLE_STRESS_PA;

    private static LumbarModel model(MuscleModelKind kind, TissueParameters.TissueParameter p, double value) {
        LumbarModel m = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        return m.withTissueParameters(m.tissueParameters().with(p, value));
    }

    private static boolean carried(Posture p) {
        return p.has(Support.BACKREST) || p.has(Support.LYING_SURFACE) || p.has(Support.TRUNK_RESTING);
    }

    private static boolean isAbdominal(MuscleSet set, int i) {
        String group = set.reference.get(i).group();
        return group.equals("rectus_abdominis") || group.equals("external_oblique") || group.equals("internal_oblique");
    }

    /** @return the lower bound a line has from the hip equation alone (psoas lines; 0 for the others) */
    private static double hipBoundN(Workspace w, QpWorkspace qp, LumbarModel m, int i) {
        return Math.min(qp.upperN(i), w.pipeline.hipFlexors.psoasLowerBoundN(m.muscleSet(), i));
    }

    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void theAbdominalsCarryTheirCoactivationInUprightPostures(MuscleModelKind kind) {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        assertThat(model.tissueParameters().abdominalCoactivation()).isEqualTo(UprightCoactivationConstants.ABDOMINAL_ACTIVATION);
        LumbarModel off = model(kind, TissueParameters.TissueParameter.ABDOMINAL_COACTIVATION, 0);
        MuscleSet set = model.muscleSet();
        int abdominal = 0;
        for (int i = 0; i < model.muscleCount(); i++) {
            assertThat(set.abdominal[i]).as("%s line %s", kind, i).isEqualTo(isAbdominal(set, i));
            abdominal += set.abdominal[i] ? 1 : 0;
        }
        // rectus abdominis and both obliques, on both sides, at least one line each
        assertThat(abdominal).as("%s abdominal lines", kind).isGreaterThanOrEqualTo(6);
        Workspace w = model.newWorkspace();
        Workspace a = off.newWorkspace();
        for (PosturePreset preset : UPRIGHT) {
            model.solve(preset.posture(), List.of(), w);
            off.solve(preset.posture(), List.of(), a);
            assertThat(w.status()).as("%s %s", kind, preset).isEqualTo(QpStatus.OK);
            QpWorkspace qp = w.recruitmentProblemCopy();
            for (int i = 0; i < model.muscleCount(); i++) {
                // the wall's tension that holds the pressure (standing bent forward) may ask for more
                double activation = Math.max(UprightCoactivationConstants.ABDOMINAL_ACTIVATION, w.abdominalWallActivation());
                double floor = set.abdominal[i] ? activation * PUBLISHED_PA * qp.pcsaM2(i) : 0;
                double lower = Math.max(floor, hipBoundN(w, qp, model, i));
                assertThat(qp.lowerN(i)).as("%s %s line %s bound", kind, preset, i).isCloseTo(lower, within(1e-9 * (1 + lower)));
                assertThat(w.muscleForceN(i)).as("%s %s line %s", kind, preset, i).isGreaterThanOrEqualTo(floor * (1 - 1e-12));
            }
            assertThat(w.qpResidualNm()).as("%s %s moment residual", kind, preset).isLessThan(1e-8);
            assertThat(w.equilibriumResidualNm()).as("%s %s whole-body residual", kind, preset).isLessThan(1e-6);
            // where the wall's tension already asks the abdominals for more (a pressure of more than about
            // 2.5 kPa), the co-activation binds no line and changes nothing; otherwise it raises the compression
            boolean wallBinds = w.abdominalWallActivation() >= UprightCoactivationConstants.ABDOMINAL_ACTIVATION;
            for (SpinalLevel level : SpinalLevel.values()) {
                if (wallBinds) {
                    assertThat(w.compressionN(level)).as("%s %s %s", kind, preset, level)
                            .isCloseTo(a.compressionN(level), within(1e-9 * a.compressionN(level)));
                } else {
                    assertThat(w.compressionN(level)).as("%s %s %s", kind, preset, level).isGreaterThan(a.compressionN(level));
                }
            }
            System.out.printf("UprightCoactivationTest: %s %s (wall activation %.4f): L5-S1 %.0f N (without it %.0f N), L4-L5 %.0f N"
                    + " (without %.0f N), L4-L5 IDP %.3f MPa (without %.3f MPa)%n", kind, preset.id(), w.abdominalWallActivation(),
                    w.compressionN(SpinalLevel.L5_S1), a.compressionN(SpinalLevel.L5_S1), w.compressionN(SpinalLevel.L4_L5),
                    a.compressionN(SpinalLevel.L4_L5), w.idpMPa(SpinalLevel.L4_L5), a.idpMPa(SpinalLevel.L4_L5));
        }
        model.solve(PosturePreset.STANDING_RELAXED.posture(), List.of(), w);
        System.out.printf("UprightCoactivationTest: %s relaxed standing: L5-S1 %.0f N (target %.0f-%.0f N),"
                + " L4-L5 IDP %.3f MPa (Wilke 1999: %.2f MPa)%n", kind, w.compressionN(SpinalLevel.L5_S1), TARGET_LOW_N,
                TARGET_HIGH_N, w.idpMPa(SpinalLevel.L4_L5), WILKE_STANDING_MPA);
    }

    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void aCarriedTrunkReleasesTheCoactivation(MuscleModelKind kind) {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        LumbarModel off = model(kind, TissueParameters.TissueParameter.ABDOMINAL_COACTIVATION, 0);
        Workspace w = model.newWorkspace();
        Workspace a = off.newWorkspace();
        int carried = 0;
        for (PosturePreset preset : PosturePreset.values()) {
            Posture p = preset.posture();
            if (!carried(p)) {
                continue;
            }
            carried++;
            model.solve(p, List.of(), w);
            off.solve(p, List.of(), a);
            QpWorkspace qp = w.recruitmentProblemCopy();
            for (int i = 0; i < model.muscleCount(); i++) {
                // only the hip equation's psoas share and the wall's tension that holds an abdominal pressure
                // may bound a line from below once the trunk is carried
                double wall = model.muscleSet().abdominal[i] ? w.abdominalWallActivation() * PUBLISHED_PA * qp.pcsaM2(i) : 0;
                double lower = Math.max(hipBoundN(w, qp, model, i), Math.min(qp.upperN(i), wall));
                assertThat(qp.lowerN(i)).as("%s %s line %s", kind, preset, i).isCloseTo(lower, within(1e-9 * (1 + lower)));
            }
            for (SpinalLevel level : SpinalLevel.values()) {
                assertThat(w.compressionN(level)).as("%s %s %s", kind, preset, level).isEqualTo(a.compressionN(level));
            }
        }
        assertThat(carried).as("presets whose trunk is carried").isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void theFloorIsAForceAtThePublishedStrengthAndTheLargerOfItAndTheUniformMinimumApplies(MuscleModelKind kind) {
        Posture standing = PosturePreset.STANDING_RELAXED.posture();
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        // a stronger model: the abdominal floor keeps its newtons
        LumbarModel strong = model(kind, TissueParameters.TissueParameter.MAX_MUSCLE_STRESS, 1.5);
        Workspace w = model.newWorkspace();
        Workspace s = strong.newWorkspace();
        model.solve(standing, List.of(), w);
        strong.solve(standing, List.of(), s);
        QpWorkspace qw = w.recruitmentProblemCopy();
        QpWorkspace qs = s.recruitmentProblemCopy();
        for (int i = 0; i < model.muscleCount(); i++) {
            if (model.muscleSet().abdominal[i]) {
                assertThat(qs.lowerN(i)).as("%s line %s", kind, i).isEqualTo(qw.lowerN(i));
                assertThat(qs.upperN(i)).as("%s line %s", kind, i).isGreaterThan(qw.upperN(i));
            }
        }
        // a uniform minimum below the co-activation: the abdominal lines keep theirs, the others get the minimum
        for (double uniform : new double[] {0.01, 0.03}) {
            LumbarModel both = model(kind, TissueParameters.TissueParameter.MINIMUM_ACTIVATION, uniform);
            Workspace b = both.newWorkspace();
            both.solve(standing, List.of(), b);
            assertThat(b.status()).as("%s uniform %s", kind, uniform).isEqualTo(QpStatus.OK);
            QpWorkspace qb = b.recruitmentProblemCopy();
            for (int i = 0; i < both.muscleCount(); i++) {
                double minimum = uniform * both.tissueParameters().maxMuscleStressPa() * qb.pcsaM2(i);
                double co = both.muscleSet().abdominal[i]
                        ? UprightCoactivationConstants.ABDOMINAL_ACTIVATION * PUBLISHED_PA * qb.pcsaM2(i) : 0;
                double lower = Math.max(Math.max(minimum, co), hipBoundN(b, qb, both, i));
                assertThat(qb.lowerN(i)).as("%s uniform %s line %s", kind, uniform, i).isCloseTo(lower, within(1e-9 * lower));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MuscleModelKind.class)
    void theOverrideChangesTheCoactivationOrSwitchesItOff(MuscleModelKind kind) {
        Posture standing = PosturePreset.STANDING_RELAXED.posture();
        double doubled = 2 * UprightCoactivationConstants.ABDOMINAL_ACTIVATION;
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind);
        LumbarModel off = model(kind, TissueParameters.TissueParameter.ABDOMINAL_COACTIVATION, 0);
        LumbarModel more = model(kind, TissueParameters.TissueParameter.ABDOMINAL_COACTIVATION, doubled);
        Workspace w = model.newWorkspace();
        Workspace o = off.newWorkspace();
        Workspace m = more.newWorkspace();
        model.solve(standing, List.of(), w);
        off.solve(standing, List.of(), o);
        more.solve(standing, List.of(), m);
        QpWorkspace qo = o.recruitmentProblemCopy();
        QpWorkspace qm = m.recruitmentProblemCopy();
        for (int i = 0; i < model.muscleCount(); i++) {
            assertThat(qo.lowerN(i)).as("%s off line %s", kind, i).isEqualTo(hipBoundN(o, qo, off, i));
            double co = more.muscleSet().abdominal[i] ? doubled * PUBLISHED_PA * qm.pcsaM2(i) : 0;
            assertThat(qm.lowerN(i)).as("%s doubled line %s", kind, i)
                    .isCloseTo(Math.max(co, hipBoundN(m, qm, more, i)), within(1e-9 * (1 + co)));
        }
        assertThat(m.compressionN(SpinalLevel.L5_S1)).isGreaterThan(w.compressionN(SpinalLevel.L5_S1));
        assertThat(w.compressionN(SpinalLevel.L5_S1)).isGreaterThan(o.compressionN(SpinalLevel.L5_S1));
    }
}
