package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.population.PopulationStudy;
import org.lumbosim.population.Populations;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.HandOnThighPush;

/**
 * The thighs' pushes on a resting trunk or hands reach the commands beyond {@code analyze}: {@code day}'s
 * CSV ends with analyze's 21 contact columns, each sample's cells its activity's
 * {@link Lumbosim#analyze} values bit for bit (empty for an activity without the supports);
 * {@code population} prints a line per push and {@code --out} a row per push (empty level), equal to the
 * single person's {@link Lumbosim#analyze} with {@code --n 1}, none without the supports. Every number
 * is finite (it parses and is not NaN or infinite). The atlas's hand columns: {@link AtlasCommandTest}.
 */
class ContactOutputsAcrossCommandsTest {
    @TempDir
    Path dir;

    /** An activity of the schedule below: its label, preset and held mass (kg). */
    private record Act(String label, PosturePreset preset, double massKg) {
    }

    private static final List<Act> ACTIVITIES = List.of(new Act("resting on the thighs", PosturePreset.SITTING_MAX_FLEXION, 0),
            new Act("desk, hands on thighs", PosturePreset.SITTING_UNSUPPORTED, 2),
            new Act("walking", PosturePreset.STANDING_RELAXED, 0), new Act("night", PosturePreset.LYING_SUPINE, 0));

    private static String schedule() {
        StringBuilder b = new StringBuilder("{\"activities\":[");
        for (Act a : ACTIVITIES) {
            b.append(a == ACTIVITIES.get(0) ? "" : ",").append("{\"label\":\"").append(a.label())
                    .append("\",\"hours\":").append(a == ACTIVITIES.get(ACTIVITIES.size() - 1) ? 8 : 2)
                    .append(",\"posture\":{\"preset\":\"").append(a.preset().id()).append("\"}")
                    .append(a.massKg() > 0 ? ",\"loads\":[{\"massKg\":" + a.massKg() + "}]" : "").append('}');
        }
        return b.append("]}").toString();
    }

    /** @return the 21 contact cells analyze's CSV gives for an analysis ("" where empty) */
    private static List<String> expectedCells(AnalysisResult a) {
        List<String> cells = new ArrayList<>();
        if (a.trunkOnThighs() == null) {
            cells.addAll(List.of("", "", "", "", "", "", ""));
        } else {
            var t = a.trunkOnThighs();
            for (double v : new double[] {t.forceXN(), t.forceYN(), t.forceZN(), t.pointM().xM(), t.pointM().yM(),
                t.pointM().zM(), t.gapM()}) {
                cells.add(Double.toString(v));
            }
        }
        if (a.handsOnThighs().isEmpty()) {
            for (int i = 0; i < 14; i++) {
                cells.add("");
            }
        }
        for (HandOnThighPush h : a.handsOnThighs()) {
            for (double v : new double[] {h.forceXN(), h.forceYN(), h.forceZN(), h.pointM().xM(), h.pointM().yM(),
                h.pointM().zM(), h.gapM()}) {
                cells.add(Double.toString(v));
            }
        }
        return cells;
    }

    @Test
    void dayCsvEndsWithEachActivitysPushesAsAnalyzeGivesThem() throws IOException {
        Path f = dir.resolve("day.json");
        Files.writeString(f, schedule());
        CliRun r = CliRun.of("day", f.toString(), "--step-min", "30");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().filter(l -> !l.startsWith("#") && !l.startsWith("summary")).toList();
        String header = lines.get(0);
        // the pushes follow every level's columns; since the twelfth session the strain and unloaded pressure
        // of every level come after them, so that the pushes keep their positions
        assertThat(header).startsWith("timeH,activity,L5-S1_idpMPa,L5-S1_heightMm,L5-S1_compressionN,")
                .contains(",L1-L2_compressionN," + Output.CONTACT_COLUMNS + ",L5-S1_heightStrain,")
                .endsWith(",L1-L2_unloadedIdpMPa");
        int columns = header.split(",").length;
        int pushes = 2 + 3 * 5;
        assertThat(columns).isEqualTo(pushes + 21 + 2 * 5);
        List<List<String>> expected = new ArrayList<>();
        for (Act a : ACTIVITIES) {
            List<HandLoad> loads = a.massKg() > 0 ? List.of(HandLoad.ofMassKg(a.massKg())) : List.of();
            expected.add(expectedCells(Lumbosim.analyze(Subject.defaultSubject(), a.preset().posture(), loads)));
        }
        assertThat(expected.get(0).get(1)).as("the trunk rests on the thighs").isNotEmpty();
        assertThat(expected.get(1).get(8)).as("the hands rest on the thighs").isNotEmpty();
        int[] rowsPerActivity = new int[ACTIVITIES.size()];
        for (String line : lines.subList(1, lines.size())) {
            List<String> c = AtlasCommand.csvCells(line);
            assertThat(c).hasSize(columns);
            int act = -1;
            for (int k = 0; k < ACTIVITIES.size(); k++) {
                act = ACTIVITIES.get(k).label().equals(c.get(1)) ? k : act;
            }
            assertThat(act).as(line).isNotNegative();
            rowsPerActivity[act]++;
            List<String> cells = c.subList(pushes, pushes + 21);
            assertThat(cells).as("%s: %s", c.get(1), line).isEqualTo(expected.get(act));
            for (String cell : cells) {
                if (!cell.isEmpty()) {
                    assertThat(Double.isFinite(Double.parseDouble(cell))).as(cell).isTrue();
                }
            }
        }
        assertThat(rowsPerActivity).doesNotContain(0);
    }

