package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.HandOnThighPush;
import org.lumbosim.posture.PosturePreset;

/** lumbosim atlas: files, every preset rendered, numbers equal analyze's. */
class AtlasCommandTest {
    @TempDir
    Path dir;

    @Test
    void atlasWritesFilesAndItsNumbersEqualAnalyze() throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"atlas", "--out", dir.toString()}, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        String out = o.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("atlas: " + dir.resolve("atlas.html").toAbsolutePath());
        List<String> lines = Files.readAllLines(dir.resolve("atlas.csv"));
        assertThat(lines).hasSize(distinctPostures() + 1);
        assertThat(lines.get(0)).endsWith(",wilke1999IdpMPa,wilke1999Ratio,note,status,l4l5IdpMPa,l4l5IdpRatio,"
                + "trunkOnThighsForceN,trunkOnThighsGapM,handsOnThighsLeftForceN,handsOnThighsLeftGapM,"
                + "handsOnThighsRightForceN,handsOnThighsRightGapM");
        LumbarModel m = LumbarModel.of(Subject.defaultSubject()).withOverloadPolicy(OverloadPolicy.REPORT);
        int overloaded = 0;
        int pushes = 0;
        int handPushes = 0;
        double previous = Double.POSITIVE_INFINITY;
        for (String line : lines.subList(1, lines.size())) {
            List<String> c = AtlasCommand.csvCells(line);
            PosturePreset p = PosturePreset.ofId(c.get(1));
            if (c.get(4).isEmpty()) {
                assertThat(c.get(15)).isNotEmpty();
                assertThat(c.get(16)).isEqualTo("failed");
                continue;
            }
            AnalysisResult a = Lumbosim.analyze(m, p.posture(), List.of());
            assertThat(c.get(16)).as(p.id()).isEqualTo(a.overloaded() ? "overloaded" : "ok");
            overloaded += a.overloaded() ? 1 : 0;
            double expected = a.l5s1().compressionN();
            assertThat(Double.parseDouble(c.get(4))).as(p.id()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.006));
            // issue 14: the L4-L5 pressure beside Wilke's L4-L5 values, appended after the original columns
            assertThat(c).hasSize(25);
            double idp45 = a.level(org.lumbosim.model.SpinalLevel.L4_L5).idpMPa();
            assertThat(Double.parseDouble(c.get(17))).as(p.id()).isCloseTo(idp45, org.assertj.core.data.Offset.offset(6e-5));
            // the thighs' push on a trunk resting on them, after those, empty for a preset without it
            if (a.trunkOnThighs() == null) {
                assertThat(c.subList(19, 21)).as(p.id()).containsOnly("");
            } else {
                pushes++;
                assertThat(Double.parseDouble(c.get(19))).as(p.id()).isCloseTo(a.trunkOnThighs().forceN(),
                        org.assertj.core.data.Offset.offset(0.006));
                assertThat(Double.parseDouble(c.get(20))).as(p.id()).isCloseTo(a.trunkOnThighs().gapM(),
                        org.assertj.core.data.Offset.offset(6e-5));
            }
            // then the thighs' push on each hand resting on them, left then right, empty for a preset without it
            if (a.handsOnThighs().isEmpty()) {
                assertThat(c.subList(21, 25)).as(p.id()).containsOnly("");
            } else {
                handPushes++;
                for (HandOnThighPush h : a.handsOnThighs()) {
                    int col = 21 + 2 * h.side().ordinal();
                    assertThat(Double.parseDouble(c.get(col))).as(p.id() + " " + h.side()).isCloseTo(h.forceN(),
                            org.assertj.core.data.Offset.offset(0.006)).isPositive();
                    assertThat(Double.parseDouble(c.get(col + 1))).as(p.id() + " " + h.side()).isCloseTo(h.gapM(),
                            org.assertj.core.data.Offset.offset(6e-5));
                }
            }
            assertThat(Double.parseDouble(c.get(4))).isLessThanOrEqualTo(previous);
            previous = Double.parseDouble(c.get(4));
            assertThat(ImageIO.read(dir.resolve("figures").resolve(p.id() + ".png").toFile())).as(p.id()).isNotNull();
        }
        assertThat(pushes).as("sitting_max_flexion rests the trunk on the thighs").isPositive();
        assertThat(handPushes).as("every preset resting the hands on the thighs (sitting_unsupported, sitting_upright)")
                .isEqualTo(java.util.Arrays.stream(PosturePreset.values())
                        .filter(x -> x.posture().has(org.lumbosim.posture.Support.HANDS_ON_THIGHS)).count()).isPositive();
        assertThat(out).contains("summary: presets=" + distinctPostures() + " overloaded=" + overloaded + " ");
        assertThat(ImageIO.read(dir.resolve("figures/ranking.png").toFile())).isNotNull();
        assertThat(Files.readString(dir.resolve("figures/ranking.svg"))).contains("<svg");
        String html = Files.readString(dir.resolve("atlas.html"));
        assertThat(html).contains("figures/ranking.png").contains("figures/plank.png").doesNotContain(dir.toString());
        // each 170-px thumbnail links to its card at full size, where the legend and the scale bar can be read
        assertThat(html).contains("<a href=\"figures/plank.png\"><img class=\"s\" src=\"figures/plank.png\"");
    }

    @Test
    void multiFascicleAtlasMarksAndCountsItsOverloadedRows() throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"atlas", "--out", dir.toString(), "--muscles", "multi-fascicle"},
                new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        double allowed = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(MuscleModelKind.MULTI_FASCICLE)
                .tissueParameters().maxMuscleStressPa() / 1e6;
        List<List<String>> rows = Files.readAllLines(dir.resolve("atlas.csv")).stream().skip(1)
                .map(AtlasCommand::csvCells).filter(c -> c.get(16).equals("overloaded")).toList();
        // since the ligaments share the level moments (2026-12-06) every preset balances without a load;
        // an overloaded row, if any, is ranked with its loads and marked, and the summary counts it
        assertThat(rows).allSatisfy(c -> {
            assertThat(c.get(4)).isNotEmpty();
            assertThat(c.get(15)).containsPattern("overloaded: needs a muscle stress of [0-9.]+ MPa, allowed "
                    + String.format(java.util.Locale.ROOT, "%.2f", allowed).replace(".", "\\."));
        });
        assertThat(o.toString(StandardCharsets.UTF_8)).contains("summary: presets=" + distinctPostures()
                + " overloaded=" + rows.size() + " ");
    }

    @Test
    void atlasRejectsUnknownOptions() {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"atlas", "--bogus"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(e.toString(StandardCharsets.UTF_8)).contains("--bogus");
    }

    /**
     * @return the number of presets with distinct postures: the atlas's rows ({@code prone_lying} is
     *     {@code lying_prone}'s posture under the exercise list's name, ranked once)
     */
    static int distinctPostures() {
        return (int) java.util.Arrays.stream(PosturePreset.values()).map(PosturePreset::posture).distinct().count();
    }
}
