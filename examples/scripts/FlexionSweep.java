// Single-file Java script (Java 17+): L5-S1 loads while bending forward, printed as CSV.
//   java -cp "$(./lumbosim classpath)" examples/scripts/FlexionSweep.java [loadKg] [stepDeg]
// Needs only the core API; copy it and change what you need.
import java.util.List;
import java.util.Locale;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.result.AnalysisResult;

public class FlexionSweep {
    public static void main(String[] args) {
        double loadKg = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        double stepDeg = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        Subject subject = Subject.defaultSubject(); // male, 1.75 m, 70 kg, 45 years
        System.out.println("trunkFlexionDeg,compressionN,apShearN,idpMPa");
        for (double deg = 0; deg <= 90 + 1e-9; deg += stepDeg) {
            AnalysisResult r = Lumbosim.analyze(subject, Posture.standingFlexed(deg),
                    loadKg > 0 ? List.of(HandLoad.ofMassKg(loadKg)) : List.of());
            System.out.printf(Locale.ROOT, "%.1f,%.1f,%.1f,%.3f%n", deg, r.l5s1().compressionN(),
                    r.l5s1().apShearN(), r.l5s1().idpMPa());
        }
    }
}
