package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumbosim.testing.NullArgumentProbe.put;

import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.assessment.JobTask;
import org.lumbosim.assessment.LiftingTask;
import org.lumbosim.disc.DaySchedule;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.Workspace;
import org.lumbosim.motion.LoadSchedule;
import org.lumbosim.population.ConstantVariation;
import org.lumbosim.population.Populations;
import org.lumbosim.population.SexDistribution;
import org.lumbosim.posture.Posture;
import org.lumbosim.reference.InVivoRatios;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.TrunkOnThighsPush;
import org.lumbosim.solver.RecruitmentSolver;
import org.lumbosim.sweep.Sweep;
import org.lumbosim.sweep.SweepPoints;
import org.lumbosim.sweep.SweepTable;
import org.lumbosim.testing.NullArgumentProbe;

/**
 * Core's counterpart of the examples module's {@code PublicNullArgumentTest} (twelfth session): every
 * public constructor and public static method of core's public types (packages {@code org.lumbosim.*}
 * but {@code .internal}, which is not API), and the public instance methods of the types a user holds
 * ({@link #RECEIVERS}), found by reflection over the compiled classes so that a new one is covered without
 * editing this test. Each argument of object type given as null, the others valid, must be refused at once
 * with an {@link IllegalArgumentException} whose message begins {@code "<parameter> is null"} (its name in
 * the source: the root pom compiles with {@code -parameters}), the README's convention; a list argument given
 * as a list whose first element is null must name the element ({@code "loads[0] is null"}). A newcomer's probe found
 * 79 {@link NullPointerException}s this way (docs/research/audit-2026-12-07.md, twelfth session):
 * {@code Workspace}'s per-level getters, records given a null list, the typed exceptions' constructors;
 * this test also found about 100 nulls accepted silently and 46 refusals not naming the parameter.
 *
 * <p>A parameter type without a sample below fails the test by name, so a new type gets one. Left out, each
 * for a stated reason: an enum's generated {@code valueOf(String)} (the JDK's own check), {@code equals}
 * (null is {@code false} by contract) and the parameters whose Javadoc gives null a meaning
 * ({@link #NULL_ALLOWED}). The harness is {@link NullArgumentProbe}, shared with the examples module's test
 * through core's test-jar.
 */
class PublicNullArgumentTest {
    /** Parameters whose Javadoc gives null a meaning, as {@code Type.method#parameter} ({@code <init>}: constructor; {@code [0]}: an element of a list). */
    static final Map<String, String> NULL_ALLOWED = Map.ofEntries(
            Map.entry("Posture.<init>#supports", "null for no supports"),
            Map.entry("Posture.withSupports#newSupports", "null for no supports"),
            Map.entry("LumbosimException.<init>#cause", "a cause may be unknown, as for any Throwable"),
            Map.entry("OutputFiles.oneLine#text", "prints any object, null as \"null\""),
            Map.entry("LumbarModel.workspaceFrom#ws", "null for a new workspace"),
            Map.entry("DiurnalDisc.simulate#ws", "null for a new workspace"),
            Map.entry("HandLoad.<init>#positionM", "null for the hands' grip point(s)"),
            Map.entry("AnalysisResult.<init>#balance", "null when made without support reactions"),
            Map.entry("AnalysisResult.<init>#trunkOnThighs", "null without the trunk-on-thighs support"),
            Map.entry("UnsupportedPostureException.<init>#support", "null when the contacts would have to pull"),
            Map.entry("MotionAnalysis.solve#frames[0]", "a null frame is skipped"),
            Map.entry("SupportReaction.<init>#support", "null for the base resultant of a posture without supports"),
            Map.entry("BaseOutOfReachException.<init>#base", "null for a posture without supports"));

    @TempDir
    Path dir;

