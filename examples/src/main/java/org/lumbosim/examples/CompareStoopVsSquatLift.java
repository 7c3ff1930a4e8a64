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

/**
 * Compares lifting from the floor with a round back (stoop) and with bent knees (squat) for a range
 * of load masses: L5-S1 compression, AP shear and IDP, printed as a table and written to
 * {@code out/stoop-vs-squat.csv}.
 *
 * <p>Run: {@code ./lumbosim example CompareStoopVsSquatLift --max-kg 30}
 */
public final class CompareStoopVsSquatLift {
    private CompareStoopVsSquatLift() {
    }

    /**
     * @param args options; {@code --help} lists them with their defaults
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        ExampleArgs o = new ExampleArgs("CompareStoopVsSquatLift",
                "L5-S1 loads when lifting with a round back versus with bent knees.")
                .option("max-kg", "30", "largest load (kg)")
                .option("step-kg", "5", "load step (kg)")
                .option("out", "out", "output folder");
        if (!o.parse(args, System.out)) {
            return;
        }
        Path file = o.outputFile("stoop-vs-squat.csv");
        Subject subject = Subject.defaultSubject();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            w.println("loadKg,stoopCompressionN,stoopApShearN,stoopIdpMPa,squatCompressionN,squatApShearN,squatIdpMPa");
            System.out.printf("%8s | %22s | %22s%n", "load kg", "stoop: C (N)  AP (N)", "squat: C (N)  AP (N)");
            for (double kg = 0; kg <= o.number("max-kg") + 1e-9; kg += o.number("step-kg")) {
                AnalysisResult stoop = Lumbosim.analyze(subject, PosturePreset.LIFT_ROUND_BACK.posture(),
                        List.of(HandLoad.ofMassKg(kg)));
                AnalysisResult squat = Lumbosim.analyze(subject, PosturePreset.LIFT_BENT_KNEES.posture(),
                        List.of(HandLoad.ofMassKg(kg)));
                w.printf(Locale.ROOT, "%.1f,%.1f,%.1f,%.4f,%.1f,%.1f,%.4f%n", kg,
                        stoop.l5s1().compressionN(), stoop.l5s1().apShearN(), stoop.l5s1().idpMPa(),
                        squat.l5s1().compressionN(), squat.l5s1().apShearN(), squat.l5s1().idpMPa());
                System.out.printf(Locale.ROOT, "%8.1f | %13.0f %8.0f | %13.0f %8.0f%n", kg,
                        stoop.l5s1().compressionN(), stoop.l5s1().apShearN(),
                        squat.l5s1().compressionN(), squat.l5s1().apShearN());
            }
        }
        System.out.println("wrote " + file.toAbsolutePath());
    }
}
