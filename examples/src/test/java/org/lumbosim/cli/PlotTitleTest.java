package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plot}'s default title describes the task: a preset's posture, unchanged, is titled by the
 * preset in words and the mass held ("Lifting from the floor with a round back, 20 kg"), not by the
 * task file's name; a changed preset or angles alone keep the file's name; a sweep of the load leaves
 * the load out; {@code --title} still wins.
 */
class PlotTitleTest {
    @TempDir
    Path dir;

    private static String title(String json, boolean withLoad) {
        return Plot.defaultTitle(TaskReader.parse(json), "My task", withLoad);
    }

    @Test
    void aPresetsPostureIsTitledByThePresetAndTheLoad() {
        String lift = "{\"posture\":{\"preset\":\"lift_round_back\"},\"loads\":[{\"massKg\":20}]}";
        assertThat(title(lift, true)).isEqualTo("Lifting from the floor with a round back, 20 kg");
        assertThat(title(lift, false)).isEqualTo("Lifting from the floor with a round back");
        assertThat(title("{\"posture\":{\"preset\":\"hold_close\"},\"loads\":[{\"massKg\":7.5},{\"massKg\":5,"
                + "\"hands\":\"left\"}]}", true)).isEqualTo("Holding a load close to the body while standing, 12.5 kg");
        assertThat(title("{\"posture\":{\"preset\":\"standing_relaxed\"}}", true)).isEqualTo("Relaxed standing");
        assertThat(title("{\"posture\":{\"preset\":\"standing_relaxed\"},\"loads\":[{\"forceN\":[20,0,0]}]}", true))
                .isEqualTo("Relaxed standing, a hand force");
        assertThat(title("{\"posture\":{\"preset\":\"standing_relaxed\"},\"loads\":[{\"massKg\":3,\"forceN\":[20,0,0]}]}",
                true)).isEqualTo("Relaxed standing, 3 kg and a hand force");
    }

    @Test
    void aChangedPresetOrAnglesAloneKeepTheFilesName() {
        assertThat(title("{\"posture\":{\"preset\":\"lift_round_back\",\"trunkFlexionDeg\":60},\"loads\":[{\"massKg\":20}]}",
                true)).isEqualTo("My task");
        assertThat(title("{\"posture\":{\"trunkFlexionDeg\":33}}", true)).isEqualTo("My task");
    }

    /**
     * The card's title (the stick figure beside the level profile) is its largest text, at the theme's title size:
     * given to the stick figure alone it shrank to fit the stick figure's 40 % of the width, "Lifting from the floor
     * with a round back, 20 kg" at 13.5 px beside the level profile's "All lumbar levels" at 22 px.
     */
    @Test
    void theCardsTitleIsItsLargestTextAtTheTitleSize() throws Exception {
        Path task = Files.writeString(dir.resolve("lift.json"),
                "{\"posture\":{\"preset\":\"lift_round_back\"},\"loads\":[{\"massKg\":20}]}");
        Path figure = dir.resolve("card.svg");
        CliRun r = CliRun.of("plot", task.toString(), "--out", figure.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String svg = Files.readString(figure);
        String title = "Lifting from the floor with a round back, 20 kg";
        double titlePx = fontSizePx(svg, title);
        assertThat(titlePx).isEqualTo(org.lumbosim.viz.LumbosimTheme.slides().titleSizePt());
        java.util.regex.Matcher text = java.util.regex.Pattern.compile(">([^<>]+)</text").matcher(svg);
        int texts = 0;
        while (text.find()) {
            if (!text.group(1).equals(title)) {
                assertThat(fontSizePx(svg, text.group(1))).as("\"%s\" under the title", text.group(1))
                        .isLessThan(titlePx);
                texts++;
            }
        }
        assertThat(texts).as("the card's other texts").isGreaterThan(10);
    }

    /** The font size (px) a text of the SVG is drawn in: the nearest {@code font-size} before it (its own or its group's). */
    private static double fontSizePx(String svg, String text) {
        int at = svg.indexOf(">" + text + "</text");
        assertThat(at).as(text).isPositive();
        int size = svg.lastIndexOf("font-size:", at);
        String value = svg.substring(size + "font-size:".length(), svg.indexOf("px", size));
        return Double.parseDouble(value.trim());
    }

    @Test
    void theFigureCarriesTheDescriptiveTitleUnlessOneIsGiven() throws Exception {
        Path task = Files.writeString(dir.resolve("job_7.json"),
                "{\"posture\":{\"preset\":\"lift_round_back\"},\"loads\":[{\"massKg\":20}]}");
        Path figure = dir.resolve("f.svg");
        CliRun r = CliRun.of("plot", task.toString(), "--out", figure.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(figure)).contains("Lifting from the floor with a round back, 20 kg")
                .doesNotContain("Job 7");
        Path sweep = dir.resolve("s.svg");
        CliRun s = CliRun.of("plot", task.toString(), "--sweep", "loadMassKg=0:20:10", "--out", sweep.toString());
        assertThat(s.code()).as(s.err()).isZero();
        // a long title wraps in the figure
        assertThat(Files.readString(sweep)).contains("Lifting from the floor with a round back: loads against")
                .contains("load mass").doesNotContain("back, 20 kg");
        CliRun given = CliRun.of("plot", task.toString(), "--out", figure.toString(), "--title", "Job 7, station B");
        assertThat(given.code()).as(given.err()).isZero();
        assertThat(Files.readString(figure)).contains("Job 7, station B").doesNotContain("Lifting from the floor");
    }
}