    @Test
    void everyNullArgumentIsRefusedByName() throws Exception {
        NullArgumentProbe.Findings found = NullArgumentProbe.run(List.of(Lumbosim.class),
                n -> n.startsWith("org.lumbosim.") && !n.startsWith("org.lumbosim.internal."), receivers(), samples(dir),
                NULL_ALLOWED);
        assertThat(found.missing()).as("parameter types without a sample in PublicNullArgumentTest.samples").isEmpty();
        assertThat(found.wrong()).isEmpty();
        assertThat(found.allowedSeen()).as("every parameter allowed to be null still exists")
                .isEqualTo(NULL_ALLOWED.keySet());
        assertThat(found.calls()).as("calls made").isGreaterThan(250);
    }

    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());
    private static final Posture POSTURE = Posture.standingFlexed(20);

    /** @return a solved workspace */
    private static Workspace solved() {
        Workspace ws = MODEL.newWorkspace();
        MODEL.solve(POSTURE, List.of(), ws);
        return ws;
    }

    /** @return one instance of each type whose instance methods are covered (also by {@link PublicIndexArgumentTest}) */
    static Map<Class<?>, Object> receivers() {
        Map<Class<?>, Object> r = new HashMap<>();
        AnalysisResult result = Lumbosim.analyze(MODEL, POSTURE, List.of(HandLoad.ofMassKg(5)));
        r.put(Workspace.class, solved());
        r.put(LumbarModel.class, MODEL);
        r.put(AnalysisResult.class, result);
        r.put(Posture.class, POSTURE);
        r.put(Subject.class, Subject.defaultSubject());
        SweepTable table = new SweepTable(1);
        Sweep.coldStarted(MODEL).run(SweepPoints.ofPostures(List.of(POSTURE), List.of()), MODEL.newWorkspace(), table);
        r.put(SweepTable.class, table);
        r.put(Sweep.class, Sweep.coldStarted(MODEL));
        r.put(TissueParameters.class, TissueParameters.published());
        r.put(org.lumbosim.population.PopulationStudy.class, new org.lumbosim.population.PopulationStudy(
                Populations.nhanes2017To2020(), MuscleModelKind.SINGLE_EQUIVALENT, 1, 1));
        r.put(org.lumbosim.disc.DiurnalDisc.class, org.lumbosim.disc.DiurnalDisc.of(MODEL));
        // fifteenth session: the results and points a caller reads by level or index
        r.put(SweepPoints.class, SweepPoints.ofPostures(List.of(POSTURE, POSTURE), List.of()));
        r.put(org.lumbosim.motion.MotionResult.class, org.lumbosim.motion.MotionAnalysis.solve(MODEL,
                new double[] {0, 0.1, 0.2}, List.of(POSTURE, POSTURE, POSTURE), LoadSchedule.none()));
        r.put(org.lumbosim.population.PopulationResult.class, new org.lumbosim.population.PopulationStudy(
                Populations.nhanes2017To2020(), MuscleModelKind.SINGLE_EQUIVALENT, 1, 1).run(POSTURE, List.of(), 20));
        org.lumbosim.disc.DayResult day = org.lumbosim.disc.DiurnalDisc.of(MODEL).simulate(DaySchedule.builtIn(), 0.5);
        r.put(org.lumbosim.disc.DayResult.class, day);
        r.put(org.lumbosim.disc.DaySample.class, day.samples().get(0));
        return r;
    }

    /** A valid value of each parameter type, by its generic name, made when first needed (also for {@link PublicIndexArgumentTest}). */
    static Map<String, Supplier<Object>> samples(Path dir) {
        Map<String, Supplier<Object>> s = new HashMap<>();
        Supplier<AnalysisResult> result = () -> Lumbosim.analyze(MODEL, POSTURE, List.of(HandLoad.ofMassKg(5)));
        PositionM origin = new PositionM(0, 0, 0);
        put(s, String.class, () -> "x");
        put(s, CharSequence.class, () -> "1");
        put(s, Object.class, () -> "x");
        put(s, double[].class, () -> new double[] {0, 0.1, 0.2});
        put(s, double[][].class, () -> new double[][] {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}});
        put(s, Path.class, () -> dir.resolve("out.txt"));
        put(s, OutputStream.class, OutputStream::nullOutputStream);
        put(s, Throwable.class, () -> new IllegalStateException("x"));
        put(s, IllegalArgumentException.class, () -> new IllegalArgumentException("x"));
        put(s, LumbosimException.class, () -> new LumbosimException("x"));
        put(s, SplittableRandom.class, () -> new SplittableRandom(1));
        put(s, java.util.function.LongConsumer.class, () -> (java.util.function.LongConsumer) n -> { });
        s.put("java.lang.Class<T>", () -> String.class);
        put(s, Subject.class, Subject::defaultSubject);
        put(s, Posture.class, () -> POSTURE);
        put(s, PositionM.class, () -> origin);
        put(s, Hands.class, () -> Hands.values()[0]);
        put(s, LumbarModel.class, () -> MODEL);
        put(s, Workspace.class, PublicNullArgumentTest::solved);
        put(s, TissueParameters.class, TissueParameters::published);
        put(s, AnalysisResult.class, result::get);
        put(s, org.lumbosim.result.BodyPose.class, () -> Lumbosim.pose(solved()));
        put(s, org.lumbosim.result.WholeBodyBalance.class, () -> Lumbosim.balance(solved()));
        put(s, TrunkOnThighsPush.class, () -> new TrunkOnThighsPush(origin, 0, 0, 0, 0));
        put(s, LoadSchedule.class, LoadSchedule::none);
        put(s, DaySchedule.class, DaySchedule::builtIn);
        put(s, ConstantVariation.class, ConstantVariation::none);
        put(s, org.lumbosim.population.PopulationDistribution.class, Populations::nhanes2017To2020);
        put(s, SexDistribution.class, () -> new SexDistribution(1.74, 0.077, Math.log(86), 0.23, 0.45));
        put(s, RecruitmentSolver.class, RecruitmentSolver::defaults);
        put(s, org.lumbosim.solver.QpWorkspace.class, () -> solved().recruitmentProblemCopy());
        put(s, SweepPoints.class, () -> SweepPoints.ofPostures(List.of(POSTURE), List.of()));
        put(s, SweepTable.class, () -> new SweepTable(1));
        put(s, Sweep.PointListener.class, () -> (Sweep.PointListener) (point, ws) -> { });
        put(s, OutputFiles.Content.class, () -> (OutputFiles.Content) out -> out.write('x'));
        put(s, OutputFiles.FolderContent.class, () -> (OutputFiles.FolderContent) folder -> { });
        put(s, JobTask.class, () -> new JobTask("t", POSTURE, List.of(), 10, 1, java.util.Optional.empty()));
        put(s, LiftingTask.class, () -> new LiftingTask(10, 0.3, 0.5, 0.5, 0, 1,
                org.lumbosim.assessment.WorkDuration.values()[0], org.lumbosim.assessment.Coupling.values()[0]));
        put(s, Wilke1999.Measurement.class, () -> Wilke1999.measurements().get(0));
        put(s, InVivoRatios.Case.class, () -> new InVivoRatios.Case("x", POSTURE, 0, 0));
        put(s, InVivoRatios.Comparison.class, () -> InVivoRatios.comparisons().get(0));
        put(s, org.lumbosim.reference.WilkeSensitivity.Range.class,
                () -> org.lumbosim.reference.WilkeSensitivity.publishedRanges().get(0));
        put(s, org.lumbosim.reference.WilkeValidation.Report.class,
                () -> new org.lumbosim.reference.WilkeValidation.Report(List.of(), Double.NaN, Double.NaN, 0, 0));
        put(s, org.lumbosim.reference.WilkeValidation.Row.class, () -> org.lumbosim.reference.WilkeValidation.run(MODEL)
                .rows().get(0));
        put(s, org.lumbosim.reference.WilkeJointSensitivity.Band.class,
                () -> new org.lumbosim.reference.WilkeJointSensitivity.Band(0.1, 0.2, 0.3));
        s.put("java.util.List<? extends org.lumbosim.load.ExternalLoad>", () -> List.of(HandLoad.ofMassKg(1)));
        s.put("java.util.List<org.lumbosim.load.ExternalLoad>", () -> List.<ExternalLoad>of(HandLoad.ofMassKg(1)));
        s.put("java.util.List<org.lumbosim.posture.Posture>", () -> List.of(POSTURE, POSTURE, POSTURE));
        s.put("java.util.List<org.lumbosim.result.LevelLoad>", () -> result.get().levels());
        s.put("java.util.List<org.lumbosim.result.MuscleForce>", () -> result.get().muscles());
        s.put("java.util.Set<org.lumbosim.posture.Support>", () -> POSTURE.supports());
        s.put("java.util.Map<org.lumbosim.model.Landmark, org.lumbosim.load.PositionM>", () -> Lumbosim.pose(solved())
                .landmarks());
        return s;
    }

}
