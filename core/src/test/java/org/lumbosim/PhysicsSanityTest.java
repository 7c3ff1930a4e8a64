package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueConstants;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.result.MuscleForce;

/** Hand-computed expectations: lying, upright standing, load positions, mass versus force. */
class PhysicsSanityTest {
    private static final Subject S = Subject.defaultSubject();

    /**
     * Lying on a surface: gravity is carried by the surface, the lumbar angles are neutral so the
     * passive tissues carry no net moment and no muscle is needed; the discs carry only the
     * pre-tension of the ligaments (Remus et al. 2021's reference strains), the same in every lying
     * posture with a neutral lumbar spine and in both muscle models, and the passive tension of the
     * erector fascicles the source model has taut at neutral (MyoBack's law, {@code PassiveMuscles};
     * along each model's own lines, so it differs between them), and the IDP is the unloaded value
     * plus that compression's share. (Lying on the side bends it: {@link #bentLyingNeedsNoMuscle}.)
     */
    @ParameterizedTest(name = "{0}, {1}")
    @EnumSource(value = PosturePreset.class, names = {"LYING_SUPINE", "LYING_PRONE", "PRONE_LYING"})
    void lyingPresetsCarryNoLoad(PosturePreset preset) {
        AnalysisResult supine = Lumbosim.analyze(LumbarModel.of(S), PosturePreset.LYING_SUPINE.posture(), List.of());
        double[] supineMuscle = passiveMuscleCompressionN(LumbarModel.of(S), PosturePreset.LYING_SUPINE.posture());
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            AnalysisResult r = Lumbosim.analyze(LumbarModel.of(S).withMuscleModel(kind), preset.posture(), List.of());
            double[] muscle = passiveMuscleCompressionN(LumbarModel.of(S).withMuscleModel(kind), preset.posture());
            for (MuscleForce f : r.muscles()) {
                assertThat(f.forceN()).as("%s %s: %s", preset.id(), kind.id(), f.name()).isZero();
            }
            for (LevelLoad l : r.levels()) {
                int k = l.level().ordinal();
                double pretension = supine.levels().get(k).compressionN() - supineMuscle[k];
                assertThat(pretension).as("ligament pre-tension at %s", l.level().label()).isBetween(1.0, 100.0);
                assertThat(muscle[k]).as("%s %s: taut erector fascicles at %s", preset.id(), kind.id(), l.level().label())
                        .isBetween(0.0, pretension);
                assertThat(l.compressionN() - muscle[k]).as("%s %s: compression at %s expected the ligaments' pre-tension",
                        preset.id(), kind.id(), l.level().label()).isCloseTo(pretension, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(l.idpMPa()).as("%s %s: IDP at %s expected above the unloaded %s MPa", preset.id(), kind.id(),
                        l.level().label(), TissueConstants.UNLOADED_DISC_PRESSURE_MPA)
                        .isGreaterThan(TissueConstants.UNLOADED_DISC_PRESSURE_MPA);
            }
        }
    }

