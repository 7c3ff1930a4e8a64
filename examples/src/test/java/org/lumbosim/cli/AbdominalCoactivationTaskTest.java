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
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.model.UprightCoactivationConstants;
import org.lumbosim.posture.PosturePreset;

/**
 * The task field {@code model.abdominalCoactivation}: left out it is the published 0.017 (echoed);
 * given, it sets {@link TissueParameters#abdominalCoactivation()} exactly as the API does (0 switches
 * the floor off and lowers relaxed standing's compression); out of range it is bad input naming the
 * field and range. A population takes it for everybody, and it may not also vary there.
 */
class AbdominalCoactivationTaskTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String POSTURE = "\"posture\":{\"preset\":\"standing_relaxed\"}";

    @TempDir
    Path dir;

    private Path file(String json) throws Exception {
        return CliRun.taskFile(dir, json);
    }

    @Test
    void theFieldSetsTheCoactivationLikeTheApiAndIsEchoed() throws Exception {
        CliRun plain = CliRun.of("analyze", file("{" + POSTURE + "}").toString());
        CliRun off = CliRun.of("analyze", file("{" + POSTURE + ",\"model\":{\"abdominalCoactivation\":0}}").toString());
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(off.code()).as(off.err()).isZero();
        JsonNode a = JSON.readTree(plain.out());
        JsonNode b = JSON.readTree(off.out());
        assertThat(a.get("model").get("abdominalCoactivation").doubleValue())
                .isEqualTo(UprightCoactivationConstants.ABDOMINAL_ACTIVATION);
        assertThat(b.get("model").get("abdominalCoactivation").doubleValue()).isZero();
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        double api = Lumbosim.analyze(model.withTissueParameters(model.tissueParameters()
                        .with(TissueParameter.ABDOMINAL_COACTIVATION, 0)), PosturePreset.STANDING_RELAXED.posture(), List.of())
                .level(SpinalLevel.L5_S1).compressionN();
        assertThat(b.get("levels").get(0).get("compressionN").doubleValue()).isEqualTo(api);
        assertThat(b.get("levels").get(0).get("compressionN").doubleValue())
                .isLessThan(a.get("levels").get(0).get("compressionN").doubleValue());
    }

    @Test
    void aValueOutOfRangeIsBadInputNamingFieldAndRange() throws Exception {
        CliRun r = CliRun.of("analyze", file("{" + POSTURE + ",\"model\":{\"abdominalCoactivation\":0.6}}").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("model.abdominalCoactivation = 0.6", "[0.0, 0.5]");
    }

    @Test
    void aPopulationTakesItForEverybodyAndMayNotAlsoVaryIt() throws Exception {
        Path off = file("{" + POSTURE + ",\"model\":{\"abdominalCoactivation\":0}}");
        CliRun r = CliRun.of("population", off.toString(), "--n", "10", "--seed", "5");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("varied tissue constants: abdominalCoactivation uniform [0.0, 0.0]");
        Path both = file("{" + POSTURE + ",\"model\":{\"abdominalCoactivation\":0},"
                + "\"variation\":{\"abdominalCoactivation\":{\"min\":0,\"max\":0.03}}}");
        CliRun bad = CliRun.of("population", both.toString(), "--n", "10");
        assertThat(bad.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(bad.err()).contains("abdominalCoactivation either in model", "not both");
    }
}
