package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

/**
 * The task field {@code model.overload} (issue 13, item 4): {@code report} gives an overloaded task its
 * loads with status "overloaded" and exit 0; the default keeps exit 3; the field is read as strictly as
 * the others and accepted by plot and population, which share the task reader.
 */
class AnalyzeOverloadTest {
    /** 30 kg held with stretched arms with the multi-fascicle muscles: beyond a generic subject's strength. */
    private static String task(String overload) {
        return "{\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"massKg\":30}],\"model\":{\"muscles\":\"multi-fascicle\""
                + (overload == null ? "" : ",\"overload\":" + overload) + "}}";
    }

    @Test
    void issue13_reportGivesTheLoadsAtTheRequiredStrengthWithExitZero(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.json");
        Files.writeString(f, task("\"report\""));
        CliRun r = CliRun.of("analyze", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("status").asText()).isEqualTo("overloaded");
        AnalysisResult expected = Lumbosim.analyze(LumbarModel.of(Subject.defaultSubject())
                .withMuscleModel(MuscleModelKind.MULTI_FASCICLE).withOverloadPolicy(OverloadPolicy.REPORT),
                PosturePreset.HOLD_FAR.posture(), List.of(HandLoad.ofMassKg(30)));
        assertThat(j.get("requiredMuscleStressMPa").asDouble()).isEqualTo(expected.largestMuscleStressMPa());
        double allowed = j.get("allowedMuscleStressMPa").asDouble();
        assertThat(allowed).isCloseTo(LumbarModel.of(Subject.defaultSubject())
                .tissueParameters().maxMuscleStressPa() / 1e6, within(1e-12));
        assertThat(j.get("requiredMuscleStressMPa").asDouble()).isGreaterThan(allowed);
        assertThat(j.get("levels").get(0).get("level").asText()).isEqualTo(expected.levels().get(0).level().label());
        assertThat(j.get("levels").get(0).get("compressionN").asDouble()).isEqualTo(expected.levels().get(0).compressionN());
        String status = "status: overloaded requiredMuscleStressMPa=" + expected.largestMuscleStressMPa()
                + " allowedMuscleStressMPa=" + allowed;
        CliRun csv = CliRun.of("analyze", f.toString(), "--format", "csv");
        assertThat(csv.code()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(Output.LEVEL_CSV_HEADER);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("# " + status);
        CliRun table = CliRun.of("analyze", f.toString(), "--format", "table");
        assertThat(table.code()).isZero();
        assertThat(table.out().lines().findFirst().orElseThrow()).isEqualTo(status);
        System.out.println("AnalyzeOverloadTest: " + status + "; L5-S1 "
                + expected.level(SpinalLevel.L5_S1).compressionN() + " N");
    }

    @Test
    void issue13_theDefaultStillExitsThreeAndBadValuesAreNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.json");
        for (String fail : new String[] {null, "\"fail\""}) {
            Files.writeString(f, task(fail));
            CliRun r = CliRun.of("analyze", f.toString());
            assertThat(r.code()).isEqualTo(3);
            assertThat(r.out()).contains("\"status\" : \"infeasible\"");
        }
        for (String bad : new String[] {"\"REPORT\"", "\"maybe\"", "1", "true", "null", "[\"report\"]"}) {
            Files.writeString(f, task(bad));
            CliRun r = CliRun.of("analyze", f.toString());
            assertThat(r.code()).as(bad).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().trim()).startsWith("error: model.overload = ").endsWith("is not one of fail, report");
        }
        Files.writeString(f, "{\"posture\":{\"preset\":\"hold_close\"},\"model\":{\"overlaod\":\"report\"}}");
        CliRun r = CliRun.of("analyze", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("overlaod").contains("overload");
    }

    @Test
    void issue13_plotAndPopulationAcceptTheField(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.json");
        Files.writeString(f, task("\"report\""));
        Path png = dir.resolve("t.png");
        CliRun plot = CliRun.of("plot", f.toString(), "--out", png.toString());
        assertThat(plot.code()).as(plot.err()).isZero();
        assertThat(png).isNotEmptyFile();
        Files.writeString(f, task("\"fail\""));
        CliRun fails = CliRun.of("plot", f.toString(), "--out", dir.resolve("u.png").toString());
        assertThat(fails.code()).isEqualTo(3);
        Files.writeString(f, "{\"posture\":{\"preset\":\"standing_flexed\"},\"loads\":[{\"massKg\":5}],"
                + "\"model\":{\"overload\":\"report\"}}");
        CliRun pop = CliRun.of("population", f.toString(), "--n", "200", "--threads", "1");
        assertThat(pop.code()).as(pop.err()).isZero();
    }

    @Test
    void issue13_populationCountsOverloadedPeopleAndKeepsThemInThePercentiles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("liftvar.json");
        Files.writeString(f, "{\"posture\":{\"preset\":\"lift_round_back\"},\"loads\":[{\"massKg\":40}],"
                + "\"variation\":{\"maxMuscleStressMPa\":{\"min\":0.3,\"max\":1.0}}}");
        CliRun r = CliRun.of("population", f.toString(), "--n", "2000", "--threads", "1");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        System.out.println("AnalyzeOverloadTest: " + lines.get(0) + " / " + lines.get(8));
        assertThat(lines.get(0)).matches("people: 2000 \\(solved 2000, infeasible 0\\.00 %\\), seed 1, 1 threads, [0-9.]+ s");
        assertThat(lines.get(7)).startsWith("share above own Dortmund limit");
        assertThat(lines.get(8)).matches("share overloaded \\(beyond their muscle strength; loads at the strength they need\\):"
                + " [0-9.]+ % \\([0-9]+ people\\)");
        int overloaded = Integer.parseInt(lines.get(8).replaceAll(".*\\(([0-9]+) people\\)", "$1"));
        org.lumbosim.population.PopulationResult core = new org.lumbosim.population.PopulationStudy(
                org.lumbosim.population.Populations.nhanes2017To2020(), MuscleModelKind.SINGLE_EQUIVALENT, 1, 1,
                new org.lumbosim.population.ConstantVariation(java.util.Map.of(
                        org.lumbosim.model.TissueParameters.TissueParameter.MAX_MUSCLE_STRESS,
                        new org.lumbosim.population.ConstantVariation.Uniform(0.3, 1.0))), OverloadPolicy.REPORT)
                .run(PosturePreset.LIFT_ROUND_BACK.posture(), List.of(HandLoad.ofMassKg(40)), 2000);
        assertThat(overloaded).isEqualTo(core.overloaded()).isPositive();
        assertThat(lines.get(1)).isEqualTo(String.format(java.util.Locale.ROOT, "L5-S1 compression (N): p5 %.0f  p50 %.0f  p95 %.0f",
                core.compressionP5N(), core.compressionP50N(), core.compressionP95N()));
        assertThat(r.out()).doesNotContain("NaN", "Infinity");
    }
}
