package org.lumbosim.reference;

import java.util.Map;
import org.lumbosim.disc.DayResult;
import org.lumbosim.disc.DaySchedule;
import org.lumbosim.disc.DiurnalDisc;

import java.util.ArrayList;
import java.util.List;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.reference.Wilke1999.Measurement;

/**
 * Compares the model's intradiscal pressure at L4-L5 with every row of {@link Wilke1999}: the
 * absolute pressure (MPa) and the load ratio to relaxed standing (unit-free; the measured ratio is
 * the row over the measured standing value, the predicted ratio the prediction over the predicted
 * standing value).
 *
 * <p>Each row is solved with the given model (its subject, muscle model and recruitment), the row's
 * posture ({@link Measurement#posture()}: from the source where one shows it, else the preset) and, when the row's mass is positive, {@link HandLoad#ofMassKg} held in both hands.
 * The night rows have no preset: they are predicted by the time-dependent disc
 * ({@link DiurnalDisc}) through the built-in day ({@link DaySchedule#builtIn()}): {@code night_start}
 * is the pressure when the night starts, {@code night_end} the pressure {@value #NIGHT_END_H} h into
 * the night. A row whose recruitment fails is {@link Status#FAILED failed}, with the reason. The summary statistics run over the {@link Status#OK} rows only, relaxed standing
 * included (its ratio error is zero by construction).
 *
 * <p>Two uncertainty bands of each static row, from the row's predicted L4-L5 compression
 * {@code F}: the factor band, {@code p0 + factor F / A} with the Nachemson factor over its published
 * range for normal discs ({@link IdpConversionRange#NACHEMSON_FACTOR_MIN} to
 * {@link IdpConversionRange#NACHEMSON_FACTOR_MAX}) and the model's own L4-L5 area {@code A}; and the
 * factor-and-area band, the same with the area also over {@link IdpConversionRange#DISC_AREA_RATIO_MIN}
 * to {@link IdpConversionRange#DISC_AREA_RATIO_MAX} times {@code A} (the adult spread of Clouthier et
 * al. 2023). Each is the lowest and highest of its corners. The area spread is that of a population,
 * so the second band is wide for a subject whose area was measured (such as {@link Wilke1999#subjectModel()}).
 * The night rows, predicted by the time-dependent disc, have no band.
 */
public final class WilkeValidation {
    private WilkeValidation() {
    }

    /** What happened to one row. */
    public enum Status {
        /** Solved; every number of the row is available. */
        OK,
        /** The model has no prediction for the activity. */
        NOT_MODELLED,
        /** The model could not solve the row (see {@link Row#failure()}); no prediction. */
        FAILED
    }

    /**
     * One row of the comparison.
     *
     * @param measurement the published row
     * @param status what happened
     * @param predictedIdpMPa predicted pressure at L4-L5 (MPa); NaN unless {@link Status#OK}
     * @param measuredRatio measured pressure over the measured relaxed-standing pressure (unit-free)
     * @param predictedRatio predicted pressure over the predicted relaxed-standing pressure
     *     (unit-free); NaN unless {@link Status#OK}
     * @param failure why the row is not {@link Status#OK}; empty when it is
     * @param idpLowMPa low end of the factor band of the prediction (MPa; see the class
     *     documentation); NaN unless {@link Status#OK} and static
     * @param idpHighMPa high end of the factor band (MPa); NaN unless {@link Status#OK} and static
     * @param idpAreaLowMPa low end of the factor-and-area band (MPa); NaN unless {@link Status#OK} and static
     * @param idpAreaHighMPa high end of the factor-and-area band (MPa); NaN unless {@link Status#OK} and static
     */
    public record Row(Measurement measurement, Status status, double predictedIdpMPa, double measuredRatio,
                      double predictedRatio, String failure, double idpLowMPa, double idpHighMPa,
                      double idpAreaLowMPa, double idpAreaHighMPa) {
        /** Checks that every object component is given. */
        public Row {
            Checks.given(measurement, "measurement");
            Checks.given(status, "status");
            Checks.given(failure, "failure");
        }

        /** @return whether the measured pressure lies in the factor band (false without a band) */
        public boolean measuredInBand() {
            return measurement.idpMPa() >= idpLowMPa && measurement.idpMPa() <= idpHighMPa;
        }

        /** @return whether the measured pressure lies in the factor-and-area band (false without a band) */
        public boolean measuredInAreaBand() {
            return measurement.idpMPa() >= idpAreaLowMPa && measurement.idpMPa() <= idpAreaHighMPa;
        }

        /** @return predicted minus measured pressure (MPa); NaN unless {@link Status#OK} */
        public double errorMPa() {
            return predictedIdpMPa - measurement.idpMPa();
        }

        /**
         * @return predicted minus measured load ratio, in percentage points of the standing
         *     pressure (e.g. 220 % measured, 180 % predicted gives -40); NaN unless {@link Status#OK}
         */
        public double ratioErrorPct() {
            return PERCENT * (predictedRatio - measuredRatio);
        }
    }

