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
import org.lumbosim.solver.QpWorkspace;

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
}
