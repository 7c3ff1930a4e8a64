package org.lumbosim.assessment;

import org.lumbosim.internal.Checks;

/**
 * The revised NIOSH lifting equation: Waters TR, Putz-Anderson V, Garg A, Fine LJ (1993), "Revised
 * NIOSH equation for the design and evaluation of manual lifting tasks", Ergonomics 36(7):749-776;
 * Applications Manual, DHHS (NIOSH) Publication No. 94-110 (1994), metric forms and Tables 5 (FM)
 * and 7 (CM). The FM and CM tables were checked cell by cell against independent public
 * transcriptions.
 *
 * <p>Outside an input's range the equation's own rule applies: a multiplier is 1 below the lower
 * bound of H and D, and 0 beyond the upper bounds of H, V, D and A (no weight is recommended). For
 * frequencies between the rows of Table 5 the multiplier is interpolated linearly between the two
 * neighbouring rows, below 0.2 lifts/min the 0.2 row is used, and above 15 lifts/min FM is 0.
 */
public final class RevisedNioshLiftingEquation {
    private RevisedNioshLiftingEquation() {
    }

    /** Load constant (kg), Waters et al. 1993. */
    public static final double LOAD_CONSTANT_KG = 23;
    /** Reference horizontal distance (cm) of HM = 25 / H. */
    private static final double H_REF_CM = 25;
    /** Largest horizontal distance (cm). */
    private static final double H_MAX_CM = 63;
    /** Optimal hand height (cm) and slope of VM = 1 - 0.003 |V - 75|. */
    private static final double V_OPT_CM = 75;
    private static final double V_SLOPE = 0.003;
    private static final double V_MAX_CM = 175;
    /** DM = 0.82 + 4.5 / D, D in [25, 175] cm. */
    private static final double D_CONST = 0.82;
    private static final double D_COEF_CM = 4.5;
    private static final double D_MIN_CM = 25;
    private static final double D_MAX_CM = 175;
    /** AM = 1 - 0.0032 A, A up to 135 deg. */
    private static final double A_SLOPE = 0.0032;
    private static final double A_MAX_DEG = 135;

    /** Frequency rows of Table 5 (lifts/min). */
    private static final double[] FREQ = {0.2, 0.5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    /** Table 5: per row, ≤1 h (V&lt;75, V≥75), ≤2 h (V&lt;75, V≥75), ≤8 h (V&lt;75, V≥75). */
    private static final double[][] FM = {
        {1.00, 1.00, 0.95, 0.95, 0.85, 0.85},
        {0.97, 0.97, 0.92, 0.92, 0.81, 0.81},
        {0.94, 0.94, 0.88, 0.88, 0.75, 0.75},
        {0.91, 0.91, 0.84, 0.84, 0.65, 0.65},
        {0.88, 0.88, 0.79, 0.79, 0.55, 0.55},
        {0.84, 0.84, 0.72, 0.72, 0.45, 0.45},
        {0.80, 0.80, 0.60, 0.60, 0.35, 0.35},
        {0.75, 0.75, 0.50, 0.50, 0.27, 0.27},
        {0.70, 0.70, 0.42, 0.42, 0.22, 0.22},
        {0.60, 0.60, 0.35, 0.35, 0.18, 0.18},
        {0.52, 0.52, 0.30, 0.30, 0.00, 0.15},
        {0.45, 0.45, 0.26, 0.26, 0.00, 0.13},
        {0.41, 0.41, 0.00, 0.23, 0.00, 0.00},
        {0.37, 0.37, 0.00, 0.21, 0.00, 0.00},
        {0.00, 0.34, 0.00, 0.00, 0.00, 0.00},
        {0.00, 0.31, 0.00, 0.00, 0.00, 0.00},
        {0.00, 0.28, 0.00, 0.00, 0.00, 0.00},
    };
    /** Table 7: GOOD, FAIR, POOR for V &lt; 75 cm and V ≥ 75 cm. */
    private static final double[][] CM = {{1.00, 1.00}, {0.95, 1.00}, {0.90, 0.90}};

    /**
     * @param task the lift (not modified)
     * @return the multipliers, the recommended weight limit and the lifting index
     */
    public static NioshAssessment assess(LiftingTask task) {
        Checks.given(task, "task", "a lifting task is needed");
        double h = task.horizontalDistanceM() * 100;
        double v = task.verticalHeightM() * 100;
        double d = task.verticalTravelM() * 100;
        double hm = h <= H_REF_CM ? 1 : h > H_MAX_CM ? 0 : H_REF_CM / h;
        double vm = v > V_MAX_CM ? 0 : 1 - V_SLOPE * Math.abs(v - V_OPT_CM);
        double dm = d <= D_MIN_CM ? 1 : d > D_MAX_CM ? 0 : D_CONST + D_COEF_CM / d;
        double am = task.asymmetryDeg() > A_MAX_DEG ? 0 : 1 - A_SLOPE * task.asymmetryDeg();
        int column = 2 * task.duration().ordinal() + (v < V_OPT_CM ? 0 : 1);
        double fm = frequencyMultiplier(task.liftsPerMinute(), column);
        double cm = CM[task.coupling().ordinal()][v < V_OPT_CM ? 0 : 1];
        double rwl = LOAD_CONSTANT_KG * hm * vm * dm * am * fm * cm;
        double li = rwl > 0 ? task.loadMassKg() / rwl : Double.POSITIVE_INFINITY;
        return new NioshAssessment(hm, vm, dm, am, fm, cm, rwl, li);
    }

    private static double frequencyMultiplier(double f, int column) {
        if (f <= FREQ[0]) {
            return FM[0][column];
        }
        if (f > FREQ[FREQ.length - 1]) {
            return 0;
        }
        int i = 1;
        while (FREQ[i] < f) {
            i++;
        }
        double t = (f - FREQ[i - 1]) / (FREQ[i] - FREQ[i - 1]);
        return FM[i - 1][column] + t * (FM[i][column] - FM[i - 1][column]);
    }
}
