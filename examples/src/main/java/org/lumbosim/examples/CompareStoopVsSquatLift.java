package org.lumbosim.examples;

import java.util.List;
import java.util.Locale;
import org.lumbosim.InfeasibleRecruitmentException;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

/**
 * Compares lifting from the floor with a round back (stoop) and with bent knees (squat) for a range
 * of load masses: L5-S1 compression, AP shear and IDP, printed as a table and written to
 * {@code out/stoop-vs-squat.csv}. A mass the muscles cannot balance in a posture is written with
 * that posture's cells empty and printed as "infeasible".
 *
 * <p>Run: {@code ./lumbosim example CompareStoopVsSquatLift --max-kg 30}
 */
public final class CompareStoopVsSquatLift {
    private CompareStoopVsSquatLift() {
    }

    /** Name of the output file. */
    static final String CSV = "stoop-vs-squat.csv";

    /**
     * @param args options; {@code --help} lists them with their defaults
     * @throws IllegalArgumentException naming the option if an option is bad or would give more than
     *     {@link ExampleArgs#MAX_POINTS} masses, or the file cannot be written (nothing written then)
     */
    public static void main(String[] args) {
        ExampleArgs o = new ExampleArgs("CompareStoopVsSquatLift",
                "L5-S1 loads when lifting with a round back versus with bent knees (at most " + ExampleArgs.MAX_POINTS
                        + " masses).")
                .option("max-kg", "30", "largest load (kg), 0 to " + HandLoad.MAX_MASS_KG)
                .option("step-kg", "5", "load step (kg), positive")
                .option("out", "out", "output folder");
        if (!o.parse(args, System.out)) {
            return;
        }
        double[] kgs = o.steps(0, o.number("max-kg", 0, HandLoad.MAX_MASS_KG, "kg"), "0/--max-kg", "step-kg");
        OutputFiles files = o.outputs(CSV);
        Subject subject = Subject.defaultSubject();
        StringBuilder csv = new StringBuilder(
                "loadKg,stoopCompressionN,stoopApShearN,stoopIdpMPa,squatCompressionN,squatApShearN,squatIdpMPa\n");
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%8s | %22s | %22s%n", "load kg",
                "stoop: C (N)  AP (N)", "squat: C (N)  AP (N)"));
        for (double kg : kgs) {
            csv.append(String.format(Locale.ROOT, "%.1f", kg));
            table.append(String.format(Locale.ROOT, "%8.1f", kg));
            for (PosturePreset p : List.of(PosturePreset.LIFT_ROUND_BACK, PosturePreset.LIFT_BENT_KNEES)) {
                try {
                    AnalysisResult r = Lumbosim.analyze(subject, p.posture(), List.of(HandLoad.ofMassKg(kg)));
                    csv.append(String.format(Locale.ROOT, ",%.1f,%.1f,%.4f", r.l5s1().compressionN(),
                            r.l5s1().apShearN(), r.l5s1().idpMPa()));
                    table.append(String.format(Locale.ROOT, " | %13.0f %8.0f", r.l5s1().compressionN(),
                            r.l5s1().apShearN()));
                } catch (InfeasibleRecruitmentException e) {
                    csv.append(",,,");
                    table.append(String.format(Locale.ROOT, " | %22s", "infeasible"));
                }
            }
            csv.append('\n');
            table.append(System.lineSeparator());
        }
        files.content(o.outputFile(CSV), OutputFiles.Content.text(csv)).writeAll();
        System.out.print(table);
        System.out.println("wrote " + OutputFiles.oneLine(o.outputFile(CSV).toAbsolutePath()));
    }
}