    /**
     * The whole comparison.
     *
     * @param rows every row of {@link Wilke1999#measurements()}, in order
     * @param rmseIdpMPa root mean square of {@link Row#errorMPa()} over the {@link Status#OK} rows (MPa)
     * @param ratioMaePct mean absolute {@link Row#ratioErrorPct()} over the {@link Status#OK} rows
     *     (percentage points)
     * @param n number of {@link Status#OK} rows (relaxed standing included)
     * @param failed number of {@link Status#FAILED} rows
     */
    public record Report(List<Row> rows, double rmseIdpMPa, double ratioMaePct, int n, int failed) {
        /** Copies the list. */
        public Report {
            Checks.givenEach(rows, "rows");
            rows = List.copyOf(rows);
        }
    }

    private static final double PERCENT = 100;

    /** Time into the night of the {@code night_end} row (h): "about 7 h" in Wilke et al. (1999). */
    public static final double NIGHT_END_H = 7;
    private static final double NIGHT_SAMPLE_STEP_H = 1.0 / 6;
    /** The night rows and the time into the night each is predicted at (h). */
    private static final Map<String, Double> NIGHT_ROWS = Map.of("night_start", 0.0, "night_end", NIGHT_END_H);

    /**
     * Runs the comparison.
     *
     * @param model the model to validate (not modified); its subject is used for every row
     * @return the rows and the summary
     * @throws LumbosimException if relaxed standing itself cannot be solved (no ratio is defined then)
     */
    public static Report run(LumbarModel model) {
        Checks.given(model, "model", "a lumbar model is needed (e.g. Wilke1999.subjectModel())");
        return run(model, null);
    }

