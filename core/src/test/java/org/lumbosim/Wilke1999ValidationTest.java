package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.result.AnalysisResult;

/**
 * Predicted intradiscal pressure (IDP) at L4-L5 against the in vivo measurements of Wilke HJ, Neef
 * P, Caimi M, Hoogland T, Claes LE (1999), "New in vivo measurements of pressures in the
 * intervertebral disc in daily life", Spine 24(8):755-762 (one volunteer, 45 y, 70 kg; rows from
 * {@link Wilke1999#measurements()}, resource {@code wilke1999_idp.csv}). Every static row (one with a
 * posture preset; the two night rows are checked by {@code DiurnalDiscTest}) is solved for the
 * volunteer as published ({@link Wilke1999#subjectModel()}: male, 1.68 m, 70 kg, 45 y, L4-L5 disc
 * area 1800 mm²) with the row's load as {@code HandLoad.ofMassKg} in both
 * hands. Reported per row: measured and predicted IDP (MPa) and the ratio to relaxed standing (%),
 * measured and predicted; overall the IDP RMSE (MPa) and the mean absolute ratio error
 * (percentage points).
 *
 * <p>Targets of the validation issue: IDP RMSE <= 0.15 MPa and ratio MAE <= 10 pp for the
 * single-equivalent model; <= 0.10 MPa and <= 5 pp for the multi-fascicle model. The model
 * currently misses them by far, so this test does NOT assert them (it is not a pass/fail
 * validation): it prints the table and the errors, and asserts only what must hold regardless of
 * accuracy: every static row computes (no infeasible recruitment), every number is finite and
 * positive, and the equilibrium residual is at most 1e-6 N·m.
 *
 * <p>Until the level deviations (2026-12-06, docs/recruitment.md) "holding 20 kg close to the
 * body" was infeasible for the multi-fascicle model; now every row computes. Non-regression
 * guard, not validation: for the multi-fascicle model the set of rows that do not compute must be
 * exactly {@link #KNOWN_INFEASIBLE_MULTI}; the errors are computed over the other rows.
 */
class Wilke1999ValidationTest {
    /** Issue target, single-equivalent: IDP RMSE (MPa). Printed, not asserted. */
    static final double TARGET_RMSE_SINGLE_MPA = 0.15;
    /** Issue target, single-equivalent: ratio MAE (percentage points). Printed, not asserted. */
    static final double TARGET_MAE_SINGLE_PP = 10;
    /** Issue target, multi-fascicle: IDP RMSE (MPa). Printed, not asserted. */
    static final double TARGET_RMSE_MULTI_MPA = 0.10;
    /** Issue target, multi-fascicle: ratio MAE (percentage points). Printed, not asserted. */
    static final double TARGET_MAE_MULTI_PP = 5;

    /** Static rows the multi-fascicle model cannot balance today (non-regression guard, see the class doc). */
    static final java.util.Set<String> KNOWN_INFEASIBLE_MULTI = java.util.Set.of();

