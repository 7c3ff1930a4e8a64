package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueParameters.TissueParameter;

/**
 * {@code motion --task TASK.json} reads a task file's subject and model as {@code analyze} does: a
 * motion whose frames all hold one posture gives, in every frame, the loads {@code analyze} gives for
 * that posture (exactly in the first frame, solved statically in a fresh workspace as analyze solves; to round-off
 * in the others, whose recruitment starts from the previous frame's) with the same subject and model (random subjects, disc areas, muscle models,
 * criteria, overload policies and co-activations); the task file's posture and loads, and an option
 * that gives what the task file also gives, are bad input naming the field and the option.
 */
class MotionTaskFieldsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Random cases compared; each is one analyze and one three-frame motion. */
    private static final int CASES = 40;
    /** Frames of each static motion. */
    private static final int FRAMES = 3;
    /** Time step of each static motion (s). */
    private static final double STEP_S = 0.01;
    /**
     * Largest relative difference between a later frame of a static motion and the same posture
     * solved by analyze, forces on the scale of their level's compression: its recruitment starts
     * from the previous frame's solution, so it stops at another point within the solver's tolerance
     * (seen: 1.5e-9 of a 43 N shear with the multi-fascicle muscles; 1e-5 N of a 4.8 N lateral shear,
     * about 1e-8 of its level's compression, in an overloaded cubed-stress case), and its inverse dynamics adds zero velocities and accelerations (the
     * first frame, solved statically in a fresh workspace, must agree exactly). A model setting that
     * did not reach the motion changes the loads by far more (the criterion: several %).
     */
    private static final double CONVERGED = 1e-6;
    /** Posture angles of the random postures, within ranges that feet on the floor can hold. */
    private static final String[] ANGLES = {"trunkFlexionDeg", "lumbarFlexionDeg", "lateralBendDeg", "axialRotationDeg",
        "hipFlexionDeg", "kneeFlexionDeg", "shoulderFlexionDeg", "elbowFlexionDeg", "bodyRollDeg",
        "anklePlantarFlexionDeg", "shoulderAbductionDeg", "hipAdductionDeg"};
    private static final double[][] RANGES = {{-20, 80}, {-10, 45}, {-20, 20}, {-20, 20}, {-10, 90}, {0, 90},
        {-30, 120}, {0, 120}, {-10, 10}, {-10, 30}, {0, 60}, {0, 10}};
    /** A motion file of three frames of upright standing. */
    private static final String STANDING_CSV = "time,trunkFlexionDeg\n0,0\n0.01,0\n0.02,0\n";
    /** A motion file of three frames of an asymmetric bent posture, where the recruitment criterion changes the loads. */
    private static final String TWISTED_CSV = "time,trunkFlexionDeg,lumbarFlexionDeg,lateralBendDeg,axialRotationDeg\n"
            + "0,30,20,10,15\n0.01,30,20,10,15\n0.02,30,20,10,15\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aStaticMotionGivesAnalyzesLoadsForTheSameSubjectAndModel() throws Exception {
        int compared = 0;
        int overloadedOrInfeasible = 0;
        for (int i = 0; i < CASES; i++) {
            CliInputs g = new CliInputs(7300 + i);
            ObjectNode common = JSON.createObjectNode();
            ObjectNode subject = g.subject();
            if (g.chance(0.5)) {
                ObjectNode areas = subject.putObject("discAreaMm2");
                for (SpinalLevel l : SpinalLevel.values()) {
                    if (g.chance(0.5)) {
                        areas.put(l.label(), g.uniform(800, 2500));
                    }
                }
            }
            common.set("subject", subject);
            ObjectNode model = g.model();
            if (g.chance(0.4)) {
                model.put("overload", g.pick(List.of("fail", "report")));
            }
            if (g.chance(0.4)) {
                model.put(TaskReader.ABDOMINAL_COACTIVATION, g.uniform(0, TissueParameter.ABDOMINAL_COACTIVATION.max()));
            }
            common.set("model", model);
            double[] angles = new double[ANGLES.length];
            boolean armsHang = g.chance(0.5);
            List<String> columns = new ArrayList<>();
            ObjectNode analyzeTask = common.deepCopy();
            ObjectNode posture = analyzeTask.putObject("posture");
            for (int k = 0; k < ANGLES.length; k++) {
                if (armsHang && ANGLES[k].equals("shoulderFlexionDeg")) {
                    continue;
                }
                angles[k] = g.uniform(RANGES[k][0], RANGES[k][1]);
                columns.add(ANGLES[k]);
                posture.put(ANGLES[k], angles[k]);
            }
            posture.putArray("supports").add("feet");
            posture.put(TaskReader.ARMS_HANG, armsHang);
            double loadKg = g.chance(0.6) ? g.uniform(1, 25) : 0;
            if (loadKg > 0) {
                analyzeTask.putArray("loads").addObject().put("massKg", loadKg);
            }
            if (!model.has("overload")) {
                // a motion reports overload unless the task file says otherwise; analyze fails
                ((ObjectNode) analyzeTask.get("model")).put("overload", "report");
            }
            StringBuilder csv = new StringBuilder("time," + String.join(",", columns) + "\n");
            for (int f = 0; f < FRAMES; f++) {
                csv.append(f * STEP_S);
                for (int k = 0; k < ANGLES.length; k++) {
                    if (columns.contains(ANGLES[k])) {
                        csv.append(',').append(angles[k]);
                    }
                }
                csv.append('\n');
            }
            String what = "case " + i + ": " + analyzeTask;
            Path out = dir.resolve("m" + i + ".csv");
            List<String> args = new ArrayList<>(List.of("motion", "--cutoff-hz", "0", "--task",
                    file("t" + i + ".json", common.toString()).toString(), "--out", out.toString()));
            if (loadKg > 0) {
                args.addAll(List.of("--load-kg", Double.toString(loadKg)));
            }
            args.add(file("m" + i + "-in.csv", csv.toString()).toString());
            CliRun a = CliRun.of("analyze", file("a" + i + ".json", analyzeTask.toString()).toString());
            CliRun m = CliRun.of(args.toArray(new String[0]));
            assertThat(a.code()).as("every value is in range; " + what + "\n" + a.err()).isNotEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(m.code()).as(what + "\n" + a.err() + "\n" + m.err()).isEqualTo(a.code());
            if (a.code() != Main.EXIT_OK) {
                overloadedOrInfeasible += a.code() == Main.EXIT_INFEASIBLE ? 1 : 0;
                continue;
            }
            JsonNode analyzed = JSON.readTree(a.out());
            List<String> rows = Files.readAllLines(out);
            List<String> header = List.of(rows.get(0).split(","));
            assertThat(rows).as(what).hasSize(FRAMES + 1);
            for (int f = 0; f < FRAMES; f++) {
                String[] cells = rows.get(f + 1).split(",", -1);
                boolean fresh = f == 0;
                String status = cells[header.indexOf("status")];
                boolean overloaded = analyzed.get("status").asText().equals("overloaded");
                assertThat(status).as(what + ": status at t = " + cells[0]).isEqualTo(overloaded ? "OVERLOADED" : "OK");
                overloadedOrInfeasible += overloaded ? 1 : 0;
                for (JsonNode level : analyzed.get("levels")) {
                    for (String q : List.of("compressionN", "apShearN", "lateralShearN", "idpMPa")) {
                        String column = level.get("level").asText() + "_" + q;
                        double motion = Double.parseDouble(cells[header.indexOf(column)]);
                        double expected = level.get(q).doubleValue();
                        // a force is compared on the scale of the level's joint force (a small shear of a
                        // flat cubed-stress optimum moves by more than 1e-6 of itself), a pressure on its own
                        double scale = q.equals("idpMPa") ? Math.abs(expected)
                                : Math.max(Math.abs(expected), level.get("compressionN").doubleValue());
                        assertThat(motion).as(what + ": " + column + " at t = " + cells[0])
                                .isCloseTo(expected, within(fresh ? 0 : CONVERGED * Math.max(1, scale)));
                    }
                }
            }
            compared++;
        }
        assertThat(compared).as("cases with loads").isGreaterThan(CASES / 2);
        assertThat(overloadedOrInfeasible).as("overloaded or infeasible frames met").isPositive();
    }

    @Test
    void theTaskFilesPostureAndLoadsAreBadInputNamingTheFieldAndTheCommand() throws Exception {
        Path motion = file("m.csv", STANDING_CSV);
        for (String field : List.of("posture", "loads")) {
            String value = field.equals("posture") ? "{\"preset\":\"standing_flexed\"}" : "[{\"massKg\":5}]";
            Path task = file(field + ".json", "{\"subject\":{\"sex\":\"female\"},\"" + field + "\":" + value + "}");
            CliRun r = CliRun.of("motion", "--task", task.toString(), motion.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(r.err().lines()).hasSize(1);
            assertThat(r.err()).contains(field + " cannot apply in motion --task", task.toString());
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void anOptionThatTheTaskFileAlsoGivesIsBadInputAndTheOthersCombine() throws Exception {
        Path motion = file("m.csv", STANDING_CSV);
        String[][] shared = {{"--sex", "male", "\"subject\":{\"sex\":\"female\"}", "subject.sex"},
            {"--stature-m", "1.8", "\"subject\":{\"statureM\":1.6}", "subject.statureM"},
            {"--mass-kg", "80", "\"subject\":{\"massKg\":60}", "subject.massKg"},
            {"--mass-kg", "80", "\"subject\":{\"bodyMassKg\":60}", "subject.bodyMassKg"},
            {"--age-years", "30", "\"subject\":{\"ageYears\":50}", "subject.ageYears"},
            {"--muscles", "multi-fascicle", "\"model\":{\"muscles\":\"single-equivalent\"}", "model.muscles"}};
        for (String[] s : shared) {
            Path task = file("s.json", "{" + s[2] + "}");
            CliRun r = CliRun.of("motion", s[0], s[1], "--task", task.toString(), motion.toString());
            assertThat(r.code()).as(s[0] + ": " + r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(r.err()).contains(s[0] + " and " + s[3] + " of " + task, "use one of them");
        }
        // an option and a task file that give different things make one subject: the same as the task file alone
        Path twisted = file("twisted.csv", TWISTED_CSV);
        CliRun combined = CliRun.of("motion", "--sex", "female", "--task",
                file("c.json", "{\"subject\":{\"statureM\":1.6},\"model\":{\"criterion\":\"min-max\"}}").toString(),
                "--load-kg", "10", twisted.toString());
        CliRun whole = CliRun.of("motion", "--task", file("w.json",
                "{\"subject\":{\"sex\":\"female\",\"statureM\":1.6},\"model\":{\"criterion\":\"min-max\"}}").toString(),
                "--load-kg", "10", twisted.toString());
        CliRun options = CliRun.of("motion", "--sex", "female", "--stature-m", "1.6", "--load-kg", "10",
                twisted.toString());
        assertThat(combined.code()).as(combined.err()).isZero();
        assertThat(combined.out()).isEqualTo(whole.out());
        assertThat(options.code()).as(options.err()).isZero();
        assertThat(options.out()).as("the criterion reaches the motion").isNotEqualTo(whole.out());
    }

    @Test
    void aBadSubjectOrModelFieldIsTheMessageAnalyzeGives() throws Exception {
        Path motion = file("m.csv", STANDING_CSV);
        for (String body : List.of("\"subject\":{\"statureM\":9}", "\"model\":{\"criterion\":\"fastest\"}",
                "\"subject\":{\"discAreaMm2\":{\"L6-S1\":1000}}", "\"model\":{\"abdominalCoactivation\":-1}",
                "\"variation\":{}")) {
            CliRun a = CliRun.of("analyze", file("a.json", "{" + body + ",\"posture\":{\"preset\":\"standing_relaxed\"}}")
                    .toString());
            Path task = file("t.json", "{" + body + "}");
            CliRun m = CliRun.of("motion", "--task", task.toString(), motion.toString());
            assertThat(m.code()).as(body + ": " + m.err()).isEqualTo(Main.EXIT_BAD_INPUT).isEqualTo(a.code());
            assertThat(m.err()).as(body).isEqualTo(a.err().replace(dir.resolve("a.json").toString(), task.toString()));
        }
    }
}
