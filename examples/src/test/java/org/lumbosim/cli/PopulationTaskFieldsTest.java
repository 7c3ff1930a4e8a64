package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.population.ContactPercentiles;
import org.lumbosim.population.OutputPercentiles;
import org.lumbosim.population.PopulationStudy;
import org.lumbosim.population.Populations;
import org.lumbosim.result.BodySide;

/**
 * {@code population} reads a task file's fields as {@code analyze} does: a population of one person
 * without spread gives exactly the loads {@code analyze} gives for that person ({@code model.muscles},
 * {@code criterion}, {@code overload} and {@code abdominalCoactivation} all reach it), and the subject
 * fields it cannot apply (it draws every person) are bad input naming the field and the command, not
 * silently ignored. The thighs' pushes of a resting trunk or hands, where analyze reports them, are the
 * population's push rows.
 */
class PopulationTaskFieldsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Random task files compared; each is one solve by each command. */
    private static final int CASES = 60;
    /** An asymmetric bent posture with a load, where the recruitment criterion changes the loads. */
    private static final String TWISTED = "\"posture\":{\"trunkFlexionDeg\":30,\"lumbarFlexionDeg\":20,"
            + "\"lateralBendDeg\":10,\"axialRotationDeg\":15,\"hipFlexionDeg\":10,\"shoulderFlexionDeg\":0},"
            + "\"loads\":[{\"massKg\":10}]";

    @TempDir
    Path dir;

    private Path file(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json);
    }

    /** @return person 0 of {@code population --seed seed} (the drawn people do not depend on the model) */
    private static Subject firstPerson(long seed) {
        return new PopulationStudy(Populations.nhanes2017To2020(), MuscleModelKind.SINGLE_EQUIVALENT, seed, 1).person(0);
    }

    /** @return the task with that person as its subject */
    private static ObjectNode withSubject(ObjectNode task, Subject p) {
        ObjectNode t = task.deepCopy();
        t.putObject("subject").put("sex", p.sex().name().toLowerCase(Locale.ROOT)).put("statureM", p.statureM())
                .put("massKg", p.bodyMassKg()).put("ageYears", p.ageYears());
        return t;
    }

    /** @return {@code population --n 1 --out}'s CSV as level/quantity -> {p5, p50, p95, mean} */
    private static Map<String, double[]> percentiles(Path csv) throws Exception {
        Map<String, double[]> m = new HashMap<>();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("level,quantity,p5,p50,p95,mean");
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            m.put(c[0] + "/" + c[1], new double[] {Double.parseDouble(c[2]), Double.parseDouble(c[3]),
                Double.parseDouble(c[4]), Double.parseDouble(c[5])});
        }
        return m;
    }

    /**
     * Every quantity at every level of analyze's JSON, and the magnitude of every thighs' push it reports
     * ({@code trunkOnThighs}, {@code handsOnThighs}), equals population's p5, p50, p95 and mean of one person.
     */
    private static void assertSameLoads(String what, JsonNode analyzed, Map<String, double[]> population) {
        Map<String, Double> pushes = new HashMap<>();
        if (analyzed.has("trunkOnThighs")) {
            pushes.put("/" + ContactPercentiles.TRUNK_ON_THIGHS_FORCE_N, magnitude(analyzed.get("trunkOnThighs")));
        }
        for (JsonNode hand : analyzed.path("handsOnThighs")) {
            pushes.put("/" + ContactPercentiles.handQuantity(BodySide.valueOf(hand.get("side").asText()
                    .toUpperCase(Locale.ROOT))), magnitude(hand));
        }
        assertThat(population).as(what).hasSize(analyzed.get("levels").size() * OutputPercentiles.QUANTITIES.size()
                + pushes.size());
        pushes.forEach((key, expected) -> {
            assertThat(population.get(key)).as(what + ": " + key).isNotNull();
            for (double v : population.get(key)) {
                assertThat(v == expected).as(what + ": " + key + " population " + v + " vs analyze " + expected).isTrue();
            }
        });
        for (JsonNode level : analyzed.get("levels")) {
            for (String q : OutputPercentiles.QUANTITIES) {
                double[] p = population.get(level.get("level").asText() + "/" + q);
                double expected = level.get(q).doubleValue();
                for (double v : p) {
                    assertThat(v == expected).as(what + ": " + level.get("level").asText() + " " + q + " population "
                            + v + " vs analyze " + expected).isTrue();
                }
            }
        }
    }

    /** @return the length of a push's {@code forceN} array, as its record's {@code forceN()} computes it */
    private static double magnitude(JsonNode push) {
        JsonNode f = push.get("forceN");
        double x = f.get(0).doubleValue();
        double y = f.get(1).doubleValue();
        double z = f.get(2).doubleValue();
        return Math.sqrt(x * x + y * y + z * z);
    }

    @Test
    void aPopulationOfOneWithoutSpreadGivesAnalyzesLoadsForThatPerson() throws Exception {
        int compared = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = 9100 + i;
            CliInputs g = new CliInputs(seed);
            ObjectNode task = g.task();
            task.remove("subject");
            ObjectNode model = task.has("model") ? (ObjectNode) task.get("model") : task.putObject("model");
            if (g.chance(0.3)) {
                model.put("overload", g.pick(List.of("fail", "report")));
            }
            ObjectNode populationTask = task.deepCopy();
            ObjectNode analyzeTask = withSubject(task, firstPerson(seed));
            if (g.chance(0.4)) {
                // the co-activation as one value, in model or as a variation of zero spread
                double v = g.uniform(0, TissueParameter.ABDOMINAL_COACTIVATION.max());
                ((ObjectNode) analyzeTask.get("model")).put(TaskReader.ABDOMINAL_COACTIVATION, v);
                if (g.chance(0.5)) {
                    ((ObjectNode) populationTask.get("model")).put(TaskReader.ABDOMINAL_COACTIVATION, v);
                } else {
                    populationTask.putObject("variation").putObject(TaskReader.ABDOMINAL_COACTIVATION).put("min", v).put("max", v);
                }
            }
            if (!model.has("overload")) {
                // a population's default is to report overload; analyze's is to fail
                ((ObjectNode) analyzeTask.get("model")).put("overload", "report");
            }
            String what = "case " + i + ": " + populationTask;
            Path csv = dir.resolve("p" + i + ".csv");
            CliRun a = CliRun.of("analyze", file("a" + i + ".json", analyzeTask.toString()).toString());
            CliRun p = CliRun.of("population", "--n", "1", "--seed", Long.toString(seed), "--threads", "1", "--out",
                    csv.toString(), file("p" + i + ".json", populationTask.toString()).toString());
            assertThat(p.code()).as(what + "\n" + a.err() + "\n" + p.err()).isEqualTo(a.code());
            if (a.code() == Main.EXIT_OK) {
                assertSameLoads(what, JSON.readTree(a.out()), percentiles(csv));
                assertThat(p.out()).as(what).contains("people: 1 (solved 1, infeasible 0.00 %)");
                compared++;
            }
        }
        assertThat(compared).as("cases with loads").isGreaterThan(CASES / 2);
    }

    @Test
    void theCriterionReachesEveryPerson() throws Exception {
        long seed = 21;
        String minMax = "{" + TWISTED + ",\"model\":{\"criterion\":\"min-max\"}}";
        Path csv = dir.resolve("minmax.csv");
        Path squaredCsv = dir.resolve("squared.csv");
        CliRun p = CliRun.of("population", "--n", "1", "--seed", "21", "--out", csv.toString(), file("p.json", minMax).toString());
        CliRun q = CliRun.of("population", "--n", "1", "--seed", "21", "--out", squaredCsv.toString(),
                file("q.json", "{" + TWISTED + "}").toString());
        CliRun a = CliRun.of("analyze", file("a.json", withSubject((ObjectNode) JSON.readTree(minMax), firstPerson(seed))
                .toString()).toString());
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(q.code()).as(q.err()).isZero();
        assertThat(a.code()).as(a.err()).isZero();
        assertSameLoads("min-max", JSON.readTree(a.out()), percentiles(csv));
        assertThat(percentiles(csv).get("L5-S1/compressionN")[1])
                .as("min-max and squared stress differ in this posture")
                .isNotEqualTo(percentiles(squaredCsv).get("L5-S1/compressionN")[1]);
    }

    @Test
    void theSubjectsOwnDiscAreasAreBadInputNamingTheFieldAndTheCommand() throws Exception {
        CliRun r = CliRun.of("population", "--n", "5", file("t.json",
                "{" + TWISTED + ",\"subject\":{\"discAreaMm2\":{\"L5-S1\":1000}}}").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("subject.discAreaMm2", "population", "discAreaScale");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void otherSubjectFieldsAreBadInputAndAnEmptySubjectIsNot() throws Exception {
        for (String field : List.of("\"sex\":\"female\"", "\"statureM\":1.6", "\"massKg\":60", "\"bodyMassKg\":60",
                "\"ageYears\":30")) {
            CliRun r = CliRun.of("population", "--n", "5", file("s.json", "{" + TWISTED + ",\"subject\":{" + field + "}}").toString());
            String name = field.substring(1, field.indexOf('"', 1));
            assertThat(r.code()).as(field + ": " + r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(r.err()).contains("subject." + name + " cannot apply in population");
        }
        CliRun empty = CliRun.of("population", "--n", "5", file("e.json", "{" + TWISTED + ",\"subject\":{}}").toString());
        assertThat(empty.code()).as(empty.err()).isZero();
    }

    @Test
    void anExplicitFailOverloadCountsOverloadedPeopleAsInfeasible() throws Exception {
        String weak = "\"posture\":{\"preset\":\"lift_round_back\"},\"loads\":[{\"massKg\":15}],"
                + "\"variation\":{\"maxMuscleStressMPa\":{\"min\":0.3,\"max\":0.5}}";
        CliRun report = CliRun.of("population", "--n", "40", "--threads", "1", file("r.json", "{" + weak + "}").toString());
        CliRun fail = CliRun.of("population", "--n", "40", "--threads", "1",
                file("f.json", "{" + weak + ",\"model\":{\"overload\":\"fail\"}}").toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("people: 40 (solved 40, infeasible 0.00 %)").doesNotContain("0.00 % (0 people)");
        assertThat(fail.code()).as(fail.err()).isZero();
        assertThat(fail.out()).as(report.out()).contains("(0 people)").doesNotContain("solved 40,");
    }
}
