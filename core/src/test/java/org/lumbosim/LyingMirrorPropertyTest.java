package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;

/**
 * Mirrored lying postures (eleventh session, the {@code lying_side} lateral shear audit): a body on a lying
 * surface bent, twisted and rolled one way ({@link TestArbitraries#lyingPosture}: face up, face down or on
 * either side, the lateral bend widened to the side-lying preset's 15 deg) and its mirror image (bend,
 * twist and roll negated) give, in both muscle models, the same compression and AP shear and the opposite
 * lateral shear at every level (1e-6 relative, absolute below 1 N). The upright mirror property
 * ({@code ModelPropertiesTest}) draws body roll within 10 deg only, so a frame or a muscle line mirrored
 * wrongly on the side would have passed it; the lateral shear lying on the side is a difference of two
 * forces below a newton (docs/recruitment.md, "Lateral shear lying on the side").
 */
class LyingMirrorPropertyTest {
    private static final long SEED = 20261207L;
    private static final int CASES = 60;
    private static final double REL = 1e-6;

    @Test
    void mirroredLyingPosturesGiveMirroredLoadsInBothModels() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        int sided = 0;
        for (int c = 0; c < CASES; c++) {
            Subject s = TestArbitraries.subject(rnd);
            Posture drawn = TestArbitraries.lyingPosture(rnd);
            Posture p = drawn.withLateralBendDeg(TestArbitraries.between(rnd, -15, 15));
            Posture mirrored = p.withLateralBendDeg(-p.lateralBendDeg()).withAxialRotationDeg(-p.axialRotationDeg())
                    .withBodyRollDeg(-p.bodyRollDeg());
            sided += Math.abs(p.bodyRollDeg()) >= 80 ? 1 : 0;
            for (MuscleModelKind kind : MuscleModelKind.values()) {
                LumbarModel model = LumbarModel.of(s).withMuscleModel(kind);
                AnalysisResult a = Lumbosim.analyze(model, p, List.of());
                AnalysisResult b = Lumbosim.analyze(model, mirrored, List.of());
                for (SpinalLevel level : SpinalLevel.values()) {
                    LevelLoad x = a.level(level);
                    LevelLoad y = b.level(level);
                    String what = String.format("%s at %s, %s against its mirror", kind.id(), level.label(), p);
                    assertThat(TestArbitraries.relDiff(x.compressionN(), y.compressionN())).as("compression, " + what)
                            .isLessThanOrEqualTo(REL);
                    assertThat(TestArbitraries.relDiff(x.apShearN(), y.apShearN())).as("AP shear, " + what)
                            .isLessThanOrEqualTo(REL);
                    assertThat(TestArbitraries.relDiff(x.lateralShearN(), -y.lateralShearN()))
                            .as("lateral shear %s vs %s N, %s", x.lateralShearN(), y.lateralShearN(), what)
                            .isLessThanOrEqualTo(REL);
                }
            }
        }
        assertThat(sided).as("cases on a side").isGreaterThanOrEqualTo(CASES / 4);
    }
}
