package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.disc.DayResult;
import org.lumbosim.disc.DaySchedule;
import org.lumbosim.disc.DiurnalDisc;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.LumbarMotion;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeValidation;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.solver.RecruitmentCriterion;
import org.lumbosim.solver.RecruitmentSolver;

/** Runs {@link Main#run} in-process and checks the command-line contract of docs/cli.md. */
class MainTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LEVEL_FIELDS = List.of("level", "compressionN", "apShearN", "lateralShearN",
            "idpMPa");
    private static final Pattern SUMMARY = Pattern.compile(
            "^summary: rmseIdpMPa=([0-9.]+) ratioMaePct=([0-9.]+) n=([0-9]+)$");

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path task(String json) throws IOException {
        return CliRun.taskFile(dir, json);
    }

    private static final String EXAMPLE = "{\"subject\":{\"sex\":\"female\",\"statureM\":1.62,\"massKg\":58,"
            + "\"ageYears\":30},\"posture\":{\"preset\":\"standing_flexed\",\"trunkFlexionDeg\":36},"
            + "\"loads\":[{\"massKg\":20}],\"model\":{\"muscles\":\"single-equivalent\",\"criterion\":\"squared-stress\"}}";

    private static AnalysisResult expectedExample() {
        Subject s = new Subject(Sex.FEMALE, 1.62, 58, 30);
        Posture p = PosturePreset.STANDING_FLEXED.posture().withTrunkFlexionFollowingRhythmDeg(36);
        return Lumbosim.analyze(s, p, List.of(HandLoad.ofMassKg(20)));
    }

    @Test
    void analyzeJsonHasAllFiveLevelsWithTheContractFieldsAndTheFacadeNumbers() throws IOException {
        Result r = run("analyze", task(EXAMPLE).toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("status").asText()).isEqualTo("ok");
        JsonNode levels = root.get("levels");
        assertThat(levels.size()).isEqualTo(5);
        AnalysisResult expected = expectedExample();
        for (int i = 0; i < 5; i++) {
            JsonNode l = levels.get(i);
            for (String f : LEVEL_FIELDS) {
                assertThat(l.has(f)).as("levels[%d].%s", i, f).isTrue();
            }
            LevelLoad e = expected.levels().get(i);
            assertThat(l.get("level").asText()).isEqualTo(SpinalLevel.ofIndex(i).label());
            assertThat(l.get("compressionN").doubleValue()).isEqualTo(e.compressionN());
            assertThat(l.get("apShearN").doubleValue()).isEqualTo(e.apShearN());
            assertThat(l.get("lateralShearN").doubleValue()).isEqualTo(e.lateralShearN());
            assertThat(l.get("idpMPa").doubleValue()).isEqualTo(e.idpMPa());
        }
        assertThat(levels.get(0).get("level").asText()).isEqualTo("L5-S1");
        assertThat(root.has("muscles")).isFalse();
        assertThat(root.get("subject").get("sex").asText()).isEqualTo("female");
    }

    @Test
    void muscleForcesListsEveryMuscleLine() throws IOException {
        Result r = run("analyze", task(EXAMPLE).toString(), "--muscle-forces");
        assertThat(r.code()).isZero();
        JsonNode muscles = JSON.readTree(r.out()).get("muscles");
        AnalysisResult expected = expectedExample();
        assertThat(muscles.size()).isEqualTo(expected.muscles().size()).isPositive();
        for (int i = 0; i < muscles.size(); i++) {
            JsonNode m = muscles.get(i);
            for (String f : List.of("name", "group", "side", "forceN", "stressMPa")) {
                assertThat(m.has(f)).as("muscles[%d].%s", i, f).isTrue();
            }
            assertThat(m.get("forceN").doubleValue()).isEqualTo(expected.muscles().get(i).forceN());
            assertThat(m.get("name").asText()).isEqualTo(expected.muscles().get(i).name());
        }
    }

    @Test
    void csvHasAHeaderAndOneFullPrecisionRowPerLevel() throws IOException {
        Result r = run("analyze", task(EXAMPLE).toString(), "--format", "csv");
        assertThat(r.code()).isZero();
        List<String> lines = r.outLines();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("level,compressionN,apShearN,lateralShearN,idpMPa");
        AnalysisResult expected = expectedExample();
        for (int i = 0; i < 5; i++) {
            String[] c = lines.get(i + 1).split(",");
            LevelLoad e = expected.levels().get(i);
            assertThat(c[0]).isEqualTo(e.level().label());
            assertThat(Double.parseDouble(c[1])).isEqualTo(e.compressionN());
            assertThat(Double.parseDouble(c[2])).isEqualTo(e.apShearN());
            assertThat(Double.parseDouble(c[3])).isEqualTo(e.lateralShearN());
            assertThat(Double.parseDouble(c[4])).isEqualTo(e.idpMPa());
        }
    }

    @Test
    void tableIsAlignedWithEveryLevel() throws IOException {
        Result r = run("analyze", "--format=table", task(EXAMPLE).toString());
        assertThat(r.code()).isZero();
        AnalysisResult expected = expectedExample();
        String l5 = String.format(java.util.Locale.ROOT, "%.1f", expected.l5s1().compressionN());
        assertThat(r.out()).contains("compression_N").contains("idp_MPa").contains(l5);
        int header = -1;
        List<String> lines = r.outLines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("level ")) {
                header = i;
            }
        }
        assertThat(header).isNotNegative();
        for (int i = 1; i <= 5; i++) {
            assertThat(lines.get(header + i)).startsWith(SpinalLevel.ofIndex(i - 1).label())
                    .hasSameSizeAs(lines.get(header));
        }
    }

    /** The table lists the posture's supports by their task-file names, in the JSON echo's order. */
    @Test
    void tableListsThePosturesSupports() throws IOException {
        Result r = run("analyze", "--format=table", task("{\"posture\":{\"preset\":\"sitting_max_flexion\"}}").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.outLines()).contains("supports: feet, seat, trunk_on_thighs");
        Result standing = run("analyze", "--format=table", task(EXAMPLE).toString());
        assertThat(standing.outLines()).contains("supports: feet");
    }

    private JsonNode postureEcho(String postureJson) throws IOException {
        Result r = run("analyze", task("{\"posture\":" + postureJson + "}").toString());
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out()).get("posture");
    }

    @Test
    void issue12_withoutAShoulderAngleTheArmsHangUnderGravity() throws IOException {
        JsonNode p = postureEcho("{\"trunkFlexionDeg\":60}");
        assertThat(p.get("armsHang").booleanValue()).isTrue();
        assertThat(p.get("shoulderFlexionDeg").doubleValue()).isEqualTo(60);
        JsonNode held = postureEcho("{\"trunkFlexionDeg\":60,\"shoulderFlexionDeg\":0}");
        assertThat(held.get("armsHang").booleanValue()).isFalse();
        assertThat(held.get("shoulderFlexionDeg").doubleValue()).isZero();
        // a preset that holds its arms keeps them held; armsHang makes them hang
        assertThat(postureEcho("{\"preset\":\"hold_far\",\"trunkFlexionDeg\":20}").get("shoulderFlexionDeg")
                .doubleValue()).isEqualTo(90);
        assertThat(postureEcho("{\"preset\":\"hold_far\",\"trunkFlexionDeg\":20,\"armsHang\":true}")
                .get("shoulderFlexionDeg").doubleValue()).isEqualTo(20);
        // a preset whose arms hang, with its trunk changed, keeps them hanging
        assertThat(postureEcho("{\"preset\":\"standing_flexed\",\"trunkFlexionDeg\":70}").get("shoulderFlexionDeg")
                .doubleValue()).isEqualTo(70);
    }

    @Test
    void issue12_bendingFurtherWithALoadGivesMoreL5S1CompressionThanBendingLessWithout() throws IOException {
        Result loaded = run("analyze", task("{\"posture\":{\"trunkFlexionDeg\":60},\"loads\":[{\"massKg\":10}]}")
                .toString());
        Result unloaded = run("analyze", task("{\"posture\":{\"trunkFlexionDeg\":40}}").toString());
        assertThat(loaded.code()).as(loaded.err()).isZero();
        assertThat(unloaded.code()).as(unloaded.err()).isZero();
        double c60 = JSON.readTree(loaded.out()).get("levels").get(0).get("compressionN").doubleValue();
        double c40 = JSON.readTree(unloaded.out()).get("levels").get(0).get("compressionN").doubleValue();
        assertThat(c60).isGreaterThan(c40);
    }

    @Test
    void issue12_armsHangAndAShoulderAngleTogetherOrANonBooleanAreBadInput() throws IOException {
        Result both = run("analyze", task("{\"posture\":{\"armsHang\":true,\"shoulderFlexionDeg\":10}}").toString());
        assertThat(both.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(both.err()).contains("give either shoulderFlexionDeg", "or armsHang = true");
        Result text = run("analyze", task("{\"posture\":{\"armsHang\":\"yes\"}}").toString());
        assertThat(text.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(text.err()).contains("posture.armsHang = \"yes\" is not true or false");
    }

    @Test
    void trunkFlexionOverrideReDerivesLumbarFlexionByTheRhythm() throws IOException {
        JsonNode p = postureEcho("{\"preset\":\"standing_flexed\",\"trunkFlexionDeg\":36}");
        Posture expected = PosturePreset.STANDING_FLEXED.posture().withTrunkFlexionFollowingRhythmDeg(36);
        assertThat(p.get("trunkFlexionDeg").doubleValue()).isEqualTo(36);
        assertThat(p.get("lumbarFlexionDeg").doubleValue()).isEqualTo(LumbarMotion.rhythmLumbarFlexionDeg(36))
                .isNotEqualTo(PosturePreset.STANDING_FLEXED.posture().lumbarFlexionDeg());
        assertThat(p.get("hipFlexionDeg").doubleValue()).isEqualTo(expected.hipFlexionDeg());
        assertThat(p.get("shoulderFlexionDeg").doubleValue()).isEqualTo(expected.shoulderFlexionDeg());
    }

    @Test
    void explicitLumbarFlexionAndOtherFieldsOverrideDirectly() throws IOException {
        JsonNode p = postureEcho("{\"preset\":\"standing_flexed\",\"trunkFlexionDeg\":36,\"lumbarFlexionDeg\":10,"
                + "\"kneeFlexionDeg\":20,\"supports\":[\"feet\",\"backrest\"]}");
        Posture preset = PosturePreset.STANDING_FLEXED.posture();
        assertThat(p.get("trunkFlexionDeg").doubleValue()).isEqualTo(36);
        assertThat(p.get("lumbarFlexionDeg").doubleValue()).isEqualTo(10);
        assertThat(p.get("kneeFlexionDeg").doubleValue()).isEqualTo(20);
        assertThat(p.get("hipFlexionDeg").doubleValue()).isEqualTo(preset.hipFlexionDeg());
        assertThat(p.get("supports").toString()).isEqualTo("[\"feet\",\"backrest\"]");
    }

    @Test
    void armrestsAreReadAndTheSlouchedPresetSitsOnThem() throws IOException {
        JsonNode p = postureEcho("{\"preset\":\"sitting_upright\",\"supports\":[\"seat\",\"feet\",\"armrests\"]}");
        assertThat(p.get("supports").toString()).isEqualTo("[\"feet\",\"seat\",\"armrests\"]");
        assertThat(postureEcho("{\"preset\":\"sitting_slouched\"}").get("supports").toString())
                .isEqualTo("[\"feet\",\"seat\",\"backrest\",\"armrests\"]");
    }

    @Test
    void handsOnThighsAreReadAndTheStoolSittingPresetsRestOnThem() throws IOException {
        JsonNode p = postureEcho("{\"preset\":\"standing_relaxed\",\"supports\":[\"hands_on_thighs\",\"seat\",\"feet\"]}");
        assertThat(p.get("supports").toString()).isEqualTo("[\"feet\",\"seat\",\"hands_on_thighs\"]");
        for (String preset : new String[] {"sitting_unsupported", "sitting_upright"}) {
            assertThat(postureEcho("{\"preset\":\"" + preset + "\"}").get("supports").toString()).as(preset)
                    .isEqualTo("[\"feet\",\"seat\",\"hands_on_thighs\"]");
        }
    }

    @Test
    void theAnkleAngleIsReadKeptFromThePresetAndRangeChecked() throws IOException {
        assertThat(postureEcho("{\"preset\":\"plank\"}").get("anklePlantarFlexionDeg").doubleValue())
                .isEqualTo(PosturePreset.PLANK.posture().anklePlantarFlexionDeg());
        assertThat(postureEcho("{\"preset\":\"plank\",\"anklePlantarFlexionDeg\":20}")
                .get("anklePlantarFlexionDeg").doubleValue()).isEqualTo(20);
        Result r = run("analyze", task("{\"posture\":{\"anklePlantarFlexionDeg\":60}}").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("posture.anklePlantarFlexionDeg").contains("60");
    }

    @Test
    void theArmAbductionIsReadKeptFromThePresetAndRangeChecked() throws IOException {
        assertThat(postureEcho("{\"preset\":\"deadlift_squat\"}").get("shoulderAbductionDeg").doubleValue())
                .isEqualTo(PosturePreset.DEADLIFT_SQUAT.posture().shoulderAbductionDeg()).isPositive();
        assertThat(postureEcho("{\"preset\":\"deadlift_squat\",\"trunkFlexionDeg\":40}")
                .get("shoulderAbductionDeg").doubleValue()).isEqualTo(PosturePreset.DEADLIFT_SQUAT.posture()
                .shoulderAbductionDeg());
        assertThat(postureEcho("{\"shoulderAbductionDeg\":20}").get("shoulderAbductionDeg").doubleValue())
                .isEqualTo(20);
        Result r = run("analyze", task("{\"posture\":{\"shoulderAbductionDeg\":-5}}").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("posture.shoulderAbductionDeg").contains("-5");
    }

    @Test
    void theLegAdductionIsReadAndRangeChecked() throws IOException {
        assertThat(postureEcho("{\"preset\":\"standing_relaxed\"}").get("hipAdductionDeg").doubleValue())
                .isZero();
        assertThat(postureEcho("{\"hipAdductionDeg\":6}").get("hipAdductionDeg").doubleValue()).isEqualTo(6);
        Result r = run("analyze", task("{\"posture\":{\"hipAdductionDeg\":31}}").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("posture.hipAdductionDeg").contains("31");
    }

    @Test
    void withoutPresetFieldsDefaultToZeroAndFeet() throws IOException {
        JsonNode p = postureEcho("{\"lateralBendDeg\":10}");
        for (String f : TaskReader.POSTURE_ANGLES) {
            assertThat(p.get(f).doubleValue()).as(f).isEqualTo(f.equals("lateralBendDeg") ? 10 : 0);
        }
        assertThat(p.get("supports").toString()).isEqualTo("[\"feet\"]");
    }

    @Test
    void modelLoadsAndHandsReachTheSolver() throws IOException {
        String json = "{\"posture\":{\"preset\":\"standing_relaxed\"},\"loads\":[{\"massKg\":2,\"forceN\":[5,0,-5],"
                + "\"hands\":\"right\",\"positionM\":[0.3,0.3,0.05]},{\"massKg\":1}],"
                + "\"model\":{\"muscles\":\"multi-fascicle\",\"criterion\":\"min-max\"}}";
        Result r = run("analyze", task(json).toString(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(MuscleModelKind.MULTI_FASCICLE)
                .withSolver(RecruitmentSolver.defaults().withCriterion(RecruitmentCriterion.MIN_MAX));
        AnalysisResult e = Lumbosim.analyze(model, PosturePreset.STANDING_RELAXED.posture(), List.of(
                new HandLoad(2, 5, 0, -5, Hands.RIGHT, new PositionM(0.3, 0.3, 0.05)), HandLoad.ofMassKg(1)));
        String[] l5 = r.outLines().get(1).split(",");
        assertThat(Double.parseDouble(l5[1])).isEqualTo(e.l5s1().compressionN());
        assertThat(Double.parseDouble(l5[3])).isEqualTo(e.l5s1().lateralShearN()).isNotZero();
    }

    @Test
    void infeasibleRecruitmentExitsThreeWithAStatusObject() throws IOException {
        String json = "{\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"massKg\":30}],"
                + "\"model\":{\"muscles\":\"multi-fascicle\"}}";
        Result r = run("analyze", task(json).toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_INFEASIBLE);
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("status").asText()).isEqualTo("infeasible");
        // the level where the residual lands at the iterate that proves infeasibility, not the cause
        // (docs/recruitment.md, "Infeasibility"): any lumbar level
        assertThat(root.get("level").asText()).matches("L[1-5]-(L[2-5]|S1)");
        assertThat(root.get("axis").asText()).isEqualTo("flexion-extension");
        assertThat(root.get("message").asText()).contains("muscle recruitment fails at ");
        assertThat(root.get("allowedMuscleStressMPa").asDouble()).isEqualTo(0.755);
        // the strength the task needs (min-max stress with the bound lifted) is above the allowed one
        assertThat(root.get("requiredMuscleStressMPa").asDouble()).isGreaterThan(0.755).isLessThan(100);
        assertThat(root.get("message").asText()).contains("MPa (allowed 0.755 MPa)");
        assertThat(r.errLines()).hasSize(1);
        Result csv = run("analyze", task(json).toString(), "--format", "csv");
        assertThat(csv.code()).isEqualTo(Main.EXIT_INFEASIBLE);
        assertThat(csv.out()).isEmpty();
        assertThat(csv.errLines()).hasSize(1);
    }

    /**
     * The moment in the infeasible message is in N·m, as everywhere else (the newcomer pass found
     * "Nm"), and docs/cli.md's example status object quotes the message the CLI prints for its task:
     * word for word once every number (and level digit) is masked, so the model's numbers may move.
     */
    @Test
    void theInfeasibleMessageWritesNewtonMetresAndIsTheOneDocsCliQuotes() throws IOException {
        String json = "{\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"massKg\":30}],"
                + "\"model\":{\"muscles\":\"multi-fascicle\"}}";
        Result r = run("analyze", task(json).toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_INFEASIBLE);
        String message = JSON.readTree(r.out()).get("message").asText();
        assertThat(message).matches(".*: [0-9.E-]+ N·m cannot be balanced .*").doesNotContain(" Nm ");
        String documented = Files.readAllLines(Path.of("../docs/cli.md"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("  \"message\" : \"muscle recruitment fails")).findFirst().orElseThrow();
        String quoted = JSON.readTree("{" + documented.strip().replaceAll(",$", "") + "}").get("message").asText();
        assertThat(masked(quoted)).isEqualTo(masked(message));
    }

    /** @return the text with every number replaced by {@code #} */
    private static String masked(String text) {
        return text.replaceAll("[0-9]+(\\.[0-9]+)?(E-?[0-9]+)?", "#");
    }

    static Stream<Arguments> badTasks() {
        String rng = "[-180.0, 180.0] deg";
        return Stream.of(
                Arguments.of("malformed", "{\"posture\": {\"preset\": }", List.of(".json:1:24: malformed JSON")),
                Arguments.of("trailing", "{\"posture\":{\"preset\":\"hold_far\"}} x", List.of("malformed JSON")),
                Arguments.of("empty", "", List.of("task", "empty")),
                Arguments.of("not an object", "[1,2]", List.of("task", "[1,2]", "posture")),
                Arguments.of("unknown preset", "{\"posture\":{\"preset\":\"sitting_on_cloud\"}}",
                        List.of("posture.preset", "sitting_on_cloud", "standing_relaxed", "hold_far")),
                Arguments.of("unknown posture field", "{\"posture\":{\"preset\":\"hold_far\",\"trunkFlex\":3}}",
                        List.of("posture.trunkFlex", "trunkFlexionDeg", "supports")),
                Arguments.of("unknown top field", "{\"posture\":{\"preset\":\"hold_far\"},\"load\":[]}",
                        List.of("load is not a known field", "subject, posture, loads, model")),
                Arguments.of("unknown load field", "{\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"kg\":3}]}",
                        List.of("loads[0].kg", "massKg, forceN, hands, positionM")),
                Arguments.of("NaN token", "{\"posture\":{\"trunkFlexionDeg\":NaN}}",
                        List.of("posture.trunkFlexionDeg = NaN", rng)),
                Arguments.of("Infinity token", "{\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"positionM\":[0,Infinity,0]}]}",
                        List.of("loads[0].positionM[1] = Infinity", "[-3.0, 3.0] m")),
                Arguments.of("string not number", "{\"posture\":{\"trunkFlexionDeg\":\"abc\"}}",
                        List.of("posture.trunkFlexionDeg = \"abc\" is not a number", rng)),
                Arguments.of("string NaN", "{\"posture\":{\"trunkFlexionDeg\":\"NaN\"}}",
                        List.of("posture.trunkFlexionDeg = \"NaN\"", rng)),
                Arguments.of("null", "{\"posture\":{\"kneeFlexionDeg\":null}}",
                        List.of("posture.kneeFlexionDeg = null", "[0.0, 170.0] deg")),
                Arguments.of("angle out of range", "{\"posture\":{\"preset\":\"standing_flexed\",\"trunkFlexionDeg\":200}}",
                        List.of("posture.trunkFlexionDeg = 200.0 deg is outside", rng)),
                Arguments.of("derived angle out of range",
                        "{\"posture\":{\"preset\":\"lift_round_back\",\"trunkFlexionDeg\":-170}}",
                        List.of("posture.hipFlexionDeg =", "[-30.0, 150.0] deg", "derived")),
                Arguments.of("negative load mass", "{\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"massKg\":-5}]}",
                        List.of("loads[0].massKg = -5.0 kg", "[0.0, 200.0] kg")),
                Arguments.of("subject mass", "{\"subject\":{\"massKg\":20},\"posture\":{\"preset\":\"hold_far\"}}",
                        List.of("subject.massKg = 20.0 kg", "[35.0, 200.0] kg")),
                Arguments.of("subject sex", "{\"subject\":{\"sex\":\"m\"},\"posture\":{\"preset\":\"hold_far\"}}",
                        List.of("subject.sex", "\"m\"", "male, female")),
                Arguments.of("force vector", "{\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"forceN\":[1,2]}]}",
                        List.of("loads[0].forceN = [1,2]", "3 numbers")),
                Arguments.of("force component", "{\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"forceN\":[0,0,9000]}]}",
                        List.of("loads[0].forceN[2] = 9000.0 N", "[-5000.0, 5000.0] N")),
                Arguments.of("hands", "{\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"hands\":\"both hands\"}]}",
                        List.of("loads[0].hands = \"both hands\"", "both, left, right")),
                Arguments.of("muscles", "{\"posture\":{\"preset\":\"hold_far\"},\"model\":{\"muscles\":\"many\"}}",
                        List.of("model.muscles = \"many\"", "single-equivalent, multi-fascicle")),
                Arguments.of("criterion", "{\"posture\":{\"preset\":\"hold_far\"},\"model\":{\"criterion\":\"sum\"}}",
                        List.of("model.criterion = \"sum\"", "squared-stress, cubed-stress, min-max")),
                Arguments.of("supports", "{\"posture\":{\"preset\":\"hold_far\",\"supports\":[\"chair\"]}}",
                        List.of("posture.supports[0] = \"chair\"", "feet, seat, backrest, lying_surface")),
                Arguments.of("missing posture", "{\"subject\":{}}", List.of("posture is missing", "hold_far")),
                Arguments.of("empty posture", "{\"posture\":{}}", List.of("posture", "preset", "trunkFlexionDeg")),
                Arguments.of("duplicate key", "{\"posture\":{\"preset\":\"hold_far\",\"preset\":\"hold_close\"}}",
                        List.of(".json:1:41: posture.preset is given twice")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTasks")
    void badInputExitsTwoWithOneLineNamingFieldValueAndRange(String name, String json, List<String> expected)
            throws IOException {
        Result r = run("analyze", task(json).toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("error: ").doesNotContain("Exception").doesNotContain("\tat ");
        for (String e : expected) {
            assertThat(r.err()).contains(e);
        }
    }

    @Test
    void missingFileExitsTwo() {
        Result r = run("analyze", dir.resolve("nope.json").toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("nope.json").contains("no such file");
    }

    @Test
    void usageErrorsExitTwoAndHelpExitsZero() throws IOException {
        Result none = run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("usage: lumbosim");
        for (String[] bad : List.of(new String[] {"frobnicate"}, new String[] {"analyze"},
                new String[] {"analyze", "a.json", "b.json"}, new String[] {"analyze", task(EXAMPLE).toString(),
                    "--format", "xml"}, new String[] {"analyze", "--verbose"}, new String[] {"validate", "--muscles", "x"},
                new String[] {"demo", "--fast"}, new String[] {"demo", "--out"}, new String[] {"validate", "extra"},
                new String[] {"plot"}, new String[] {"plot", task(EXAMPLE).toString()},
                new String[] {"plot", task(EXAMPLE).toString(), "--out", "x.png", "--level", "L6-S1"})) {
            Result r = run(bad);
            assertThat(r.code()).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).as(String.join(" ", bad)).hasSize(1);
        }
        for (String cmd : List.of("analyze", "validate", "demo", "plot")) {
            Result h = run(cmd, "--help");
            assertThat(h.code()).isZero();
            assertThat(h.out()).startsWith("usage: lumbosim " + cmd);
        }
        assertThat(run("--help").code()).isZero();
    }

    private static Matcher summary(Result r) {
        List<String> lines = r.outLines();
        Matcher m = SUMMARY.matcher(lines.get(lines.size() - 1));
        assertThat(m.matches()).as(lines.get(lines.size() - 1)).isTrue();
        return m;
    }

    @Test
    void validateEndsWithTheSummaryOfTheReusableClass() {
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            Result r = run("validate", "--muscles", kind.id());
            assertThat(r.code()).isZero();
            assertThat(r.err()).isEmpty();
            Matcher m = summary(r);
            WilkeValidation.Report report = WilkeValidation.run(Wilke1999.subjectModel().withMuscleModel(kind));
            assertThat(Double.parseDouble(m.group(1))).isEqualTo(report.rmseIdpMPa());
            assertThat(Double.parseDouble(m.group(2))).isEqualTo(report.ratioMaePct());
            assertThat(Integer.parseInt(m.group(3))).isEqualTo(report.n());
            for (Wilke1999.Measurement row : Wilke1999.measurements()) {
                assertThat(r.out()).contains(row.id());
                // issue 12 item 8: each row says where its posture comes from, in the table and in the list below it
                String posture = row.postureFromSource() ? "source" : "ours";
                assertThat(r.outLines()).as(row.id()).anyMatch(l -> l.startsWith(row.id() + " ")
                        && l.matches(".* [+-][0-9.]+ " + posture + " +" + java.util.regex.Pattern.quote(row.activity()) + ".*")
                        || l.startsWith(row.id() + " ") && l.contains(" - " + posture + " "));
                if (row.posture().isPresent()) {
                    assertThat(r.out()).contains(" -- " + posture + ": " + row.postureNote());
                    // the angles out of the sagittal plane are listed where not 0 (lying on the side)
                    var p = row.posture().get();
                    assertThat(r.outLines()).as(row.id()).anyMatch(l -> l.startsWith(row.id() + " ")
                            && l.contains(" -- " + posture + ": ") && l.contains(" lateral bend ") == (p.lateralBendDeg() != 0)
                            && l.contains(" roll ") == (p.bodyRollDeg() != 0));
                }
            }
            assertThat(r.out()).doesNotContain("NOT_MODELLED");
            for (WilkeValidation.Row row : report.rows()) {
                if (row.status() == WilkeValidation.Status.FAILED) {
                    assertThat(r.out()).contains("FAILED: infeasible");
                }
            }
        }
    }

    /** Issue 14 item 3: {@code --plot} writes the validation figure first and keeps the summary as the last line. */
    @Test
    void validatePlotWritesTheFigureAndNamesItFirst() throws IOException {
        Path png = dir.resolve("validation.png");
        Result r = run("validate", "--plot", png.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines().get(0)).isEqualTo("plot: " + png.toAbsolutePath());
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(1920);
        summary(r);
        Result bad = run("validate", "--plot", dir.resolve("v.txt").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(dir.resolve("v.txt")).doesNotExist();
    }

    /**
     * The in vivo data sets each end with their own {@code summary[<set-id>]: ...} line, all before the
     * Wilke summary, which stays the last line in its exact format; their numbers are those of
     * {@link org.lumbosim.reference.InVivoValidation#run}.
     */
    @Test
    void validatePrintsEverySetSummaryBeforeTheUnchangedWilkeLine() {
        Pattern setLine = Pattern.compile(
                "^summary\\[([a-z0-9]+)\\]: (?:ratioMaePct=([0-9.]+)( rmseIdpMPa=([0-9.]+))? )?agree=([0-9]+) failed=([0-9]+) n=([0-9]+)$");
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            Result r = run("validate", "--muscles", kind.id());
            assertThat(r.code()).isZero();
            List<String> lines = r.outLines();
            summary(r);
            assertThat(lines.get(lines.size() - 1)).startsWith("summary: rmseIdpMPa=");
            assertThat(r.out()).contains("idp_low_MPa").contains("idp_high_MPa").contains("area_idp_low_MPa")
                    .contains("subject: Wilke et al. (1999)'s volunteer as published: male, 1.68 m, 70.0 kg, 45.0 years,"
                            + " L4-L5 disc area 1800.0 mm2");
            WilkeValidation.Report wilke = WilkeValidation.run(Wilke1999.subjectModel().withMuscleModel(kind));
            long withBand = wilke.rows().stream().filter(x -> Double.isFinite(x.idpLowMPa())).count();
            String band = ValidateCommand.bandSummaryLine((int) wilke.rows().stream().filter(WilkeValidation.Row::measuredInBand)
                    .count(), (int) wilke.rows().stream().filter(WilkeValidation.Row::measuredInAreaBand).count(), (int) withBand);
            assertThat(lines).as("band summary").contains(band);
            assertThat(band).matches("band: inFactorBand=[0-9]+ inFactorAndAreaBand=[0-9]+ n=[0-9]+");
            assertThat(lines.indexOf(band)).isLessThan(lines.size() - 1);
            List<org.lumbosim.reference.InVivoValidation.SetReport> sets = org.lumbosim.reference.InVivoValidation.run(
                    Wilke1999.subjectModel().withMuscleModel(kind));
            assertThat(sets).extracting(org.lumbosim.reference.InVivoValidation.SetReport::setId)
                    .as("the backrest set (Rohlmann 2011) is printed, after Wilke 2001").endsWith("wilke2001", "rohlmann2011");
            assertThat(r.out()).contains("[rohlmann2011] ").contains("backrest ").contains("not modelled: dynamic");
            int last = -1;
            for (org.lumbosim.reference.InVivoValidation.SetReport set : sets) {
                int at = -1;
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).startsWith("summary[" + set.setId() + "]: ")) {
                        at = i;
                    }
                }
                assertThat(at).as(kind.id() + " " + set.setId() + ": line present, in order, before the last")
                        .isGreaterThan(last).isLessThan(lines.size() - 1);
                last = at;
                Matcher m = setLine.matcher(lines.get(at));
                assertThat(m.matches()).as(lines.get(at)).isTrue();
                assertThat(lines.get(at)).doesNotContain("NaN", "Infinity");
                if (set.n() > 0) {
                    assertThat(Double.valueOf(m.group(2))).isEqualTo(Double.valueOf(set.ratioMaePct()));
                } else {
                    assertThat(m.group(2)).as("no error is reported for a set without solved rows").isNull();
                }
                assertThat(Integer.parseInt(m.group(5))).isEqualTo(set.agree());
                assertThat(Integer.parseInt(m.group(6))).isEqualTo(set.failed());
                assertThat(Integer.parseInt(m.group(7))).isEqualTo(set.n());
            }
            assertThat(lines.stream().filter(l -> l.startsWith("summary: "))).hasSize(1);
        }
    }

    @Test
    void validationCountsEveryRowWithStandingAtZeroRatioError() {
        WilkeValidation.Report report = WilkeValidation.run(LumbarModel.of(Subject.defaultSubject()));
        assertThat(report.n() + report.failed()).isEqualTo(Wilke1999.measurements().size());
        assertThat(report.failed()).isZero();
        List<Double> sq = new ArrayList<>();
        for (WilkeValidation.Row row : report.rows()) {
            if (row.measurement().id().equals(Wilke1999.STANDING_ID)) {
                assertThat(row.ratioErrorPct()).isZero();
                assertThat(row.predictedRatio()).isEqualTo(1.0);
            }
            if (row.status() == WilkeValidation.Status.OK) {
                sq.add(row.errorMPa() * row.errorMPa());
                double expected = row.measurement().posture().isPresent()
                        ? Lumbosim.analyze(Subject.defaultSubject(), row.measurement().posture().get(),
                                row.measurement().loadKg() > 0 ? List.of(HandLoad.ofMassKg(row.measurement().loadKg()))
                                        : List.of()).level(SpinalLevel.L4_L5).idpMPa()
                        : nightIdpMPa(row.measurement().id());
                assertThat(row.predictedIdpMPa()).isEqualTo(expected);
            }
        }
        double rmse = Math.sqrt(sq.stream().mapToDouble(Double::doubleValue).sum() / sq.size());
        assertThat(report.rmseIdpMPa()).isCloseTo(rmse, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void demoPrintsEveryPresetAtEveryLevelThenTheValidationThenTheReport() throws IOException {
        Path report = dir.resolve("report");
        Result r = run("demo", "--out", report.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err().lines()).as("stderr holds only progress lines (issue 15)")
                .allMatch(l -> l.matches("progress: [0-9]+ % \\(([1-9]|1[01]) of " + org.lumbosim.viz.report.DemoReport.STEPS + " steps\\)"));
        for (PosturePreset p : PosturePreset.values()) {
            assertThat(r.out()).contains(p.id() + " ");
        }
        long levelRows = r.outLines().stream().filter(l -> l.matches(".*\\bL[1-5]-[LS][1-5]\\s+-?[0-9].*")).count();
        long failedRows = r.outLines().stream().filter(l -> l.matches("^[a-z_]+ +[0-9]+  FAILED: .*")).count();
        assertThat(levelRows + 5 * failedRows).isEqualTo(5L * PosturePreset.values().length);
        assertThat(levelRows).isPositive();
        assertThat(r.out()).contains("Wilke et al. (1999)");
        List<String> lines = r.outLines();
        assertThat(SUMMARY.matcher(lines.get(lines.size() - 2)).matches()).as(lines.get(lines.size() - 2)).isTrue();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("report: " + report.resolve("index.html").toAbsolutePath());
        assertThat(report.resolve("index.html")).isRegularFile();
        assertThat(report.resolve("explorer.html")).as("the demo writes the explorer beside its index").isRegularFile();
        assertThat(Files.readString(report.resolve("index.html"))).contains("<a href=\"explorer.html\">")
                .contains("<a href=\"#explorer\">Explorer</a>");
        for (PosturePreset p : org.lumbosim.viz.report.DemoReport.LOADED) {
            assertThat(r.out()).containsPattern(p.id() + " +20 ");
        }
    }

    // ---------------------------------------------------------------- plot

    @Test
    void plotSweepWritesEachFormatAndPrintsWhere() throws IOException {
        Path t = task(EXAMPLE);
        for (String ext : List.of("png", "svg", "pdf")) {
            Path f = dir.resolve("sub/flex." + ext);
            Result r = run("plot", t.toString(), "--sweep", "trunkFlexionDeg=0:60:30", "--out", f.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out().trim()).isEqualTo("wrote " + f.toAbsolutePath());
            assertThat(Files.size(f)).isPositive();
        }
        byte[] png = Files.readAllBytes(dir.resolve("sub/flex.png"));
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png))).isNotNull();
        assertThat(new String(Files.readAllBytes(dir.resolve("sub/flex.pdf")), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }

    @Test
    void plotSweepValuesFollowTheOverrideSemantics() {
        // trunkFlexionDeg sweeps like a trunkFlexionDeg override (lumbopelvic rhythm), loadMassKg the first load.
        Task t = TaskReader.parse(EXAMPLE);
        Plot.Sweep s = Plot.Sweep.parse("trunkFlexionDeg=0:60:20");
        assertThat(s.values()).containsExactly(0, 20, 40, 60);
        Task over = TaskReader.parse(EXAMPLE.replace("\"trunkFlexionDeg\":36", "\"trunkFlexionDeg\":40"));
        assertThat(over.posture()).isEqualTo(t.posture().withTrunkFlexionFollowingRhythmDeg(40));
        assertThat(Plot.Sweep.parse("loadMassKg=0:10:2.5").values()).containsExactly(0, 2.5, 5, 7.5, 10);
        assertThat(Plot.Sweep.parse("loadMassKg=0:10:2.5").axisLabel()).isEqualTo("Load mass (kg)");
        assertThat(Plot.Sweep.parse("kneeFlexionDeg=0:10:5").axisLabel()).isEqualTo("Knee flexion (°)");
    }

    @Test
    void issue14_plotTitlesAreInWordsOrGivenAndInfeasiblePointsAreMarkedWithTheHeldAngles() throws IOException {
        Path t = task(EXAMPLE);
        Path f = dir.resolve("titled.svg");
        Result given = run("plot", t.toString(), "--sweep", "trunkFlexionDeg=0:60:30", "--out", f.toString(),
                "--title", "Bending with 20 kg");
        assertThat(given.code()).as(given.err()).isZero();
        String svg = Files.readString(f);
        assertThat(svg).contains("Bending with 20 kg").doesNotContain("trunkFlexionDeg").contains("Trunk flexion (°)")
                .contains("Held: ").contains("lumbopelvic rhythm");
        // 50 kg and more held far from the body cannot be balanced by the muscles: marked, not dropped
        Path far = task("{\"posture\":{\"preset\":\"hold_far\"},\"loads\":[{\"massKg\":20}]}");
        Path heavy = dir.resolve("heavy.svg");
        Result r = run("plot", far.toString(), "--sweep", "loadMassKg=0:100:25", "--out", heavy.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String h = Files.readString(heavy);
        // titled by the preset in words (PlotTitleTest), without the load the sweep varies (a long title wraps)
        assertThat(h).contains("Holding a load with arms extended forward while standing: loads against")
                .contains("load mass").doesNotContain("standing, 20 kg").doesNotContain("loadMassKg sweep");
        assertThat(r.err()).contains("note:");
        assertThat(h).containsAnyOf("not solvable (muscles cannot balance)", "overloaded (loads at the strength");
        // the note says what the figure does with them: points the muscles cannot balance are marked, not left out
        assertThat(r.errLines()).noneMatch(l -> l.startsWith("note: left out") && l.contains("muscles cannot balance"));
        if (h.contains("not solvable (muscles cannot balance)")) {
            assertThat(r.err()).contains("the muscles cannot balance, shaded grey (not solvable, no loads) in the figure");
        }
    }

    @Test
    void fig2_plotMarksPointsWhoseSupportsCannotHoldTheBody() throws IOException {
        // a side plank with the hips flexed 5 deg tips backward over its supports (lower elbow, wrist and
        // foot) without a load; held in the hands, ahead of the body, 10 kg or more bring it back (the
        // model's answer): marked, not dropped
        Path plank = task("{\"posture\":{\"preset\":\"side_plank\",\"hipFlexionDeg\":5},\"loads\":[{\"massKg\":5}]}");
        Path f = dir.resolve("plank.svg");
        Result r = run("plot", plank.toString(), "--sweep", "loadMassKg=0:40:10", "--out", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.errLines()).noneMatch(l -> l.startsWith("note: left out"));
        assertThat(r.err()).contains("whose supports cannot hold the body, shaded beige (no loads) in the figure:"
                + " loadMassKg = 0");
        assertThat(Files.readString(f)).contains("supports cannot hold the body (no loads)");
    }

    @Test
    void plotWithoutSweepDrawsTheTask() throws IOException {
        Path f = dir.resolve("one.png");
        Result r = run("plot", task(EXAMPLE).toString(), "--out", f.toString());
        assertThat(r.code()).isZero();
        assertThat(javax.imageio.ImageIO.read(f.toFile()).getWidth()).isEqualTo(FIGURE_PNG_WIDTH_PX);
    }

    /** 960 pt at 144 dpi. */
    private static final int FIGURE_PNG_WIDTH_PX = 1920;

    @Test
    void plotBadInputExitsTwoWithOneLine() throws IOException {
        String t = task(EXAMPLE).toString();
        String out = dir.resolve("x.png").toString();
        for (String[] bad : List.of(new String[] {"--sweep", "foo=0:1:1", "--out", out},
                new String[] {"--sweep", "trunkFlexionDeg=0:90", "--out", out},
                new String[] {"--sweep", "trunkFlexionDeg", "--out", out},
                new String[] {"--sweep", "trunkFlexionDeg=a:90:5", "--out", out},
                new String[] {"--sweep", "trunkFlexionDeg=90:0:5", "--out", out},
                new String[] {"--sweep", "trunkFlexionDeg=0:90:0", "--out", out},
                new String[] {"--sweep", "trunkFlexionDeg=0:90:-5", "--out", out},
                new String[] {"--sweep", "trunkFlexionDeg=0:1000:10", "--out", out},
                new String[] {"--sweep", "loadMassKg=0:10:0.001", "--out", out},
                new String[] {"--out", dir.resolve("x.gif").toString()},
                new String[] {"--out", dir.resolve("x").toString()},
                new String[] {"--frobnicate", "--out", out})) {
            String[] args = new String[bad.length + 2];
            args[0] = "plot";
            args[1] = t;
            System.arraycopy(bad, 0, args, 2, bad.length);
            Result r = run(args);
            assertThat(r.code()).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).as(String.join(" ", bad)).hasSize(1);
            assertThat(r.err()).startsWith("error: ");
        }
        assertThat(Files.exists(dir.resolve("x.png"))).isFalse();
    }

    /** The night rows' prediction, computed here from the diurnal model directly. */
    private static double nightIdpMPa(String id) {
        DayResult day = DiurnalDisc.of(LumbarModel.of(Subject.defaultSubject())).simulate(DaySchedule.builtIn(), 1.0 / 6);
        return day.nightIdpMPa(SpinalLevel.L4_L5, id.equals("night_start") ? 0 : WilkeValidation.NIGHT_END_H);
    }
}
