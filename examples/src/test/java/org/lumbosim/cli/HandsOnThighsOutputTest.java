package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.BodySide;
import org.lumbosim.result.HandOnThighPush;

/**
 * {@code analyze} reports the thighs' push on each hand resting on them ({@code hands_on_thighs}, the
 * {@code sitting_unsupported} preset): the JSON's {@code handsOnThighs} (left then right: side, force,
 * point, gap) equal to the facade's bit for bit and to the workspace's push and gaps, the table's
 * {@code hands on thighs:} line, the CSV's fourteen {@code handsOnThighs...} columns after every other
 * column (empty cells without the support, every earlier column where it was).
 */
class HandsOnThighsOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESTING = "{\"posture\":{\"preset\":\"sitting_unsupported\"}}";
    private static final String STANDING = "{\"posture\":{\"preset\":\"standing_relaxed\"}}";

    @TempDir
    Path dir;

    private static AnalysisResult expected() {
        return Lumbosim.analyze(Subject.defaultSubject(), PosturePreset.SITTING_UNSUPPORTED.posture(), List.of());
    }

    /**
     * The facade's pushes are the workspace's: its gaps bit for bit and, both sides together, its push on
     * the hands (18.5 N for the default subject: each hand 9.3 N, 0.6 % of the body's weight plus 46 % of
     * the forearm's 1.6 %), 2 cm clear of the thighs.
     */
    @Test
    void thePushesAreTheWorkspaces() {
        LumbarModel m = LumbarModel.of(Subject.defaultSubject());
        Workspace ws = m.newWorkspace();
        m.solve(PosturePreset.SITTING_UNSUPPORTED.posture(), List.of(), ws);
        List<HandOnThighPush> hands = expected().handsOnThighs();
        assertThat(hands).extracting(HandOnThighPush::side).containsExactly(BodySide.LEFT, BodySide.RIGHT);
        assertThat(hands.get(0).forceYN() + hands.get(1).forceYN()).isCloseTo(ws.handsOnThighsForceN(), within(1e-12))
                .isCloseTo(18.5, within(0.1));
        for (int side = 0; side < 2; side++) {
            assertThat(hands.get(side).gapM()).isEqualTo(ws.handsOnThighsGapM(side)).isCloseTo(0.020, within(0.001));
            assertThat(hands.get(side).forceYN()).isEqualTo(ws.handOnThighForceN(side, 1));
        }
        assertThat(hands.get(0).pointM().zM()).isEqualTo(-hands.get(1).pointM().zM()).isNegative();
    }

    @Test
    void jsonHasEachHandsPushItsPointAndTheGap() throws IOException {
        CliRun r = CliRun.of("analyze", CliRun.taskFile(dir, RESTING).toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode hands = JSON.readTree(r.out()).get("handsOnThighs");
        assertThat(hands).isNotNull();
        assertThat(hands.size()).isEqualTo(2);
        List<HandOnThighPush> e = expected().handsOnThighs();
        for (int i = 0; i < 2; i++) {
            JsonNode t = hands.get(i);
            HandOnThighPush h = e.get(i);
            assertThat(h.forceN()).isPositive();
            assertThat(t.get("side").textValue()).isEqualTo(h.side().id()).isEqualTo(i == 0 ? "left" : "right");
            TrunkOnThighsOutputTest.assertPushJson(t, h.forceXN(), h.forceYN(), h.forceZN(), h.pointM(), h.gapM());
        }

        CliRun standing = CliRun.of("analyze", CliRun.taskFile(dir, STANDING).toString());
        assertThat(standing.code()).as(standing.err()).isZero();
        assertThat(JSON.readTree(standing.out()).has("handsOnThighs")).isFalse();
    }

    @Test
    void csvHasThePushesInColumnsAfterEveryOther() throws IOException {
        String before = "level,compressionN,apShearN,lateralShearN,idpMPa,flexionMomentNm,lateralMomentNm,"
                + "axialMomentNm,passiveMomentNm,trunkOnThighsForceXN,trunkOnThighsForceYN,trunkOnThighsForceZN,"
                + "trunkOnThighsPointXM,trunkOnThighsPointYM,trunkOnThighsPointZM,trunkOnThighsGapM";
        String header = before + ",handsOnThighsLeftForceXN,handsOnThighsLeftForceYN,handsOnThighsLeftForceZN,"
                + "handsOnThighsLeftPointXM,handsOnThighsLeftPointYM,handsOnThighsLeftPointZM,handsOnThighsLeftGapM,"
                + "handsOnThighsRightForceXN,handsOnThighsRightForceYN,handsOnThighsRightForceZN,"
                + "handsOnThighsRightPointXM,handsOnThighsRightPointYM,handsOnThighsRightPointZM,handsOnThighsRightGapM";
        CliRun r = CliRun.of("analyze", "--format", "csv", CliRun.taskFile(dir, RESTING).toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo(header);
        AnalysisResult all = expected();
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",", -1);
            assertThat(c).hasSize(30);
            assertThat(Double.parseDouble(c[1])).as("the loads keep their columns")
                    .isEqualTo(all.levels().get(i - 1).compressionN());
            for (int k = 9; k < 16; k++) {
                assertThat(c[k]).as("no trunk on the thighs").isEmpty();
            }
            for (int side = 0; side < 2; side++) {
                HandOnThighPush h = all.handsOnThighs().get(side);
                double[] push = {h.forceXN(), h.forceYN(), h.forceZN(), h.pointM().xM(), h.pointM().yM(),
                    h.pointM().zM(), h.gapM()};
                for (int k = 0; k < push.length; k++) {
                    int col = 16 + 7 * side + k;
                    assertThat(Double.parseDouble(c[col])).as(header.split(",")[col]).isEqualTo(push[k]);
                }
            }
        }

        TrunkOnThighsOutputTest.assertStandingCsvLeavesTheContactCellsEmpty(dir, header);
    }

    @Test
    void tableHasALineForThePushes() throws IOException {
        CliRun r = CliRun.of("analyze", "--format", "table", CliRun.taskFile(dir, RESTING).toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<HandOnThighPush> e = expected().handsOnThighs();
        HandOnThighPush left = e.get(0);
        HandOnThighPush right = e.get(1);
        assertThat(r.out()).contains(String.format(Locale.ROOT, "hands on thighs: left push %.1f N (x 0.0, y %.1f, "
                + "z 0.0) at (%.3f, %.3f, %.3f) m, hand-thigh gap %.3f m; right push %.1f N (x 0.0, y %.1f, z 0.0) at "
                + "(%.3f, %.3f, %.3f) m, hand-thigh gap %.3f m%n", left.forceN(), left.forceYN(), left.pointM().xM(),
                left.pointM().yM(), left.pointM().zM(), left.gapM(), right.forceN(), right.forceYN(),
                right.pointM().xM(), right.pointM().yM(), right.pointM().zM(), right.gapM()));

        CliRun standing = CliRun.of("analyze", "--format", "table", CliRun.taskFile(dir, STANDING).toString());
        assertThat(standing.code()).as(standing.err()).isZero();
        assertThat(standing.out()).doesNotContain("hands on thighs");
    }
}
