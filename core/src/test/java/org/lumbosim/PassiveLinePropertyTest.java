package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.PassiveMuscleTestAccess;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;

/**
 * The stretched erectors' passive tension acts along each fascicle's own path in both muscle models
 * (twelfth session; {@code model.PassiveMuscles}). Over seeded random subjects, upright postures with
 * loads ({@link TestArbitraries#posture}, {@link TestArbitraries#loadList}) and lying postures
 * ({@link TestArbitraries#lyingPosture}, face up, face down or on either side): the single-equivalent and the
 * multi-fascicle model give bit for bit the same passive force and moment vector at every level, and that
 * vector is each fascicle's force times the unit pull and moment arm the multi-fascicle recruitment uses
 * for that fascicle's line (fails if either model put the tension on another line, as the single-equivalent
 * model did before); the mirror image (bend, twist and roll negated, the load in both hands) gives the
 * mirrored vectors (lateral force, sagittal and transverse moment components negated) and the negated lateral
 * shear; every solved case balances to round-off with no negative muscle force; and lying with no muscle
 * recruited in either model, the two models' lateral shears are equal (so of the same sign) at every level.
 */
class PassiveLinePropertyTest {
    private static final long SEED = 20261207L + 12;
    private static final int CASES = 60;
    private static final double RESIDUAL_NM = 1e-6;
    private static final double REL = 1e-6;
    private static final int LEVELS = SpinalLevel.values().length;

    @Test
    void bothModelsPutEachFasciclesTensionOnItsOwnPath() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        int stretched = 0;
        int solved = 0;
        int lyingCompared = 0;
        for (int c = 0; c < CASES; c++) {
            Subject s = TestArbitraries.subject(rnd);
            boolean lying = c % 2 == 1;
            Posture p = lying ? TestArbitraries.lyingPosture(rnd) : TestArbitraries.posture(rnd);
            List<HandLoad> loads = lying ? List.of() : TestArbitraries.loadList(rnd);
            HandLoad both = HandLoad.ofMassKg(TestArbitraries.between(rnd, 0, 20));
            Posture mirrored = p.withLateralBendDeg(-p.lateralBendDeg()).withAxialRotationDeg(-p.axialRotationDeg())
                    .withBodyRollDeg(-p.bodyRollDeg());
            Workspace[] ws = new Workspace[2];
            double[][] passive = new double[2][];
            for (MuscleModelKind kind : MuscleModelKind.values()) {
                LumbarModel model = LumbarModel.of(s).withMuscleModel(kind);
                Workspace w = model.newWorkspace();
                model.solve(p, loads, w);
                ws[kind.ordinal()] = w;
                passive[kind.ordinal()] = PassiveMuscleTestAccess.forceAndMoment(w);
                String what = String.format("case %d, %s, %s", c, kind.id(), p);
                if (w.solved()) {
                    solved++;
                    assertThat(w.qpResidualNm()).as("residual, " + what).isLessThan(RESIDUAL_NM);
                    for (int i = 0; i < model.muscleCount(); i++) {
                        assertThat(w.muscleForceN(i)).as("muscle %d, %s", i, what).isGreaterThanOrEqualTo(0);
                    }
                }
                // the mirror image, with the same load in both hands
                Workspace a = model.newWorkspace();
                model.solve(p, List.of(both), a);
                double[] pa = PassiveMuscleTestAccess.forceAndMoment(a);
                Workspace b = model.newWorkspace();
                model.solve(mirrored, List.of(both), b);
                double[] pb = PassiveMuscleTestAccess.forceAndMoment(b);
                double scale = 1e-9 * (1 + Arrays.stream(pa).map(Math::abs).max().orElse(0));
                for (int k = 0; k < LEVELS; k++) {
                    int f = 3 * k;
                    int m = 3 * LEVELS + 3 * k;
                    // world x anterior, y superior, z right: a mirror negates z of a force and x, y of a moment
                    assertThat(pb[f]).as("mirrored passive force x, level %d, %s", k, what).isCloseTo(pa[f], within(scale));
                    assertThat(pb[f + 1]).as("mirrored passive force y, level %d, %s", k, what).isCloseTo(pa[f + 1], within(scale));
                    assertThat(pb[f + 2]).as("mirrored passive force z, level %d, %s", k, what).isCloseTo(-pa[f + 2], within(scale));
                    assertThat(pb[m]).as("mirrored passive moment x, level %d, %s", k, what).isCloseTo(-pa[m], within(scale));
                    assertThat(pb[m + 1]).as("mirrored passive moment y, level %d, %s", k, what).isCloseTo(-pa[m + 1], within(scale));
                    assertThat(pb[m + 2]).as("mirrored passive moment z, level %d, %s", k, what).isCloseTo(pa[m + 2], within(scale));
                    if (a.solved() && b.solved()) {
                        SpinalLevel level = SpinalLevel.ofIndex(k);
                        assertThat(TestArbitraries.relDiff(a.lateralShearN(level), -b.lateralShearN(level)))
                                .as("lateral shear %s vs %s N at %s, %s", a.lateralShearN(level), b.lateralShearN(level),
                                        level.label(), what)
                                .isLessThanOrEqualTo(REL);
                    }
                }
            }
            int se = MuscleModelKind.SINGLE_EQUIVALENT.ordinal();
            int mf = MuscleModelKind.MULTI_FASCICLE.ordinal();
            assertThat(passive[se]).as("case %d: the single-equivalent passive vectors are the multi-fascicle ones", c)
                    .containsExactly(passive[mf]);
            double[] rebuilt = PassiveMuscleTestAccess.alongMultiFascicleLines(ws[mf]);
            for (int e = 0; e < rebuilt.length; e++) {
                assertThat(passive[mf][e]).as("case %d: component %d along the recruited fascicles' lines", c, e)
                        .isCloseTo(rebuilt[e], within(1e-9 * (1 + Math.abs(rebuilt[e]))));
            }
            stretched += Arrays.stream(passive[mf]).anyMatch(x -> x != 0) ? 1 : 0;
            if (lying && ws[se].solved() && ws[mf].solved() && silent(ws[se]) && silent(ws[mf])) {
                lyingCompared++;
                for (SpinalLevel level : SpinalLevel.values()) {
                    double x = ws[se].lateralShearN(level);
                    double y = ws[mf].lateralShearN(level);
                    assertThat(x).as("case %d, lying, lateral shear at %s in both models", c, level.label())
                            .isCloseTo(y, within(1e-9 * (1 + ws[mf].compressionN(level))));
                }
            }
        }
        assertThat(stretched).as("cases with a stretched fascicle").isGreaterThan(CASES / 2);
        assertThat(solved).as("solved model cases").isGreaterThan(CASES);
        assertThat(lyingCompared).as("lying cases with no recruited muscle").isGreaterThanOrEqualTo(CASES / 4);
    }

    /** @return whether the last solve recruited no muscle */
    private static boolean silent(Workspace w) {
        for (int i = 0; i < w.model().muscleCount(); i++) {
            if (w.muscleForceN(i) != 0) {
                return false;
            }
        }
        return true;
    }
}
