package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.AnsurII2012;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.Wilke1999;

/**
 * The prescribed abdominal pressure (Mairiaux et al. 1984's regression on the L4-L5 moment, held at 26.6 kPa) against
 * every in vivo pressure found whose task the model can pose (issue 12, item 4): the rows of
 * {@code docs/research/iap-in-vivo.csv}, with how each was read. Prints the predicted pressure of each task beside the
 * measured one (docs/research/intra-abdominal-pressure.md, "Mairiaux's line against every in vivo set", quotes the
 * table) and asserts the pattern that note reports, so that a change of the pressure's prescription makes the note's
 * table fail here before it goes stale. Nothing here is fitted: the model's pressure is what the regression gives at
 * the model's own moment. The flexed postures (fourteenth session; the note's "Static flexion: what was found") are
 * printed with the {@link AbdominalPressureMode#RECRUITED} pressure beside the prescribed one.
 */
class IntraAbdominalPressureInVivoTest {
    private static final double CEILING_PA = AbdominalPressureConstants.MAX_PRESSURE_PA;
    /** The women's rows run a woman of ANSUR II's mean stature and mass (no anthropometry is in the abstracts read). */
    private static final Subject WOMAN = new Subject(Sex.FEMALE, AnsurII2012.FEMALE_MEAN_STATURE_M,
            AnsurII2012.FEMALE_MEAN_MASS_KG, 40);

    /** One row of the CSV: its id, sex, sensor site, load (kg, NaN if none) and measured pressure (kPa, NaN if none). */
    record Row(String id, String sex, String site, double loadKg, double measuredKPa, String modelTask) {
    }

    static List<Row> rows() throws IOException {
        Path csv = Path.of("..", "docs", "research", "iap-in-vivo.csv");
        if (!Files.exists(csv)) {
            csv = Path.of("docs", "research", "iap-in-vivo.csv");
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> column = null;
        for (String line : Files.readAllLines(csv)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f = split(line);
            if (column == null) {
                column = new LinkedHashMap<>();
                for (int i = 0; i < f.size(); i++) {
                    column.put(f.get(i), i);
                }
                continue;
            }
            rows.add(new Row(f.get(column.get("id")), f.get(column.get("sex")), f.get(column.get("site")),
                    number(f.get(column.get("load_kg"))), number(f.get(column.get("measured_kPa"))),
                    f.get(column.get("model_task"))));
        }
        return rows;
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN; // empty, or two values ("4.93 / 12.00") of a row the model cannot pose
        }
    }

