package org.lumbosim.examples;

import java.util.List;
import java.util.Locale;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeValidation;
import org.lumbosim.viz.ClaimsFigure;
import org.lumbosim.viz.report.Claims;

/**
 * For educators: common back-care claims next to the model's answer and the in vivo data of Wilke
 * et al. (1999), Spine 24(8):755-762 (L4-L5 pressure, one volunteer). The claims, their sources and every
 * number come from {@link Claims#claims}, the list the demo report's claims figure draws, for the same
 * volunteer, at the same level (L4-L5). The model is never tuned to a claim; the verdicts are printed as
 * computed.
 */
public final class ClaimsVersusModel {
    private ClaimsVersusModel() {
    }

    /**
     * The rise of slouched-sitting over standing pressure that bears out the claimed +40 %: within 10
     * percentage points of it (a judgement of this example, not a published value).
     */
    static final double CLAIMED_RISE_BORNE_OUT = 0.3;

    /**
     * The share of a claimed load the model must reach to bear it out: 75 %, a model's answer within a quarter
     * below the claimed load (a judgement of this example, as {@link #CLAIMED_RISE_BORNE_OUT} is, not a published
     * value; the sit-up's 3,300 N is itself a model's estimate). Used by the sit-up's verdict; an answer above the
     * claim bears it out too.
     */
    static final double CLAIMED_LOAD_BORNE_OUT = 0.75;

    /**
     * Prints the claims table.
     *
     * @param args options: only {@code --help}, which prints the usage
     * @throws IllegalArgumentException naming an unknown option
     */
    public static void main(String[] args) {
        if (!new ExampleArgs("ClaimsVersusModel", "Published claims about disc loads versus the model's numbers.")
                .parse(args, System.out)) {
            return;
        }
        LumbarModel m = Wilke1999.subjectModel();
        List<ClaimsFigure.Claim> claims = Claims.claims(m, WilkeValidation.run(m));
        System.out.println("Claims versus the model (Wilke et al. (1999)'s volunteer, single-equivalent muscles, L4-L5;"
                + " the demo report's claims figure)");
        System.out.println("In vivo: Wilke HJ et al. (1999) Spine 24(8):755-762, one 45-year-old man, L4-L5 pressure.");
        System.out.println();
        for (ClaimsFigure.Claim c : claims) {
            System.out.println("Claim:   " + c.claim() + ".");
            System.out.println("Source:  " + c.claimSource());
            System.out.println("Measure: " + c.unit());
            System.out.println("Model:   " + c.modelLabel().replaceFirst("^model: ", "") + " " + value(c, c.model())
                    + (c.referenceLabel().isEmpty() ? "" : " vs " + c.referenceLabel().replaceFirst("^model: ", "") + " "
                    + value(c, c.referenceLine())));
            System.out.println("In vivo: " + (Double.isNaN(c.inVivo()) ? "not measured by Wilke et al. (1999)"
                    : c.inVivoLabel().replaceFirst("^Wilke 1999: ", "") + " " + value(c, c.inVivo())));
            System.out.println("Verdict: " + verdict(c));
            System.out.println();
        }
    }

    /** @return the value in the claim's unit: {@code 1376 N} or {@code 96 %} */
    private static String value(ClaimsFigure.Claim c, double v) {
        return String.format(Locale.ROOT, c.unit().contains("(N)") ? "%.0f N" : "%.0f %%", v);
    }

    /** @return whether the model (and the in vivo data, where measured) bear the claim out, and why */
    static String verdict(ClaimsFigure.Claim c) {
        if (c.claim().equals(Claims.SLOUCHED_SITTING.text())) {
            return riseVerdict(c.model() / c.referenceLine() - 1, c.inVivo() / c.referenceLine() - 1);
        }
        if (c.claim().equals(Claims.SIT_UP.text())) {
            boolean borne = c.model() >= CLAIMED_LOAD_BORNE_OUT * c.claimed();
            return String.format(Locale.ROOT, "%.0f %% of the claimed %.0f N or more bears the claim out: the model %s it"
                    + " (%.0f N, %.0f %%; a static mid-point, the feet taken as held)", 100 * CLAIMED_LOAD_BORNE_OUT,
                    c.claimed(), borne ? "supports" : "contradicts", c.model(), 100 * c.model() / c.claimed());
        }
        // a direction: "unloads" is below the reference, "rises" above it
        boolean below = c.claim().contains("unloads");
        boolean model = below ? c.model() < c.referenceLine() : c.model() > c.referenceLine();
        String data = Double.isNaN(c.inVivo()) || c.inVivoLabel().contains("not measured") ? "" : (below ? c.inVivo() < c.referenceLine()
                : c.inVivo() > c.referenceLine()) == model ? ", and so do the in vivo data"
                : model ? ", the in vivo data contradict it" : ", the in vivo data support it";
        return "the model " + (model ? "supports" : "contradicts") + " the claim" + data;
    }

    /**
     * The verdict on the claimed rise of slouched sitting over standing: what bears the claim out, and
     * whether the model and the in vivo data each support or contradict the claim.
     *
     * @param modelRise the model's relative change, slouched over standing (0.1 = +10 %)
     * @param vivoRise the measured relative change
     * @return e.g. {@code "a rise of 30 % or more bears the claim out: the model contradicts it (-3 %), and
     *     so do the in vivo data (-40 %)"}
     */
    static String riseVerdict(double modelRise, double vivoRise) {
        boolean model = modelRise >= CLAIMED_RISE_BORNE_OUT;
        boolean vivo = vivoRise >= CLAIMED_RISE_BORNE_OUT;
        String data = model == vivo ? "and so do the in vivo data"
                : vivo ? "the in vivo data support it" : "the in vivo data contradict it";
        return String.format(Locale.ROOT, "a rise of %.0f %% or more bears the claim out: the model %s it (%+.0f %%), %s (%+.0f %%)",
                100 * CLAIMED_RISE_BORNE_OUT, model ? "supports" : "contradicts", 100 * modelRise, data, 100 * vivoRise);
    }
}