    /**
     * As {@link #run(LumbarModel)}, solving every row in one workspace ({@code ws} when it fits the model,
     * {@link LumbarModel#workspaceFrom}), each started cold: the same report bit for bit, without a
     * workspace per row (the sensitivity runs solve many comparisons on each thread).
     *
     * @param model the model to validate (not modified)
     * @param ws a workspace or {@code null} (modified)
     * @return the rows and the summary
     * @throws LumbosimException if relaxed standing itself cannot be solved
     */
    static Report run(LumbarModel model, Workspace ws) {
        Workspace w = model.workspaceFrom(ws);
        Posture standingPosture = standingPosture();
        LevelLoad standing = predictL4L5(model, standingPosture, 0, w);
        double standingPredictedMPa = standing.idpMPa();
        double standingMeasuredMPa = Wilke1999.standingIdpMPa();
        List<Row> rows = new ArrayList<>();
        double sumSq = 0;
        double sumAbsRatio = 0;
        int n = 0;
        int failed = 0;
        DayResult day = null;
        for (Measurement m : Wilke1999.measurements()) {
            double measuredRatio = m.idpMPa() / standingMeasuredMPa;
            try {
                double predicted;
                double[] band = {Double.NaN, Double.NaN};
                double[] areaBand = {Double.NaN, Double.NaN};
                if (m.posture().isPresent()) {
                    // relaxed standing, the denominator, is solved once: a solve started cold gives the same bits again
                    LevelLoad l45 = !(m.loadKg() > 0) && m.posture().get().equals(standingPosture) ? standing
                            : predictL4L5(model, m.posture().get(), m.loadKg(), w);
                    predicted = l45.idpMPa();
                    band = band(model, l45.compressionN(), 1);
                    areaBand = band(model, l45.compressionN(), IdpConversionRange.DISC_AREA_RATIO_MIN,
                            IdpConversionRange.DISC_AREA_RATIO_MAX, 1);
                } else if (NIGHT_ROWS.containsKey(m.id())) {
                    if (day == null) {
                        day = DiurnalDisc.of(model).simulate(DaySchedule.builtIn(), NIGHT_SAMPLE_STEP_H, w);
                    }
                    predicted = day.nightIdpMPa(SpinalLevel.L4_L5, NIGHT_ROWS.get(m.id()));
                } else {
                    rows.add(new Row(m, Status.NOT_MODELLED, Double.NaN, measuredRatio, Double.NaN,
                            "no posture models this activity", Double.NaN, Double.NaN, Double.NaN, Double.NaN));
                    continue;
                }
                Row row = new Row(m, Status.OK, predicted, measuredRatio, predicted / standingPredictedMPa, "",
                        band[0], band[1], areaBand[0], areaBand[1]);
                rows.add(row);
                sumSq += row.errorMPa() * row.errorMPa();
                sumAbsRatio += Math.abs(row.ratioErrorPct());
                n++;
            } catch (LumbosimException e) {
                rows.add(new Row(m, Status.FAILED, Double.NaN, measuredRatio, Double.NaN, e.getMessage(), Double.NaN,
                        Double.NaN, Double.NaN, Double.NaN));
                failed++;
            }
        }
        double rmse = n == 0 ? Double.NaN : Math.sqrt(sumSq / n);
        double mae = n == 0 ? Double.NaN : sumAbsRatio / n;
        return new Report(rows, rmse, mae, n, failed);
    }

    private static LevelLoad predictL4L5(LumbarModel model, Posture posture, double loadKg, Workspace ws) {
        List<HandLoad> loads = loadKg > 0 ? List.of(HandLoad.ofMassKg(loadKg)) : List.of();
        return Lumbosim.analyze(model, posture, loads, ws).level(SpinalLevel.L4_L5);
    }

    /** @return the posture of the relaxed-standing row, the denominator of every ratio */
    private static Posture standingPosture() {
        for (Measurement m : Wilke1999.measurements()) {
            if (m.id().equals(Wilke1999.STANDING_ID)) {
                return m.posture().orElseThrow();
            }
        }
        throw new IllegalStateException("no " + Wilke1999.STANDING_ID + " row");
    }

    /**
     * The band of one row: {@code p0 + factor F / (ratio A)} at L4-L5 with the Nachemson factor at
     * either end of its range and the model's own area {@code A} times each of {@code areaRatios}.
     *
     * @return {lowest, highest} pressure over those corners (MPa)
     */
    private static double[] band(LumbarModel model, double compressionN, double... areaRatios) {
        TissueParameters t = model.tissueParameters();
        double perFactor = model.mechanicalDiscPressureMPa(SpinalLevel.L4_L5, compressionN) / t.nachemsonPressureFactor();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double factor : new double[] {IdpConversionRange.NACHEMSON_FACTOR_MIN, IdpConversionRange.NACHEMSON_FACTOR_MAX}) {
            for (double ratio : areaRatios) {
                double p = t.unloadedDiscPressureMPa() + factor * perFactor / ratio;
                low = Math.min(low, p);
                high = Math.max(high, p);
            }
        }
        return new double[] {low, high};
    }

}
