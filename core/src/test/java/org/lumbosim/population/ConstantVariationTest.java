package org.lumbosim.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.posture.Posture;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.MuscleForce;

/** Tissue constants varied between people, and the percentiles of every output. */
class ConstantVariationTest {
    private static final PopulationDistribution ADULTS = Populations.nhanes2017To2020();
    private static final Posture TASK = Posture.standingFlexed(40);
    private static final List<HandLoad> LOAD = List.of(HandLoad.ofMassKg(10));

    @Test
    void publishedParametersGiveTheDefaultModelBitForBit() {
        Subject s = Subject.defaultSubject();
        AnalysisResult a = Lumbosim.analyze(LumbarModel.of(s), TASK, LOAD);
        AnalysisResult b = Lumbosim.analyze(LumbarModel.of(s, MuscleModelKind.SINGLE_EQUIVALENT, TissueParameters.published()), TASK, LOAD);
        assertThat(b.levels()).isEqualTo(a.levels());
    }

    @Test
    void eachParameterActsWhereItShould() {
        Subject s = Subject.defaultSubject();
        LumbarModel base = LumbarModel.of(s);
        AnalysisResult a = Lumbosim.analyze(base, TASK, LOAD);
        TissueParameters t = TissueParameters.published();
        // unloaded pressure: IDP shifts by the difference, forces unchanged
        AnalysisResult p0 = Lumbosim.analyze(base.withTissueParameters(t.with(TissueParameter.UNLOADED_DISC_PRESSURE, 0.2)), TASK, LOAD);
        assertThat(p0.level(SpinalLevel.L5_S1).idpMPa() - a.level(SpinalLevel.L5_S1).idpMPa()).isCloseTo(0.2 - t.unloadedDiscPressureMPa(), within(1e-12));
        assertThat(p0.level(SpinalLevel.L5_S1).compressionN()).isEqualTo(a.level(SpinalLevel.L5_S1).compressionN());
        // disc area doubled: the Nachemson part of the pressure halves
        AnalysisResult area = Lumbosim.analyze(base.withTissueParameters(t.with(TissueParameter.DISC_AREA_SCALE, 2)), TASK, LOAD);
        double nachemson = a.level(SpinalLevel.L4_L5).idpMPa() - TissueParameters.published().unloadedDiscPressureMPa();
        assertThat(area.level(SpinalLevel.L4_L5).idpMPa() - t.unloadedDiscPressureMPa()).isCloseTo(nachemson / 2, within(1e-12));
        // a stiffer passive tissue takes moment off the muscles in flexion (its ligaments, pulling the
        // vertebrae together on shorter arms, may still raise the compression)
        AnalysisResult stiff = Lumbosim.analyze(base.withTissueParameters(t.with(TissueParameter.PASSIVE_MOMENT_SCALE, 3)), TASK, LOAD);
        assertThat(stiff.level(SpinalLevel.L5_S1).passiveMomentNm()).isGreaterThan(a.level(SpinalLevel.L5_S1).passiveMomentNm());
        assertThat(stiff.muscles().stream().mapToDouble(MuscleForce::forceN).sum())
                .isLessThan(a.muscles().stream().mapToDouble(MuscleForce::forceN).sum());
        // weaker muscles: a heavy stoop becomes infeasible
        LumbarModel weak = base.withTissueParameters(t.with(TissueParameter.MAX_MUSCLE_STRESS, 0.1));
        assertThatThrownBy(() -> Lumbosim.analyze(weak, Posture.standingFlexed(60), List.of(HandLoad.ofMassKg(30))))
                .isInstanceOf(org.lumbosim.InfeasibleRecruitmentException.class);
    }

    @Test
    void outOfRangeParametersAndSpreadsAreRejectedWithTheirRange() {
        assertThatThrownBy(() -> TissueParameters.published().with(TissueParameter.NACHEMSON_FACTOR, 5))
                .isInstanceOf(ParameterOutOfRangeException.class).hasMessageContaining("nachemsonPressureFactor");
        assertThatThrownBy(() -> new ConstantVariation(Map.of(TissueParameter.IAP_SCALE, new ConstantVariation.Uniform(2, 1))))
                .hasMessageContaining("iapScale").hasMessageContaining("[0.0, 10.0]");
        assertThatThrownBy(() -> new ConstantVariation(Map.of(TissueParameter.MAX_MUSCLE_STRESS, new ConstantVariation.Normal(5, 0.1))))
                .hasMessageContaining("maxMuscleStressMPa");
        assertThatThrownBy(() -> TissueParameter.ofId("speed")).hasMessageContaining("iapScale");
    }

