package org.lumbosim.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumbosim.testing.NullArgumentProbe.put;

import java.awt.Color;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.cli.Main;
import org.lumbosim.disc.DaySchedule;
import org.lumbosim.disc.DiurnalDisc;
import org.lumbosim.explorer.ExplorerInputs;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.LevelCoupling;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.motion.LoadSchedule;
import org.lumbosim.motion.MotionAnalysis;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.TrunkOnThighsPush;
import org.lumbosim.solver.RecruitmentCriterion;
import org.lumbosim.testing.NullArgumentProbe;
import org.lumbosim.viz.Charts;
import org.lumbosim.viz.ClaimsFigure;
import org.lumbosim.viz.CompressionGrid;
import org.lumbosim.viz.LumbosimTheme;
import org.lumbosim.viz.ParameterSweep;
import org.lumbosim.viz.PostureCase;
import org.lumbosim.viz.StickFigure;
import org.lumbosim.viz.StickScene;
import org.lumbosim.viz.report.DemoReport;

/**
 * Every public constructor and public static method of the viz and examples modules (packages
 * {@code org.lumbosim.viz}, {@code .viz.report}, {@code .explorer}, {@code .examples}, {@code .cli}), found by
 * reflection over their compiled classes, so that a new one is covered without editing this test: each
 * argument of object type given as null, the others valid, must be refused at once with an
 * {@link IllegalArgumentException} whose message begins {@code "<parameter> is null"} (its name in the
 * source: the modules are compiled with {@code -parameters}), as core's entry points do
 * ({@code NullArgumentSweepTest}); and each list argument given as a list holding one null must be refused
 * naming the element ({@code "cases[0] is null"}). An explicit check, not the JDK's helpful
 * {@link NullPointerException} message (which also names a parameter, but only once the method has got as
 * far as using it). Before the eleventh session almost none of them checked: a null surfaced as a bare
 * {@code NullPointerException} deep in JFreeChart or in the drawing, or later, as an empty chart or report.
 *
 * <p>A parameter type without a sample below fails the test by name, so a new type gets one. Left out,
 * each for a stated reason: an enum's generated {@code valueOf(String)} (the JDK's own check),
 * {@code main(String[])} (the launcher never passes null; {@code Main.run} is covered) and the parameters
 * documented as taking null ({@link #NULL_ALLOWED}).
 */
class PublicNullArgumentTest {
    private static final List<String> PACKAGES = List.of("org.lumbosim.viz", "org.lumbosim.explorer",
            "org.lumbosim.examples", "org.lumbosim.cli");

    /** Parameters whose Javadoc gives null a meaning, as {@code Type.method#parameter} ({@code <init>}: constructor). */
    static final Map<String, String> NULL_ALLOWED = Map.of(
            "StickScene.of#balance", "null when the support reactions are unknown",
            "StickScene.of#trunkOnThighs", "null for no push on the trunk",
            "StickScene.<init>#trunkOnThighs", "null for no push on the trunk",
            "StickFigure.<init>#shared", "null for the figure's own scale",
            "DemoReport.writeInto#explorer", "null for a report without the explorer's page",
            "Atlas.writeInto#backHref", "null for a stand-alone atlas",
            "LumbosimTheme.numberTicksInRootLocale#axis", "any axis, or null (a plot without one)");

    @TempDir
    Path dir;

    @Test
    void everyNullArgumentIsRefusedByName() throws Exception {
        NullArgumentProbe.Findings found = NullArgumentProbe.run(List.of(Charts.class, Main.class),
                n -> PACKAGES.stream().anyMatch(p -> n.startsWith(p + ".")), Map.of(), samples(dir), NULL_ALLOWED);
        for (String p : PACKAGES) {
            assertThat(found.entryPoints()).as("entry points found in " + p)
                    .anyMatch(x -> x.getDeclaringClass().getPackageName().equals(p));
        }
        assertThat(found.missing()).as("parameter types without a sample in PublicNullArgumentTest.samples").isEmpty();
        assertThat(found.wrong()).isEmpty();
        assertThat(found.allowedSeen()).as("every parameter allowed to be null still exists")
                .isEqualTo(NULL_ALLOWED.keySet());
        assertThat(found.calls()).as("calls made").isGreaterThan(100);
    }

