package org.lumbosim.viz.report;

import static org.lumbosim.viz.report.DemoReport.ALL_FIGURES_PDF;
import static org.lumbosim.viz.report.DemoReport.FIGURES;
import static org.lumbosim.viz.report.DemoReport.LOADED;
import static org.lumbosim.viz.report.DemoReport.LOAD_KG;
import static org.lumbosim.viz.report.DemoReport.esc;
import static org.lumbosim.viz.report.DemoReport.fmt;
import static org.lumbosim.viz.report.DemoReport.num;

import java.time.LocalDate;
import org.jfree.chart.JFreeChart;
import org.lumbosim.viz.Charts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.InVivoRatios;
import org.lumbosim.reference.InVivoValidation;
import org.lumbosim.reference.WilkeValidation;
import org.lumbosim.viz.ValidationFigure;
import org.lumbosim.viz.ClaimsFigure;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;

/**
 * Builds the demo report's page, {@code index.html}, section by section as {@link DemoReport}
 * solves them: the header and navigation, figures with captions, the tables, the honest note on the
 * validation and the list of files. Every link is relative; the page needs no network.
 */
final class DemoReportPage {
    private final StringBuilder b = new StringBuilder();

    private static final String CSS = String.join("\n",
            "body{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;font-size:19px;line-height:1.5;color:#1a1a1a;",
            "  background:#fff;max-width:1200px;margin:0 auto;padding:1.5em 2em 4em}",
            "h1{font-size:2em;margin:.3em 0}h2{font-size:1.45em;margin-top:2.2em;border-bottom:2px solid #ddd;"
                    + "padding-bottom:.2em}",
            "p.lead{font-size:1.05em;color:#333}p.meta{font-size:.85em;color:#555}",
            "nav{display:flex;flex-wrap:wrap;gap:.3em 1em}nav a{white-space:nowrap}",
            "figure{margin:1.2em 0}figure img{max-width:100%;height:auto;border:1px solid #e4e4e4}",
            "figure img{width:100%}.scroll{overflow-x:auto;max-width:100%}",
            "ol.refs li{margin-bottom:.4em}",
            "@media (max-width:700px){body{font-size:16px;padding:1em .8em 3em}}",
            "figcaption{font-size:.92em;color:#333;margin-top:.4em}",
            ".files{font-size:.8em;color:#666}.files a{color:#666}",
            ".grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,520px),1fr));gap:1em}",
            ".grid figure{margin:0}",
            "table{border-collapse:collapse;margin:1em 0;font-size:.85em;font-variant-numeric:tabular-nums}",
            "th,td{padding:.3em .7em;border-bottom:1px solid #ddd;text-align:right}",
            "th{background:#f3f3f3}td.l,th.l{text-align:left}tr.sum td{font-weight:bold;border-top:2px solid #999}",
            ".note{background:#fff7e0;border-left:5px solid #e69f00;padding:.6em 1em}",
            "td.nw{white-space:nowrap}",
            "a{color:#0060a8}");

