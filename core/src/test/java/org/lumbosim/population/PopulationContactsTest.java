package org.lumbosim.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.HandOnThighPush;
import org.lumbosim.solver.RecruitmentSolver;

/**
 * A population study of a posture that rests the trunk or the hands on the thighs summarises the
 * thighs' pushes ({@link PopulationResult#contacts()}) over the same people as the disc loads: each
 * person's push is {@link Lumbosim#analyze}'s for that person; the percentiles are those of the
 * people's pushes; none without those supports; the same whatever the number of threads.
 */
class PopulationContactsTest {
    private static final int PEOPLE = 60;

    /** Every person's push as {@link Lumbosim#analyze} gives it, by quantity, over the people it solves. */
    private static List<double[]> singleSolves(PopulationStudy study, Posture posture) {
        List<String> quantities = PopulationStudy.contactQuantities(posture);
        List<double[]> pushes = new ArrayList<>();
        for (int q = 0; q < quantities.size(); q++) {
            pushes.add(new double[0]);
        }
        for (int i = 0; i < PEOPLE; i++) {
            LumbarModel m = LumbarModel.of(study.person(i), study.muscles(), TissueParameters.published())
                    .withSolver(study.solver()).withOverloadPolicy(study.overload());
            AnalysisResult r;
            try {
                r = Lumbosim.analyze(m, posture, List.of());
            } catch (LumbosimException e) {
                continue; // not solved: not among the study's solved people either
            }
            List<Double> v = new ArrayList<>();
            if (r.trunkOnThighs() != null) {
                v.add(r.trunkOnThighs().forceN());
            }
            for (HandOnThighPush h : r.handsOnThighs()) {
                assertThat(ContactPercentiles.handQuantity(h.side())).isEqualTo(quantities.get(v.size()));
                v.add(h.forceN());
            }
            assertThat(v).hasSameSizeAs(quantities);
            for (int q = 0; q < v.size(); q++) {
                double[] a = pushes.get(q);
                double[] b = java.util.Arrays.copyOf(a, a.length + 1);
                b[a.length] = v.get(q);
                pushes.set(q, b);
            }
        }
        return pushes;
    }

    @Test
    void thePushesPercentilesAreThoseOfEveryPersonsSingleSolve() {
        for (PosturePreset preset : List.of(PosturePreset.SITTING_MAX_FLEXION, PosturePreset.SITTING_UNSUPPORTED)) {
            Posture posture = preset.posture();
            PopulationStudy study = new PopulationStudy(Populations.nhanes2017To2020(), MuscleModelKind.SINGLE_EQUIVALENT,
                    11, 2, ConstantVariation.none(), OverloadPolicy.REPORT, RecruitmentSolver.defaults());
            PopulationResult r = study.run(posture, List.of(), PEOPLE);
            List<String> quantities = PopulationStudy.contactQuantities(posture);
            assertThat(quantities).as("%s", preset).isNotEmpty();
            assertThat(r.contacts()).extracting(ContactPercentiles::quantity).containsExactlyElementsOf(quantities);
            List<double[]> single = singleSolves(study, posture);
            for (int q = 0; q < quantities.size(); q++) {
                double[] v = single.get(q);
                assertThat(v.length).as("people solved, %s", preset).isEqualTo(r.solved()).isPositive();
                ContactPercentiles c = r.contacts().get(q);
                Percentile pc = new Percentile();
                pc.setData(v);
                double mean = java.util.Arrays.stream(v).sum() / v.length;
                String what = preset + " " + c.quantity();
                assertThat(c.p5()).as(what).isCloseTo(pc.evaluate(5), within(1e-9 * Math.max(1, c.p5())));
                assertThat(c.p50()).as(what).isCloseTo(pc.evaluate(50), within(1e-9 * Math.max(1, c.p50())));
                assertThat(c.p95()).as(what).isCloseTo(pc.evaluate(95), within(1e-9 * Math.max(1, c.p95())));
                assertThat(c.mean()).as(what).isCloseTo(mean, within(1e-9 * Math.max(1, mean))).isPositive();
                assertThat(c.p5()).as(what).isLessThanOrEqualTo(c.p50());
                assertThat(c.p50()).as(what).isLessThanOrEqualTo(c.p95());
            }
            PopulationStudy oneThread = new PopulationStudy(study.population(), study.muscles(), study.seed(), 1,
                    study.variation(), study.overload(), study.solver());
            assertThat(oneThread.run(posture, List.of(), PEOPLE)).as("threads, %s", preset).isEqualTo(r);
        }
    }

    @Test
    void aPostureWithoutThoseSupportsHasNoPushes() {
        Posture standing = PosturePreset.STANDING_RELAXED.posture();
        assertThat(PopulationStudy.contactQuantities(standing)).isEmpty();
        PopulationResult r = PopulationStudy.of(Populations.nhanes2017To2020(), 5).run(standing, List.of(), 20);
        assertThat(r.solved()).isPositive();
        assertThat(r.contacts()).isEmpty();
    }
}
