package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.assessment.JobAssessor;
import org.lumbosim.assessment.RevisedNioshLiftingEquation;
import org.lumbosim.disc.Activity;
import org.lumbosim.disc.DaySchedule;
import org.lumbosim.disc.DiurnalDisc;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.Workspace;
import org.lumbosim.motion.LoadSchedule;
import org.lumbosim.motion.MotionAnalysis;
import org.lumbosim.population.ConstantVariation;
import org.lumbosim.population.PopulationDistribution;
import org.lumbosim.population.PopulationStudy;
import org.lumbosim.population.SexDistribution;
import org.lumbosim.posture.Posture;
import org.lumbosim.solver.RecruitmentSolver;
import org.lumbosim.sweep.Sweep;
import org.lumbosim.sweep.SweepPoints;
import org.lumbosim.sweep.SweepTable;

/**
 * A sweep over the public entry points that take objects (robustness pass of 2026-12-07): each missing
 * argument is an {@link IllegalArgumentException} whose message begins with the argument's name (or, for
 * the records that already refused it, says what is missing), never
 * a {@link NullPointerException} from inside the library (as {@code PopulationStudy.run(null, ...)},
 * {@code DiurnalDisc.simulate(null, ...)}, {@code MotionAnalysis.solve} with null arrays,
 * {@code Sweep.coldStarted(null)}, {@code TissueParameters.with(null, ...)} and
 * {@code Lumbosim.toResult(null, ...)} gave before). A list's missing element is named with its index
 * ({@code "postures[1] is null"}; {@code SweepPoints} threw a bare {@link NullPointerException} from
 * {@code List.copyOf} until the eleventh session).
 */
