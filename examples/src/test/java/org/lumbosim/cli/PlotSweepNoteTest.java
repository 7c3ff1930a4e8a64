package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;

/**
 * {@code plot --sweep}'s note under the figure says only what the sweep holds (newcomer pass, ninth
 * session): before, a trunk flexion sweep of {@code lift_round_back} said "Held: ... hip flexion 63°"
 * while the hips went from 15° to 63° with the pelvis. For every preset and every sweepable angle, each
 * angle the note names as held has the same value at two points of the sweep. A point outside the
 * model's range is named by the swept parameter and its value.
 */
class PlotSweepNoteTest {
    @TempDir
    Path dir;

    static Stream<Arguments> presetsAndAngles() {
        List<Arguments> out = new ArrayList<>();
        for (PosturePreset p : PosturePreset.values()) {
            for (String a : TaskReader.POSTURE_ANGLES) {
                out.add(Arguments.of(p, a));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("presetsAndAngles")
    void everyAngleNamedHeldIsHeld(PosturePreset preset, String swept) {
        Posture p = preset.posture();
        Posture a = swept(p, swept, 5);
        Posture b = swept(p, swept, -5);
        Posture other = a != null ? a : b;
        if (other == null) {
            return; // neither point is in the model's range: no sweep to describe
        }
        String note = Plot.held(p, swept);
        assertThat(note).startsWith("Held: ");
        for (String angle : TaskReader.POSTURE_ANGLES) {
            if (Pattern.compile("(Held: |, )" + Plot.Sweep.words(angle) + " -?\\d").matcher(note).find()) {
                assertThat(Plot.angleOf(other, angle)).as("%s, named held in \"%s\"", angle, note)
                        .isEqualTo(Plot.angleOf(p, angle));
            }
        }
    }

    private static Posture swept(Posture p, String angle, double byDeg) {
        try {
            return Plot.withAngle(p, angle, Plot.angleOf(p, angle) + byDeg);
        } catch (ParameterOutOfRangeException e) {
            return null;
        }
    }

    @Test
    void aTrunkFlexionSweepSaysTheHipsTurnWithThePelvis() {
        String note = Plot.held(PosturePreset.LIFT_ROUND_BACK.posture(), "trunkFlexionDeg");
        assertThat(note).doesNotContain("hip flexion").doesNotContain("lumbar flexion 4")
                .contains("hips turning with the pelvis").contains("knee flexion 15°");
        assertThat(Plot.held(PosturePreset.LIFT_ROUND_BACK.posture(), "kneeFlexionDeg")).contains("hip flexion 63°");
    }

    @Test
    void aSweepPointOutsideTheRangeIsNamedByTheSweptParameter() throws Exception {
        Path task = Files.writeString(dir.resolve("lift.json"),
                "{\"posture\":{\"preset\":\"lift_round_back\"},\"loads\":[{\"massKg\":20}]}");
        Path figure = dir.resolve("f.png");
        CliRun load = CliRun.of("plot", task.toString(), "--sweep", "loadMassKg=0:300:10", "--out", figure.toString());
        assertThat(load.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(load.err().strip()).isEqualTo("error: --sweep loadMassKg = 210 cannot be solved: massKg = 210.0 kg"
                + " is outside the model's valid range [0.0, 200.0] kg");
        CliRun trunk = CliRun.of("plot", task.toString(), "--sweep", "trunkFlexionDeg=0:300:5", "--out",
                figure.toString());
        assertThat(trunk.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(trunk.err().strip()).startsWith("error: --sweep trunkFlexionDeg = 185 cannot be solved: ")
                .endsWith("[-180.0, 180.0] deg");
        assertThat(figure).doesNotExist();
    }
}