    /**
     * Issue 12 item 8: a row marked "ours" is solved in its preset's posture exactly (nothing was
     * changed without a source); a row marked "source" names its source (AMMR's pose and/or a Wilke 2001
     * figure, with a published measurement of the activity for an angle the figure cannot show) and has a posture; the night rows have none.
     */
    @org.junit.jupiter.api.Test
    void everyRowSaysWhereItsPostureComesFrom() {
        for (Wilke1999.Measurement row : Wilke1999.measurements()) {
            assertThat(row.postureNote()).as(row.id()).isNotBlank();
            assertThat(row.posture().isPresent()).as(row.id()).isEqualTo(row.preset().isPresent());
            if (row.posture().isEmpty()) {
                continue;
            }
            if (row.postureFromSource()) {
                assertThat(row.postureNote()).as(row.id()).containsAnyOf("AMMR", "Fig ");
            } else {
                assertThat(row.posture().get()).as(row.id()).isEqualTo(row.preset().get().posture());
            }
        }
        assertThat(Wilke1999.measurements().stream().filter(Wilke1999.Measurement::postureFromSource)
                .map(Wilke1999.Measurement::id)).containsExactly("standing_relaxed", "standing_flexed",
                "sitting_slouched", "lift_round_back_20kg", "hold_close_20kg");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MuscleModelKind.class)
    void printPredictionAgainstWilke1999(MuscleModelKind kind) {
        LumbarModel model = Wilke1999.subjectModel().withMuscleModel(kind);
        List<Wilke1999.Measurement> rows = new ArrayList<>();
        List<Double> predicted = new ArrayList<>();
        java.util.Set<String> infeasible = new java.util.TreeSet<>();
        for (Wilke1999.Measurement row : Wilke1999.measurements()) {
            if (row.posture().isEmpty()) {
                continue;
            }
            AnalysisResult r;
            try {
                r = Lumbosim.analyze(model, row.posture().get(), List.of(HandLoad.ofMassKg(row.loadKg())));
            } catch (InfeasibleRecruitmentException e) {
                if (kind == MuscleModelKind.MULTI_FASCICLE) {
                    infeasible.add(row.id());
                    System.out.println(kind.id() + ": " + row.id() + " does not compute: " + e.getMessage());
                    continue;
                }
                throw new AssertionError(kind.id() + ": static row " + row.id() + " expected to compute, but: "
                        + e.getMessage(), e);
            } catch (LumbosimException e) {
                throw new AssertionError(kind.id() + ": static row " + row.id() + " expected to compute, but: "
                        + e.getMessage(), e);
            }
            double idp = r.level(SpinalLevel.L4_L5).idpMPa();
            assertThat(Double.isFinite(idp) && idp > 0).as("%s %s: IDP expected finite and positive, was %s",
                    kind.id(), row.id(), idp).isTrue();
            assertThat(r.equilibriumResidualNm()).as("%s %s: equilibrium residual expected <= 1e-6 N·m",
                    kind.id(), row.id()).isLessThanOrEqualTo(1e-6);
            rows.add(row);
            predicted.add(idp);
        }
        if (kind == MuscleModelKind.MULTI_FASCICLE) {
            assertThat(infeasible).as("multi-fascicle rows that do not compute expected exactly %s (non-regression guard)",
                    KNOWN_INFEASIBLE_MULTI).isEqualTo(KNOWN_INFEASIBLE_MULTI);
        }
        assertThat(rows.size() + infeasible.size()).as("expected the 11 static rows of Wilke 1999").isEqualTo(11);
        double standingMeasured = Wilke1999.standingIdpMPa();
        double standingPredicted = predicted.get(indexOf(rows, Wilke1999.STANDING_ID));
        double sumSq = 0;
        double sumAbsPp = 0;
        StringBuilder table = new StringBuilder();
        table.append(String.format("%nWilke 1999, L4-L5, default subject, %s muscles%n", kind.id()));
        table.append(String.format("%-22s %6s %9s %9s %8s %9s %9s %8s%n", "row", "load", "meas MPa", "pred MPa",
                "err MPa", "meas %", "pred %", "err pp"));
        for (int i = 0; i < rows.size(); i++) {
            Wilke1999.Measurement row = rows.get(i);
            double p = predicted.get(i);
            double err = p - row.idpMPa();
            double measPct = 100 * row.idpMPa() / standingMeasured;
            double predPct = 100 * p / standingPredicted;
            sumSq += err * err;
            sumAbsPp += Math.abs(predPct - measPct);
            table.append(String.format("%-22s %6.1f %9.3f %9.3f %+8.3f %9.1f %9.1f %+8.1f%n", row.id(), row.loadKg(),
                    row.idpMPa(), p, err, measPct, predPct, predPct - measPct));
        }
        for (String id : infeasible) {
            table.append(String.format("%-22s INFEASIBLE (not in the errors below)%n", id));
        }
        double rmse = Math.sqrt(sumSq / rows.size());
        double mae = sumAbsPp / rows.size();
        boolean single = kind == MuscleModelKind.SINGLE_EQUIVALENT;
        table.append(String.format("over %d rows: IDP RMSE %.3f MPa (issue target <= %.2f); ratio MAE %.1f pp (issue target <= %.0f)%n",
                rows.size(), rmse, single ? TARGET_RMSE_SINGLE_MPA : TARGET_RMSE_MULTI_MPA, mae,
                single ? TARGET_MAE_SINGLE_PP : TARGET_MAE_MULTI_PP));
        System.out.print(table);
        assertThat(Double.isFinite(rmse) && Double.isFinite(mae)).as("RMSE and MAE expected finite").isTrue();
    }

    private static int indexOf(List<Wilke1999.Measurement> rows, String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("expected a row " + id + " among the static rows");
    }
}
