package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.assessment.FatigueDamage;
import org.lumbosim.assessment.JobAssessment;
import org.lumbosim.assessment.JobAssessor;
import org.lumbosim.assessment.JobTask;
import org.lumbosim.load.HandLoad;
import org.lumbosim.Lumbosim;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.posture.PosturePreset;

/** {@code lumbosim assess}: output fields, numbers equal to the core API, bad input. */
class AssessCommandTest {

    private static Path write(Path dir, String json) throws Exception {
        Path f = dir.resolve("job.json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void jsonSummaryEqualsTheCoreAssessment(@TempDir Path dir) throws Exception {
        Path f = write(dir, "{\"subject\":{\"sex\":\"female\",\"statureM\":1.65,\"massKg\":62,\"ageYears\":44},"
                + "\"tasks\":[{\"name\":\"lift\",\"posture\":{\"preset\":\"lift_bent_knees\"},\"loads\":[{\"massKg\":10}],"
                + "\"repetitionsPerDay\":100,\"secondsPerRepetition\":2,\"lift\":{\"horizontalDistanceM\":0.4,"
                + "\"verticalHeightM\":0.2,\"verticalTravelM\":0.6,\"liftsPerMinute\":1,\"duration\":\"2h\",\"coupling\":\"fair\"}}]}");
        CliRun r = CliRun.of("assess", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("status").asText()).isEqualTo("ok");
        JobAssessment a = JobAssessor.assess(LumbarModel.of(new Subject(Sex.FEMALE, 1.65, 62, 44)),
                List.of(new JobTask("lift", PosturePreset.LIFT_BENT_KNEES.posture(), List.of(HandLoad.ofMassKg(10)),
                        100, 2, Optional.empty())), FatigueDamage.DEFAULT_UCT_N);
        assertThat(j.get("peakCompressionN").asDouble()).isEqualTo(a.peakCompressionN());
        assertThat(j.get("cumulativeDamage").asDouble()).isEqualTo(a.cumulativeDamage());
        assertThat(j.get("dortmundVerified").asBoolean()).isFalse();
        JsonNode niosh = j.get("tasks").get(0).get("niosh");
        assertThat(niosh.get("hm").asDouble()).isEqualTo(25.0 / 40);
        assertThat(niosh.get("rwlKg").asDouble()).isGreaterThan(0);
        assertThat(j.get("exceeded").isArray()).isTrue();
    }

    @Test
    void tasksLoadingTheSpineForMoreThanADayAreBadInput(@TempDir Path dir) throws Exception {
        // newcomer pass (ninth session): 100,000 repetitions of 100 s a day were graded, exit 0
        String task = "{\"name\":\"%s\",\"posture\":{\"preset\":\"lift_round_back\"},\"repetitionsPerDay\":%s,"
                + "\"secondsPerRepetition\":%s}";
        CliRun r = CliRun.of("assess", write(dir, "{\"tasks\":[" + String.format(task, "a", 100000, 100) + "]}").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("error: tasks: repetitionsPerDay x secondsPerRepetition add up to 10000000 s"
                + " (2777.8 h) a day, more than the 86400 s of a day; check each task's repetitionsPerDay and"
                + " secondsPerRepetition (how long each occurrence loads the spine)");
        // two tasks that fit a day alone but not together; exactly a day is graded
        r = CliRun.of("assess", write(dir, "{\"tasks\":[" + String.format(task, "a", 1, 86400) + ","
                + String.format(task, "b", 1, 1) + "]}").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("86401 s");
        r = CliRun.of("assess", write(dir, "{\"tasks\":[" + String.format(task, "a", 2, 43200) + "]}").toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void aSubjectYoungerThanTheDortmundTableIsBadInputNamingTheAge(@TempDir Path dir) throws Exception {
        // the Dortmund table's first row is the age of 20: an 18-year-old was graded with it (a clamped answer)
        String job = "{\"subject\":{\"sex\":\"male\",\"statureM\":1.75,\"massKg\":70,\"ageYears\":%s},"
                + "\"tasks\":[{\"name\":\"x\",\"posture\":{\"preset\":\"standing_relaxed\"},\"repetitionsPerDay\":1,"
                + "\"secondsPerRepetition\":60}]}";
        CliRun r = CliRun.of("assess", write(dir, String.format(job, 18)).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("error: subject.ageYears = 18.0 years is outside the model's valid range"
                + " [20.0, 100.0] years: the Dortmund limit every task is graded against has no row below 20 years");
        r = CliRun.of("assess", write(dir, String.format(job, 20)).toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void badInputNamesTheFieldAndExitsTwo(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("assess", write(dir, "{\"tasks\":[{\"name\":\"x\",\"posture\":{\"preset\":\"standing_relaxed\"},"
                + "\"repetitionsPerDay\":-5,\"secondsPerRepetition\":1}]}").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().trim().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("tasks[0].repetitionsPerDay = -5.0", "[0.0, 100000.0]");

        r = CliRun.of("assess", write(dir, "{\"tasks\":[{\"name\":\"x\",\"posture\":{\"preset\":\"standing_relaxed\",\"trunkFlexionDeg\":500},"
                + "\"repetitionsPerDay\":5,\"secondsPerRepetition\":1}]}").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("tasks[0]", "trunkFlexionDeg = 500.0");

        r = CliRun.of("assess", write(dir, "{\"tasks\":[],\"bogus\":1}").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bogus");

        r = CliRun.of("assess", dir.resolve("missing.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void theShippedExampleJobRuns() {
        Path job = Path.of("jobs/warehouse.json");
        CliRun r = CliRun.of("assess", job.toString(), "--format", "table");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("cumulative damage (Miner sum)", "lift box from floor");
    }

    /** A job with one task beyond the multi-fascicle muscles' strength and one that is not. */
    private static String overloadJob(String overload) {
        return "{\"model\":{\"muscles\":\"multi-fascicle\"" + overload + "},\"tasks\":["
                + "{\"name\":\"hold\",\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"massKg\":30}],"
                + "\"repetitionsPerDay\":10,\"secondsPerRepetition\":5},"
                + "{\"name\":\"stand\",\"posture\":{\"preset\":\"standing_relaxed\"},\"repetitionsPerDay\":10,"
                + "\"secondsPerRepetition\":5}]}";
    }

    @Test
    void overloadedTasksAreGradedAndMarkedWithReportAndExitThreeByDefault(@TempDir Path dir) throws Exception {
        LumbarModel fail = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
        LumbarModel report = fail.withOverloadPolicy(OverloadPolicy.REPORT);
        AnalysisResult hold = Lumbosim.analyze(report, PosturePreset.HOLD_FAR.posture(), List.of(HandLoad.ofMassKg(30)));
        assertThat(hold.overloaded()).as("the test's premise: this task is beyond the muscles' strength").isTrue();

        CliRun r = CliRun.of("assess", write(dir, overloadJob("")).toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_INFEASIBLE);
        assertThat(r.out()).isEmpty();

        r = CliRun.of("assess", write(dir, overloadJob(",\"overload\":\"report\"")).toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("status").asText()).isEqualTo("overloaded");
        assertThat(j.get("overloadedTasks").asInt()).isEqualTo(1);
        assertThat(j.get("shareOverloaded").asDouble()).isEqualTo(0.5);
        JsonNode t0 = j.get("tasks").get(0);
        assertThat(t0.get("status").asText()).isEqualTo("overloaded");
        assertThat(t0.get("compressionN").asDouble()).isEqualTo(hold.l5s1().compressionN());
        assertThat(t0.get("requiredMuscleStressMPa").asDouble()).isEqualTo(hold.largestMuscleStressMPa());
        assertThat(t0.get("allowedMuscleStressMPa").asDouble())
                .isEqualTo(report.tissueParameters().maxMuscleStressPa() / 1e6).isLessThan(hold.largestMuscleStressMPa());
        JsonNode t1 = j.get("tasks").get(1);
        assertThat(t1.get("status").asText()).isEqualTo("ok");
        assertThat(t1.has("requiredMuscleStressMPa")).isFalse();

        r = CliRun.of("assess", dir.resolve("job.json").toString(), "--format", "table");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("summary: tasks=2 overloaded=1");
        assertThat(r.out()).containsPattern("overloaded: hold: needs a muscle stress of [0-9.]+ MPa, allowed [0-9.]+ MPa")
                .doesNotContain("overloaded: stand");
    }

    @Test
    void aJobWithinStrengthSaysNoneOverloaded(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("assess", write(dir, "{\"tasks\":[{\"posture\":{\"preset\":\"standing_relaxed\"},"
                + "\"repetitionsPerDay\":1,\"secondsPerRepetition\":1}]}").toString(), "--format", "table");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).endsWith("summary: tasks=1 overloaded=0" + System.lineSeparator()).doesNotContain("overloaded:");
    }

    @Test
    void theSubjectsDiscAreaSetsThePrintedIntradiscalPressure(@TempDir Path dir) throws Exception {
        String tasks = "\"tasks\":[{\"name\":\"lift\",\"posture\":{\"preset\":\"lift_round_back\"},"
                + "\"loads\":[{\"massKg\":15}],\"repetitionsPerDay\":200,\"secondsPerRepetition\":2},"
                + "{\"name\":\"stand\",\"posture\":{\"preset\":\"standing_relaxed\"},\"repetitionsPerDay\":1,"
                + "\"secondsPerRepetition\":60}]";
        String given = "{\"subject\":{\"sex\":\"female\",\"discAreaMm2\":{\"L5-S1\":1500}}," + tasks + "}";
        String derived = "{\"subject\":{\"sex\":\"female\"}," + tasks + "}";
        Path g = Files.writeString(dir.resolve("given.json"), given);
        Path d = Files.writeString(dir.resolve("derived.json"), derived);
        CliRun rg = CliRun.of("assess", g.toString());
        CliRun rd = CliRun.of("assess", d.toString());
        assertThat(rg.code()).as(rg.err()).isZero();
        assertThat(rd.code()).as(rd.err()).isZero();
        ObjectMapper m = new ObjectMapper();
        JsonNode jg = m.readTree(rg.out());
        JsonNode jd = m.readTree(rd.out());
        // analyze of the first task, with the same subject, gives the pressure assess prints for it
        Path a = Files.writeString(dir.resolve("a.json"), "{\"subject\":{\"sex\":\"female\",\"discAreaMm2\":{\"L5-S1\":1500}},"
                + "\"posture\":{\"preset\":\"lift_round_back\"},\"loads\":[{\"massKg\":15}]}");
        CliRun ra = CliRun.of("analyze", a.toString());
        assertThat(ra.code()).as(ra.err()).isZero();
        JsonNode l5s1 = m.readTree(ra.out()).get("levels").get(0);
        assertThat(l5s1.get("level").asText()).isEqualTo("L5-S1");
        JsonNode lift = jg.get("tasks").get(0);
        assertThat(lift.get("idpMPa").asDouble()).isEqualTo(l5s1.get("idpMPa").asDouble());
        assertThat(lift.get("compressionN").asDouble()).isEqualTo(l5s1.get("compressionN").asDouble())
                .isEqualTo(jd.get("tasks").get(0).get("compressionN").asDouble());
        assertThat(lift.get("idpMPa").asDouble()).as("a smaller disc than the derived one: a higher pressure")
                .isGreaterThan(jd.get("tasks").get(0).get("idpMPa").asDouble());
        assertThat(jg.get("peakIdpMPa").asDouble()).isEqualTo(Math.max(lift.get("idpMPa").asDouble(),
                jg.get("tasks").get(1).get("idpMPa").asDouble()));
        CliRun tg = CliRun.of("assess", "--format", "table", g.toString());
        CliRun td = CliRun.of("assess", "--format", "table", d.toString());
        assertThat(tg.out()).contains(String.format(java.util.Locale.ROOT,
                "peak L5-S1 intradiscal pressure %.2f MPa (L5-S1 disc area 1500 mm², the subject's)",
                jg.get("peakIdpMPa").asDouble()));
        assertThat(td.out()).containsPattern("peak L5-S1 intradiscal pressure [0-9.]+ MPa \\(L5-S1 disc area [0-9]+ mm², "
                + "derived from stature\\)");
    }
}
