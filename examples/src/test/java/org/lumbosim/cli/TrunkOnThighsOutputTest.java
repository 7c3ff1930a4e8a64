package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.PositionM;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.TrunkOnThighsPush;

/**
 * {@code analyze} reports the thighs' push on a trunk resting on them ({@code trunk_on_thighs}): the
 * JSON's {@code trunkOnThighs} (force components, point, gap) equal to the facade's bit for bit, the
 * table's {@code trunk on thighs:} line, the CSV's seven {@code trunkOnThighs...} columns after every
 * level's loads (empty cells without the support, the loads' columns where they were; the hands' columns
 * follow them, {@link HandsOnThighsOutputTest}).
 */
class TrunkOnThighsOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHOES = "{\"posture\":{\"preset\":\"sitting_max_flexion\"}}";
    private static final String STANDING = "{\"posture\":{\"preset\":\"standing_relaxed\"}}";

    @TempDir
    Path dir;

    private static TrunkOnThighsPush expected() {
        return Lumbosim.analyze(Subject.defaultSubject(), PosturePreset.SITTING_MAX_FLEXION.posture(),
                List.of()).trunkOnThighs();
    }

    @Test
    void jsonHasThePushItsPointAndTheGap() throws IOException {
        CliRun r = CliRun.of("analyze", CliRun.taskFile(dir, SHOES).toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode t = JSON.readTree(r.out()).get("trunkOnThighs");
        assertThat(t).isNotNull();
        TrunkOnThighsPush e = expected();
        assertThat(e.forceN()).isPositive();
        assertPushJson(t, e.forceXN(), e.forceYN(), e.forceZN(), e.pointM(), e.gapM());

        CliRun standing = CliRun.of("analyze", CliRun.taskFile(dir, STANDING).toString());
        assertThat(standing.code()).as(standing.err()).isZero();
        assertThat(JSON.readTree(standing.out()).has("trunkOnThighs")).isFalse();
    }

    @Test
    void csvHasThePushInColumnsAfterTheLoads() throws IOException {
        String loads = "level,compressionN,apShearN,lateralShearN,idpMPa,flexionMomentNm,lateralMomentNm,axialMomentNm,"
                + "passiveMomentNm";
        String header = loads + ",trunkOnThighsForceXN,trunkOnThighsForceYN,trunkOnThighsForceZN,"
                + "trunkOnThighsPointXM,trunkOnThighsPointYM,trunkOnThighsPointZM,trunkOnThighsGapM,"
                + Output.HANDS_ON_THIGHS_COLUMNS;
        CliRun r = CliRun.of("analyze", "--format", "csv", CliRun.taskFile(dir, SHOES).toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo(header);
        TrunkOnThighsPush e = expected();
        var all = Lumbosim.analyze(Subject.defaultSubject(), PosturePreset.SITTING_MAX_FLEXION.posture(), List.of());
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",", -1);
            assertThat(c).hasSize(30);
            assertThat(Double.parseDouble(c[1])).as("the loads keep their columns")
                    .isEqualTo(all.levels().get(i - 1).compressionN());
            double[] push = {e.forceXN(), e.forceYN(), e.forceZN(), e.pointM().xM(), e.pointM().yM(), e.pointM().zM(),
                e.gapM()};
            for (int k = 0; k < push.length; k++) {
                assertThat(Double.parseDouble(c[9 + k])).as(header.split(",")[9 + k]).isEqualTo(push[k]);
            }
        }

        assertStandingCsvLeavesTheContactCellsEmpty(dir, header);
    }

    @Test
    void tableHasALineForThePush() throws IOException {
        CliRun r = CliRun.of("analyze", "--format", "table", CliRun.taskFile(dir, SHOES).toString());
        assertThat(r.code()).as(r.err()).isZero();
        TrunkOnThighsPush e = expected();
        assertThat(r.out()).contains(String.format(Locale.ROOT, "trunk on thighs: push %.1f N (x %.1f, y %.1f, z 0.0) at",
                e.forceN(), e.forceXN(), e.forceYN())).contains("abdomen-thigh gap ");

        CliRun standing = CliRun.of("analyze", "--format", "table", CliRun.taskFile(dir, STANDING).toString());
        assertThat(standing.code()).as(standing.err()).isZero();
        assertThat(standing.out()).doesNotContain("trunk on thighs");
    }

    /** A contact's JSON object ({@code forceN}, {@code pointM}, {@code gapM}) holds exactly these values. */
    static void assertPushJson(JsonNode t, double fxN, double fyN, double fzN, PositionM pointM, double gapM) {
        assertThat(t.get("forceN").get(0).doubleValue()).isEqualTo(fxN);
        assertThat(t.get("forceN").get(1).doubleValue()).isEqualTo(fyN);
        assertThat(t.get("forceN").get(2).doubleValue()).isEqualTo(fzN);
        assertThat(t.get("pointM").get(0).doubleValue()).isEqualTo(pointM.xM());
        assertThat(t.get("pointM").get(1).doubleValue()).isEqualTo(pointM.yM());
        assertThat(t.get("pointM").get(2).doubleValue()).isEqualTo(pointM.zM());
        assertThat(t.get("gapM").doubleValue()).isEqualTo(gapM);
    }

    /** Relaxed standing's {@code analyze --format csv} has {@code header} and the 21 contact cells empty. */
    static void assertStandingCsvLeavesTheContactCellsEmpty(Path dir, String header) throws IOException {
        CliRun standing = CliRun.of("analyze", "--format", "csv", CliRun.taskFile(dir, STANDING).toString());
        assertThat(standing.code()).as(standing.err()).isZero();
        List<String> rows = standing.out().lines().toList();
        assertThat(rows.get(0)).isEqualTo(header);
        assertThat(rows.get(1)).matches("L5-S1(,[-0-9.E]+){8},{21}");
    }
}