    @Test
    void drawsStayInTheirRangesAndFollowTheirDistribution() {
        ConstantVariation v = new ConstantVariation(Map.of(
                TissueParameter.MAX_MUSCLE_STRESS, new ConstantVariation.Uniform(0.3, 1.0),
                TissueParameter.NACHEMSON_FACTOR, new ConstantVariation.Normal(1.5, 0.1),
                TissueParameter.PASSIVE_MOMENT_SCALE, new ConstantVariation.Normal(0.2, 2)));
        SplittableRandom r = new SplittableRandom(5);
        double sumN = 0;
        int n = 20000;
        for (int i = 0; i < n; i++) {
            TissueParameters t = v.draw(r);
            assertThat(t.maxMuscleStressPa()).isBetween(0.3e6, 1.0e6);
            assertThat(t.passiveMomentScale()).isBetween(0.0, 10.0);
            assertThat(t.iapScale()).isEqualTo(1.0);
            sumN += t.nachemsonPressureFactor();
        }
        assertThat(sumN / n).isCloseTo(1.5, within(0.005));
    }

    @Test
    void variedStudiesAreReproducibleAcrossThreadsAndShiftAsTheConstantsDo() {
        ConstantVariation p0 = new ConstantVariation(Map.of(TissueParameter.UNLOADED_DISC_PRESSURE, new ConstantVariation.Uniform(0.2, 0.2)));
        PopulationResult plain = new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 3, 2).run(TASK, LOAD, 4000);
        PopulationResult shifted1 = new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 3, 1, p0).run(TASK, LOAD, 4000);
        PopulationResult shifted3 = new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 3, 3, p0).run(TASK, LOAD, 4000);
        assertThat(shifted3).isEqualTo(shifted1);
        // the constants are drawn after each person: the same people, every IDP 0.2 MPa - p0 higher
        double shift = 0.2 - TissueParameters.published().unloadedDiscPressureMPa();
        for (SpinalLevel level : SpinalLevel.values()) {
            OutputPercentiles a = plain.output(level, "idpMPa");
            OutputPercentiles b = shifted1.output(level, "idpMPa");
            assertThat(b.p50() - a.p50()).isCloseTo(shift, within(1e-9));
            assertThat(b.mean() - a.mean()).isCloseTo(shift, within(1e-9));
            assertThat(shifted1.output(level, "compressionN")).isEqualTo(plain.output(level, "compressionN"));
        }
    }

    @Test
    void percentilesOfEveryOutputAgreeWithTheHeadlineFieldsAndAreOrdered() {
        PopulationResult r = new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 9, 2).run(TASK, LOAD, 3000);
        assertThat(r.outputs()).hasSize(SpinalLevel.values().length * OutputPercentiles.QUANTITIES.size());
        assertThat(r.output(SpinalLevel.L5_S1, "compressionN").p95()).isEqualTo(r.compressionP95N());
        assertThat(r.output(SpinalLevel.L5_S1, "apShearN").p5()).isEqualTo(r.apShearP5N());
        assertThat(r.output(SpinalLevel.L5_S1, "idpMPa").p50()).isEqualTo(r.idpP50MPa());
        for (OutputPercentiles o : r.outputs()) {
            assertThat(o.p5()).isLessThanOrEqualTo(o.p50());
            assertThat(o.p50()).isLessThanOrEqualTo(o.p95());
            assertThat(o.mean()).isBetween(o.p5() - 1e-9, o.p95() + 1e-9);
        }
        // a symmetric task: no lateral shear anywhere
        assertThat(r.output(SpinalLevel.L3_L4, "lateralShearN").p95()).isCloseTo(0, within(1e-9));
        assertThatThrownBy(() -> r.output(SpinalLevel.L5_S1, "speed")).hasMessageContaining("compressionN");
        // the same people with or without varied constants
        PopulationStudy varied = new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 9, 2,
                new ConstantVariation(Map.of(TissueParameter.IAP_SCALE, new ConstantVariation.Uniform(0.5, 1.5))));
        assertThat(varied.person(7)).isEqualTo(new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 9, 2).person(7));
    }
}