    /** Splits one CSV line; a field in double quotes may hold commas. */
    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }

    /**
     * The preset a quiet-posture row poses ({@code model_task} "rest; &lt;preset id&gt;", no hand load), or null for
     * every other row.
     */
    static PosturePreset restPreset(Row r) {
        return r.modelTask().startsWith("rest; ") ? PosturePreset.ofId(r.modelTask().substring("rest; ".length())) : null;
    }

    /** The subject a quiet-posture row runs: ANSUR II's mean woman for a women's study, the default man otherwise. */
    static Subject subjectOf(Row r) {
        return r.sex().equals("F") ? WOMAN : Subject.defaultSubject();
    }

    /** Pressure the model prescribes (kPa) for a subject in a preset holding a load. */
    private static double predictedKPa(LumbarModel model, Workspace ws, PosturePreset preset, double kg) {
        model.solve(preset.posture(), List.of(HandLoad.ofMassKg(kg)), ws);
        double p = ws.abdominalPressurePa();
        assertThat(p).as("%s %s kg", preset, kg).isBetween(0.0, CEILING_PA);
        double asked = AbdominalPressure.regressionPa(ws.netMomentNm(SpinalLevel.L4_L5, 0));
        assertThat(p).as("%s %s kg", preset, kg).isEqualTo(Math.min(asked, CEILING_PA));
        return p / 1000;
    }

    @Test
    void womensLiftPressuresLieBelowTheStoopAndAboveTheHoldWhileTheRectalChangesLieAboveTheSquat() throws IOException {
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel model = LumbarModel.of(WOMAN).withMuscleModel(kind).withOverloadPolicy(OverloadPolicy.REPORT);
            Workspace ws = model.newWorkspace();
            int women = 0;
            double sumSquat = 0, sumStoop = 0, sumHold = 0;
            int vaginal = 0;
            for (Row r : rows()) {
                if (!r.modelTask().startsWith("woman")) {
                    continue;
                }
                double hold = predictedKPa(model, ws, PosturePreset.HOLD_CLOSE, r.loadKg());
                double squat = predictedKPa(model, ws, PosturePreset.LIFT_BENT_KNEES, r.loadKg());
                double stoop = predictedKPa(model, ws, PosturePreset.LIFT_ROUND_BACK, r.loadKg());
                System.out.printf(Locale.ROOT, "%s %-16s %-7s %5.1f kg: measured %5.2f kPa; model hold_close %5.2f,"
                        + " squat %5.2f, stoop %5.2f (squat - measured %+5.2f)%n", kind, r.id(), r.site(), r.loadKg(),
                        r.measuredKPa(), hold, squat, stoop, squat - r.measuredKPa());
                women++;
                // the stoop, the most demanding reading, is above every measured value (vaginal and rectal alike)
                assertThat(stoop).as(r.id()).isGreaterThan(r.measuredKPa());
                if (r.site().equals("vaginal")) {
                    vaginal++;
                    sumSquat += squat - r.measuredKPa();
                    sumStoop += stoop - r.measuredKPa();
                    sumHold += hold - r.measuredKPa();
                } else {
                    // Gerten 2008's rectal pressure changes: above the squat at both loads
                    assertThat(squat).as(r.id()).isLessThan(r.measuredKPa());
                }
            }
            assertThat(women).isEqualTo(9);
            System.out.printf(Locale.ROOT, "%s vaginal rows (%d): mean predicted - measured: hold_close %+5.2f, squat %+5.2f,"
                    + " stoop %+5.2f kPa%n", kind, vaginal, sumHold / vaginal, sumSquat / vaginal, sumStoop / vaginal);
            // the vaginal medians lie between the upright hold and the floor lifts: the squat is high on average by
            // 1.1 kPa (the note; -0.9 to +2.5 row by row), the close hold low
            assertThat(sumSquat / vaginal).isBetween(1.0, 3.5);
            assertThat(sumHold / vaginal).isNegative();
        }
    }

    /**
     * The quiet postures (relaxed standing, sitting, supine, slow walking; "Upright pressures in vivo" in the note): every
     * measured value there is an upper bound on the rise the model predicts (an absolute pressure, or a rise over supine
     * rest, both holding the hydrostatic head of the abdominal contents above the sensor), and the regression's
     * intercept prescribes nothing below 14 N·m, so the prescribed pressure lies below every one.
     */
    @Test
    void quietPosturesPrescribeLessThanEveryMeasuredUpperBound() throws IOException {
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            int quiet = 0;
            for (Row r : rows()) {
                PosturePreset preset = restPreset(r);
                if (preset == null) {
                    continue;
                }
                LumbarModel model = LumbarModel.of(subjectOf(r)).withMuscleModel(kind)
                        .withOverloadPolicy(OverloadPolicy.REPORT);
                Workspace ws = model.newWorkspace();
                double p = predictedKPa(model, ws, preset, 0);
                System.out.printf(Locale.ROOT, "%s %-24s %-3s %-20s: measured %5.2f kPa; model %5.2f kPa (L4-L5 moment"
                        + " %5.1f N·m)%n", kind, r.id(), r.sex(), preset.id(), r.measuredKPa(), p,
                        ws.netMomentNm(SpinalLevel.L4_L5, 0));
                assertThat(p).as(r.id()).isLessThan(r.measuredKPa());
                quiet++;
            }
            assertThat(quiet).isEqualTo(6);
        }
    }

    @Test
    void heavySquatsAndTheTorqueThresholdLieBelowTheRegression() throws IOException {
        Map<String, Row> byId = byId();
        // McGill, Norman & Sharratt 1990: squat lifts of 72.7-90.9 kg, 99 mmHg without a belt
        Row mcgill = byId.get("mcgill1990_squat");
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind)
                    .withOverloadPolicy(OverloadPolicy.REPORT);
            Workspace ws = model.newWorkspace();
            double squat = predictedKPa(model, ws, PosturePreset.LIFT_BENT_KNEES, mcgill.loadKg());
            System.out.printf(Locale.ROOT, "%s %s %.1f kg: measured %.1f kPa, model squat %.1f kPa (L4-L5 moment %.0f N·m)%n",
                    kind, mcgill.id(), mcgill.loadKg(), mcgill.measuredKPa(), squat, ws.netMomentNm(SpinalLevel.L4_L5, 0));
            assertThat(squat).isGreaterThan(mcgill.measuredKPa() + 3);
        }
        // Marras & Mirka 1996: above 10 mmHg only beyond 54 N·m of trunk torque
        Row marras = byId.get("marrasmirka1996_threshold");
        double atThreshold = AbdominalPressure.regressionPa(54) / 1000;
        System.out.printf(Locale.ROOT, "%s: regression at 54 N·m %.2f kPa against at most %.2f kPa%n", marras.id(),
                atThreshold, marras.measuredKPa());
        assertThat(atThreshold).isGreaterThan(2 * marras.measuredKPa());
        // the maximal efforts that cannot be posed stay within the ceiling or just reach it
        for (String id : List.of("cresswell1994_max", "lander1990_squat", "harman1988_valsalva")) {
            assertThat(byId.get(id).measuredKPa()).as(id).isLessThanOrEqualTo(CEILING_PA / 1000 + 0.25);
        }
    }

    /** Every row of the CSV by its id. */
    private static Map<String, Row> byId() throws IOException {
        Map<String, Row> byId = new LinkedHashMap<>();
        for (Row r : rows()) {
            byId.put(r.id(), r);
        }
        return byId;
    }

    /** Pressure (kPa) and L4-L5 net flexion moment (N·m) a model gives for a posture holding a load. */
    private static double[] pressureAndMoment(LumbarModel model, Posture posture, double kg) {
        Workspace ws = model.newWorkspace();
        model.solve(posture, List.of(HandLoad.ofMassKg(kg)), ws);
        double p = ws.abdominalPressurePa();
        assertThat(p).isBetween(0.0, CEILING_PA);
        return new double[] {p / 1000, ws.netMomentNm(SpinalLevel.L4_L5, 0)};
    }

    /** Wilke's subject's flexed rows, posed as {@code lumbosim validate} poses them (the row's posture and load). */
    private static Wilke1999.Measurement wilkeRow(String id) {
        return Wilke1999.measurements().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Wilke's flexed rows ({@code standing_flexed}, {@code sitting_max_flexion}) against the only in vivo bound the
     * project has below 54 N·m: Marras and Mirka 1996 saw no more than 10 mmHg (1.33 kPa) below 54 N·m of trunk
     * torque. Both rows' L4-L5 moments lie below it; the prescribed pressure exceeds the bound standing bent forward
     * (1.80 kPa; its relief is the largest term of that row's shortfall, docs/research/standing-flexed.md) and not in the flexed sitting. The
     * recruited pressure is printed beside it: below the prescribed one with single-equivalent muscles, above it
     * with multi-fascicle muscles standing bent forward.
     */
    @Test
    void wilkesFlexedRowsAgainstTheTorqueThreshold() throws IOException {
        Row marras = byId().get("marrasmirka1996_threshold");
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel prescribed = Wilke1999.subjectModel().withMuscleModel(kind).withOverloadPolicy(OverloadPolicy.REPORT);
            LumbarModel recruited = prescribed.withAbdominalPressure(AbdominalPressureMode.RECRUITED);
            Map<String, double[]> prescribedKPa = new LinkedHashMap<>();
            Map<String, double[]> recruitedKPa = new LinkedHashMap<>();
            for (String id : List.of("standing_flexed", "sitting_max_flexion")) {
                Wilke1999.Measurement m = wilkeRow(id);
                double[] p = pressureAndMoment(prescribed, m.posture().orElseThrow(), m.loadKg());
                double[] q = pressureAndMoment(recruited, m.posture().orElseThrow(), m.loadKg());
                prescribedKPa.put(id, p);
                recruitedKPa.put(id, q);
                System.out.printf(Locale.ROOT, "%s Wilke %-20s L4-L5 %5.1f N·m: bound %.2f kPa (below 54 N·m);"
                        + " prescribed %5.2f, recruited %5.2f kPa%n", kind, id, p[1], marras.measuredKPa(), p[0], q[0]);
                assertThat(p[1]).as(id).isBetween(0.0, 54.0);
                assertThat(p[0]).as(id).isCloseTo(AbdominalPressure.regressionPa(p[1]) / 1000, within(1e-12));
                if (kind == MuscleModelKind.SINGLE_EQUIVALENT) {
                    assertThat(q[0]).as(id).isLessThan(p[0]);
                }
            }
            double flexed = prescribedKPa.get("standing_flexed")[0];
            assertThat(flexed).isGreaterThan(marras.measuredKPa());
            assertThat(prescribedKPa.get("sitting_max_flexion")[0]).isLessThan(marras.measuredKPa());
            if (kind == MuscleModelKind.MULTI_FASCICLE) {
                assertThat(recruitedKPa.get("standing_flexed")[0]).isGreaterThan(flexed);
            }
        }
    }

    /**
     * Grew 1980 (row {@code grew1980_flexed}, abstract): the pressure rose linearly with a moment applied to the torso
     * in every condition, with the lowest sensitivity (pressure per N·m) when the torso was flexed. The model's
     * sensitivity, upright ({@code hold_close}) and flexed ({@code standing_flexed}), from 10 to 15 kg in the hands
     * (the default man; below the ceiling in every model): the prescribed line has the same slope in both postures by
     * construction (Mairiaux's 0.079 kPa per N·m, fitted erect); the recruited pressure rises <em>faster</em> flexed
     * than upright in both muscle models. Neither has Grew's order; the abstract gives no value to size the gap.
     */
    @Test
    void flexedSensitivityAgainstGrew1980() throws IOException {
        Row grew = byId().get("grew1980_flexed");
        assertThat(grew.modelTask()).startsWith("sensitivity;");
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel prescribed = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind)
                    .withOverloadPolicy(OverloadPolicy.REPORT);
            LumbarModel recruited = prescribed.withAbdominalPressure(AbdominalPressureMode.RECRUITED);
            double[] slope = new double[4];
            int i = 0;
            for (LumbarModel model : List.of(prescribed, recruited)) {
                for (PosturePreset preset : List.of(PosturePreset.HOLD_CLOSE, PosturePreset.STANDING_FLEXED)) {
                    double[] a = pressureAndMoment(model, preset.posture(), 10);
                    double[] b = pressureAndMoment(model, preset.posture(), 15);
                    assertThat(b[0]).isLessThan(CEILING_PA / 1000);
                    slope[i++] = (b[0] - a[0]) / (b[1] - a[1]);
                }
            }
            System.out.printf(Locale.ROOT, "%s %s: kPa per N·m upright / flexed: prescribed %.4f / %.4f, recruited %.4f /"
                    + " %.4f (flexed / upright %.2f)%n", kind, grew.id(), slope[0], slope[1], slope[2], slope[3],
                    slope[3] / slope[2]);
            assertThat(slope[0]).isCloseTo(AbdominalPressureConstants.PA_PER_NM / 1000, within(1e-9));
            assertThat(slope[1]).isCloseTo(slope[0], within(1e-9));
            assertThat(slope[3]).isGreaterThan(slope[2]);
        }
    }

    /**
     * Hagins et al. 2004 (row {@code hagins2004_posture}, abstract): peak intragastric pressure in dynamic lifts did not
     * differ significantly between their two postures, while it rose with the load. The model's pressure in the
     * stoop ({@code lift_round_back}) against the squat ({@code lift_bent_knees}), default man, 5-20 kg (their loads
     * and postures are not in the abstract): prescribed, the stoop gives 1.6 times the squat's pressure at every
     * load (its moment is 1.5 times larger); recruited with single-equivalent muscles 1.7-1.8 times; with
     * multi-fascicle muscles both reach the ceiling from 15 kg. Also prints Kumar and Davis 1983's static stoop
     * holding 25 kg (row {@code kumardavis1983_static_stoop}), whose abstract gives only a ratio to a dynamic lift.
     */
    @Test
    void stoopAgainstSquatAgainstHagins2004() throws IOException {
        Map<String, Row> rows = byId();
        Row hagins = rows.get("hagins2004_posture");
        Row kumar = rows.get("kumardavis1983_static_stoop");
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel prescribed = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind)
                    .withOverloadPolicy(OverloadPolicy.REPORT);
            LumbarModel recruited = prescribed.withAbdominalPressure(AbdominalPressureMode.RECRUITED);
            for (double kg : new double[] {5, 10, 15, 20}) {
                double[] squat = pressureAndMoment(prescribed, PosturePreset.LIFT_BENT_KNEES.posture(), kg);
                double[] stoop = pressureAndMoment(prescribed, PosturePreset.LIFT_ROUND_BACK.posture(), kg);
                double squatR = pressureAndMoment(recruited, PosturePreset.LIFT_BENT_KNEES.posture(), kg)[0];
                double stoopR = pressureAndMoment(recruited, PosturePreset.LIFT_ROUND_BACK.posture(), kg)[0];
                System.out.printf(Locale.ROOT, "%s %s %4.1f kg: L4-L5 squat %5.1f / stoop %5.1f N·m; prescribed %5.2f /"
                        + " %5.2f kPa (x%.2f); recruited %5.2f / %5.2f kPa (x%.2f)%n", kind, hagins.id(), kg, squat[1],
                        stoop[1], squat[0], stoop[0], stoop[0] / squat[0], squatR, stoopR, stoopR / squatR);
                assertThat(stoop[0] / squat[0]).as("%s kg", kg).isGreaterThan(1.5);
                if (kind == MuscleModelKind.SINGLE_EQUIVALENT) {
                    assertThat(stoopR / squatR).as("%s kg", kg).isGreaterThan(1.5);
                }
            }
            double[] hold = pressureAndMoment(prescribed, PosturePreset.STANDING_FLEXED.posture(), kumar.loadKg());
            double held = pressureAndMoment(recruited, PosturePreset.STANDING_FLEXED.posture(), kumar.loadKg())[0];
            System.out.printf(Locale.ROOT, "%s %s %.0f kg standing_flexed: L4-L5 %5.1f N·m; prescribed %5.2f, recruited"
                    + " %5.2f kPa (no measured value: %s)%n", kind, kumar.id(), kumar.loadKg(), hold[1], hold[0], held,
                    kumar.modelTask());
            assertThat(kumar.measuredKPa()).isNaN();
        }
    }
}
