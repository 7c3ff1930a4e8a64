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
import org.lumbosim.model.LumbarModel;
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
}
