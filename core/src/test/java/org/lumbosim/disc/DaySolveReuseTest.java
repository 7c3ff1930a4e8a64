package org.lumbosim.disc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

/**
 * Fifteenth session ({@code h15/perf3}, for speed, results bitwise unchanged): the day solves its activities in
 * one workspace, each solve started cold, and each distinct posture and list of loads once (the built-in day has
 * six distinct tasks among its twelve activities and relaxed standing).
 * <ul>
 *   <li>Over seeded random schedules that repeat tasks (the same posture object, an equal posture built anew,
 *       the same posture with another load), for both muscle models and several subjects: every sample's
 *       compression at every level equals bit for bit a new workspace's solve of its activity
 *       ({@link Lumbosim#analyze(LumbarModel, Posture, List)}); fails if a task's result were reused for another
 *       load or posture.</li>
 *   <li>{@link DiurnalDisc#simulate(DaySchedule, double, Workspace)} with a workspace that solved another
 *       subject, or one of the other muscle model (replaced), equals {@link DiurnalDisc#simulate(DaySchedule,
 *       double)}.</li>
 * </ul>
 */
class DaySolveReuseTest {
    private static final long SEED = 20261208L + 1530;
    private static final double STEP_H = 1.0 / 6;
    private static final List<PosturePreset> TASKS = List.of(PosturePreset.STANDING_RELAXED,
            PosturePreset.SITTING_UPRIGHT, PosturePreset.SITTING_UNSUPPORTED, PosturePreset.STANDING_FLEXED,
            PosturePreset.SITTING_SLOUCHED);

    private static Posture copy(Posture p) {
        return new Posture(p.trunkFlexionDeg(), p.lumbarFlexionDeg(), p.lateralBendDeg(), p.axialRotationDeg(),
                p.hipFlexionDeg(), p.kneeFlexionDeg(), p.shoulderFlexionDeg(), p.elbowFlexionDeg(), p.bodyRollDeg(),
                p.supports(), p.armsHang(), p.anklePlantarFlexionDeg(), p.shoulderAbductionDeg(), p.hipAdductionDeg());
    }

    private static DaySchedule schedule(SplittableRandom rnd) {
        List<Activity> acts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Posture p = TASKS.get(rnd.nextInt(TASKS.size())).posture();
            if (rnd.nextBoolean()) {
                p = copy(p);
            }
            List<ExternalLoad> loads = rnd.nextInt(3) == 0 ? List.of(HandLoad.ofMassKg(1 + rnd.nextInt(3)))
                    : List.of();
            acts.add(new Activity("task " + i, p, loads, 0.25 + 1.5 * rnd.nextDouble()));
        }
        acts.add(Activity.of("night", PosturePreset.LYING_SUPINE.posture(), 8));
        return new DaySchedule(acts);
    }

    @Test
    void everySamplesCompressionIsANewWorkspacesSolveOfItsActivity() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        int samples = 0;
        for (int c = 0; c < 6; c++) {
            Subject s = c == 0 ? Subject.defaultSubject() : new Subject(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                    1.55 + 0.35 * rnd.nextDouble(), 50 + 40 * rnd.nextDouble(), 20 + 50 * rnd.nextDouble());
            LumbarModel model = LumbarModel.of(s).withMuscleModel(MuscleModelKind.values()[c % 2]);
            DaySchedule schedule = c == 0 ? DaySchedule.builtIn() : schedule(rnd);
            DayResult day = DiurnalDisc.of(model).simulate(schedule, STEP_H);
            List<AnalysisResult> fresh = new ArrayList<>();
            for (Activity a : schedule.activities()) {
                fresh.add(Lumbosim.analyze(model, a.posture(), a.loads()));
            }
            for (DaySample sample : day.samples()) {
                for (SpinalLevel level : SpinalLevel.values()) {
                    double expected = fresh.get(sample.activityIndex()).level(level).compressionN();
                    assertThat(Double.doubleToRawLongBits(sample.level(level).compressionN()))
                            .as("case %d, %s, %s at %s", c, sample.activity(), level, sample.timeH())
                            .isEqualTo(Double.doubleToRawLongBits(expected));
                }
                samples++;
            }
        }
        System.out.printf("DaySolveReuseTest: %d samples' compressions equal a new workspace's solve%n", samples);
    }

    @Test
    void aWorkspaceThatSolvedSomethingElseGivesTheSameDay() {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        DayResult expected = DiurnalDisc.of(model).simulate(DaySchedule.builtIn(), STEP_H);
        LumbarModel other = LumbarModel.of(new Subject(Sex.FEMALE, 1.6, 55, 30));
        Workspace ws = other.newWorkspace();
        other.solve(PosturePreset.STANDING_FLEXED.posture(), List.of(HandLoad.ofMassKg(10)), ws);
        assertThat(DiurnalDisc.of(model).simulate(DaySchedule.builtIn(), STEP_H, ws)).isEqualTo(expected);
        Workspace multi = model.withMuscleModel(MuscleModelKind.MULTI_FASCICLE).newWorkspace();
        assertThat(DiurnalDisc.of(model).simulate(DaySchedule.builtIn(), STEP_H, multi)).isEqualTo(expected);
        assertThat(DiurnalDisc.of(model).simulate(DaySchedule.builtIn(), STEP_H, null)).isEqualTo(expected);
    }
}
