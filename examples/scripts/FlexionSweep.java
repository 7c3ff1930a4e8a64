// Single-file Java script (Java 17+): L5-S1 loads while bending forward, printed as CSV.
//   java -cp "$(./lumbosim classpath)" examples/scripts/FlexionSweep.java [loadKg] [stepDeg]
// Needs only the core API; copy it and change what you need. Bad arguments exit 2 with one line on
// stderr, a load the muscles cannot balance exits 3 (as ./lumbosim does).
import java.util.List;
import java.util.Locale;
import org.lumbosim.InfeasibleRecruitmentException;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.result.AnalysisResult;

public class FlexionSweep {
    public static void main(String[] args) {
        if (args.length > 2 || (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h")))) {
            String usage = "usage: FlexionSweep.java [loadKg (default 10, in [0, 200])] [stepDeg (default 10, in (0, 90])]";
            (args.length > 2 ? System.err : System.out).println(usage);
            System.exit(args.length > 2 ? 2 : 0);
        }
        double loadKg = args.length > 0 ? number("loadKg", args[0], 0, HandLoad.MAX_MASS_KG, "[0, 200] kg") : 10;
        double stepDeg = args.length > 1 ? number("stepDeg", args[1], Double.MIN_VALUE, 90, "(0, 90] deg") : 10;
        Subject subject = Subject.defaultSubject(); // male, 1.75 m, 70 kg, 45 years
        StringBuilder csv = new StringBuilder("trunkFlexionDeg,compressionN,apShearN,idpMPa\n");
        for (double deg = 0; deg <= 90 + 1e-9; deg += stepDeg) {
            try {
                AnalysisResult r = Lumbosim.analyze(subject, Posture.standingFlexed(deg),
                        loadKg > 0 ? List.of(HandLoad.ofMassKg(loadKg)) : List.of());
                csv.append(String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.3f%n", deg, r.l5s1().compressionN(),
                        r.l5s1().apShearN(), r.l5s1().idpMPa()));
            } catch (InfeasibleRecruitmentException e) {
                System.err.println("infeasible: at trunkFlexionDeg = " + deg + " with " + loadKg + " kg: " + e.getMessage());
                System.exit(3);
            }
        }
        System.out.print(csv);
    }

    /** The argument as a number in [min, max], or exit 2 naming it and the allowed range. */
    private static double number(String name, String text, double min, double max, String range) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(v >= min && v <= max)) {
            System.err.println("error: " + name + " = \"" + text + "\" is not a number in " + range);
            System.exit(2);
        }
        return v;
    }
}
