package org.lumbosim.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.viz.Charts;
import org.lumbosim.viz.LumbosimTheme;
import org.lumbosim.viz.PostureCase;

/**
 * Compares the sitting postures (upright, relaxed without backrest, slouched on a backrest, maximum
 * flexion) with relaxed standing: L5-S1 compression and L4-L5 pressure beside the in vivo values of
 * Wilke et al. (1999). Writes {@code out/sitting-postures.png} (chart) and
 * {@code out/sitting-postures.csv}.
 *
 * <p>Run: {@code ./lumbosim example PlotSittingPostures}
 */
public final class PlotSittingPostures {
    private PlotSittingPostures() {
    }

    /** Name of the CSV file. */
    static final String CSV = "sitting-postures.csv";
    /** Name of the figure. */
    static final String PNG = "sitting-postures.png";

    /** The postures compared, in chart order. */
    static final List<PosturePreset> POSTURES = List.of(PosturePreset.STANDING_RELAXED,
            PosturePreset.SITTING_UPRIGHT, PosturePreset.SITTING_UNSUPPORTED, PosturePreset.SITTING_SLOUCHED,
            PosturePreset.SITTING_MAX_FLEXION);

    /**
     * @param args options; {@code --help} lists them with their defaults
     * @throws IllegalArgumentException naming the option if an option is bad, or naming {@code --out}
     *     and the path if a file cannot be written (then none is)
     */
    public static void main(String[] args) {
        ExampleArgs o = new ExampleArgs("PlotSittingPostures",
                "Sitting postures vs standing: L5-S1 compression and L4-L5 pressure, chart (PNG) and CSV.")
                .option("out", "out", "output folder");
        if (!o.parse(args, System.out)) {
            return;
        }
        OutputFiles files = o.outputs(CSV, PNG);
        List<PostureCase> cases = new ArrayList<>();
        StringBuilder csv = new StringBuilder("posture,l5s1CompressionN,l5s1ApShearN,l4l5IdpMPa,wilke1999IdpMPa\n");
        Subject subject = Subject.defaultSubject();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%s, %.2f m, %.0f kg (Wilke et al. 1999 measured L4-L5 in their own volunteer: validate uses his body)%n",
                subject.sex().name().toLowerCase(Locale.ROOT), subject.statureM(), subject.bodyMassKg()));
        for (PosturePreset p : POSTURES) {
            AnalysisResult r = Lumbosim.analyze(subject, p.posture(), List.of());
            Optional<Wilke1999.Measurement> m = Wilke1999.measurements().stream()
                    .filter(x -> x.preset().equals(Optional.of(p)) && x.loadKg() == 0).findFirst();
            cases.add(new PostureCase(p.id().replace('_', ' '), r, m));
            double idp = r.level(org.lumbosim.model.SpinalLevel.L4_L5).idpMPa();
            csv.append(String.format(Locale.ROOT, "%s,%.2f,%.2f,%.4f,%s%n", p.id(), r.l5s1().compressionN(),
                    r.l5s1().apShearN(), idp, m.map(x -> String.format(Locale.ROOT, "%.2f", x.idpMPa())).orElse("")));
            table.append(String.format(Locale.ROOT, "%-20s L5-S1 compression %4.0f N  L4-L5 IDP %4.2f MPa%s%n", p.id(),
                    r.l5s1().compressionN(), idp,
                    m.map(x -> String.format(Locale.ROOT, "  (measured %.2f MPa)", x.idpMPa())).orElse("")));
        }
        JFreeChart chart = Charts.postureComparison(cases, "Sitting compared with standing", LumbosimTheme.slides());
        o.writeCsvAndPng(files, CSV, csv, PNG, chart, table);
    }
}
