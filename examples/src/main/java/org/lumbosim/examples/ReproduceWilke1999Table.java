package org.lumbosim.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.reference.WilkeValidation;

/**
 * Reproduces the table of Wilke et al. (1999): the measured L4-L5 intradiscal pressure of every
 * activity beside the model's prediction (default subject, the activity's posture preset, its mass
 * in both hands), printed and written to {@code out/wilke1999.csv} with the RMSE as the last line
 * printed. Reuses {@link WilkeValidation}.
 *
 * <p>Run: {@code ./lumbosim example ReproduceWilke1999Table --muscles multi-fascicle}
 */
public final class ReproduceWilke1999Table {
    private ReproduceWilke1999Table() {
    }

    /**
     * @param args options; {@code --help} lists them with their defaults
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        ExampleArgs o = new ExampleArgs("ReproduceWilke1999Table",
                "Measured (Wilke et al. 1999) vs predicted L4-L5 intradiscal pressure, as a table and CSV.")
                .option("muscles", "single-equivalent", "muscle model: single-equivalent or multi-fascicle")
                .option("out", "out", "output folder");
        if (!o.parse(args, System.out)) {
            return;
        }
        MuscleModelKind kind = MuscleModelKind.ofId(o.string("muscles"));
        WilkeValidation.Report report = WilkeValidation.run(LumbarModel.of(Subject.defaultSubject())
                .withMuscleModel(kind));
        Path file = o.outputFile("wilke1999.csv");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            w.println("id,activity,loadKg,measuredMPa,predictedMPa,errorMPa,status");
            System.out.printf("%-22s %7s %12s %13s %9s%n", "activity", "load kg", "measured MPa", "predicted MPa",
                    "error");
            for (WilkeValidation.Row r : report.rows()) {
                boolean ok = r.status() == WilkeValidation.Status.OK;
                w.printf(Locale.ROOT, "%s,\"%s\",%.0f,%.3f,%s,%s,%s%n", r.measurement().id(),
                        r.measurement().activity(), r.measurement().loadKg(), r.measurement().idpMPa(),
                        ok ? String.format(Locale.ROOT, "%.4f", r.predictedIdpMPa()) : "",
                        ok ? String.format(Locale.ROOT, "%.4f", r.errorMPa()) : "",
                        r.status().name().toLowerCase(Locale.ROOT));
                System.out.printf(Locale.ROOT, "%-22s %7.0f %12.2f %13s %9s%n", r.measurement().id(),
                        r.measurement().loadKg(), r.measurement().idpMPa(),
                        ok ? String.format(Locale.ROOT, "%.2f", r.predictedIdpMPa()) : "-",
                        ok ? String.format(Locale.ROOT, "%+.2f", r.errorMPa()) : r.status().name().toLowerCase(Locale.ROOT));
            }
        }
        System.out.printf(Locale.ROOT, "RMSE %.3f MPa over %d activities (%s muscles)%n", report.rmseIdpMPa(),
                report.n(), kind.id());
        System.out.println("wrote " + file.toAbsolutePath());
    }
}
