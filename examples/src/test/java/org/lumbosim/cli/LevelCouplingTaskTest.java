package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.LevelCoupling;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;

/**
 * The task field {@code model.levelCoupling} and {@code validate --level-coupling}: left out it is
 * {@code deviations} (echoed); {@code christophy2012} gives the API's numbers, is echoed and the echo
 * read back gives the same task; any other value is bad input naming the field and the accepted
 * values; a population refuses a coupling other than the default.
 */
class LevelCouplingTaskTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String POSTURE = "\"posture\":{\"preset\":\"standing_flexed\"},\"loads\":[{\"massKg\":10}]";

    @TempDir
    Path dir;

    private Path file(String json) throws Exception {
        return CliRun.taskFile(dir, json);
    }

    @Test
    void theFieldSetsTheCouplingLikeTheApiIsEchoedAndReadsBack() throws Exception {
        CliRun plain = CliRun.of("analyze", file("{" + POSTURE + "}").toString());
        CliRun coupled = CliRun.of("analyze",
                file("{" + POSTURE + ",\"model\":{\"levelCoupling\":\"christophy2012\"}}").toString());
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(coupled.code()).as(coupled.err()).isZero();
        JsonNode a = JSON.readTree(plain.out());
        JsonNode b = JSON.readTree(coupled.out());
        assertThat(a.get("model").get("levelCoupling").textValue()).isEqualTo("deviations");
        assertThat(b.get("model").get("levelCoupling").textValue()).isEqualTo("christophy2012");
        double api = Lumbosim.analyze(LumbarModel.of(Subject.defaultSubject())
                        .withLevelCoupling(LevelCoupling.CHRISTOPHY_2012), PosturePreset.STANDING_FLEXED.posture(),
                        List.of(org.lumbosim.load.HandLoad.ofMassKg(10)))
                .level(SpinalLevel.L5_S1).compressionN();
        assertThat(b.get("levels").get(0).get("compressionN").doubleValue()).isEqualTo(api);
        assertThat(api).isNotEqualTo(a.get("levels").get(0).get("compressionN").doubleValue());
        ObjectNode again = JSON.createObjectNode();
        again.putObject("posture").put("preset", "standing_flexed");
        again.putArray("loads").addObject().put("massKg", 10);
        again.set("model", b.get("model"));
        CliRun round = CliRun.of("analyze", file(JSON.writeValueAsString(again)).toString());
        assertThat(round.code()).as(round.err()).isZero();
        assertThat(JSON.readTree(round.out()).get("levels")).isEqualTo(b.get("levels"));
    }

    @Test
    void anUnknownValueIsBadInputNamingFieldAndValues() throws Exception {
        CliRun r = CliRun.of("analyze", file("{" + POSTURE + ",\"model\":{\"levelCoupling\":\"rigid\"}}").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("model.levelCoupling", "rigid", "deviations, christophy2012");
        CliRun v = CliRun.of("validate", "--level-coupling", "rigid");
        assertThat(v.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(v.err()).contains("--level-coupling", "deviations, christophy2012");
    }

    @Test
    void validateRunsTheCoupledModelAndNamesIt() {
        CliRun r = CliRun.of("validate", "--muscles", "multi-fascicle", "--level-coupling", "christophy2012");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("muscles: multi-fascicle; criterion: squared-stress; level coupling: christophy2012");
        assertThat(r.out().lines().reduce((x, y) -> y).orElseThrow()).startsWith("summary: rmseIdpMPa=");
    }

    @Test
    void aPopulationRefusesACouplingOtherThanTheDefault() throws Exception {
        Path f = file("{" + POSTURE + ",\"model\":{\"levelCoupling\":\"christophy2012\"}}");
        CliRun r = CliRun.of("population", f.toString(), "--n", "10");
        assertThat(r.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("model.levelCoupling", "not supported by population");
    }
}
