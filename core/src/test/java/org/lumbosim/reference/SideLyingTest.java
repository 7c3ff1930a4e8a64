package org.lumbosim.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lumbosim.Lumbosim;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PostureRange;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.result.MuscleForce;

/**
 * Lying on the side against Wilke et al. (1999): 0.12 MPa on the side, 0.10 on the back. Prints the
 * row for Wilke's subject with its posture's angles and where they come from, and the unmerged
 * measurement of docs/research/side-lying.md: the L4-L5 load over the lumbar lateral bend (0 to the
 * model's 30 deg range, both ways) and the axial rotation, on the lying surface. No published
 * lumbar angle of side lying was reached, so the row stays this model's posture ({@code ours}).
 */
class SideLyingTest {
    /** Step of the lateral-bend sweep (deg); every second step is printed. */
    private static final double BEND_STEP_DEG = 2.5;
    /** Axial rotations of the sweep (deg): the pelvis turned against the thorax by the upper leg. */
    private static final double[] ROTATIONS_DEG = {0, 5, 10};

    /**
     * The row, both muscle models: measured and predicted pressure on the side and on the back, the
     * compression the side posture adds, and the angles. The side posture bends the lumbar spine, so
     * its ligaments stretch: it can never compress the disc less than lying flat on the back, and on
     * the lying surface no muscle acts.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(MuscleModelKind.class)
    void printsTheSideLyingRowAgainstWilke(MuscleModelKind kind) {
        LumbarModel model = Wilke1999.subjectModel().withMuscleModel(kind);
        Wilke1999.Measurement side = row("lying_side");
        Wilke1999.Measurement supine = row("lying_supine");
        assertThat(side.postureFromSource()).as("no published side-lying lumbar angle was found: the row is ours")
                .isFalse();
        Posture p = side.posture().orElseThrow();
        AnalysisResult rSide = Lumbosim.analyze(model, p, List.of());
        AnalysisResult rSupine = Lumbosim.analyze(model, supine.posture().orElseThrow(), List.of());
        LevelLoad s45 = rSide.level(SpinalLevel.L4_L5);
        LevelLoad b45 = rSupine.level(SpinalLevel.L4_L5);
        System.out.printf("%s: lying on the side, Wilke 1999 %.2f MPa, model %.4f MPa (L4-L5 %.2f N); on the back %.2f"
                        + " MPa, model %.4f MPa (%.2f N); the side adds %.2f N%n", kind.id(), side.idpMPa(),
                s45.idpMPa(), s45.compressionN(), supine.idpMPa(), b45.idpMPa(), b45.compressionN(),
                s45.compressionN() - b45.compressionN());
        System.out.printf("%s: posture (%s): roll %.0f, lateral bend %.0f, axial rotation %.0f, lumbar flexion %.0f,"
                        + " hip %.0f, knee %.0f, shoulder %.0f deg; %s%n", kind.id(),
                side.postureFromSource() ? "source" : "ours", p.bodyRollDeg(), p.lateralBendDeg(),
                p.axialRotationDeg(), p.lumbarFlexionDeg(), p.hipFlexionDeg(), p.kneeFlexionDeg(),
                p.shoulderFlexionDeg(), side.postureNote());
        assertNoMuscle(rSide, kind, p);
        assertThat(s45.compressionN()).as("%s: a bent lying spine compresses L4-L5 at least as much as lying flat",
                kind.id()).isGreaterThanOrEqualTo(b45.compressionN());
    }

    /**
     * The sweep: lateral bend from 0 to the model's range both ways at each axial rotation. On the
     * surface no muscle acts and the compression is the ligaments' and stretched erectors': mirror
     * bends give the same compression, it never falls as the bend grows, and the straight untwisted
     * body on its side has no lateral shear.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(MuscleModelKind.class)
    void lateralBendAndRotationSweep(MuscleModelKind kind) {
        LumbarModel model = Wilke1999.subjectModel().withMuscleModel(kind);
        Posture base = row("lying_side").posture().orElseThrow();
        int steps = (int) Math.round(PostureRange.LATERAL_BEND_MAX_DEG / BEND_STEP_DEG);
        for (double rot : ROTATIONS_DEG) {
            double previous = 0;
            for (int i = 0; i <= steps; i++) {
                double bend = i * BEND_STEP_DEG;
                Posture toUpper = base.withLateralBendDeg(-bend).withAxialRotationDeg(rot);
                Posture toSurface = base.withLateralBendDeg(bend).withAxialRotationDeg(rot);
                AnalysisResult up = Lumbosim.analyze(model, toUpper, List.of());
                AnalysisResult down = Lumbosim.analyze(model, toSurface, List.of());
                assertNoMuscle(up, kind, toUpper);
                assertNoMuscle(down, kind, toSurface);
                LevelLoad u = up.level(SpinalLevel.L4_L5);
                LevelLoad d = down.level(SpinalLevel.L4_L5);
                if (i % 2 == 0) {
                    System.out.printf("%s rot %4.1f bend %5.1f: L4-L5 %.3f / %.3f N (towards the upper side / the surface),"
                                    + " IDP %.4f / %.4f MPa, lateral moment %.3f N·m, L5-S1 %.3f N%n", kind.id(), rot, bend,
                            u.compressionN(), d.compressionN(), u.idpMPa(), d.idpMPa(), u.lateralMomentNm(),
                            up.level(SpinalLevel.L5_S1).compressionN());
                }
                if (rot == 0) {
                    assertThat(d.compressionN()).as("%s: mirror bends +-%s deg", kind.id(), bend)
                            .isCloseTo(u.compressionN(), within(1e-6));
                    assertThat(u.compressionN()).as("%s: compression at bend %s never below the smaller bend's",
                            kind.id(), bend).isGreaterThanOrEqualTo(previous - 1e-9);
                    previous = u.compressionN();
                    if (bend == 0) {
                        for (LevelLoad l : up.levels()) {
                            assertThat(Math.abs(l.lateralShearN())).as("%s: straight on the side, lateral shear at %s",
                                    kind.id(), l.level().label()).isLessThan(1e-6);
                        }
                    }
                }
            }
        }
    }

    private static void assertNoMuscle(AnalysisResult r, MuscleModelKind kind, Posture p) {
        for (MuscleForce f : r.muscles()) {
            assertThat(f.forceN()).as("%s %s: %s on the lying surface", kind.id(), p, f.name()).isZero();
        }
    }

    private static Wilke1999.Measurement row(String id) {
        return Wilke1999.measurements().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }
}
