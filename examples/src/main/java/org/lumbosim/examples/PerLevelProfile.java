package org.lumbosim.examples;

import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.viz.Charts;
import org.lumbosim.viz.LumbosimTheme;
import org.lumbosim.viz.report.Atlas;

/**
 * Loads at all five lumbar levels (compression, AP and lateral shear, IDP) for one posture preset
 * and a mass in both hands. Writes {@code out/level-profile.png} (bar chart, L1-L2 at the top) and
 * {@code out/level-profile.csv}.
 *
 * <p>Run: {@code ./lumbosim example PerLevelProfile --preset lift_bent_knees --load-kg 15}
 */
public final class PerLevelProfile {
    private PerLevelProfile() {
    }

    /** Name of the CSV file. */
    static final String CSV = "level-profile.csv";
    /** Name of the figure. */
    static final String PNG = "level-profile.png";

    /**
     * @param args options; {@code --help} lists them with their defaults
     * @throws IllegalArgumentException naming the option if an option is bad, or naming {@code --out}
     *     and the path if a file cannot be written (then none is)
     */
    public static void main(String[] args) {
        ExampleArgs o = new ExampleArgs("PerLevelProfile",
                "Loads at every lumbar level for one posture preset and load: PNG and CSV.")
                .option("preset", "lift_round_back", "posture preset id (see lumbosim analyze --help)")
                .option("load-kg", "20", "mass held in both hands (kg), 0 to " + HandLoad.MAX_MASS_KG)
                .option("out", "out", "output folder");
        if (!o.parse(args, System.out)) {
            return;
        }
        PosturePreset preset = o.parsed("preset", PosturePreset::ofId);
        double kg = o.number("load-kg", 0, HandLoad.MAX_MASS_KG, "kg");
        OutputFiles files = o.outputs(CSV, PNG);
        AnalysisResult r = Lumbosim.analyze(Subject.defaultSubject(), preset.posture(),
                kg > 0 ? List.of(HandLoad.ofMassKg(kg)) : List.of());
        StringBuilder csv = new StringBuilder("level,compressionN,apShearN,lateralShearN,idpMPa\n");
        StringBuilder table = new StringBuilder();
        for (LevelLoad l : r.levels()) {
            csv.append(String.format(Locale.ROOT, "%s,%.2f,%.2f,%.2f,%.4f%n", l.level().label(), l.compressionN(),
                    l.apShearN(), l.lateralShearN(), l.idpMPa()));
            table.append(String.format(Locale.ROOT, "%-6s C %6.0f N  AP %5.0f N  IDP %5.2f MPa%n", l.level().label(),
                    l.compressionN(), l.apShearN(), l.idpMPa()));
        }
        JFreeChart chart = Charts.levelProfile(r, Atlas.cardTitle(preset)
                + String.format(Locale.ROOT, ", %.0f kg: all lumbar levels", kg), LumbosimTheme.slides());
        o.writeCsvAndPng(files, CSV, csv, PNG, chart, table);
    }
}