class NullArgumentSweepTest {
    private static final Subject S = Subject.defaultSubject();
    private static final LumbarModel MODEL = LumbarModel.of(S);
    private static final Posture P = Posture.standingFlexed(20);
    private static final List<ExternalLoad> NONE = List.of();
    private static final double[] T = {0, 0.1, 0.2};
    private static final List<Posture> FRAMES = List.of(P, P, P);
    private static final double[] HELD = {0, 0, 0};
    private static final double[][] ACC = {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}};
    private static final PopulationDistribution ADULTS = new PopulationDistribution(0.5,
            new SexDistribution(1.74, 0.077, Math.log(86), 0.23, 0.45),
            new SexDistribution(1.61, 0.070, Math.log(74), 0.26, 0.30), 20, 65);

    /** @return each call with one null argument, keyed by what the message must begin with */
    private static List<Map.Entry<String, Executable>> calls() {
        Workspace ws = MODEL.newWorkspace();
        PopulationStudy study = new PopulationStudy(ADULTS, MuscleModelKind.SINGLE_EQUIVALENT, 1, 1);
        DiurnalDisc day = DiurnalDisc.of(MODEL);
        Sweep sweep = Sweep.coldStarted(MODEL);
        SweepPoints points = SweepPoints.ofPostures(List.of(P), NONE);
        SweepTable table = new SweepTable(1);
        List<Map.Entry<String, Executable>> c = new ArrayList<>();
        Map<String, Executable> m = new LinkedHashMap<>();
        MuscleModelKind se = MuscleModelKind.SINGLE_EQUIVALENT;
        ConstantVariation none = ConstantVariation.none();
        RecruitmentSolver defaults = RecruitmentSolver.defaults();
        m.put("population is null|population study", () -> new PopulationStudy(null, se, 1, 1, none, OverloadPolicy.FAIL, defaults));
        m.put("muscles is null|population study", () -> new PopulationStudy(ADULTS, null, 1, 1, none, OverloadPolicy.FAIL, defaults));
        m.put("variation is null|population study", () -> new PopulationStudy(ADULTS, se, 1, 1, null, OverloadPolicy.FAIL, defaults));
        m.put("overload is null|population study", () -> new PopulationStudy(ADULTS, se, 1, 1, none, null, defaults));
        m.put("solver is null|population study", () -> new PopulationStudy(ADULTS, se, 1, 1, none, OverloadPolicy.FAIL, null));
        m.put("posture is null|population run", () -> study.run(null, NONE, 10));
        m.put("loads is null|population run", () -> study.run(P, null, 10));
        m.put("loads[0] is null|population run", () -> study.run(P, java.util.Arrays.asList((ExternalLoad) null), 10));
        m.put("peopleDone is null|population run", () -> study.run(P, NONE, 10, null));
        m.put("schedule is null|day", () -> day.simulate(null, 0.1));
        m.put("subject is null|disc height", () -> DiurnalDisc.fullHeightM(null, SpinalLevel.L5_S1));
        m.put("level is null|disc height", () -> DiurnalDisc.fullHeightM(S, null));
        m.put("model is null|motion", () -> MotionAnalysis.solve(null, T, FRAMES, LoadSchedule.none()));
        m.put("timeS is null|motion", () -> MotionAnalysis.solve(MODEL, null, FRAMES, LoadSchedule.none()));
        m.put("frames is null|motion", () -> MotionAnalysis.solve(MODEL, T, null, LoadSchedule.none()));
        m.put("schedule is null|motion", () -> MotionAnalysis.solve(MODEL, T, FRAMES, (LoadSchedule) null));
        m.put("framesDone is null|motion", () -> MotionAnalysis.solve(MODEL, T, FRAMES, LoadSchedule.none(), null));
        m.put("heldMassKg is null|motion", () -> MotionAnalysis.solve(MODEL, T, FRAMES, (double[]) null, d -> { }));
        m.put("timeS is null|motion held", () -> MotionAnalysis.solve(MODEL, null, FRAMES, HELD, d -> { }));
        m.put("l5s1AccelerationMps2 is null|motion", () -> MotionAnalysis.solve(MODEL, T, FRAMES, HELD, null, d -> { }));
        m.put("l5s1AccelerationMps2[1] is null|motion", () -> MotionAnalysis.solve(MODEL, T, FRAMES, HELD,
                new double[][] {{0, 0, 0}, null, {0, 0, 0}}, d -> { }));
        m.put("timeS is null|motion accelerated", () -> MotionAnalysis.solve(MODEL, null, FRAMES, HELD, ACC, d -> { }));
        m.put("from is null|transition", () -> MotionAnalysis.smoothTransition(null, P, 1, 10));
        m.put("to is null|transition", () -> MotionAnalysis.smoothTransition(P, null, 1, 10));
        m.put("model is null|cold sweep", () -> Sweep.coldStarted(null));
        m.put("model is null|warm sweep", () -> Sweep.warmStarted(null));
        m.put("points is null|sweep", () -> sweep.run(null, ws, table));
        m.put("ws is null|sweep", () -> sweep.run(points, null, table));
        m.put("out is null|sweep", () -> sweep.run(points, ws, null));
        m.put("listener is null|sweep", () -> sweep.run(points, ws, table, null));
        m.put("postures is null|sweep points", () -> SweepPoints.ofPostures(null, NONE));
        m.put("posture is null|sweep points", () -> SweepPoints.ofLoads(null, List.of(NONE)));
        m.put("loads is null|sweep points of postures", () -> SweepPoints.ofPostures(List.of(P), null));
        m.put("loads is null|sweep points of loads", () -> SweepPoints.ofLoads(P, null));
        m.put("postures[1] is null|sweep points", () -> SweepPoints.ofPostures(java.util.Arrays.asList(P, null), NONE));
        m.put("loads[0] is null|sweep points' loads", () -> SweepPoints.ofPostures(List.of(P),
                java.util.Arrays.asList((ExternalLoad) null)));
        m.put("loads[1] is null|sweep points of loads", () -> SweepPoints.ofLoads(P, java.util.Arrays.asList(NONE, null)));
        m.put("loads[1][0] is null|sweep points of loads", () -> SweepPoints.ofLoads(P,
                List.of(NONE, java.util.Arrays.asList((ExternalLoad) null))));
        m.put("parameter is null|tissue with", () -> TissueParameters.published().with(null, 1));
        m.put("parameter is null|tissue get", () -> TissueParameters.published().get(null));
        m.put("ws is null|toResult", () -> Lumbosim.toResult(null, P, NONE));
        m.put("posture is null|toResult", () -> Lumbosim.toResult(ws, null, NONE));
        m.put("loads is null|toResult", () -> Lumbosim.toResult(ws, P, null));
        m.put("ws is null|pose", () -> Lumbosim.pose(null));
        m.put("ws is null|balance", () -> Lumbosim.balance(null));
        m.put("subject is null|analyze", () -> Lumbosim.analyze((Subject) null, P, NONE));
        m.put("model is null|analyze", () -> Lumbosim.analyze((LumbarModel) null, P, NONE));
        m.put("subject is null|model", () -> LumbarModel.of(null));
        m.put("level is null|with disc area", () -> MODEL.withDiscAreaMm2(null, 1500));
        // the level getters of a model, a result and a label (newcomer audit, twelfth session: each was a
        // NullPointerException from ordinal() or String.replace, and withDiscAreaMm2 began "a level is needed")
        m.put("level is null|given disc area", () -> MODEL.givenDiscAreaMm2(null));
        m.put("level is null|disc area", () -> MODEL.discAreaM2(null));
        m.put("level is null|mass above", () -> MODEL.massAboveKg(null));
        m.put("level is null|result level", () -> Lumbosim.analyze(MODEL, P, NONE).level(null));
        m.put("label is null|level label", () -> SpinalLevel.ofLabel(null));
        m.put("level is null|disc pressure", () -> MODEL.mechanicalDiscPressureMPa(null, 1000));
        m.put("model is null|job", () -> JobAssessor.assess(null, List.of(), 5000));
        m.put("tasks is null|job", () -> JobAssessor.assess(MODEL, null, 5000));
        m.put("tasks is null|daily loading", () -> JobAssessor.dailyLoadingS(null));
        m.put("task is null|niosh", () -> RevisedNioshLiftingEquation.assess(null));
        m.put("posture is null|activity", () -> Activity.of("a", null, 1));
        m.put("activities is null|day schedule", () -> new DaySchedule(null));
        m.put("hands is null|hand load", () -> HandLoad.ofMassKg(1).withHands(null));
        m.put("newSex is null|subject", () -> S.withSex(null));
        m.put("sex is null|new subject", () -> new Subject(null, 1.75, 75, 40));
        c.addAll(m.entrySet());
        return c;
    }

    @Test
    void everyMissingArgumentIsRefusedByName() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Executable> call : calls()) {
            String named = call.getKey().substring(0, call.getKey().indexOf('|'));
            try {
                call.getValue().execute();
                wrong.add(call.getKey() + ": accepted");
            } catch (IllegalArgumentException e) {
                if (e.getMessage() == null || !e.getMessage().startsWith(named)) {
                    wrong.add(call.getKey() + ": " + e.getMessage());
                }
            } catch (Throwable e) {
                wrong.add(call.getKey() + ": " + e);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
