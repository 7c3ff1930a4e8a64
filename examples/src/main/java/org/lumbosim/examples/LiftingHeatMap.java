package org.lumbosim.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.viz.Charts;
import org.lumbosim.viz.CompressionGrid;
import org.lumbosim.viz.FigureExporter;
import org.lumbosim.viz.LumbosimTheme;

/**
 * Heat map of L5-S1 compression standing upright while holding a mass at shoulder height, over load
 * mass x horizontal distance of the load in front of L5-S1; grey where the muscles cannot hold it.
 * Writes {@code out/lifting-heatmap.png} and {@code out/lifting-heatmap.csv} (one row per cell,
 * compression empty where infeasible).
 *
 * <p>Run: {@code ./lumbosim example LiftingHeatMap --max-kg 30 --far-m 0.7}
 */
public final class LiftingHeatMap {
    private LiftingHeatMap() {
    }

    /**
     * @param args options; {@code --help} lists them with their defaults
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        ExampleArgs o = new ExampleArgs("LiftingHeatMap",
                "L5-S1 compression over load mass x hand distance (load at shoulder height): PNG and CSV.")
                .option("max-kg", "30", "largest load (kg)")
                .option("step-kg", "2", "load step (kg)")
                .option("near-m", "0.2", "nearest hand distance in front of L5-S1 (m)")
                .option("far-m", "0.7", "farthest hand distance (m)")
                .option("step-m", "0.05", "distance step (m)")
                .option("out", "out", "output folder");
        if (!o.parse(args, System.out)) {
            return;
        }
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        double shoulderM = Lumbosim.analyze(model, Posture.uprightStanding(), List.of()).pose().landmarks()
                .get(Landmark.SHOULDER_RIGHT).yM();
        CompressionGrid grid = CompressionGrid.solve(model, Posture.uprightStanding(), SpinalLevel.L5_S1,
                steps(0, o.number("max-kg"), o.number("step-kg")),
                steps(o.number("near-m"), o.number("far-m"), o.number("step-m")), shoulderM);
        Path csv = o.outputFile("lifting-heatmap.csv");
        int grey = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(csv))) {
            w.println("loadKg,handDistanceM,handHeightM,compressionN");
            for (int i = 0; i < grid.massCount(); i++) {
                for (int j = 0; j < grid.distanceCount(); j++) {
                    double c = grid.compressionN(i, j);
                    grey += Double.isNaN(c) ? 1 : 0;
                    w.printf(Locale.ROOT, "%.2f,%.3f,%.3f,%s%n", grid.loadMassKg()[i], grid.handDistanceM()[j],
                            shoulderM, Double.isNaN(c) ? "" : String.format(Locale.ROOT, "%.2f", c));
                }
            }
        }
        Path png = o.outputFile("lifting-heatmap.png");
        FigureExporter.slides().write(Charts.compressionHeatMap(grid,
                "L5-S1 compression holding a load at shoulder height", LumbosimTheme.slides()), png);
        System.out.printf(Locale.ROOT, "%d x %d cells, %d infeasible (grey)%n", grid.massCount(),
                grid.distanceCount(), grey);
        System.out.println("wrote " + csv.toAbsolutePath());
        System.out.println("wrote " + png.toAbsolutePath());
    }

    /** first, first + step, ... up to last (included within rounding). */
    static double[] steps(double first, double last, double step) {
        if (!(step > 0) || !(last > first)) {
            throw new IllegalArgumentException("need first < last and step > 0; got " + first + ", " + last + ", "
                    + step);
        }
        int n = (int) Math.floor((last - first) / step + 1e-9) + 1;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = first + i * step;
        }
        return v;
    }
}
