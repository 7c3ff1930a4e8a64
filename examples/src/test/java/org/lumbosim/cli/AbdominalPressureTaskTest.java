package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.AbdominalPressureMode;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;

/**
 * The task field {@code model.abdominalPressure} and {@code validate --abdominal-pressure}: left out it is
 * {@code prescribed} (echoed); {@code recruited} gives the API's numbers and is echoed; any other value is bad
 * input naming the field and the accepted values; a population refuses a mode other than the default.
 */
class AbdominalPressureTaskTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String POSTURE = "\"posture\":{\"preset\":\"standing_flexed\"},\"loads\":[{\"massKg\":10}]";

    @TempDir
    Path dir;

    @Test
    void theFieldSetsTheModeLikeTheApiAndIsEchoed() throws Exception {
        CliRun plain = CliRun.of("analyze", CliRun.taskFile(dir, "{" + POSTURE + "}").toString());
        CliRun recruited = CliRun.of("analyze",
                CliRun.taskFile(dir, "{" + POSTURE + ",\"model\":{\"abdominalPressure\":\"recruited\"}}").toString());
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(recruited.code()).as(recruited.err()).isZero();
        JsonNode a = JSON.readTree(plain.out());
        JsonNode b = JSON.readTree(recruited.out());
        assertThat(a.get("model").get("abdominalPressure").textValue()).isEqualTo("prescribed");
        assertThat(b.get("model").get("abdominalPressure").textValue()).isEqualTo("recruited");
        double api = Lumbosim.analyze(LumbarModel.of(Subject.defaultSubject())
                        .withAbdominalPressure(AbdominalPressureMode.RECRUITED), PosturePreset.STANDING_FLEXED.posture(),
                        List.of(HandLoad.ofMassKg(10)))
                .level(SpinalLevel.L5_S1).compressionN();
        assertThat(b.get("levels").get(0).get("compressionN").doubleValue()).isEqualTo(api);
        assertThat(api).isNotEqualTo(a.get("levels").get(0).get("compressionN").doubleValue());
    }

    @Test
    void anUnknownValueIsBadInputNamingFieldAndValues() throws Exception {
        CliRun r = CliRun.of("analyze",
                CliRun.taskFile(dir, "{" + POSTURE + ",\"model\":{\"abdominalPressure\":\"free\"}}").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("model.abdominalPressure", "free", "prescribed, recruited");
        CliRun v = CliRun.of("validate", "--abdominal-pressure", "free");
        assertThat(v.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(v.err()).contains("--abdominal-pressure", "prescribed, recruited");
    }

    /** docs/cli.md lists {@code assess} and {@code day} among the readers of the field: each must act on it. */
    @Test
    void assessAndDayReadTheField() throws Exception {
        String job = "\"tasks\":[{\"name\":\"carry\"," + POSTURE + ",\"repetitionsPerDay\":100,\"secondsPerRepetition\":5}]";
        CliRun assessPlain = CliRun.of("assess", CliRun.taskFile(dir, "{" + job + "}").toString(), "--format", "json");
        CliRun assessRecruited = CliRun.of("assess",
                CliRun.taskFile(dir, "{\"model\":{\"abdominalPressure\":\"recruited\"}," + job + "}").toString(), "--format", "json");
        assertThat(assessPlain.code()).as(assessPlain.err()).isZero();
        assertThat(assessRecruited.code()).as(assessRecruited.err()).isZero();
        assertThat(firstCompressionN(assessRecruited.out())).isNotEqualTo(firstCompressionN(assessPlain.out()));
        String day = "\"activities\":[{\"label\":\"carry\",\"hours\":16," + POSTURE + "},"
                + "{\"label\":\"night\",\"hours\":8,\"posture\":{\"preset\":\"lying_supine\"}}]";
        CliRun dayPlain = CliRun.of("day", CliRun.taskFile(dir, "{" + day + "}").toString());
        CliRun dayRecruited = CliRun.of("day",
                CliRun.taskFile(dir, "{\"model\":{\"abdominalPressure\":\"recruited\"}," + day + "}").toString());
        assertThat(dayPlain.code()).as(dayPlain.err()).isZero();
        assertThat(dayRecruited.code()).as(dayRecruited.err()).isZero();
        assertThat(summaryLine(dayRecruited.out())).startsWith("summary: ").isNotEqualTo(summaryLine(dayPlain.out()));
    }

    private static double firstCompressionN(String json) throws Exception {
        return JSON.readTree(json).findValue("compressionN").doubleValue();
    }

    private static String summaryLine(String out) {
        return out.lines().filter(l -> l.startsWith("summary: ")).findFirst().orElse("");
    }

    @Test
    void aPopulationRefusesAModeOtherThanTheDefault() throws Exception {
        Path f = CliRun.taskFile(dir, "{" + POSTURE + ",\"model\":{\"abdominalPressure\":\"recruited\"}}");
        CliRun r = CliRun.of("population", f.toString(), "--n", "10");
        assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("model.abdominalPressure", "not supported by population");
    }
}
