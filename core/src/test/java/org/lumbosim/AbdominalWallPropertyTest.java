package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.Fascicle;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueConstants;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.solver.QpWorkspace;
import org.lumbosim.solver.RecruitmentCriterion;
import org.lumbosim.solver.RecruitmentSolver;

/**
 * Properties of the abdominal wall carried by the abdominal muscle lines (the wall's longitudinal
 * tension that holds the abdominal pressure is a floor on the rectus abdominis and obliques, not a force
 * added to theirs; docs/research/intra-abdominal-pressure.md, "One wall, counted once"), over seeded
 * random subjects ({@link TestArbitraries#subject}), forward-bent standing postures
 * ({@link TestArbitraries#bentPostureOn}: no bend, twist or roll) and symmetric loads in both hands,
 * both muscle models, every solved case with a pressure counted:
 * <ul>
 *   <li>every abdominal line's lower bound in recruitment is at least its share of the wall's tension
 *   ({@link Workspace#abdominalWallActivation()} × the published strength × its PCSA, capped at its
 *   strength) and its force at least that bound; no muscle force is negative; the moment balance and the
 *   whole-body balance hold to round-off;</li>
 *   <li>the task is mirror-symmetric, so no level has lateral shear;</li>
 *   <li>more load in the hands never lowers the compression at any level (the pressure and the wall's
 *   activation rise with it).</li>
 * </ul>
 */
class AbdominalWallPropertyTest {
    private static final long SEED = 20261207L;
    private static final int CASES = 60;

    private static boolean isAbdominal(Fascicle f) {
        return f.group().equals("rectus_abdominis") || f.group().equals("external_oblique")
                || f.group().equals("internal_oblique");
    }

