package org.lumbosim.examples;

import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.PositionM;
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

    /** Name of the CSV file. */
    static final String CSV = "lifting-heatmap.csv";
    /** Name of the figure. */
    static final String PNG = "lifting-heatmap.png";

    /**
     * @param args options; {@code --help} lists them with their defaults
     * @throws IllegalArgumentException naming the option if an option is bad, or naming {@code --out}
     *     and the path if a file cannot be written (then none is)
     */
    public static void main(String[] args) {
        ExampleArgs o = new ExampleArgs("LiftingHeatMap",
                "L5-S1 compression over load mass x hand distance (load at shoulder height): PNG and CSV (at most "
                        + ExampleArgs.MAX_POINTS + " cells).")
                .option("max-kg", "30", "largest load (kg), 0 to " + HandLoad.MAX_MASS_KG)
                .option("step-kg", "2", "load step (kg), positive")
                .option("near-m", "0.2", "nearest hand distance in front of L5-S1 (m)")
                .option("far-m", "0.7", "farthest hand distance (m), not below --near-m")
                .option("step-m", "0.05", "distance step (m), positive")
                .option("out", "out", "output folder");
        if (!o.parse(args, System.out)) {
            return;
        }
        double[] kgs = o.steps(0, o.number("max-kg", 0, HandLoad.MAX_MASS_KG, "kg"), "0/--max-kg", "step-kg");
        double nearM = o.number("near-m", -PositionM.MAX_ABS_M, PositionM.MAX_ABS_M, "m");
        double farM = o.number("far-m", -PositionM.MAX_ABS_M, PositionM.MAX_ABS_M, "m");
        double[] distances = o.steps(nearM, farM, "--near-m/--far-m", "step-m");
        if (kgs.length < 2 || distances.length < 2) {
            throw new IllegalArgumentException("--max-kg/--step-kg and --near-m/--far-m/--step-m give " + kgs.length
                    + " x " + distances.length + " cells; a heat map needs at least 2 masses and 2 distances");
        }
        if ((long) kgs.length * distances.length > ExampleArgs.MAX_POINTS) {
            throw new IllegalArgumentException("--step-kg/--step-m give " + kgs.length + " x " + distances.length
                    + " cells; at most " + ExampleArgs.MAX_POINTS + " (choose larger steps)");
        }
        OutputFiles files = o.outputs(CSV, PNG);
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        double shoulderM = Lumbosim.analyze(model, Posture.uprightStanding(), List.of()).pose().landmarks()
                .get(Landmark.SHOULDER_RIGHT).yM();
        CompressionGrid grid = CompressionGrid.solve(model, Posture.uprightStanding(), SpinalLevel.L5_S1, kgs,
                distances, shoulderM);
        int grey = 0;
        StringBuilder csv = new StringBuilder("loadKg,handDistanceM,handHeightM,compressionN\n");
        for (int i = 0; i < grid.massCount(); i++) {
            for (int j = 0; j < grid.distanceCount(); j++) {
                double c = grid.compressionN(i, j);
                grey += Double.isNaN(c) ? 1 : 0;
                csv.append(String.format(Locale.ROOT, "%.2f,%.3f,%.3f,%s%n", grid.loadMassKg()[i],
                        grid.handDistanceM()[j], shoulderM,
                        Double.isNaN(c) ? "" : String.format(Locale.ROOT, "%.2f", c)));
            }
        }
        JFreeChart chart = Charts.compressionHeatMap(grid, "L5-S1 compression holding a load at shoulder height",
                LumbosimTheme.slides());
        files.content(o.outputFile(CSV), OutputFiles.Content.text(csv))
                .content(o.outputFile(PNG), out -> FigureExporter.slides().writePng(chart, out))
                .writeAll();
        System.out.printf(Locale.ROOT, "%d x %d cells, %d infeasible (grey)%n", grid.massCount(),
                grid.distanceCount(), grey);
        System.out.println("wrote " + OutputFiles.oneLine(o.outputFile(CSV).toAbsolutePath()));
        System.out.println("wrote " + OutputFiles.oneLine(o.outputFile(PNG).toAbsolutePath()));
    }
}
