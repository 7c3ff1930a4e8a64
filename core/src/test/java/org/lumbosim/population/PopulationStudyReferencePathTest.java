package org.lumbosim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.reference.DortmundRecommendations2001;
import org.lumbosim.reference.OccupationalLimits;
import org.lumbosim.solver.RecruitmentSolver;

/**
 * A study's result is bitwise the one of the plain serial path it optimises: every person drawn with
 * {@link PopulationStudy#person}, one model built per person through the public API, one cold
 * workspace per block of {@value PopulationStudy#BLOCK} people, and the percentiles of each output
 * over the solved people with Commons Math's {@link Percentile} in the people's order. It guards
 * the population's speed-ups (shared summary work, cheaper per-person set-up) against any change of
 * a printed number.
 */
class PopulationStudyReferencePathTest {

    private static final Posture TASK = Posture.standingFlexed(40);
    private static final List<HandLoad> LOAD = List.of(HandLoad.ofMassKg(15));

    @Test
    void singleEquivalentOverBlocksAndThreadsEqualsTheSerialPath() {
        PopulationStudy study = new PopulationStudy(Populations.nhanes2017To2020(), MuscleModelKind.SINGLE_EQUIVALENT,
                7, 3, ConstantVariation.none(), OverloadPolicy.REPORT);
        // 2,500 people: two full blocks and a part one, on three threads
        assertEquals(serialPath(study, 2500), study.run(TASK, LOAD, 2500));
    }

    @Test
    void multiFascicleAndStrengthFailuresEqualTheSerialPath() {
        PopulationStudy study = new PopulationStudy(Populations.nhanes2017To2020(), MuscleModelKind.MULTI_FASCICLE,
                5, 2, ConstantVariation.none(), OverloadPolicy.FAIL);
        assertEquals(serialPath(study, 300), study.run(TASK, LOAD, 300));
    }

    private static PopulationResult serialPath(PopulationStudy study, int n) {
        List<String> quantities = OutputPercentiles.QUANTITIES;
        SpinalLevel[] levels = SpinalLevel.values();
        double[][] out = new double[levels.length * quantities.size()][n];
        boolean[] ok = new boolean[n];
        int solved = 0, overloaded = 0, al = 0, mpl = 0, so = 0, sf = 0, dm = 0;
        Workspace ws = null;
        for (int i = 0; i < n; i++) {
            Subject s = study.person(i);
            RecruitmentSolver solver = study.solver();
            LumbarModel model = LumbarModel.of(s, study.muscles(), TissueParameters.published()).withSolver(solver)
                    .withOverloadPolicy(study.overload());
            ws = i % PopulationStudy.BLOCK == 0 ? model.newWorkspace() : model.workspaceFrom(ws);
            model.solve(TASK, LOAD, ws);
            ok[i] = ws.solved() || ws.overloaded();
            for (SpinalLevel level : levels) {
                int o = level.ordinal() * quantities.size();
                out[o][i] = ws.compressionN(level);
                out[o + 1][i] = ws.apShearN(level);
                out[o + 2][i] = ws.lateralShearN(level);
                out[o + 3][i] = ws.idpMPa(level);
            }
            if (!ok[i]) {
                continue;
            }
            solved++;
            overloaded += ws.overloaded() ? 1 : 0;
            double c = out[0][i], shear = Math.abs(out[1][i]);
            al += c > OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N ? 1 : 0;
            mpl += c > OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N ? 1 : 0;
            so += shear > OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N ? 1 : 0;
            sf += shear > OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_FREQUENT_N ? 1 : 0;
            dm += c > DortmundRecommendations2001.compressionLimitN(s.sex(), s.ageYears()) ? 1 : 0;
        }
        List<OutputPercentiles> outputs = new ArrayList<>();
        for (int o = 0; o < out.length; o++) {
            double[] values = new double[solved];
            double sum = 0;
            for (int i = 0, j = 0; i < n; i++) {
                if (ok[i]) {
                    values[j++] = out[o][i];
                    sum += out[o][i];
                }
            }
            Percentile pc = new Percentile();
            pc.setData(values);
            outputs.add(new OutputPercentiles(levels[o / quantities.size()], quantities.get(o % quantities.size()),
                    pc.evaluate(5), pc.evaluate(50), pc.evaluate(95), sum / solved));
        }
        double k = solved;
        return new PopulationResult(n, solved, outputs.get(0).p5(), outputs.get(0).p50(), outputs.get(0).p95(),
                outputs.get(1).p5(), outputs.get(1).p50(), outputs.get(1).p95(), outputs.get(3).p50(), al / k, mpl / k,
                so / k, sf / k, dm / k, (n - solved) / (double) n, outputs, overloaded);
    }
}