    /** A valid value of each parameter type, by its generic name, made when first needed. */
    private static Map<String, Supplier<Object>> samples(Path dir) {
        Map<String, Supplier<Object>> s = new HashMap<>();
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        Posture posture = Posture.standingFlexed(20);
        Supplier<AnalysisResult> result = () -> Lumbosim.analyze(model, posture, List.of(HandLoad.ofMassKg(5)));
        Supplier<Workspace> solved = () -> {
            Workspace ws = model.newWorkspace();
            model.solve(posture, List.of(), ws);
            return ws;
        };
        LumbosimTheme theme = LumbosimTheme.slides();
        PositionM origin = new PositionM(0, 0, 0);
        put(s, String.class, () -> "x");
        put(s, String[].class, () -> new String[0]);
        put(s, double[].class, () -> new double[] {0, 10});
        put(s, double[][].class, () -> new double[][] {{1, 2}, {3, 4}});
        put(s, Color.class, () -> Color.BLACK);
        put(s, PrintStream.class, () -> new PrintStream(OutputStream.nullOutputStream()));
        put(s, Path.class, () -> dir);
        put(s, java.util.function.LongConsumer.class, () -> (java.util.function.LongConsumer) n -> { });
        put(s, Sex.class, () -> Sex.MALE);
        put(s, Subject.class, Subject::defaultSubject);
        put(s, Posture.class, () -> posture);
        put(s, PosturePreset.class, () -> PosturePreset.STANDING_RELAXED);
        put(s, Support.class, () -> Support.FEET);
        put(s, PositionM.class, () -> origin);
        put(s, LumbarModel.class, () -> model);
        put(s, MuscleModelKind.class, () -> MuscleModelKind.SINGLE_EQUIVALENT);
        put(s, OverloadPolicy.class, () -> OverloadPolicy.FAIL);
        put(s, LevelCoupling.class, () -> LevelCoupling.values()[0]);
        put(s, SpinalLevel.class, () -> SpinalLevel.L5_S1);
        put(s, RecruitmentCriterion.class, () -> RecruitmentCriterion.values()[0]);
        put(s, ExplorerInputs.Stance.class, () -> ExplorerInputs.Stance.values()[0]);
        put(s, AnalysisResult.class, result::get);
        put(s, org.lumbosim.result.LevelLoad.class, () -> result.get().level(SpinalLevel.L5_S1));
        put(s, org.lumbosim.result.BodyPose.class, () -> Lumbosim.pose(solved.get()));
        put(s, org.lumbosim.result.WholeBodyBalance.class, () -> Lumbosim.balance(solved.get()));
        put(s, TrunkOnThighsPush.class, () -> new TrunkOnThighsPush(origin, 0, 0, 0, 0));
        put(s, org.lumbosim.disc.DayResult.class, () -> DiurnalDisc.of(model).simulate(DaySchedule.builtIn(), 1));
        put(s, org.lumbosim.motion.MotionResult.class, () -> MotionAnalysis.solve(model, new double[] {0, 0.1, 0.2},
                List.of(posture, posture, posture), LoadSchedule.none()));
        put(s, org.lumbosim.reference.WilkeValidation.Report.class,
                () -> new org.lumbosim.reference.WilkeValidation.Report(List.of(), 0, 0, 0, 0));
        put(s, org.lumbosim.reference.WilkeSensitivity.Range.class,
                () -> org.lumbosim.reference.WilkeSensitivity.publishedRanges().get(0));
        put(s, org.lumbosim.reference.WilkeSensitivity.Result.class, () -> org.lumbosim.reference.WilkeSensitivity.run(
                model, List.of(org.lumbosim.reference.WilkeSensitivity.publishedRanges().get(1))));
        put(s, JFreeChart.class, () -> Charts.levelProfile(result.get(), "x", theme));
        put(s, org.jfree.chart.axis.Axis.class, NumberAxis::new);
        put(s, org.jfree.chart.ui.Drawable.class, () -> Charts.levelProfile(result.get(), "x", theme));
        put(s, LumbosimTheme.class, () -> theme);
        put(s, ParameterSweep.class, () -> ParameterSweep.trunkFlexion(model, new double[] {0, 10}, List.of()));
        put(s, CompressionGrid.class, () -> new CompressionGrid(SpinalLevel.L5_S1, new double[] {0, 1},
                new double[] {0, 1}, 1, new double[][] {{1, 2}, {3, 4}}));
        put(s, StickScene.class, () -> StickScene.of(result.get()));
        put(s, StickScene.Side.class, () -> StickScene.Side.LEFT);
        put(s, StickScene.View.class, () -> StickScene.View.SAGITTAL);
        put(s, StickScene.PropKind.class, () -> StickScene.PropKind.SEAT);
        put(s, StickScene.Segment.class, () -> new StickScene.Segment("thigh", StickScene.Side.LEFT, origin,
                new PositionM(0.4, 0, 0)));
        put(s, StickFigure.SharedScale.class, () -> StickFigure.SharedScale.of(List.of(
                StickFigure.of(result.get(), SpinalLevel.L5_S1, "x", theme))));
        put(s, ClaimsFigure.Claim.class, () -> new ClaimsFigure.Claim("c", "s", "N", 1, 1, "r", 1, "v", 1, "m"));
        put(s, DemoReport.LinkedPage.class, () -> (DemoReport.LinkedPage) d -> "x.html");
        s.put("java.util.List<? extends org.lumbosim.load.ExternalLoad>", () -> List.of(HandLoad.ofMassKg(1)));
        s.put("java.util.List<org.lumbosim.load.HandLoad>", () -> List.of(HandLoad.ofMassKg(1)));
        s.put("java.util.List<double[]>", () -> List.of(new double[] {0, 0}, new double[] {1, 0}, new double[] {0, 1}));
        s.put("java.util.List<java.awt.Color>", () -> List.of(Color.BLACK));
        s.put("java.util.List<org.lumbosim.reference.InVivoValidation$SetReport>", List::of);
        s.put("java.util.List<org.lumbosim.result.AnalysisResult>", () -> List.of(result.get(), result.get()));
        s.put("java.util.List<org.lumbosim.result.HandOnThighPush>", List::of);
        s.put("java.util.List<org.lumbosim.viz.ClaimsFigure$Claim>", () -> List.of(
                new ClaimsFigure.Claim("c", "s", "N", 1, 1, "r", 1, "v", 1, "m")));
        s.put("java.util.List<org.lumbosim.viz.ClaimsFigure$PercentRow>", () -> List.of(
                new ClaimsFigure.PercentRow("p", 100, 100, 100)));
        s.put("java.util.List<org.lumbosim.viz.PostureCase>", () -> List.of(PostureCase.of("x", result.get())));
        s.put("java.util.List<org.lumbosim.viz.StickFigure>", () -> List.of(
                StickFigure.of(result.get(), SpinalLevel.L5_S1, "x", theme)));
        s.put("java.util.List<org.lumbosim.viz.StickScene$Contact>", List::of);
        s.put("java.util.List<org.lumbosim.viz.StickScene$Prop>", List::of);
        s.put("java.util.List<org.lumbosim.viz.StickScene$Segment>", () -> List.of(new StickScene.Segment("thigh",
                StickScene.Side.LEFT, origin, new PositionM(0.4, 0, 0))));
        s.put("java.util.List<org.lumbosim.viz.ValidationFigure$ModelRun>", List::of);
        s.put("java.util.List<org.lumbosim.viz.report.Atlas$Row>", List::of);
        s.put("java.util.Map<java.lang.String, java.lang.Double>", () -> Map.of("x", 1.0));
        s.put("java.util.Map<java.lang.String, org.lumbosim.viz.ParameterSweep>", () -> Map.of("x",
                ParameterSweep.trunkFlexion(model, new double[] {0, 10}, List.of())));
        s.put("java.util.Map<org.lumbosim.model.SpinalLevel, java.lang.Double>", Map::of);
        s.put("java.util.Set<org.lumbosim.posture.Support>", () -> Set.of(Support.FEET));
        for (String t : List.of("java.lang.String", "java.util.List<org.lumbosim.reference.InVivoValidation$SetReport>",
                "org.lumbosim.reference.Wilke1999$Measurement", "org.lumbosim.reference.WilkeValidation$Report",
                "org.lumbosim.result.AnalysisResult")) {
            s.put("java.util.Optional<" + t + ">", Optional::empty);
        }
        return s;
    }

}
