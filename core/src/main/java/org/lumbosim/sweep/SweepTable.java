package org.lumbosim.sweep;

import org.lumbosim.internal.Checks;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.solver.QpStatus;

/**
 * The results of a sweep in primitive columns, one row per point: each point's status and, for the
 * points the model solved (and those a model with {@code OverloadPolicy.REPORT} gave loads at the strength
 * they require, {@link #overloaded}), compression, AP shear, lateral shear and intradiscal pressure at every
 * level (units and signs as in {@link Workspace}). The caller makes the table once and {@link
 * Sweep#run} overwrites it; writing and reading allocate nothing. Reading the loads of a point
 * that was not solved throws, so that a failed point's numbers are never taken for results. Not
 * thread-safe.
 */
public final class SweepTable {
    private static final SpinalLevel[] LEVELS = SpinalLevel.values();

    private final QpStatus[] status;
    private final boolean[] supportsBalanced;
    private final boolean[] solved;
    private final boolean[] overloaded;
    private final double[][] compressionN;
    private final double[][] apShearN;
    private final double[][] lateralShearN;
    private final double[][] idpMPa;

    /**
     * @param points number of rows: the size of the sweeps this table will hold (0 or more)
     * @throws IllegalArgumentException if {@code points} is negative
     */
    public SweepTable(int points) {
        if (points < 0) {
            throw new IllegalArgumentException("points = " + points + " is negative");
        }
        status = new QpStatus[points];
        supportsBalanced = new boolean[points];
        solved = new boolean[points];
        overloaded = new boolean[points];
        compressionN = new double[LEVELS.length][points];
        apShearN = new double[LEVELS.length][points];
        lateralShearN = new double[LEVELS.length][points];
        idpMPa = new double[LEVELS.length][points];
    }

    /** @return the number of rows */
    public int size() {
        return status.length;
    }

    /** Copies the outcome of the workspace's last solve into row {@code point}. */
    void record(int point, Workspace ws) {
        status[point] = ws.status();
        supportsBalanced[point] = ws.supportsBalanced();
        solved[point] = ws.solved();
        overloaded[point] = ws.overloaded();
        for (SpinalLevel l : LEVELS) {
            int i = l.ordinal();
            compressionN[i][point] = ws.compressionN(l);
            apShearN[i][point] = ws.apShearN(l);
            lateralShearN[i][point] = ws.lateralShearN(l);
            idpMPa[i][point] = ws.idpMPa(l);
        }
    }

    /**
     * Whether the model solved the point, by the one validity rule {@link Workspace#solved()} (its
     * muscle recruitment succeeded and its supports held the body).
     *
     * @param point row index
     * @return true if the point's loads are a solution (an {@link #overloaded} point's loads may be read too, flagged)
     * @throws IllegalStateException if no sweep has written the row yet
     */
    public boolean solved(int point) {
        status(point);
        return solved[point];
    }

    /**
     * Whether the point was beyond the subject's strength and the model's {@code OverloadPolicy.REPORT} gave it
     * loads at the strength it requires ({@link Workspace#overloaded()}): its loads may be read, flagged, as
     * {@code Lumbosim.analyze} returns them ({@code AnalysisResult.overloaded()}); {@link #solved} is false.
     *
     * @param point row index
     * @return whether the point is overloaded
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code point} is not a row index (0 to size - 1)
     * @throws IllegalStateException if no sweep has written the row yet
     */
    public boolean overloaded(int point) {
        status(point);
        return overloaded[point];
    }

    /**
     * @param point row index
     * @return the outcome of the point's muscle recruitment
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code point} is not a row index (0 to size - 1)
     * @throws IllegalStateException if no sweep has written the row yet
     */
    public QpStatus status(int point) {
        Checks.wholeInRange("point", point, 0, status.length - 1L, "");
        QpStatus s = status[point];
        if (s == null) {
            throw new IllegalStateException("row " + point + " has not been written by a sweep yet");
        }
        return s;
    }

    /**
     * @param point row index
     * @return whether the point's supports could hold the body with pushing forces
     * @throws IllegalStateException if no sweep has written the row yet
     */
    public boolean supportsBalanced(int point) {
        status(point);
        return supportsBalanced[point];
    }

    /**
     * @param level a level
     * @param point row index of a solved or overloaded point
     * @return disc compression (N, positive = squeezing)
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code point} is not a row index (0 to size - 1)
     * @throws IllegalArgumentException if {@code level} is null
     * @throws IllegalStateException if the point was neither solved nor overloaded
     */
    public double compressionN(SpinalLevel level, int point) {
        return read(compressionN, level, point);
    }

    /**
     * @param level a level
     * @param point row index of a solved or overloaded point
     * @return anterior-posterior shear (N, positive = upper vertebra pushed anteriorly)
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code point} is not a row index (0 to size - 1)
     * @throws IllegalArgumentException if {@code level} is null
     * @throws IllegalStateException if the point was neither solved nor overloaded
     */
    public double apShearN(SpinalLevel level, int point) {
        return read(apShearN, level, point);
    }

    /**
     * @param level a level
     * @param point row index of a solved or overloaded point
     * @return lateral shear (N, positive = upper vertebra pushed to the right)
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code point} is not a row index (0 to size - 1)
     * @throws IllegalArgumentException if {@code level} is null
     * @throws IllegalStateException if the point was neither solved nor overloaded
     */
    public double lateralShearN(SpinalLevel level, int point) {
        return read(lateralShearN, level, point);
    }

    /**
     * @param level a level
     * @param point row index of a solved or overloaded point
     * @return intradiscal pressure (MPa)
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code point} is not a row index (0 to size - 1)
     * @throws IllegalArgumentException if {@code level} is null
     * @throws IllegalStateException if the point was neither solved nor overloaded
     */
    public double idpMPa(SpinalLevel level, int point) {
        return read(idpMPa, level, point);
    }

    private double read(double[][] column, SpinalLevel level, int point) {
        Checks.given(level, "level", "a level is needed (e.g. SpinalLevel.L5_S1)");
        if (!solved(point) && !overloaded[point]) {
            throw new IllegalStateException("point " + point + " was not solved (recruitment " + status[point]
                    + (supportsBalanced[point] ? "" : ", supports cannot hold the body")
                    + "); check solved(point) or overloaded(point) before reading its loads");
        }
        return column[level.ordinal()][point];
    }
}
