package org.lumbosim.viz.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.internal.Checks;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.InVivoRatios;
import org.lumbosim.reference.InVivoValidation;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeValidation;
import org.lumbosim.viz.ClaimsFigure;

/**
 * The back-care claims, in one place: each claim's words and source ({@link #statements()}), and the numbers
 * of the demo report's claims figure ({@link #claims}), each with its in vivo value and the model's, which
 * {@code example ClaimsVersusModel} prints too; and the rows of the percent-of-standing chart. Every model
 * number is computed here from the model given; the in vivo numbers come from {@link Wilke1999} and
 * {@link InVivoRatios}. Until the twelfth session the example kept its own three claims (its sit-up claim
 * "more than any other core exercise", compared at L5-S1) beside the figure's four (the sit-up's 3,300 N
 * at L4-L5).
 */
public final class Claims {
    private Claims() {
    }

    private static final double PERCENT = 100;

    /**
     * Where the sit-up claim's number comes from: McGill's EMG-assisted model estimates of L4-L5
     * compression in sit-ups (about 3,300 N in Axler CT, McGill SM (1997) Med Sci Sports Exerc
     * 29(6):804-811, as commonly quoted; secondary, UNVERIFIED here). A model's estimate, not an in vivo
     * measurement.
     */
    public static final double SIT_UP_CLAIM_N = 3300;
    /** The slouched-sitting claim: 40 % more than standing, i.e. 140 % of it (the examples' wording). */
    public static final double SLOUCH_CLAIM_PCT = 140;

    /**
     * A claim as it is heard, and where it comes from.
     *
     * @param text the claim
     * @param source where it comes from, and how it was read
     */
    public record Statement(String text, String source) {
        /** Checks that both are given. */
        public Statement {
            Checks.given(text, "text");
            Checks.given(source, "source");
        }
    }

    /** Slouched sitting, 40 % above standing. */
    public static final Statement SLOUCHED_SITTING = new Statement(
            "Slouched sitting raises disc pressure by 40 % over standing",
            "140 % of standing is Nachemson's unsupported sitting (Nachemson 1981, Spine 6(1):93-97, abstract)");
    /** Prone on the elbows. */
    public static final Statement PRONE_ON_ELBOWS = new Statement("Lying prone on the elbows unloads the disc",
            "common back-care advice; no number claimed");
    /** The sit-up's load ({@link #SIT_UP_CLAIM_N}, at L4-L5). */
    public static final Statement SIT_UP = new Statement("A sit-up loads the L4-L5 disc with about 3,300 N",
            "McGill's model estimate as commonly quoted (Axler and McGill 1997; secondary, unverified)");
    /** The discs' swelling at night. */
    public static final Statement OVERNIGHT = new Statement(
            "Discs swell overnight: the pressure lying down rises through the night",
            "the issue's seed; Wilke et al. (1999)'s night rows");

    /** @return every claim, in reading order: the figure's panels and the example's paragraphs */
    public static List<Statement> statements() {
        return List.of(SLOUCHED_SITTING, PRONE_ON_ELBOWS, SIT_UP, OVERNIGHT);
    }

    /**
     * @param model the subject's model (the demo report: Wilke et al. (1999)'s volunteer)
     * @param wilke its Wilke validation (night rows included; {@code WilkeValidation.run(model)})
     * @return the claims of {@link #statements()}, in that order, each at L4-L5 (the level of Wilke's
     *     values and of the sit-up's number)
     */
    public static List<ClaimsFigure.Claim> claims(LumbarModel model, WilkeValidation.Report wilke) {
        Checks.given(model, "model");
        Checks.given(wilke, "wilke");
        double stand = idp(model, PosturePreset.STANDING_RELAXED);
        double standMeasured = Wilke1999.standingIdpMPa();
        List<ClaimsFigure.Claim> out = new ArrayList<>();
        out.add(new ClaimsFigure.Claim(SLOUCHED_SITTING.text(), SLOUCHED_SITTING.source(),
                "L4-L5 IDP (% of standing)", SLOUCH_CLAIM_PCT, PERCENT, "relaxed standing",
                PERCENT * measured("sitting_slouched") / standMeasured, "Wilke 1999: slouched sitting",
                PERCENT * idp(model, PosturePreset.SITTING_SLOUCHED) / stand, "model: slouched sitting"));
        out.add(new ClaimsFigure.Claim(PRONE_ON_ELBOWS.text(), PRONE_ON_ELBOWS.source(), "L4-L5 IDP (% of standing)",
                Double.NaN, PERCENT, "relaxed standing", PERCENT * measured("lying_prone") / standMeasured,
                "Wilke 1999: lying prone flat (on the elbows not measured)",
                PERCENT * idp(model, PosturePreset.PRONE_ON_ELBOWS) / stand, "model: prone on the elbows"));
        double standN = compressionN(model, PosturePreset.STANDING_RELAXED);
        out.add(new ClaimsFigure.Claim(SIT_UP.text(), SIT_UP.source(),
                "L4-L5 compression (N)", SIT_UP_CLAIM_N, standN, "model: relaxed standing", Double.NaN, "",
                compressionN(model, PosturePreset.SIT_UP), "model: sit-up"));
        out.add(new ClaimsFigure.Claim(OVERNIGHT.text(), OVERNIGHT.source(), "L4-L5 IDP after 7 h (% of the night's start)",
                Double.NaN, PERCENT, "start of the night",
                PERCENT * measured("night_end") / measured("night_start"), "Wilke 1999: 7 h into the night",
                PERCENT * predicted(wilke, "night_end") / predicted(wilke, "night_start"),
                "model: time-dependent disc"));
        return List.copyOf(out);
    }

