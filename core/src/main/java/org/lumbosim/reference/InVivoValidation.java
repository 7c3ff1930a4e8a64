package org.lumbosim.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.Workspace;
import org.lumbosim.reference.InVivoRatios.Case;
import org.lumbosim.reference.InVivoRatios.Comparison;
import org.lumbosim.reference.WilkeValidation.Status;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.BodyPose;
import org.lumbosim.result.LevelLoad;

/**
 * Compares the model with every comparison of {@link InVivoRatios}, one report per data set. Each
 * case is solved with the given model, its posture and its mass held in both hands
 * ({@link HandLoad#ofMassKg}; at the grips, or, for a case with
 * {@link InVivoRatios.Case#loadAheadOfGripsM}, at that distance in front of the midpoint of the
 * grips as the posture places them, {@link HandLoad#atPositionM}); the comparison's quantity at its
 * level gives the predicted percentage by the comparison's {@link InVivoRatios.Measure}. The error
 * of a row is the distance (percentage points) from the prediction to the published value or range
 * (zero inside a range or above a lower bound), signed; a row agrees when that distance is at most
 * {@value #AGREEMENT_TOLERANCE_PCT} points.
 */
public final class InVivoValidation {
    private InVivoValidation() {
    }

    /**
     * Largest distance from the published value or range at which a row counts as agreeing
     * (percentage points): the ratio target of the validation issue (issue 12: ratio error at most
     * 10 points of standing for Wilke et al. 1999), used for every set. Not a property of the sources,
     * whose values are quoted to the nearest 5-10 % or as "about".
     */
    public static final double AGREEMENT_TOLERANCE_PCT = 10;

    private static final double PERCENT = 100;

    /**
     * One row.
     *
     * @param comparison the published comparison
     * @param status {@link Status#OK}, {@link Status#NOT_MODELLED} (no posture) or
     *     {@link Status#FAILED} (a case could not be solved)
     * @param predictedPct the model's percentage by the comparison's measure; NaN unless OK
     * @param predictedMPa the model's pressure of the case at the comparison's level (MPa) when the
     *     source publishes one; NaN otherwise or unless OK
     * @param failure why the row is not OK; empty when it is
     */
    public record Row(Comparison comparison, Status status, double predictedPct, double predictedMPa, String failure) {
        /** Checks that every object component is given. */
        public Row {
            Checks.given(comparison, "comparison");
            Checks.given(status, "status");
            Checks.given(failure, "failure");
        }

        /**
         * @return signed distance from the prediction to the published value or range (percentage
         *     points; 0 inside it); NaN unless OK
         */
        public double errorPct() {
            if (predictedPct < comparison.publishedMinPct()) {
                return predictedPct - comparison.publishedMinPct();
            }
            if (predictedPct > comparison.publishedMaxPct()) {
                return predictedPct - comparison.publishedMaxPct();
            }
            return Double.isNaN(predictedPct) ? Double.NaN : 0;
        }

        /** @return whether the row is OK and within {@link #AGREEMENT_TOLERANCE_PCT} of the published value */
        public boolean agrees() {
            return status == Status.OK && Math.abs(errorPct()) <= AGREEMENT_TOLERANCE_PCT;
        }

        /** @return predicted minus published pressure (MPa); NaN when either is missing */
        public double errorMPa() {
            return predictedMPa - comparison.publishedMPa();
        }
    }

    /**
     * The report of one data set.
     *
     * @param setId the data set
     * @param rows its rows, in the order of the resource
     * @param ratioMaePct mean of |{@link Row#errorPct()}| over the OK rows (percentage points)
     * @param rmseIdpMPa root mean square of {@link Row#errorMPa()} over the OK rows with a published
     *     pressure (MPa); NaN when the set has none
     * @param agree number of rows that {@link Row#agrees() agree}
     * @param n number of OK rows
     * @param failed number of FAILED rows
     */
    public record SetReport(String setId, List<Row> rows, double ratioMaePct, double rmseIdpMPa, int agree, int n,
                            int failed) {
        /** Copies the list. */
        public SetReport {
            Checks.given(setId, "setId");
            Checks.givenEach(rows, "rows");
            rows = List.copyOf(rows);
        }
    }

