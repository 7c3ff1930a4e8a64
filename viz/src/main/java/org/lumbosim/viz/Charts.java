package org.lumbosim.viz;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.lumbosim.disc.DayResult;
import org.lumbosim.internal.Checks;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.motion.MotionResult;
import org.lumbosim.result.AnalysisResult;

/**
 * Pure functions from Lumbosim results to new JFreeChart charts. Each call builds a new chart
 * styled by the given theme; nothing is cached or shared, and JFreeChart's global chart theme is
 * never touched. Axis labels carry their units. Callers may customise the returned chart.
 *
 * <p>This class is the facade of the charts: each chart is built by its own package-private class
 * ({@code PostureComparisonChart}, {@code SweepChart}, {@code SweepComparisonChart}, {@code
 * MotionChart}, {@code DayChart}, {@code CompressionHeatMap}, {@code LevelProfileChart}, {@code
 * MuscleForceChart}) from shared panels ({@code PlotParts}), limit lines whose values and labels come
 * from {@link org.lumbosim.reference.OccupationalLimits} ({@code LimitLines}) and the styling of
 * {@link LumbosimTheme}.
 */
public final class Charts {
    private Charts() {
    }

    /** Series key of model values in the charts' datasets. */
    public static final String MODEL_SERIES = "Lumbosim model";
    /** Series key of the in vivo measurements in {@link #postureComparison}. */
    public static final String WILKE_SERIES = "In vivo, Wilke et al. 1999 (L4-L5)";

    /**
     * Bars of disc compression and intradiscal pressure for named postures, with the in vivo IDP
     * of Wilke et al. (1999) beside the model's where a posture has a measurement. Compression at
     * L5-S1, IDP at L4-L5 (the level Wilke measured).
     *
     * @param cases the postures, in display order (not modified)
     * @param title chart title
     * @param theme the look
     * @return a new chart: one horizontal panel of compression, one of IDP, sharing the posture axis
     */
    public static JFreeChart postureComparison(List<PostureCase> cases, String title, LumbosimTheme theme) {
        return postureComparison(cases, SpinalLevel.L5_S1, SpinalLevel.L4_L5, title, theme);
    }

    /**
     * As {@link #postureComparison(List, String, LumbosimTheme)} with chosen levels.
     *
     * @param cases the postures, in display order (not modified)
     * @param compressionLevel level whose compression is shown
     * @param idpLevel level whose model IDP is shown beside the L4-L5 measurements
     * @param title chart title
     * @param theme the look
     * @return a new chart; dataset of subplot 0 = compression (row {@link #MODEL_SERIES}), subplot 1 =
     *     IDP (rows {@link #MODEL_SERIES} and {@link #WILKE_SERIES}, null where not measured; where some
     *     are measured, the slot of each that is not says "not measured in vivo")
     */
    public static JFreeChart postureComparison(List<PostureCase> cases, SpinalLevel compressionLevel,
                                               SpinalLevel idpLevel, String title, LumbosimTheme theme) {
        Checks.givenEach(cases, "cases");
        Checks.given(compressionLevel, "compressionLevel");
        Checks.given(idpLevel, "idpLevel");
        Checks.given(title, "title");
        Checks.given(theme, "theme");
        return PostureComparisonChart.build(cases, compressionLevel, idpLevel, title, theme);
    }

    /**
     * Compression, AP shear and intradiscal pressure at one level against the swept parameter, in
     * three stacked panels sharing the parameter axis, with the NIOSH (1981) compression limits and
     * the Gallagher and Marras (2012) occasional shear limit as labelled lines where the data come
     * within half of them.
     *
     * @param sweep the sweep
     * @param level the level shown
     * @param title chart title
     * @param theme the look
     * @return a new chart; subplots 0, 1, 2 hold series {@link #MODEL_SERIES} of compression (N), AP
     *     shear (N) and IDP (MPa)
     */
    public static JFreeChart sweep(ParameterSweep sweep, SpinalLevel level, String title, LumbosimTheme theme) {
        Checks.given(sweep, "sweep");
        Checks.given(level, "level");
        Checks.given(title, "title");
        Checks.given(theme, "theme");
        return SweepChart.build(sweep, level, title, theme);
    }