    @Test
    void theWallIsCarriedByTheAbdominalLinesAndThePhysicsHolds() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        int checked = 0;
        int aboveCoactivation = 0;
        for (int i = 0; i < CASES; i++) {
            Subject s = TestArbitraries.subject(rnd);
            Posture p = TestArbitraries.bentPostureOn(rnd, Set.of(Support.FEET), 20);
            double light = TestArbitraries.between(rnd, 0, 15);
            double heavy = light + TestArbitraries.between(rnd, 1, 10);
            MuscleModelKind kind = i % 2 == 0 ? MuscleModelKind.SINGLE_EQUIVALENT : MuscleModelKind.MULTI_FASCICLE;
            LumbarModel model = LumbarModel.of(s).withMuscleModel(kind);
            Workspace a = model.newWorkspace();
            Workspace b = model.newWorkspace();
            model.solve(p, List.of(HandLoad.ofMassKg(light)), a);
            model.solve(p, List.of(HandLoad.ofMassKg(heavy)), b);
            if (!a.solved() || !b.solved() || a.abdominalPressurePa() == 0) {
                continue;
            }
            String as = String.format("case %d (%s, %s, %s, %.2f / %.2f kg)", i, kind.id(), s, p, light, heavy);
            for (Workspace w : List.of(a, b)) {
                QpWorkspace qp = w.recruitmentProblemCopy();
                List<Fascicle> f = model.fascicles();
                for (int j = 0; j < f.size(); j++) {
                    assertThat(w.muscleForceN(j)).as(as).isGreaterThanOrEqualTo(0.0);
                    if (isAbdominal(f.get(j))) {
                        double share = Math.min(qp.upperN(j),
                                w.abdominalWallActivation() * TissueConstants.MAX_MUSCLE_STRESS_PA * qp.pcsaM2(j));
                        assertThat(qp.lowerN(j)).as("%s line %s bound", as, f.get(j).name()).isGreaterThanOrEqualTo(share * (1 - 1e-12));
                        assertThat(w.muscleForceN(j)).as("%s line %s", as, f.get(j).name())
                                .isGreaterThanOrEqualTo(qp.lowerN(j) * (1 - 1e-12));
                    }
                }
                assertThat(w.qpResidualNm()).as(as).isLessThan(1e-8);
                assertThat(w.equilibriumResidualNm()).as(as).isLessThan(1e-6);
                for (SpinalLevel level : SpinalLevel.values()) {
                    assertThat(w.lateralShearN(level)).as("%s %s", as, level).isCloseTo(0, within(1e-6));
                }
            }
            assertThat(b.abdominalWallActivation()).as(as).isGreaterThanOrEqualTo(a.abdominalWallActivation());
            for (SpinalLevel level : SpinalLevel.values()) {
                assertThat(b.compressionN(level)).as("%s %s", as, level).isGreaterThanOrEqualTo(a.compressionN(level) * (1 - 1e-9));
            }
            if (b.abdominalWallActivation() > model.tissueParameters().abdominalCoactivation()) {
                aboveCoactivation++;
            }
            checked++;
        }
        assertThat(checked).as("solved cases with a pressure").isGreaterThan(CASES / 2);
        assertThat(aboveCoactivation).as("cases whose wall asks the abdominals for more than the co-activation").isPositive();
    }

    /** An abdominal line's lower bound as the recruitment must write it (co-activation only where the muscles hold the trunk). */
    private static double expectedAbdominalLowerN(Workspace w, LumbarModel model, QpWorkspace qp, int j, boolean held) {
        double published = TissueConstants.MAX_MUSCLE_STRESS_PA * qp.pcsaM2(j);
        double minimum = held ? model.tissueParameters().minimumActivation() * qp.upperN(j) : 0;
        double coactivation = held ? model.tissueParameters().abdominalCoactivation() * published : 0;
        return Math.max(minimum, Math.min(qp.upperN(j), Math.max(coactivation, w.abdominalWallActivation() * published)));
    }

    /**
     * Over seeded random subjects, upright postures with lateral bend, twist and roll ({@link TestArbitraries#posture})
     * and their mirror images, and the supported presets where no co-activation holds the trunk (backrest, lying
     * surface, resting trunk), each with a random load in both hands, both muscle models, all three recruitment
     * criteria: every abdominal line's lower bound is exactly the larger of its co-activation (where the muscles
     * hold the trunk) and its share of the wall's tension, capped at its strength, so the wall's floor also stands
     * where a support releases the co-activation; forces are at least their bounds and never negative; the moment
     * balance holds; a posture and its mirror image get the same wall activation and bounds (the activation is
     * common to both sides), the same compression and opposite lateral shear.
     */
    @Test
    void theWallsFloorIsExactInAsymmetricAndSupportedPosturesWithEveryCriterion() {
        SplittableRandom rnd = new SplittableRandom(SEED + 1);
        List<PosturePreset> supported = List.of(PosturePreset.SITTING_SLOUCHED, PosturePreset.LYING_SIDE,
                PosturePreset.LYING_SUPINE, PosturePreset.CHILDS_POSE, PosturePreset.KNEE_TO_CHEST);
        int mirrored = 0;
        int released = 0;
        for (int i = 0; i < CASES; i++) {
            Subject s = TestArbitraries.subject(rnd);
            MuscleModelKind kind = i % 2 == 0 ? MuscleModelKind.SINGLE_EQUIVALENT : MuscleModelKind.MULTI_FASCICLE;
            RecruitmentCriterion criterion = RecruitmentCriterion.values()[(i / 2) % RecruitmentCriterion.values().length];
            LumbarModel model = LumbarModel.of(s).withMuscleModel(kind)
                    .withSolver(RecruitmentSolver.defaults().withCriterion(criterion));
            boolean upright = i % 3 != 2;
            Posture p = upright ? TestArbitraries.posture(rnd) : supported.get(TestArbitraries.intBetween(rnd, 0, supported.size() - 1)).posture();
            List<HandLoad> loads = List.of(HandLoad.ofMassKg(TestArbitraries.between(rnd, 0, 20)));
            Posture mirror = p.withLateralBendDeg(-p.lateralBendDeg()).withAxialRotationDeg(-p.axialRotationDeg())
                    .withBodyRollDeg(-p.bodyRollDeg());
            Workspace a = model.newWorkspace();
            Workspace b = model.newWorkspace();
            try {
                model.solve(p, loads, a);
                model.solve(mirror, loads, b);
            } catch (RuntimeException refused) {
                continue; // a posture the supports cannot hold: typed, not ours to check
            }
            if (!a.solved() || !b.solved() || a.abdominalPressurePa() == 0) {
                continue;
            }
            String as = String.format("case %d (%s, %s, %s, %s, %s)", i, kind.id(), criterion, s, p, loads);
            boolean held = !(p.has(Support.BACKREST) || p.has(Support.LYING_SURFACE) || p.has(Support.TRUNK_RESTING));
            assertThat(b.abdominalWallActivation()).as(as).isCloseTo(a.abdominalWallActivation(),
                    within(1e-9 * a.abdominalWallActivation()));
            QpWorkspace qa = a.recruitmentProblemCopy();
            QpWorkspace qb = b.recruitmentProblemCopy();
            List<Fascicle> f = model.fascicles();
            for (int j = 0; j < f.size(); j++) {
                assertThat(a.muscleForceN(j)).as(as).isGreaterThanOrEqualTo(0.0);
                assertThat(a.muscleForceN(j)).as("%s line %s", as, f.get(j).name()).isGreaterThanOrEqualTo(qa.lowerN(j) * (1 - 1e-9));
                if (isAbdominal(f.get(j))) {
                    assertThat(qa.lowerN(j)).as("%s line %s bound", as, f.get(j).name())
                            .isCloseTo(expectedAbdominalLowerN(a, model, qa, j, held), within(1e-9 * (1 + qa.upperN(j))));
                    assertThat(qb.lowerN(j)).as("%s line %s mirror bound", as, f.get(j).name())
                            .isCloseTo(expectedAbdominalLowerN(b, model, qb, j, held), within(1e-9 * (1 + qb.upperN(j))));
                }
            }
            assertThat(a.qpResidualNm()).as(as).isLessThan(1e-8);
            for (SpinalLevel level : SpinalLevel.values()) {
                double scale = 1 + a.compressionN(level);
                assertThat(b.compressionN(level)).as("%s %s mirror", as, level).isCloseTo(a.compressionN(level), within(1e-4 * scale));
                assertThat(b.lateralShearN(level)).as("%s %s mirror", as, level).isCloseTo(-a.lateralShearN(level), within(1e-4 * scale));
            }
            mirrored += upright && p.lateralBendDeg() != 0 ? 1 : 0;
            released += held ? 0 : 1;
        }
        assertThat(mirrored).as("asymmetric cases with a pressure").isGreaterThanOrEqualTo(CASES / 6);
        assertThat(released).as("supported cases with a pressure (no co-activation, the wall's floor)").isPositive();
    }
}