    /**
     * A bent lumbar spine lying on a surface (lying on the side, the waist sagging): the surface, pushing at shoulder and hip rather than
     * under every mass, holds the bend against the passive tissues, so no muscle acts; the net
     * flexion moment the level reports is the passive tissues' (the surface's couple) and the
     * compression is the ligaments' and the stretched erector fascicles' (the ligaments' the same in
     * both muscle models).
     */
    @Test
    void bentLyingNeedsNoMuscle() {
        List<Posture> bent = List.of(
                PosturePreset.LYING_SIDE.posture(),
                new Posture(-90, 20, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.LYING_SURFACE)),
                new Posture(90, -10, 5, 10, 0, 0, 0, 0, 0, Set.of(Support.LYING_SURFACE)));
        for (Posture p : bent) {
            AnalysisResult single = null;
            double[] singleMuscle = null;
            for (MuscleModelKind kind : MuscleModelKind.values()) {
                AnalysisResult r = Lumbosim.analyze(LumbarModel.of(S).withMuscleModel(kind), p, List.of());
                double[] muscle = passiveMuscleCompressionN(LumbarModel.of(S).withMuscleModel(kind), p);
                for (MuscleForce f : r.muscles()) {
                    assertThat(f.forceN()).as("%s %s: %s", p, kind.id(), f.name()).isZero();
                }
                for (LevelLoad l : r.levels()) {
                    assertThat(l.flexionMomentNm()).as("%s: the surface's couple at %s", p, l.level().label())
                            .isCloseTo(l.passiveMomentNm(), org.assertj.core.data.Offset.offset(1e-9));
                    assertThat(Math.abs(l.passiveMomentNm()) + Math.abs(l.lateralMomentNm())).isGreaterThan(0.1);
                    int k = l.level().ordinal();
                    if (single != null) {
                        assertThat(l.compressionN() - muscle[k]).as("%s: ligaments' compression at %s", p, l.level().label())
                                .isCloseTo(single.levels().get(k).compressionN() - singleMuscle[k],
                                        org.assertj.core.data.Offset.offset(1e-9));
                    }
                }
                if (single == null) {
                    single = r;
                    singleMuscle = muscle;
                }
            }
        }
    }

    /**
     * Upright standing: the disc carries at least the weight above it resolved on its normal,
     * m_above * g * cos(tilt) (muscles only add compression; the IAP force is tiny here), where the
     * tilt is the angle between the disc normal and vertical, taken from the result's pose.
     */
    @Test
    void uprightCompressionAtLeastWeightAbove() {
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel model = LumbarModel.of(S).withMuscleModel(kind);
            AnalysisResult r = Lumbosim.analyze(model, Posture.uprightStanding(), List.of());
            for (SpinalLevel level : SpinalLevel.values()) {
                double cosTilt = r.pose().discNormals().get(level.ordinal()).yM();
                double bound = model.massAboveKg(level) * TissueConstants.GRAVITY_M_PER_S2 * cosTilt
                        - r.iapForceN();
                assertThat(r.level(level).compressionN())
                        .as("%s: compression at %s expected >= weight above x cos(tilt) - IAP = %s N", kind.id(),
                                level.label(), bound)
                        .isGreaterThanOrEqualTo(bound);
                assertThat(r.level(level).compressionN()).as("%s: compression at %s expected < 3 x body weight",
                        kind.id(), level.label()).isLessThan(3 * model.bodyWeightN());
            }
        }
    }

    /** A load placed explicitly at the grip points equals the same load held at the grip points. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = PosturePreset.class, names = {"STANDING_FLEXED", "HOLD_CLOSE", "HOLD_FAR", "LIFT_BENT_KNEES"})
    void loadAtGripPositionEqualsLoadInHands(PosturePreset preset) {
        LumbarModel model = LumbarModel.of(S);
        Posture p = preset.posture();
        AnalysisResult held = Lumbosim.analyze(model, p, List.of(HandLoad.ofMassKg(10).withHands(Hands.RIGHT),
                HandLoad.ofMassKg(6).withHands(Hands.LEFT)));
        PositionM right = held.pose().landmarks().get(Landmark.GRIP_RIGHT);
        PositionM left = held.pose().landmarks().get(Landmark.GRIP_LEFT);
        AnalysisResult placed = Lumbosim.analyze(model, p, List.of(HandLoad.ofMassKg(10).atPositionM(right),
                HandLoad.ofMassKg(6).atPositionM(left)));
        assertSameLoads(held, placed, 1e-9, preset.id() + ": load at the grip positions vs in the hands");
    }

    /**
     * HandLoad.ofForceN(0, -m g, 0) is the weight of m: same numbers as HandLoad.ofMassKg(m). (At
     * most 8 kg: 20 kg held at arm's length is infeasible for the default subject's muscles.)
     */
    @Test
    void downwardForceEqualsMass() {
        for (PosturePreset preset : List.of(PosturePreset.STANDING_RELAXED, PosturePreset.LIFT_ROUND_BACK,
                PosturePreset.HOLD_FAR)) {
            for (double m : new double[] {0.5, 5, 8}) {
                LumbarModel model = LumbarModel.of(S);
                AnalysisResult mass = Lumbosim.analyze(model, preset.posture(), List.of(HandLoad.ofMassKg(m)));
                AnalysisResult force = Lumbosim.analyze(model, preset.posture(),
                        List.of(HandLoad.ofForceN(0, -m * TissueConstants.GRAVITY_M_PER_S2, 0)));
                assertSameLoads(mass, force, 1e-9, preset.id() + " " + m + " kg as mass vs as force");
            }
        }
    }

    static void assertSameLoads(AnalysisResult a, AnalysisResult b, double rel, String what) {
        for (SpinalLevel level : SpinalLevel.values()) {
            LevelLoad x = a.level(level);
            LevelLoad y = b.level(level);
            assertThat(TestArbitraries.relDiff(x.compressionN(), y.compressionN()))
                    .as("%s: compression at %s expected equal within %s: %s vs %s N", what, level.label(), rel,
                            x.compressionN(), y.compressionN()).isLessThanOrEqualTo(rel);
            assertThat(TestArbitraries.relDiff(x.apShearN(), y.apShearN()))
                    .as("%s: AP shear at %s expected equal within %s: %s vs %s N", what, level.label(), rel,
                            x.apShearN(), y.apShearN()).isLessThanOrEqualTo(rel);
            assertThat(TestArbitraries.relDiff(x.lateralShearN(), y.lateralShearN()))
                    .as("%s: lateral shear at %s expected equal within %s: %s vs %s N", what, level.label(), rel,
                            x.lateralShearN(), y.lateralShearN()).isLessThanOrEqualTo(rel);
        }
    }

    /** Each level's compression from the passive tension of the stretched erector fascicles ({@code Workspace}). */
    private static double[] passiveMuscleCompressionN(LumbarModel m, Posture p) {
        org.lumbosim.model.Workspace w = m.newWorkspace();
        m.solve(p, List.of(), w);
        double[] out = new double[SpinalLevel.count()];
        for (SpinalLevel level : SpinalLevel.values()) {
            out[level.ordinal()] = w.passiveMuscleCompressionN(level);
        }
        return out;
    }
}