    /**
     * As {@link #sweep(ParameterSweep, SpinalLevel, String, LumbosimTheme)}, marking the points that
     * are not in the sweep because the muscles cannot balance them (grey bands) and the overloaded
     * points (loads at the strength they require; hatched bands), each with a legend entry, and a
     * note under the panels (e.g. which angles are held).
     *
     * @param sweep the solved points (overloaded ones included)
     * @param level the level shown
     * @param title chart title
     * @param notSolvedX parameter values the muscles cannot balance (not in {@code sweep})
     * @param overloadedX parameter values of {@code sweep} that are overloaded
     * @param note a sentence under the panels, or ""
     * @param theme the look
     * @return a new chart, with subplots as {@link #sweep(ParameterSweep, SpinalLevel, String, LumbosimTheme)}
     */
    public static JFreeChart sweep(ParameterSweep sweep, SpinalLevel level, String title, double[] notSolvedX,
                                   double[] overloadedX, String note, LumbosimTheme theme) {
        Checks.given(sweep, "sweep");
        Checks.given(level, "level");
        Checks.given(title, "title");
        Checks.given(notSolvedX, "notSolvedX");
        Checks.given(overloadedX, "overloadedX");
        Checks.given(note, "note");
        Checks.given(theme, "theme");
        return SweepChart.build(sweep, level, title, notSolvedX.clone(), new double[0], overloadedX.clone(), note, theme);
    }

    /**
     * As {@link #sweep(ParameterSweep, SpinalLevel, String, double[], double[], String, LumbosimTheme)},
     * also marking the points whose supports cannot hold the body (e.g. the centre of mass beyond the
     * base of support; bands in the furniture's beige, edged, no loads), with a legend entry when there are any.
     *
     * @param sweep the solved points (overloaded ones included)
     * @param level the level shown
     * @param title chart title
     * @param notSolvedX parameter values the muscles cannot balance (not in {@code sweep})
     * @param notHeldX parameter values whose supports cannot hold the body (not in {@code sweep})
     * @param overloadedX parameter values of {@code sweep} that are overloaded
     * @param note a sentence under the panels, or ""
     * @param theme the look
     * @return a new chart, with subplots as {@link #sweep(ParameterSweep, SpinalLevel, String, LumbosimTheme)}
     */
    public static JFreeChart sweep(ParameterSweep sweep, SpinalLevel level, String title, double[] notSolvedX,
                                   double[] notHeldX, double[] overloadedX, String note, LumbosimTheme theme) {
        Checks.given(sweep, "sweep");
        Checks.given(level, "level");
        Checks.given(title, "title");
        Checks.given(notSolvedX, "notSolvedX");
        Checks.given(notHeldX, "notHeldX");
        Checks.given(overloadedX, "overloadedX");
        Checks.given(note, "note");
        Checks.given(theme, "theme");
        return SweepChart.build(sweep, level, title, notSolvedX.clone(), notHeldX.clone(), overloadedX.clone(), note,
                theme);
    }

    /**
     * Several sweeps of the same parameter on shared axes, one line per sweep (e.g. stoop versus
     * squat lifting over load mass): compression, AP shear and intradiscal pressure at one level in
     * three stacked panels, with the same limit lines as {@link #sweep}.
     *
     * @param sweeps named sweeps in legend order (not modified); all must have the same parameter label
     * @param level the level shown
     * @param title chart title
     * @param theme the look
     * @return a new chart; subplots 0, 1, 2 hold one series per sweep, keyed by its name, of
     *     compression (N), AP shear (N) and IDP (MPa)
     * @throws IllegalArgumentException if {@code sweeps} is empty or the labels differ
     */
    public static JFreeChart sweepComparison(Map<String, ParameterSweep> sweeps, SpinalLevel level, String title,
                                             LumbosimTheme theme) {
        Checks.given(sweeps, "sweeps");
        Checks.given(level, "level");
        Checks.given(title, "title");
        Checks.given(theme, "theme");
        return SweepComparisonChart.build(sweeps, level, title, theme);
    }

    /**
     * Loads on one disc over a motion: compression, AP shear and IDP against time in three stacked
     * panels, the compression peak marked with its value and time, the NIOSH compression limits and
     * the shear limit drawn when the data come near them. Frames without loads are gaps in the lines;
     * overloaded frames ({@link MotionResult#overloaded()}: loads at the strength they require) are
     * shaded, with a legend entry "overloaded".
     *
     * @param motion the solved motion (not modified)
     * @param level the disc
     * @param title the chart's title
     * @param theme the theme
     * @return a new chart
     * @throws IllegalArgumentException if no frame has loads
     */
    public static JFreeChart motion(MotionResult motion, SpinalLevel level, String title, LumbosimTheme theme) {
        Checks.given(motion, "motion");
        Checks.given(level, "level");
        Checks.given(title, "title");
        Checks.given(theme, "theme");
        return MotionChart.build(motion, level, title, theme);
    }

    /**
     * One disc through a day ({@link DayResult}): intradiscal pressure and disc height against the
     * time since waking in two stacked panels, the night shaded; for L4-L5 the night measurements of
     * Wilke et al. (1999) are drawn as points at the start of the night and 7 h into it.
     *
     * @param day the simulated day (not modified)
     * @param level the disc
     * @param title the chart's title
     * @param theme the theme
     * @return a new chart
     */
    public static JFreeChart day(DayResult day, SpinalLevel level, String title, LumbosimTheme theme) {
        Checks.given(day, "day");
        Checks.given(level, "level");
        Checks.given(title, "title");
        Checks.given(theme, "theme");
        return DayChart.build(day, level, title, theme);
    }

