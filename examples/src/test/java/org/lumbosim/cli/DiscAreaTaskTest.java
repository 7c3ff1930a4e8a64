package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

/**
 * The task field {@code subject.discAreaMm2} (issue 12, item 1): the subject's own disc areas by
 * level replace the default ones (the pressure changes exactly by the area ratio, the compression
 * not at all) and are echoed; an unknown level or an area out of range is bad input (exit 2) naming
 * the field, the value and the allowed levels or range.
 */
class DiscAreaTaskTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String POSTURE = "\"posture\":{\"preset\":\"standing_flexed\"},\"loads\":[{\"massKg\":10}]";

    @TempDir
    Path dir;

    private CliRun analyze(String json) throws Exception {
        return CliRun.of("analyze", CliRun.taskFile(dir, json).toString());
    }

    @Test
    void givenAreasChangeThePressureByTheAreaRatioAndAreEchoed() throws Exception {
        CliRun plain = analyze("{" + POSTURE + "}");
        CliRun given = analyze("{\"subject\":{\"discAreaMm2\":{\"L4-L5\":1800,\"L5-S1\":1500}}," + POSTURE + "}");
        assertThat(given.code()).as(given.err()).isZero();
        JsonNode a = JSON.readTree(plain.out());
        JsonNode b = JSON.readTree(given.out());
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        double p0 = model.tissueParameters().unloadedDiscPressureMPa();
        for (int i = 0; i < SpinalLevel.count(); i++) {
            SpinalLevel level = SpinalLevel.ofIndex(i);
            JsonNode la = a.get("levels").get(i);
            JsonNode lb = b.get("levels").get(i);
            assertThat(lb.get("compressionN").doubleValue()).isEqualTo(la.get("compressionN").doubleValue());
            double defaultMm2 = model.discAreaM2(level) * 1e6;
            double ratio = level == SpinalLevel.L4_L5 ? defaultMm2 / 1800 : level == SpinalLevel.L5_S1 ? defaultMm2 / 1500 : 1;
            assertThat((lb.get("idpMPa").doubleValue() - p0) / (la.get("idpMPa").doubleValue() - p0)).as(level.label())
                    .isCloseTo(ratio, within(1e-12));
        }
        AnalysisResult api = Lumbosim.analyze(model.withDiscAreaMm2(SpinalLevel.L4_L5, 1800)
                .withDiscAreaMm2(SpinalLevel.L5_S1, 1500), PosturePreset.STANDING_FLEXED.posture(),
                List.of(HandLoad.ofMassKg(10)));
        assertThat(b.get("levels").get(1).get("idpMPa").doubleValue()).isEqualTo(api.level(SpinalLevel.L4_L5).idpMPa());
        JsonNode echo = b.get("subject").get("discAreaMm2");
        assertThat(echo.get("L4-L5").doubleValue()).isEqualTo(1800);
        assertThat(echo.get("L5-S1").doubleValue()).isEqualTo(1500);
        assertThat(echo.size()).isEqualTo(2);
        assertThat(a.get("subject").has("discAreaMm2")).isFalse();
        CliRun table = CliRun.of("analyze", Files.writeString(dir.resolve("t.json"),
                "{\"subject\":{\"discAreaMm2\":{\"L4-L5\":1800}}," + POSTURE + "}").toString(), "--format", "table");
        assertThat(table.out()).contains("disc area L4-L5 1800.0 mm2 (given)");
    }

    static Stream<Arguments> badAreas() {
        return Stream.of(
                Arguments.of("{\"L6-S1\":1800}", List.of("subject.discAreaMm2.L6-S1 is not a known field",
                        "L1-L2, L2-L3, L3-L4, L4-L5, L5-S1")),
                Arguments.of("{\"l4-l5\":1800}", List.of("subject.discAreaMm2.l4-l5 is not a known field")),
                Arguments.of("{\"L4-L5\":5000}", List.of("subject.discAreaMm2.L4-L5 = 5000.0 mm2", "[500.0, 4000.0] mm2")),
                Arguments.of("{\"L1-L2\":0}", List.of("subject.discAreaMm2.L1-L2 = 0.0 mm2", "[500.0, 4000.0] mm2")),
                Arguments.of("{\"L4-L5\":\"big\"}", List.of("subject.discAreaMm2.L4-L5 = \"big\" is not a number",
                        "allowed range [500.0, 4000.0] mm2")),
                Arguments.of("1800", List.of("subject.discAreaMm2 = 1800 is not a JSON object", "L4-L5")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAreas")
    void badAreasExitTwoNamingFieldValueAndRange(String areas, List<String> expected) throws Exception {
        CliRun r = analyze("{\"subject\":{\"discAreaMm2\":" + areas + "}," + POSTURE + "}");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("error: ");
        for (String e : expected) {
            assertThat(r.err()).contains(e);
        }
    }
}
