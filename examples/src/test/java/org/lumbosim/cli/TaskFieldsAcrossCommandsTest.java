package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.reference.DortmundRecommendations2001;

/**
 * The commands that solve a task for one subject ({@code assess} for a job, {@code day} for a
 * schedule) read the subject and model fields as {@code analyze} does: for random task files with
 * every subject and model field (disc areas, criterion, overload, abdominal co-activation), the job's
 * one task and the schedule's first activity have exactly analyze's L5-S1 compression (and the job's
 * task its L5-S1 intradiscal pressure).
 */
class TaskFieldsAcrossCommandsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Random task files compared; each is one analyze, one assess and one day run. */
    private static final int CASES = 25;

    @TempDir
    Path dir;

    /** A random upright task whose subject and model may give every field, with overload reported. */
    private static ObjectNode task(CliInputs g) {
        ObjectNode t = JSON.createObjectNode();
        ObjectNode subject = g.subject();
        if (g.chance(0.6)) {
            ObjectNode areas = subject.putObject("discAreaMm2");
            for (SpinalLevel level : SpinalLevel.values()) {
                if (g.chance(0.5)) {
                    areas.put(level.label(), g.uniform(500, 4000));
                }
            }
        }
        t.set("subject", subject);
        t.set("posture", g.posture(false));
        t.set("loads", g.loads());
        ObjectNode model = g.model();
        if (g.chance(0.5)) {
            model.put(TaskReader.ABDOMINAL_COACTIVATION, g.uniform(0, TissueParameter.ABDOMINAL_COACTIVATION.max()));
        }
        // so that a task beyond the subject's strength still has loads to compare
        model.put("overload", "report");
        t.set("model", model);
        return t;
    }

    @Test
    void assessAndDayGiveAnalyzesCompressionForTheSameSubjectAndModel() throws Exception {
        int compared = 0;
        int days = 0;
        for (int i = 0; i < CASES; i++) {
            CliInputs g = new CliInputs(7300 + i);
            ObjectNode task = task(g);
            String what = "case " + i + ": " + task;
            CliRun a = CliRun.of("analyze", Files.writeString(dir.resolve("a" + i + ".json"), task.toString()).toString());
            if (a.code() == Main.EXIT_BAD_INPUT) {
                // every given value is in its range: only a combination of them may be refused (an angle that the
                // lumbopelvic rhythm derives from them, supports that cannot hold the posture)
                assertThat(a.err().contains("outside the model's valid range") && !a.err().contains("(derived from"))
                        .as("a given value refused; %s%n%s", what, a.err()).isFalse();
            }
            if (a.code() != Main.EXIT_OK) {
                continue;
            }
            double expected = JSON.readTree(a.out()).get("levels").get(0).get("compressionN").doubleValue();
            assertThat(JSON.readTree(a.out()).get("levels").get(0).get("level").asText()).isEqualTo("L5-S1");

            ObjectNode job = JSON.createObjectNode();
            job.set("subject", task.get("subject"));
            job.set("model", task.get("model"));
            ObjectNode jobTask = job.putArray("tasks").addObject();
            jobTask.put("name", "t").set("posture", task.get("posture"));
            jobTask.set("loads", task.get("loads"));
            jobTask.put("repetitionsPerDay", 10).put("secondsPerRepetition", 2);
            CliRun assess = CliRun.of("assess", Files.writeString(dir.resolve("j" + i + ".json"), job.toString()).toString());
            JsonNode age = task.path("subject").path("ageYears");
            if (age.isNumber() && age.doubleValue() < DortmundRecommendations2001.MIN_AGE_YEARS) {
                // a subject the Dortmund table has no row for: assess refuses the job by the age (analyze needs no limit)
                assertThat(assess.code()).as(what + "\n" + assess.err()).isEqualTo(Main.EXIT_BAD_INPUT);
                assertThat(assess.err()).as(what).startsWith("error: subject.ageYears = " + age.doubleValue() + " years ");
            } else {
                assertThat(assess.code()).as(what + "\n" + assess.err()).isZero();
                JsonNode graded = JSON.readTree(assess.out()).get("tasks").get(0);
                assertThat(graded.get("compressionN").doubleValue() == expected)
                        .as(what + ": assess " + graded.get("compressionN") + " vs analyze " + expected).isTrue();
                // the pressure too: the one output of assess that the disc areas change
                double idp = JSON.readTree(a.out()).get("levels").get(0).get("idpMPa").doubleValue();
                assertThat(graded.get("idpMPa").doubleValue() == idp)
                        .as(what + ": assess IDP " + graded.get("idpMPa") + " vs analyze " + idp).isTrue();
            }

            ObjectNode schedule = JSON.createObjectNode();
            schedule.set("subject", task.get("subject"));
            schedule.set("model", task.get("model"));
            ObjectNode work = schedule.putArray("activities").addObject();
            work.put("label", "work").put("hours", 16).set("posture", task.get("posture"));
            work.set("loads", task.get("loads"));
            ((com.fasterxml.jackson.databind.node.ArrayNode) schedule.get("activities")).addObject()
                    .put("label", "night").put("hours", 8).putObject("posture").put("preset", "lying_supine");
            Path csv = dir.resolve("d" + i + ".csv");
            CliRun day = CliRun.of("day", "--out", csv.toString(),
                    Files.writeString(dir.resolve("s" + i + ".json"), schedule.toString()).toString());
            if (day.code() == Main.EXIT_OK) {
                List<String> lines = Files.readAllLines(csv);
                int column = Arrays.asList(lines.get(0).split(",")).indexOf("L5-S1_compressionN");
                double dayN = Double.parseDouble(lines.get(1).split(",")[column]);
                assertThat(dayN == expected).as(what + ": day " + dayN + " vs analyze " + expected).isTrue();
                days++;
            }
            compared++;
        }
        assertThat(compared).as("cases with loads").isGreaterThan(CASES / 2);
        assertThat(days).as("days simulated").isGreaterThan(CASES / 4);
    }

    @Test
    void theSubjectsDiscAreaReachesTheDaysPressure() throws Exception {
        String activities = ",\"activities\":[{\"label\":\"work\",\"hours\":16,\"posture\":{\"preset\":\"standing_relaxed\"}},"
                + "{\"label\":\"night\",\"hours\":8,\"posture\":{\"preset\":\"lying_supine\"}}]}";
        CliRun plain = CliRun.of("day", Files.writeString(dir.resolve("p.json"), "{\"subject\":{}" + activities).toString());
        CliRun small = CliRun.of("day", Files.writeString(dir.resolve("q.json"),
                "{\"subject\":{\"discAreaMm2\":{\"L4-L5\":1000}}" + activities).toString());
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(small.code()).as(small.err()).isZero();
        assertThat(idpStartOfNightMPa(small)).as("a smaller L4-L5 disc carries the same force at a higher pressure")
                .isGreaterThan(idpStartOfNightMPa(plain));
    }

    /** @return the L4-L5 pressure at the start of the night, from day's summary line */
    private static double idpStartOfNightMPa(CliRun day) {
        String summary = day.out().lines().filter(l -> l.startsWith("summary:")).findFirst().orElseThrow();
        String value = summary.replaceFirst(".*idpStartOfNightMPa=(\\S+).*", "$1");
        return Double.parseDouble(value);
    }
}
