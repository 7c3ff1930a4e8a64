package org.lumbosim.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.viz.Charts;
import org.lumbosim.viz.FigureExporter;
import org.lumbosim.viz.LumbosimTheme;

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

    /**
     * @param args options; {@code --help} lists them with their defaults
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        ExampleArgs o = new ExampleArgs("PerLevelProfile",
                "Loads at every lumbar level for one posture preset and load: PNG and CSV.")
                .option("preset", "lift_round_back", "posture preset id (see lumbosim analyze --help)")
                .option("load-kg", "20", "mass held in both hands (kg)")
                .option("out", "out", "output folder");
        if (!o.parse(args, System.out)) {
            return;
        }
        PosturePreset preset = PosturePreset.ofId(o.string("preset"));
        double kg = o.number("load-kg");
        AnalysisResult r = Lumbosim.analyze(Subject.defaultSubject(), preset.posture(),
                kg > 0 ? List.of(HandLoad.ofMassKg(kg)) : List.of());
        Path csv = o.outputFile("level-profile.csv");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(csv))) {
            w.println("level,compressionN,apShearN,lateralShearN,idpMPa");
            for (LevelLoad l : r.levels()) {
                w.printf(Locale.ROOT, "%s,%.2f,%.2f,%.2f,%.4f%n", l.level().label(), l.compressionN(), l.apShearN(),
                        l.lateralShearN(), l.idpMPa());
                System.out.printf(Locale.ROOT, "%-6s C %6.0f N  AP %5.0f N  IDP %5.2f MPa%n", l.level().label(),
                        l.compressionN(), l.apShearN(), l.idpMPa());
            }
        }
        Path png = o.outputFile("level-profile.png");
        FigureExporter.slides().write(Charts.levelProfile(r, preset.id().replace('_', ' ')
                + String.format(Locale.ROOT, ", %.0f kg: all lumbar levels", kg), LumbosimTheme.slides()), png);
        System.out.println("wrote " + csv.toAbsolutePath());
        System.out.println("wrote " + png.toAbsolutePath());
    }
}