    /**
     * Heat map of disc compression over load mass and horizontal hand distance, with the NIOSH
     * (1981) action and maximum permissible limits ({@link
     * org.lumbosim.reference.OccupationalLimits#NIOSH_1981_ACTION_LIMIT_COMPRESSION_N}, {@link
     * org.lumbosim.reference.OccupationalLimits#NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N}) drawn as
     * labelled iso-lines, and a colour scale. Cells where the muscles cannot balance the load are grey.
     *
     * @param grid the solved grid
     * @param title chart title
     * @param theme the look
     * @return a new chart; its dataset holds (distance, mass, compression) for every cell
     */
    public static JFreeChart compressionHeatMap(CompressionGrid grid, String title, LumbosimTheme theme) {
        Checks.given(grid, "grid");
        Checks.given(title, "title");
        Checks.given(theme, "theme");
        return CompressionHeatMap.build(grid, title, theme);
    }

    /**
     * The five lumbar levels side by side for one task: compression, AP shear and intradiscal
     * pressure, L1-L2 at the top and L5-S1 at the bottom as in the body.
     *
     * @param result the solver's result
     * @param title chart title
     * @param theme the look
     * @return a new chart; subplots 0, 1, 2 hold row {@link #MODEL_SERIES} of compression (N), AP
     *     shear (N) and IDP (MPa) with the level labels as columns
     */
    public static JFreeChart levelProfile(AnalysisResult result, String title, LumbosimTheme theme) {
        Checks.given(result, "result");
        Checks.given(title, "title");
        Checks.given(theme, "theme");
        return LevelProfileChart.build(result, title, theme);
    }

    /**
     * Muscle force summed per anatomical group and side, as horizontal bars (left and right side
     * by side).
     *
     * @param result the solver's result
     * @param title chart title
     * @param theme the look
     * @return a new chart; its dataset has rows "Left" and "Right" and one column per group, in the
     *     order the groups first appear in {@link AnalysisResult#muscles()}
     */
    public static JFreeChart muscleForces(AnalysisResult result, String title, LumbosimTheme theme) {
        Checks.given(result, "result");
        Checks.given(title, "title");
        Checks.given(theme, "theme");
        return MuscleForceChart.build(result, title, theme);
    }

    /**
     * @param result a result
     * @return per group (in order of first appearance), {left, right} force sums (N)
     */
    public static Map<String, double[]> muscleForceByGroupN(AnalysisResult result) {
        Checks.given(result, "result");
        return MuscleForceChart.forceByGroupN(result);
    }

    /**
     * What a chart really draws of the occupational limits: the record that figure captions are
     * built from, so that no caption names a line the figure lacks.
     *
     * @param chart a chart made by this class
     * @return the values (N, positive) of the limit lines drawn in any of its panels, ascending
     */
    public static java.util.SortedSet<Double> drawnLimitsN(JFreeChart chart) {
        Checks.given(chart, "chart");
        return LimitLines.drawnN(chart);
    }

    /**
     * @param chart a chart made by this class
     * @return a sentence naming exactly the limit lines the chart draws, e.g. "Lines: NIOSH (1981)
     *     action limit 3,400 N (dashed); maximum permissible 6,400 N (solid)", or "" when it draws none
     */
    public static String limitsCaption(JFreeChart chart) {
        Checks.given(chart, "chart");
        return LimitLines.caption(LimitLines.drawnN(chart));
    }

    /**
     * A ranking of activities by compression: one horizontal bar per activity in the given order,
     * with the NIOSH (1981) compression lines the data come near and a caption naming exactly those.
     *
     * @param compressionN compression (N) per activity name, in display order (top first; not modified)
     * @param valueLabel the value axis label, with its unit, e.g. "L5-S1 compression (N)"
     * @param note a sentence for the caption (e.g. what load the activities carry), or ""
     * @param title chart title
     * @param theme the look
     * @return a new chart; its dataset has row {@link #MODEL_SERIES} and one column per activity
     */
    public static JFreeChart compressionRanking(Map<String, Double> compressionN, String valueLabel, String note,
                                                String title, LumbosimTheme theme) {
        Checks.given(compressionN, "compressionN");
        Checks.given(valueLabel, "valueLabel");
        Checks.given(note, "note");
        Checks.given(title, "title");
        Checks.given(theme, "theme");
        return RankingChart.build(compressionN, valueLabel, note, title, theme);
    }
}