    /** Nachemson's figure's rows and Wilke et al. (1999)'s nearest activity (the pairs Wilke 1999 discusses). */
    private static final Map<String, String> WILKE_OF_NACHEMSON = Map.of("lying_supine", "lying_supine",
            "lying_side", "lying_side", "sitting_upright", "sitting_unsupported", "standing_leaning", "standing_flexed",
            "sitting_leaning", "sitting_max_flexion");

    /**
     * @param set the model's report of Nachemson's figure ({@code nachemson1976fig})
     * @return relaxed standing, then every posture of Nachemson's figure with the figure's value, Wilke
     *     et al. (1999)'s nearest activity (NaN where none) and the model's percentage (NaN where not solved)
     */
    static List<ClaimsFigure.PercentRow> percentOfStanding(InVivoValidation.SetReport set) {
        List<ClaimsFigure.PercentRow> rows = new ArrayList<>();
        rows.add(new ClaimsFigure.PercentRow("standing", PERCENT, PERCENT, PERCENT));
        for (InVivoValidation.Row r : set.rows()) {
            InVivoRatios.Comparison c = r.comparison();
            String w = WILKE_OF_NACHEMSON.get(c.id());
            rows.add(new ClaimsFigure.PercentRow(c.activity(), c.publishedMinPct(),
                    w == null ? Double.NaN : PERCENT * measured(w) / Wilke1999.standingIdpMPa(),
                    r.status() == WilkeValidation.Status.OK ? r.predictedPct() : Double.NaN));
        }
        rows.sort((a, b) -> Double.compare(a.nachemsonPct(), b.nachemsonPct()));
        return List.copyOf(rows);
    }

    /** @return the Wilke activity paired with each Nachemson posture, in words, for the caption */
    static String pairs() {
        List<String> p = new ArrayList<>();
        for (InVivoRatios.Comparison c : InVivoRatios.comparisons()) {
            String w = WILKE_OF_NACHEMSON.get(c.id());
            if (c.setId().equals("nachemson1976fig") && w != null) {
                p.add(c.activity() + " = " + activity(w));
            }
        }
        return String.join("; ", p);
    }

    private static String activity(String wilkeId) {
        return Wilke1999.measurements().stream().filter(m -> m.id().equals(wilkeId)).findFirst().orElseThrow()
                .activity();
    }

    /** @return the L4-L5 pressure (MPa) of a preset without load; NaN when the model cannot solve it */
    private static double idp(LumbarModel model, PosturePreset p) {
        try {
            return Lumbosim.analyze(model, p.posture(), List.of()).level(SpinalLevel.L4_L5).idpMPa();
        } catch (LumbosimException e) {
            return Double.NaN;
        }
    }

    /** @return the L4-L5 compression (N) of a preset without load; NaN when the model cannot solve it */
    private static double compressionN(LumbarModel model, PosturePreset p) {
        try {
            return Lumbosim.analyze(model, p.posture(), List.of()).level(SpinalLevel.L4_L5).compressionN();
        } catch (LumbosimException e) {
            return Double.NaN;
        }
    }

    private static double measured(String id) {
        return Wilke1999.measurements().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().idpMPa();
    }

    private static double predicted(WilkeValidation.Report report, String id) {
        return report.rows().stream().filter(r -> r.measurement().id().equals(id)).findFirst().orElseThrow()
                .predictedIdpMPa();
    }
}