    private CliRun population(PosturePreset preset, Path csv, String... extra) throws IOException {
        Path task = CliRun.taskFile(dir, "{\"posture\":{\"preset\":\"" + preset.id() + "\"}}");
        List<String> args = new ArrayList<>(List.of("population", task.toString(), "--out", csv.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void populationOfOnePersonReportsTheirPushesAsAnalyzeGivesThem() throws IOException {
        for (PosturePreset preset : List.of(PosturePreset.SITTING_MAX_FLEXION, PosturePreset.SITTING_UNSUPPORTED)) {
            Path csv = dir.resolve(preset.id() + ".csv");
            CliRun r = population(preset, csv, "--n", "1", "--seed", "9", "--threads", "1");
            assertThat(r.code()).as(r.err()).isZero();
            // the one person the command draws, solved alone as analyze solves a task
            PopulationStudy study = PopulationStudy.of(Populations.nhanes2017To2020(), 9);
            LumbarModel m = LumbarModel.of(study.person(0)).withMuscleModel(MuscleModelKind.SINGLE_EQUIVALENT)
                    .withOverloadPolicy(OverloadPolicy.REPORT);
            AnalysisResult a = Lumbosim.analyze(m, preset.posture(), List.of());
            List<String> names = new ArrayList<>();
            List<Double> pushes = new ArrayList<>();
            if (a.trunkOnThighs() != null) {
                names.add("trunkOnThighsForceN");
                pushes.add(a.trunkOnThighs().forceN());
            }
            for (HandOnThighPush h : a.handsOnThighs()) {
                names.add("handsOnThighs" + (h.side().ordinal() == 0 ? "Left" : "Right") + "ForceN");
                pushes.add(h.forceN());
            }
            assertThat(pushes).as("%s", preset).isNotEmpty().allSatisfy(v -> assertThat(v).isPositive());
            List<String> rows = Files.readAllLines(csv);
            assertThat(rows).hasSize(1 + 20 + pushes.size());
            assertThat(rows.get(0)).isEqualTo("level,quantity,p5,p50,p95,mean");
            assertThat(rows.get(1)).startsWith("L5-S1,compressionN,");
            List<String> pushRows = rows.subList(21, rows.size());
            for (int k = 0; k < pushes.size(); k++) {
                String[] c = pushRows.get(k).split(",", -1);
                assertThat(c).hasSize(6);
                assertThat(c[0]).as("a push acts on no one level").isEmpty();
                assertThat(c[1]).isEqualTo(names.get(k));
                for (int j = 2; j < 6; j++) {
                    assertThat(Double.parseDouble(c[j])).as("%s %s", preset, pushRows.get(k))
                            .isCloseTo(pushes.get(k), org.assertj.core.data.Offset.offset(1e-9 * pushes.get(k)));
                }
            }
            String words = preset == PosturePreset.SITTING_MAX_FLEXION ? "thighs' push on the trunk"
                    : "thighs' push on the left hand";
            double v = pushes.get(0);
            assertThat(r.out()).contains(String.format(Locale.ROOT, "%s (N): p5 %.1f  p50 %.1f  p95 %.1f  mean %.1f%n",
                    words, v, v, v, v));
            List<String> out = r.out().lines().toList();
            assertThat(out.get(out.size() - 1)).as("the line naming the written file stays last").startsWith("wrote ");
        }
    }

    @Test
    void populationWithoutTheSupportsHasNoPushes() throws IOException {
        Path csv = dir.resolve("standing.csv");
        CliRun r = population(PosturePreset.STANDING_RELAXED, csv, "--n", "5", "--threads", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("push");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(21).allSatisfy(row -> assertThat(row).doesNotStartWith(","));
    }
}
