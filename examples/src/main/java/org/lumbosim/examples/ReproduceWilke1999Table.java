package org.lumbosim.examples;

import java.util.Locale;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeValidation;

/**
 * Reproduces the table of Wilke et al. (1999): the measured L4-L5 intradiscal pressure of every
 * activity beside the model's prediction (Wilke's volunteer as published, {@link Wilke1999#subjectModel()};
 * the activity's posture preset, its mass in both hands), printed and written to {@code out/wilke1999.csv} with the RMSE as the last line
 * printed. Reuses {@link WilkeValidation}.
 *
 * <p>Run: {@code ./lumbosim example ReproduceWilke1999Table --muscles multi-fascicle}
 */
public final class ReproduceWilke1999Table {
    private ReproduceWilke1999Table() {
    }

    /** Name of the output file. */
    static final String CSV = "wilke1999.csv";

    /**
     * @param args options; {@code --help} lists them with their defaults
     * @throws IllegalArgumentException naming the option if an option is bad, or naming {@code --out}
     *     and the path if a file cannot be written (then none is)
     */
    public static void main(String[] args) {
        ExampleArgs o = new ExampleArgs("ReproduceWilke1999Table",
                "Measured (Wilke et al. 1999) vs predicted L4-L5 intradiscal pressure, as a table and CSV.")
                .option("muscles", "single-equivalent", "muscle model: single-equivalent or multi-fascicle")
                .option("out", "out", "output folder");
        if (!o.parse(args, System.out)) {
            return;
        }
        MuscleModelKind kind = o.parsed("muscles", MuscleModelKind::ofId);
        OutputFiles files = o.outputs(CSV);
        WilkeValidation.Report report = WilkeValidation.run(Wilke1999.subjectModel().withMuscleModel(kind));
        StringBuilder csv = new StringBuilder("id,activity,loadKg,measuredMPa,predictedMPa,errorMPa,status\n");
        StringBuilder table = new StringBuilder(String.format("%-22s %7s %12s %13s %9s%n", "activity", "load kg",
                "measured MPa", "predicted MPa", "error"));
        for (WilkeValidation.Row r : report.rows()) {
            boolean ok = r.status() == WilkeValidation.Status.OK;
            csv.append(String.format(Locale.ROOT, "%s,\"%s\",%.0f,%.3f,%s,%s,%s%n", r.measurement().id(),
                    r.measurement().activity(), r.measurement().loadKg(), r.measurement().idpMPa(),
                    ok ? String.format(Locale.ROOT, "%.4f", r.predictedIdpMPa()) : "",
                    ok ? String.format(Locale.ROOT, "%.4f", r.errorMPa()) : "",
                    r.status().name().toLowerCase(Locale.ROOT)));
            table.append(String.format(Locale.ROOT, "%-22s %7.0f %12.2f %13s %9s%n", r.measurement().id(),
                    r.measurement().loadKg(), r.measurement().idpMPa(),
                    ok ? String.format(Locale.ROOT, "%.2f", r.predictedIdpMPa()) : "-",
                    ok ? String.format(Locale.ROOT, "%+.2f", r.errorMPa()) : r.status().name().toLowerCase(Locale.ROOT)));
        }
        files.content(o.outputFile(CSV), OutputFiles.Content.text(csv)).writeAll();
        System.out.print(table);
        System.out.printf(Locale.ROOT, "RMSE %.3f MPa over %d activities (%s muscles)%n", report.rmseIdpMPa(),
                report.n(), kind.id());
        System.out.println("wrote " + OutputFiles.oneLine(o.outputFile(CSV).toAbsolutePath()));
    }
}
