package org.lumbosim.viz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.sweep.Sweep;
import org.lumbosim.sweep.SweepPoints;
import org.lumbosim.sweep.SweepTable;

/**
 * Disc compression at one level over a grid of load mass x horizontal hand distance, for one
 * posture: the data of {@link Charts#compressionHeatMap}.
 *
 * @param level the disc level
 * @param loadMassKg masses (kg), increasing, evenly spaced (copied)
 * @param handDistanceM horizontal distances of the load in front of the L5-S1 disc centre (m),
 *     increasing, evenly spaced (copied)
 * @param handHeightM height of the load above the L5-S1 disc centre (m)
 * @param compressionN compression (N) indexed [mass][distance]; {@code NaN} where the muscles cannot
 *     balance the load (copied)
 */
public record CompressionGrid(SpinalLevel level, double[] loadMassKg, double[] handDistanceM, double handHeightM,
                              double[][] compressionN) {

    /** Checks shapes and spacing; copies every array. */
    public CompressionGrid {
        Checks.given(level, "level");
        Checks.given(loadMassKg, "loadMassKg");
        Checks.given(handDistanceM, "handDistanceM");
        Checks.given(compressionN, "compressionN");
        loadMassKg = checkedAxis("loadMassKg", loadMassKg);
        handDistanceM = checkedAxis("handDistanceM", handDistanceM);
        if (compressionN.length != loadMassKg.length) {
            throw new IllegalArgumentException("compressionN has " + compressionN.length + " rows, expected "
                    + loadMassKg.length + " (one per mass)");
        }
        double[][] copy = new double[compressionN.length][];
        for (int i = 0; i < compressionN.length; i++) {
            if (compressionN[i].length != handDistanceM.length) {
                throw new IllegalArgumentException("compressionN row " + i + " has " + compressionN[i].length
                        + " values, expected " + handDistanceM.length + " (one per distance)");
            }
            copy[i] = compressionN[i].clone();
        }
        compressionN = copy;
    }

    private static double[] checkedAxis(String name, double[] values) {
        double[] v = values.clone();
        if (v.length < 2) {
            throw new IllegalArgumentException(name + " needs at least 2 values, got " + v.length);
        }
        double step = v[1] - v[0];
        for (int i = 1; i < v.length; i++) {
            double d = v[i] - v[i - 1];
            if (!(d > 0) || Math.abs(d - step) > 1e-9 * Math.max(1, Math.abs(step))) {
                throw new IllegalArgumentException(name + " must increase in equal steps; " + Arrays.toString(v));
            }
        }
        return v;
    }

    /** @return a copy of the masses (kg) */
    @Override
    public double[] loadMassKg() {
        return loadMassKg.clone();
    }

    /** @return a copy of the distances (m) */
    @Override
    public double[] handDistanceM() {
        return handDistanceM.clone();
    }

    /** @return a deep copy of the compressions (N) */
    @Override
    public double[][] compressionN() {
        double[][] c = new double[compressionN.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = compressionN[i].clone();
        }
        return c;
    }

    /**
     * @param massIndex index into {@link #loadMassKg()}
     * @param distanceIndex index into {@link #handDistanceM()}
     * @return compression there (N; NaN if infeasible)
     */
    public double compressionN(int massIndex, int distanceIndex) {
        return compressionN[massIndex][distanceIndex];
    }

    /** @return number of masses */
    public int massCount() {
        return loadMassKg.length;
    }

    /** @return number of distances */
    public int distanceCount() {
        return handDistanceM.length;
    }

    /** @return the mass step (kg) */
    public double massStepKg() {
        return loadMassKg[1] - loadMassKg[0];
    }

    /** @return the distance step (m) */
    public double distanceStepM() {
        return handDistanceM[1] - handDistanceM[0];
    }

    /**
     * Solves every grid point: a mass held in both hands at ({@code distance}, {@code handHeightM},
     * 0) in the global frame, the posture otherwise unchanged. Runs the grid, row by row of masses,
     * through the sweep engine ({@link Sweep}, warm-started, one workspace); points the model cannot
     * solve ({@link SweepTable#solved}) become {@code NaN}.
     *
     * @param model the model (not modified)
     * @param posture the posture (not modified)
     * @param level the level whose compression is recorded
     * @param loadMassKg masses (kg; not modified)
     * @param handDistanceM distances in front of L5-S1 (m; not modified)
     * @param handHeightM height of the load above L5-S1 (m)
     * @return the grid
     */
    public static CompressionGrid solve(LumbarModel model, Posture posture, SpinalLevel level, double[] loadMassKg,
                                        double[] handDistanceM, double handHeightM) {
        Checks.given(model, "model");
        Checks.given(posture, "posture");
        Checks.given(level, "level");
        Checks.given(loadMassKg, "loadMassKg");
        Checks.given(handDistanceM, "handDistanceM");
        List<List<HandLoad>> loads = new ArrayList<>(loadMassKg.length * handDistanceM.length);
        for (double kg : loadMassKg) {
            for (double distanceM : handDistanceM) {
                loads.add(List.of(HandLoad.ofMassKg(kg).atPositionM(new PositionM(distanceM, handHeightM, 0))));
            }
        }
        SweepPoints points = SweepPoints.ofLoads(posture, loads);
        SweepTable table = new SweepTable(points.size());
        Sweep.warmStarted(model).run(points, model.newWorkspace(), table);
        double[][] c = new double[loadMassKg.length][handDistanceM.length];
        for (int i = 0; i < loadMassKg.length; i++) {
            for (int j = 0; j < handDistanceM.length; j++) {
                int k = i * handDistanceM.length + j;
                c[i][j] = table.solved(k) ? table.compressionN(level, k) : Double.NaN;
            }
        }
        return new CompressionGrid(level, loadMassKg, handDistanceM, handHeightM, c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompressionGrid g && g.level == level && Arrays.equals(g.loadMassKg, loadMassKg)
                && Arrays.equals(g.handDistanceM, handDistanceM)
                && Double.compare(g.handHeightM, handHeightM) == 0 && Arrays.deepEquals(g.compressionN, compressionN);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(loadMassKg) * 31 + Arrays.hashCode(handDistanceM) * 17
                + Arrays.deepHashCode(compressionN) + level.hashCode();
    }

    @Override
    public String toString() {
        return "CompressionGrid[" + level.label() + ", " + loadMassKg.length + " masses x " + handDistanceM.length
                + " distances at height " + handHeightM + " m]";
    }
}
