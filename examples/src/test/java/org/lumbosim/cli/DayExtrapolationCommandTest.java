package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.disc.DayResult;
import org.lumbosim.disc.DiurnalDisc;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;

/**
 * The days the eleventh session refused (exit 3, {@code DiscStrainOutOfRangeException}) because a disc's strain
 * passed the unloaded-pressure line's zero are computed since the twelfth session (the tension-only law) and
 * exit 0: {@code day} prints the summary line unchanged in form, then one {@code note:} line on stderr per level
 * whose unloaded pressure reached zero (level, from which hour, how long, the largest strain against the
 * calibrated range and the slack strain), writes its outputs, and its CSV carries every level's strain and
 * unloaded pressure; {@code CompareWorkDays --load-kg 35 --bending-h 0} prints the same notes.
 */
class DayExtrapolationCommandTest {
    private static final Pattern NOTE = Pattern.compile("^note: (L[1-5]-(?:L[2-5]|S1)) unloaded pressure zero \\(annulus "
            + "slack, tension-only law\\) from ([0-9]+\\.[0-9]{2}) h for ([0-9]+\\.[0-9]{2}) h of the day: largest height "
            + "strain (0\\.[0-9]{4}), beyond the calibrated range \\[0, (0\\.[0-9]{4})\\] \\(full hydration to relaxed "
            + "standing's equilibrium\\) and the slack strain (0\\.[0-9]{4}); extrapolated$");
    private static final Pattern SUMMARY = Pattern.compile(
            "^summary: idpStartOfNightMPa=([0-9.Ee-]+) idpEndOfNightMPa=([0-9.Ee-]+) dailyHeightLossMm=([0-9.Ee-]+)$");

    @TempDir
    Path dir;

    /** Runs {@code day} on the schedule, with {@code --out} and {@code --plot}; checks what is common to all. */
    private CliRun day(String name, String json, DayResult expected) throws IOException {
        Path f = Files.writeString(dir.resolve(name + ".json"), json);
        Path csv = dir.resolve(name + ".csv");
        Path png = dir.resolve(name + ".png");
        CliRun r = CliRun.of("day", f.toString(), "--out", csv.toString(), "--plot", png.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_OK);
        assertThat(csv).isNotEmptyFile();
        assertThat(png).isNotEmptyFile();
        List<String> out = r.out().lines().toList();
        Matcher m = SUMMARY.matcher(out.get(out.size() - 1));
        assertThat(m.matches()).as(out.get(out.size() - 1)).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isEqualTo(expected.level(SpinalLevel.L4_L5).idpStartOfNightMPa());
        List<String> notes = r.err().lines().toList();
        assertThat(notes).isEqualTo(expected.extrapolationNotes().stream().map(n -> "note: " + n).toList());
        for (String note : notes) {
            assertThat(NOTE.matcher(note).matches()).as(note).isTrue();
        }
        checkCsv(csv, expected);
        return r;
    }

    /** Every level's strain and unloaded pressure, after the earlier columns: zero where the annulus is slack. */
    private static void checkCsv(Path csv, DayResult expected) throws IOException {
        List<String> rows = Files.readAllLines(csv);
        List<String> header = List.of(rows.get(0).split(","));
        int zeros = 0;
        for (SpinalLevel level : SpinalLevel.values()) {
            int idp = header.indexOf(level.label() + "_idpMPa");
            int strain = header.indexOf(level.label() + "_heightStrain");
            int unloaded = header.indexOf(level.label() + "_unloadedIdpMPa");
            assertThat(strain).isGreaterThan(header.indexOf("handsOnThighsRightGapM"));
            assertThat(unloaded).isEqualTo(strain + 1);
            double slack = expected.level(level).slackStrain();
            for (String row : rows.subList(1, rows.size())) {
                String[] c = row.split(",");
                double u = Double.parseDouble(c[unloaded]);
                assertThat(u).isNotNegative().isLessThanOrEqualTo(Double.parseDouble(c[idp]));
                assertThat(u == 0).as(row).isEqualTo(Double.parseDouble(c[strain]) >= slack * (1 - 1e-12));
                zeros += u == 0 ? 1 : 0;
            }
        }
        assertThat(zeros > 0).isEqualTo(expected.extrapolated());
    }