    /**
     * Runs every comparison.
     *
     * @param model the model (not modified); its subject is used for every case
     * @return one report per data set, in the order of {@link InVivoRatios#setIds()}
     */
    public static List<SetReport> run(LumbarModel model) {
        Checks.given(model, "model", "a lumbar model is needed (e.g. Wilke1999.subjectModel())");
        // every case in one workspace, each solve started cold: the same bits as a workspace per case
        Workspace ws = model.newWorkspace();
        Map<String, AnalysisResult> solved = new HashMap<>();
        List<SetReport> out = new ArrayList<>();
        for (String set : InVivoRatios.setIds()) {
            List<Row> rows = new ArrayList<>();
            double sumAbs = 0;
            double sumSq = 0;
            int withMPa = 0;
            int agree = 0;
            int n = 0;
            int failed = 0;
            for (Comparison c : InVivoRatios.comparisons()) {
                if (!c.setId().equals(set)) {
                    continue;
                }
                if (c.caseOf().isEmpty()) {
                    rows.add(new Row(c, Status.NOT_MODELLED, Double.NaN, Double.NaN, c.postureSource()));
                    continue;
                }
                Row row;
                try {
                    LevelLoad k = solve(model, c.caseOf().get(), c, solved, ws);
                    double caseValue = value(c, k);
                    double ref = value(c, solve(model, c.reference().orElseThrow(), c, solved, ws));
                    double pct = switch (c.measure()) {
                        case RATIO -> PERCENT * caseValue / ref;
                        case ABS_CHANGE -> PERCENT * Math.abs(caseValue / ref - 1);
                        case INCREASE_RATIO -> {
                            double base = value(c, solve(model, c.base().orElseThrow(), c, solved, ws));
                            yield PERCENT * (caseValue - base) / (ref - base);
                        }
                    };
                    double mpa = Double.isNaN(c.publishedMPa()) ? Double.NaN : k.idpMPa();
                    row = new Row(c, Status.OK, pct, mpa, "");
                } catch (LumbosimException e) {
                    rows.add(new Row(c, Status.FAILED, Double.NaN, Double.NaN, e.getMessage()));
                    failed++;
                    continue;
                }
                rows.add(row);
                n++;
                sumAbs += Math.abs(row.errorPct());
                if (row.agrees()) {
                    agree++;
                }
                if (!Double.isNaN(row.predictedMPa())) {
                    sumSq += row.errorMPa() * row.errorMPa();
                    withMPa++;
                }
            }
            out.add(new SetReport(set, rows, n == 0 ? Double.NaN : sumAbs / n,
                    withMPa == 0 ? Double.NaN : Math.sqrt(sumSq / withMPa), agree, n, failed));
        }
        return List.copyOf(out);
    }

    private static LevelLoad solve(LumbarModel model, Case k, Comparison c, Map<String, AnalysisResult> solved,
                                   Workspace ws) {
        String key = k.spec() + "|" + k.loadKg() + "|" + k.loadAheadOfGripsM();
        AnalysisResult r = solved.get(key);
        if (r == null) {
            r = Lumbosim.analyze(model, k.posture(), loads(model, k, ws), ws);
            solved.put(key, r);
        }
        return r.level(c.level());
    }

    /**
     * The loads with which {@link #run} solves a case.
     *
     * @param model the model (its subject sets where the posture puts the grips)
     * @param k a case
     * @return the case's load: none, its mass at the grips, or its mass at
     *     {@link InVivoRatios.Case#loadAheadOfGripsM} in front of the midpoint of the grips (at their
     *     height: the height of a weight does not change its moment)
     * @throws LumbosimException if the posture cannot be posed to find the grips
     */
    public static List<HandLoad> loads(LumbarModel model, Case k) {
        Checks.given(model, "model", "a lumbar model is needed");
        return loads(model, k, model.newWorkspace());
    }

    /** {@link #loads(LumbarModel, Case)}, posing the posture in {@code ws} (a workspace of the model). */
    private static List<HandLoad> loads(LumbarModel model, Case k, Workspace ws) {
        Checks.given(k, "k", "a case is needed");
        if (k.loadKg() == 0) {
            return List.of();
        }
        HandLoad held = HandLoad.ofMassKg(k.loadKg());
        if (k.loadAheadOfGripsM() == 0) {
            return List.of(held);
        }
        BodyPose pose = Lumbosim.analyze(model, k.posture(), List.of(), ws).pose();
        PositionM l = pose.landmarks().get(Landmark.GRIP_LEFT);
        PositionM r = pose.landmarks().get(Landmark.GRIP_RIGHT);
        return List.of(held.atPositionM(new PositionM((l.xM() + r.xM()) / 2 + k.loadAheadOfGripsM(),
                (l.yM() + r.yM()) / 2, (l.zM() + r.zM()) / 2)));
    }

    private static double value(Comparison c, LevelLoad load) {
        return c.quantity() == InVivoRatios.Quantity.IDP ? load.idpMPa() : load.compressionN();
    }
}