    void header(Subject s, MuscleModelKind kind, boolean explorer) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Lumbosim demo report: loads on the lumbar discs</title>\n<style>\n")
                .append(CSS).append("\n</style>\n</head>\n<body>\n")
                .append("<h1>Loads on the lumbar discs</h1>\n")
                .append("<p class=\"lead\">What the lumbosim model predicts for the discs between the lumbar "
                        + "vertebrae (L1-L2 to L5-S1) of one adult: <b>compression</b> (N, pushing the vertebrae "
                        + "together), <b>AP shear</b> (N, sliding the upper vertebra forward when positive) and "
                        + "<b>intradiscal pressure</b> (IDP, MPa, the pressure inside the disc). Subject: ")
                .append(esc(s.sex().name().toLowerCase(Locale.ROOT))).append(", ").append(fmt(s.statureM(), 2))
                .append(" m, ").append(fmt(s.bodyMassKg(), 0)).append(" kg, ").append(fmt(s.ageYears(), 0))
                .append(" years; ").append(esc(kind.id())).append(" muscle model. For scale: 1000 N is the "
                        + "weight of about 100 kg.</p>\n")
                .append("<nav><a href=\"#postures\">Postures</a><a href=\"#flexion\">Bending</a>"
                        + "<a href=\"#lifting\">Lifting</a><a href=\"#heatmap\">Heat map</a>"
                        + "<a href=\"#levels\">Levels</a><a href=\"#muscles\">Muscles</a>"
                        + "<a href=\"#stick\">Stick figures</a><a href=\"#validation\">Validation</a>"
                        + "<a href=\"#claims\">Claims</a>"
                        + "<a href=\"#day\">Day</a>"
                        + "<a href=\"#atlas\">Atlas</a>" + (explorer ? "<a href=\"#explorer\">Explorer</a>" : "")
                        + "<a href=\"#references\">References</a><a href=\"#files\">Files</a></nav>\n");
    }

    /**
     * The report's date and version, under the lead.
     *
     * @param date the day the report was made (UTC)
     * @param version the project version that made it
     */
    void stamp(LocalDate date, String version) {
        b.append("<p class=\"meta\">Made on ").append(date).append(" (UTC) with lumbosim ").append(esc(version))
                .append(".</p>\n");
    }

    void raw(String htmlText) {
        b.append(htmlText);
    }

    void section(String id, String title) {
        b.append("\n<h2 id=\"").append(id).append("\">").append(esc(title)).append("</h2>\n");
    }

    void figure(DemoReport.Figure f) {
        b.append("<figure");
        if (f.drawable() instanceof JFreeChart chart) {
            // the record of what the figure draws, which the caption's limit lines are checked against
            b.append(" data-limits-drawn=\"");
            Charts.drawnLimitsN(chart).forEach(v -> b.append(fmt(v, 0)).append(' '));
            b.setLength(b.charAt(b.length() - 1) == ' ' ? b.length() - 1 : b.length());
            b.append('"');
        }
        b.append(">\n<img src=\"").append(FIGURES).append('/').append(f.name()).append(".png\" alt=\"")
                .append(esc(f.alt())).append("\">\n<figcaption>").append(f.captionHtml())
                .append(" <span class=\"files\">(<a href=\"").append(FIGURES).append('/').append(f.name())
                .append(".svg\">SVG</a>)</span></figcaption>\n</figure>\n");
    }

    void openGrid() {
        b.append("<div class=\"grid\">\n");
    }

    void closeGrid(String caption) {
        b.append("</div>\n<p>").append(esc(caption)).append("</p>\n");
    }

    void csvLink(String href, String what) {
        b.append("<p class=\"files\">Data: <a href=\"").append(href).append("\">").append(esc(href))
                .append("</a> (").append(esc(what)).append(")</p>\n");
    }

    void posturesTable(Map<PosturePreset, AnalysisResult> presets) {
        b.append("<p>Compression at every level and the L4-L5 pressure of every posture:</p>\n<div class=\"scroll\">"
                + "<table>\n<tr>"
                + "<th class=\"l\">posture</th><th>load (kg)</th>");
        for (SpinalLevel l : SpinalLevel.values()) {
            b.append("<th>").append(l.label()).append(" (N)</th>");
        }
        b.append("<th>L5-S1 shear (N)</th><th>L4-L5 IDP (MPa)</th></tr>\n");
        for (Map.Entry<PosturePreset, AnalysisResult> e : presets.entrySet()) {
            AnalysisResult r = e.getValue();
            b.append("<tr><td class=\"l\">").append(esc(e.getKey().description()))
                    .append(r.overloaded() ? " (overloaded: loads at the strength it requires)" : "").append("</td><td>")
                    .append(fmt(LOADED.contains(e.getKey()) ? LOAD_KG : 0, 0)).append("</td>");
            for (SpinalLevel l : SpinalLevel.values()) {
                b.append("<td>").append(num(r.level(l).compressionN(), 0)).append("</td>");
            }
            b.append("<td>").append(num(r.l5s1().apShearN(), 0)).append("</td><td>")
                    .append(fmt(r.level(SpinalLevel.L4_L5).idpMPa(), 2)).append("</td></tr>\n");
        }
        b.append("</table></div>\n");
        csvLink("tables/postures.csv", "all levels: compression, AP and lateral shear, IDP");
    }

    void levelsTable(AnalysisResult r) {
        b.append("<div class=\"scroll\"><table>\n<tr><th class=\"l\">level</th><th>compression (N)</th><th>AP shear (N)</th>"
                + "<th>lateral shear (N)</th><th>IDP (MPa)</th></tr>\n");
        for (LevelLoad l : r.levels()) {
            b.append("<tr><td class=\"l\">").append(l.level().label()).append("</td><td>")
                    .append(num(l.compressionN(), 0)).append("</td><td>").append(num(l.apShearN(), 0))
                    .append("</td><td>").append(num(l.lateralShearN(), 0)).append("</td><td>")
                    .append(fmt(l.idpMPa(), 2)).append("</td></tr>\n");
        }
        b.append("</table></div>\n");
        csvLink("tables/level-profile.csv", "the same at full precision");
    }

    void validation(Map<MuscleModelKind, WilkeValidation.Report> reports) {
        List<MuscleModelKind> kinds = new ArrayList<>(reports.keySet());
        List<WilkeValidation.Row> first = reports.get(kinds.get(0)).rows();
        b.append("<p>Intradiscal pressure at L4-L5, measured by Wilke et al. (1999, Spine 24:755-762) and "
                + "predicted with each muscle model for that volunteer as published (male, 1.68 m, 70 kg, "
                + "45 y, L4-L5 disc area 1,800 mm²; the activity's posture, the mass in both hands). Error = predicted - "
                + "measured; band = the factor band of the figure (Nachemson factor 1.5-1.7 with the subject's disc "
                + "area).</p>\n<div class=\"scroll\"><table>\n<tr><th class=\"l\">activity</th>"
                + "<th>load (kg)</th><th>measured (MPa)</th>");
        for (MuscleModelKind k : kinds) {
            b.append("<th>").append(esc(k.id())).append(" (MPa)</th><th>band (MPa)</th><th>error (MPa)</th>");
        }
        b.append("</tr>\n");
        for (int i = 0; i < first.size(); i++) {
            Wilke1999.Measurement m = first.get(i).measurement();
            b.append("<tr><td class=\"l\">").append(esc(m.activity())).append("</td><td>")
                    .append(fmt(m.loadKg(), 0)).append("</td><td>").append(fmt(m.idpMPa(), 2)).append("</td>");
            for (MuscleModelKind k : kinds) {
                WilkeValidation.Row r = reports.get(k).rows().get(i);
                if (r.status() == WilkeValidation.Status.OK) {
                    b.append("<td>").append(fmt(r.predictedIdpMPa(), 2)).append("</td><td>")
                            .append(Double.isFinite(r.idpLowMPa()) ? fmt(r.idpLowMPa(), 2) + "-" + fmt(r.idpHighMPa(), 2)
                                    : "-").append("</td><td>")
                            .append(signed(r.errorMPa(), 2)).append("</td>");
                } else {
                    String why = r.status() == WilkeValidation.Status.FAILED ? "not solvable (hollow in the figure)"
                            : "not modelled";
                    b.append("<td colspan=\"3\" class=\"l\">").append(why).append("</td>");
                }
            }
            b.append("</tr>\n");
        }
        b.append("<tr class=\"sum\"><td class=\"l\" colspan=\"3\">RMSE (MPa) / mean abs. ratio error (% of "
                + "standing) / n</td>");
        for (MuscleModelKind k : kinds) {
            WilkeValidation.Report r = reports.get(k);
            b.append("<td colspan=\"3\">").append(fmt(r.rmseIdpMPa(), 2)).append(" / ")
                    .append(fmt(r.ratioMaePct(), 0)).append(" % / ").append(r.n()).append("</td>");
        }
        b.append("</tr>\n</table></div>\n");
        csvLink("tables/validation.csv", "every row for both muscle models, with the ratios to standing");
        b.append("<p class=\"note\">Read this honestly. ");
        for (MuscleModelKind k : kinds) {
            b.append(esc(k.id())).append(" muscles: ").append(esc(errorSummary(reports.get(k)))).append(" ");
        }
        b.append("The model misses the measured targets for the loaded tasks (lifting and holding "
                + fmt(LOAD_KG, 0) + " kg) by far more than a measurement's scatter: it predicts "
                + loadedDirection(reports) + " there, so use it to compare postures with each other, not as an absolute "
                + "number. The measurements come from one volunteer. The night rows are predicted by the "
                + "time-dependent disc through the built-in day (see ./lumbosim day): it predicts the rise "
                + "of the pressure overnight but under-predicts its size.</p>\n");
    }

    /**
     * The table of the other in vivo data sets beside the validation figure: each row's published
     * percentage and each muscle model's prediction and error, and each set's mean error.
     *
     * @param runs one validation run per muscle model
     */
    void otherSets(List<ValidationFigure.ModelRun> runs) {
        b.append("<p>The other in vivo data sets that <code>./lumbosim validate</code> compares (right panel of the "
                + "figure): each a ratio between two postures in % (error = distance in percentage points to the "
                + "published value or range).</p>\n<div class=\"scroll\"><table>\n<tr><th class=\"l\">set</th>"
                + "<th class=\"l\">activity</th><th>level</th><th>published (%)</th>");
        for (ValidationFigure.ModelRun run : runs) {
            b.append("<th>").append(esc(run.kind().id())).append(" (%)</th><th>error (pp)</th>");
        }
        b.append("</tr>\n");
        List<InVivoValidation.SetReport> first = runs.get(0).sets();
        for (int s = 0; s < first.size(); s++) {
            for (int i = 0; i < first.get(s).rows().size(); i++) {
                InVivoRatios.Comparison c = first.get(s).rows().get(i).comparison();
                b.append("<tr><td class=\"l\">").append(esc(ValidationFigure.SET_LABELS.getOrDefault(c.setId(),
                        c.setId()))).append("</td><td class=\"l\">").append(esc(c.activity())).append("</td><td class=\"nw\">")
                        .append(c.level().label()).append("</td><td>").append(esc(c.publishedText())).append("</td>");
                for (ValidationFigure.ModelRun run : runs) {
                    InVivoValidation.Row r = run.sets().get(s).rows().get(i);
                    if (r.status() == WilkeValidation.Status.OK) {
                        b.append("<td>").append(fmt(r.predictedPct(), 0)).append("</td><td>")
                                .append(signed(r.errorPct(), 0)).append("</td>");
                    } else {
                        b.append("<td colspan=\"2\" class=\"l\">").append(r.status() == WilkeValidation.Status.FAILED
                                ? "not solvable (hollow in the figure)" : "not modelled").append("</td>");
                    }
                }
                b.append("</tr>\n");
            }
            b.append("<tr class=\"sum\"><td class=\"l\" colspan=\"4\">")
                    .append(esc(ValidationFigure.SET_LABELS.getOrDefault(first.get(s).setId(), first.get(s).setId())))
                    .append(": mean |error| (pp) / agree / n</td>");
            for (ValidationFigure.ModelRun run : runs) {
                InVivoValidation.SetReport set = run.sets().get(s);
                b.append("<td colspan=\"2\">").append(set.n() == 0 ? "-" : fmt(set.ratioMaePct(), 1)).append(" / ")
                        .append(set.agree()).append(" / ").append(set.n()).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table></div>\n");
    }

    /**
     * @return whether the loaded rows' mean error is positive ("too much pressure"), negative ("too
     *     little pressure") or differs in sign between the muscle models
     */
    private static String loadedDirection(Map<MuscleModelKind, WilkeValidation.Report> reports) {
        int over = 0;
        int under = 0;
        for (WilkeValidation.Report r : reports.values()) {
            double sum = r.rows().stream().filter(x -> x.status() == WilkeValidation.Status.OK
                    && x.measurement().loadKg() > 0).mapToDouble(WilkeValidation.Row::errorMPa).sum();
            over += sum > 0 ? 1 : 0;
            under += sum < 0 ? 1 : 0;
        }
        return over > 0 && under == 0 ? "too much pressure" : under > 0 && over == 0 ? "too little pressure"
                : "too much pressure with one muscle model and too little with another";
    }

    /** @return {@code v} with its sign and {@code decimals} decimals, "0" when it rounds to zero (never "-0") */
    static String signed(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%+." + decimals + "f", v);
        return s.matches("[+-]0(\\.0*)?") ? s.substring(1) : s;
    }

    /**
     * The numbers of the percent-of-standing chart.
     *
     * @param rows its postures
     */
    void percentTable(List<ClaimsFigure.PercentRow> rows) {
        b.append("<div class=\"scroll\"><table>\n<tr><th class=\"l\">posture</th><th>Nachemson's figure (%)</th>"
                + "<th>Wilke 1999 (%)</th><th>model (%)</th></tr>\n");
        for (ClaimsFigure.PercentRow r : rows) {
            b.append("<tr><td class=\"l\">").append(esc(r.posture())).append("</td><td>").append(pct(r.nachemsonPct()))
                    .append("</td><td>").append(pct(r.wilkePct())).append("</td><td>").append(pct(r.modelPct()))
                    .append("</td></tr>\n");
        }
        b.append("</table></div>\n");
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : fmt(v, 0);
    }

    /** Errors of the unloaded and loaded rows of one report, in words. */
    private static String errorSummary(WilkeValidation.Report report) {
        StringBuilder s = new StringBuilder();
        for (boolean loaded : new boolean[] {false, true}) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double pct = 0;
            int n = 0;
            for (WilkeValidation.Row r : report.rows()) {
                if (r.status() == WilkeValidation.Status.OK && (r.measurement().loadKg() > 0) == loaded) {
                    lo = Math.min(lo, r.errorMPa());
                    hi = Math.max(hi, r.errorMPa());
                    pct = Math.max(pct, Math.abs(r.errorMPa()) / r.measurement().idpMPa() * 100);
                    n++;
                }
            }
            s.append(loaded ? "; loaded tasks " : "unloaded activities ");
            s.append(n == 0 ? "none solved" : "error " + String.format(Locale.ROOT, "%+.2f", lo) + " to "
                    + String.format(Locale.ROOT, "%+.2f", hi) + " MPa (up to " + fmt(pct, 0) + " % of the "
                    + "measured value)");
        }
        if (report.failed() > 0) {
            s.append("; ").append(report.failed()).append(" row(s) not solvable");
        }
        return s.append(".").toString();
    }

    /** The sources cited in the report's figures and tables. */
    static final List<String> REFERENCES = List.of(
            "NIOSH (1981). Work Practices Guide for Manual Lifting. DHHS (NIOSH) Publication 81-122. "
                    + "Compression action limit and maximum permissible limit.",
            "Gallagher S, Marras WS (2012). Tolerance of the lumbar spine to shear: a review and recommended "
                    + "exposure limits. Clinical Biomechanics 27(10):973-978. AP shear limits.",
            "Wilke H-J, Neef P, Caimi M, Hoogland T, Claes LE (1999). New in vivo measurements of pressures in "
                    + "the intervertebral disc in daily life. Spine 24(8):755-762. L4-L5 pressures of one volunteer.",
            "Wilke H-J, Neef P, Hinz B, Seidel H, Claes L (2001). Intradiscal pressure together with anthropometric "
                    + "data: a data set for the validation of models. Clinical Biomechanics 16 Suppl 1:S111-S126. "
                    + "Same volunteer; read from the AnyBody AMMR validation sheet (secondary).",
            "Nachemson AL (1981). Disc pressure measurements. Spine 6(1):93-97. Pressures in % of standing "
                    + "(abstract).",
            "Nachemson A (1976). The lumbar spine, an orthopaedic challenge. Spine 1(1):59-71. The relative-load "
                    + "figure usually attributed to it (read from secondary pages; unverified).",
            "Dreischarf M et al. (2015) J Biomech doi:10.1016/j.jbiomech.2015.01.007; Dreischarf M et al. (2016) "
                    + "J Biomech 49(6):890-895; Rohlmann A et al. (2014) Ergonomics doi:10.1080/00140139.2014.887789. "
                    + "Telemetered vertebral body replacements (abstracts).",
            "Nachemson AL (1959). Measurement of intradiscal pressure. Acta Orthop Scand 28:269-289. The pressure "
                    + "factor 1.5-1.7 of the uncertainty band (Table 5; secondary).",
            "Clouthier et al. (2023): vertebral endplate areas of 87 adults, read from the authors' model file "
                    + "(the project's DiscAreaConstants). The spread of the disc area in the band.",
            "Axler CT, McGill SM (1997). Low back loads over a variety of abdominal exercises. Med Sci Sports "
                    + "Exerc 29(6):804-811. The sit-up claim's about 3,300 N, a model estimate (as commonly quoted; "
                    + "unverified).");

    void references() {
        b.append("\n<h2 id=\"references\">References</h2>\n<ol class=\"refs\">\n");
        for (String r : REFERENCES) {
            b.append("<li>").append(esc(r)).append("</li>\n");
        }
        b.append("</ol>\n");
    }

    void footer(List<DemoReport.Figure> figures) {
        b.append("\n<h2 id=\"files\">Files</h2>\n<p>Every figure as PNG and SVG (for slides) in the folder "
                + "<code>figures/</code>; all figures in one PDF, one page each: <a href=\"")
                .append(FIGURES).append('/').append(ALL_FIGURES_PDF).append("\">").append(FIGURES).append('/')
                .append(ALL_FIGURES_PDF).append("</a>; the numbers as CSV in the folder <code>tables/</code>."
                        + "</p>\n<p class=\"files\">");
        for (DemoReport.Figure f : figures) {
            b.append(f.name()).append(": <a href=\"").append(FIGURES).append('/').append(f.name())
                    .append(".png\">PNG</a> <a href=\"").append(FIGURES).append('/').append(f.name())
                    .append(".svg\">SVG</a><br>\n");
        }
        b.append("</p>\n<p class=\"files\">Made with lumbosim: <code>./lumbosim demo</code>. Model, sources and "
                + "limits: see the project README.</p>\n</body>\n</html>\n");
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