    private static String hold(int kg) {
        return "{\"activities\":[{\"label\":\"hold\",\"hours\":16,\"posture\":{\"preset\":\"standing_relaxed\"},"
                + "\"loads\":[{\"massKg\":" + kg + "}]},{\"label\":\"night\",\"hours\":8,\"posture\":{\"preset\":\"lying_supine\"}}]}";
    }

    @Test
    void theHeavyDaysTheRefusalStoppedExitZeroWithOneNotePerSlackLevel() throws IOException {
        LumbarModel standard = LumbarModel.of(Subject.defaultSubject());
        DayResult office = DiurnalDisc.of(standard).simulate(org.lumbosim.disc.DaySchedule.builtIn(), 1.0 / 6);
        assertThat(office.extrapolated()).isFalse();
        for (int kg : new int[] {160, 180}) {
            String json = hold(kg);
            DayResult expected = DiurnalDisc.of(standard).simulate(DayCommand.parse(json).schedule(), 10.0 / 60);
            assertThat(expected.extrapolated()).as("%s kg", kg).isTrue();
            CliRun r = day("hold" + kg, json, expected);
            assertThat(r.err()).as("%s kg", kg).startsWith("note: L");
            assertThat(r.err()).contains("note: L3-L4 unloaded pressure zero");
        }
        String woman = "{\"subject\":{\"sex\":\"female\",\"statureM\":1.65,\"massKg\":60},"
                + "\"activities\":[{\"label\":\"warehouse shift\",\"hours\":8,\"posture\":{\"preset\":\"standing_flexed\"},"
                + "\"loads\":[{\"massKg\":20}]},{\"label\":\"evening\",\"hours\":8,\"posture\":{\"preset\":\"sitting_upright\"}},"
                + "{\"label\":\"night\",\"hours\":8,\"posture\":{\"preset\":\"lying_side\"}}]}";
        DayResult expected = DiurnalDisc.of(LumbarModel.of(new Subject(Sex.FEMALE, 1.65, 60, 45)))
                .simulate(DayCommand.parse(woman).schedule(), 10.0 / 60);
        CliRun r = day("woman", woman, expected);
        assertThat(r.err().lines().map(l -> l.substring(0, "note: L4-L5".length())).toList())
                .containsExactly("note: L4-L5", "note: L3-L4", "note: L2-L3");
    }

    @Test
    void aDayInsideTheLinesRangePrintsNoNote() throws IOException {
        String json = hold(140);
        DayResult expected = DiurnalDisc.of(LumbarModel.of(Subject.defaultSubject()))
                .simulate(DayCommand.parse(json).schedule(), 10.0 / 60);
        CliRun r = day("hold140", json, expected);
        assertThat(r.err()).isEmpty();
        // TensionOnlyDayTest's anchor of the same day (re-measured with h13/neutral: 0.033000216561397136 before)
        assertThat(r.out()).contains("summary: idpStartOfNightMPa=0.03301296751903511 ");
    }

    @Test
    void compareWorkDaysWith35KgCarriedExitsZeroWithItsNotes() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        CliRun r;
        try {
            r = CliRun.of("example", "CompareWorkDays", "--load-kg", "35", "--bending-h", "0", "--out", dir.toString());
        } finally {
            System.setErr(old);
        }
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_OK);
        assertThat(dir.resolve("work-days.csv")).isNotEmptyFile();
        List<String> notes = buf.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(notes).hasSize(2);
        for (String note : notes) {
            assertThat(note).startsWith("note: warehouse day: ");
            String rest = "note: " + note.substring("note: warehouse day: ".length());
            assertThat(NOTE.matcher(rest).matches()).as(note).isTrue();
        }
        assertThat(notes.get(0)).startsWith("note: warehouse day: L3-L4 unloaded pressure zero");
        assertThat(notes.get(1)).startsWith("note: warehouse day: L2-L3 unloaded pressure zero");
    }
}
