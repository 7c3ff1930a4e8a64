package org.lumbosim.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;

/**
 * In vivo lumbar loads from sources other than {@link Wilke1999}, each a comparison between two
 * postures (a ratio, a change or a ratio of increases), in the resource {@code in_vivo_ratios.csv}
 * (copied from the project's shared reference data; its header names every source and how each
 * value was read). The data sets: Nachemson AL (1981), Spine 6(1):93-97, abstract
 * ({@code nachemson1981}); the relative-load figure attributed to Nachemson A (1976), Spine
 * 1(1):59-71, secondary and unverified ({@code nachemson1976fig}); telemeterised vertebral body
 * replacements of Rohlmann, Dreischarf et al. ({@code vbr}: an implant's share of the load, so
 * ratios only); Wilke et al. (2001), Clin Biomech 16 Suppl 1:S111-S126, the same subject as Wilke
 * et al. (1999) ({@code wilke2001}); Rohlmann A, Dreischarf M, Zander T, Graichen F, Bergmann G (2011),
 * "Parameters affecting spinal loads during sitting", Spine Journal Meeting Abstracts, October 2011, the
 * same implants while sitting: backrest, arms on the thighs, upper-body inclination ({@code rohlmann2011};
 * ratios only).
 */
public final class InVivoRatios {
    private InVivoRatios() {
    }

    /** Which model output a comparison uses. */
    public enum Quantity {
        /** Intradiscal pressure (MPa). */
        IDP,
        /** Disc compression (N). */
        COMPRESSION
    }

    /** How the two (or three) postures of a comparison are combined into one percentage. */
    public enum Measure {
        /** {@code 100 case / reference}: percent of the reference. */
        RATIO,
        /** {@code 100 |case / reference - 1|}: the size of the difference, direction not published. */
        ABS_CHANGE,
        /** {@code 100 (case - base) / (reference - base)}: one increase over the base as a percent of another. */
        INCREASE_RATIO
    }

    /**
     * A posture with a load held in both hands.
     *
     * @param spec the posture as written in the resource (preset id or {@code flexed(<deg>)}, then
     *     {@code &<angle>=<deg>} overrides)
     * @param posture the posture
     * @param loadKg the mass held in both hands (kg)
     * @param loadAheadOfGripsM how far the load's mass centre is in front of the midpoint of the two
     *     grip points (m, global anterior axis; 0 = at the grips, the default), for a held object whose
     *     mass centre the source shows ahead of the hands (written {@code <kg>&ahead=<m>} in the
     *     resource)
     */
    public record Case(String spec, Posture posture, double loadKg, double loadAheadOfGripsM) {
        /**
         * Checks the load's mass and place.
         *
         * @throws org.lumbosim.ParameterOutOfRangeException if {@code loadKg} is outside
         *     [0, {@link HandLoad#MAX_MASS_KG}] or {@code loadAheadOfGripsM} is not a finite number
         */
        public Case {
            Checks.given(spec, "spec");
            Checks.given(posture, "posture");
            Checks.inRange("loadKg", loadKg, 0, HandLoad.MAX_MASS_KG, "kg");
            Checks.finite("loadAheadOfGripsM", loadAheadOfGripsM, "m");
        }
    }

    /**
     * One published comparison.
     *
     * @param setId the data set, e.g. {@code nachemson1981}
     * @param id row identifier, unique within its set
     * @param activity the activity, in words
     * @param level the disc level compared
     * @param quantity the model output compared
     * @param measure how the cases are combined
     * @param caseOf the posture measured; empty when no posture of the model represents it
     * @param reference the posture the case is compared with; empty when {@code caseOf} is
     * @param base the common baseline of an {@link Measure#INCREASE_RATIO}; empty otherwise
     * @param publishedMinPct the published value, or the low end of a published range (percent)
     * @param publishedMaxPct the high end of the range (equal to the minimum for a single value;
     *     positive infinity for a lower bound)
     * @param publishedMPa the published pressure of the case (MPa); NaN when the source gives none
     * @param provenance how the value was read (tags ABSTRACT, SECONDARY, UNVERIFIED, APPROX, DERIVED)
     * @param postureSource where the posture comes from ("posture ours" when the source gives no angles)
     */
    public record Comparison(String setId, String id, String activity, SpinalLevel level, Quantity quantity,
                             Measure measure, Optional<Case> caseOf, Optional<Case> reference, Optional<Case> base,
                             double publishedMinPct, double publishedMaxPct, double publishedMPa, String provenance,
                             String postureSource) {
        /** Checks that every object component is given. */
        public Comparison {
            Checks.given(setId, "setId");
            Checks.given(id, "id");
            Checks.given(activity, "activity");
            Checks.given(level, "level");
            Checks.given(quantity, "quantity");
            Checks.given(measure, "measure");
            Checks.given(caseOf, "caseOf");
            Checks.given(reference, "reference");
            Checks.given(base, "base");
            Checks.given(provenance, "provenance");
            Checks.given(postureSource, "postureSource");
        }

        /** @return the published value as text: {@code 140}, {@code 20-50} or {@code >=200} */
        public String publishedText() {
            if (publishedMaxPct == Double.POSITIVE_INFINITY) {
                return ">=" + number(publishedMinPct);
            }
            return publishedMinPct == publishedMaxPct ? number(publishedMinPct)
                    : number(publishedMinPct) + "-" + number(publishedMaxPct);
        }

        private static String number(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }

    private static final java.util.Map<String, String> TITLES = java.util.Map.of(
            "nachemson1981", "Nachemson AL (1981) Spine 6(1):93-97, abstract: pressure as % of standing (L3 as usually cited; compared at L3-L4)",
            "nachemson1976fig", "Nachemson's relative-load figure (attributed to Nachemson 1976, Spine 1:59-71): SECONDARY, UNVERIFIED; L3-L4",
            "vbr", "Telemeterised vertebral body replacements (Rohlmann, Dreischarf et al.; implant at L1 in 4 of 5): compression ratios at L1-L2",
            "wilke2001", "Wilke et al. (2001) Clin Biomech 16 Suppl 1:S111 (same subject as Wilke 1999, not independent): L4-L5, SECONDARY",
            "rohlmann2011", "Rohlmann et al. (2011) Spine J meeting abstract, sitting on telemeterised vertebral body replacements (implant at L1 in 4 of 5): compression ratios at L1-L2, ABSTRACT");

    /**
     * @param setId a data set identifier of {@link #setIds()}
     * @return its source and comparison in one line
     */
    public static String title(String setId) {
        Checks.given(setId, "setId", "a data set id is needed (InVivoRatios.setIds())");
        String t = TITLES.get(setId);
        if (t == null) {
            throw new IllegalArgumentException("no data set \"" + setId + "\"; one of " + setIds());
        }
        return t;
    }

    private static final String RESOURCE = "in_vivo_ratios.csv";
    private static final int COLUMNS = 17;
    private static final List<Comparison> ROWS = load();

    /** @return every comparison, in the order of the resource */
    public static List<Comparison> comparisons() {
        return ROWS;
    }

    /** @return the data set identifiers, in the order of the resource */
    public static List<String> setIds() {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (Comparison c : ROWS) {
            ids.add(c.setId());
        }
        return List.copyOf(ids);
    }

    private static List<Comparison> load() {
        try (InputStream in = InVivoRatios.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the core jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Comparison> out = new ArrayList<>();
            boolean header = true;
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                List<String> c = split(line);
                if (c.size() != COLUMNS) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": " + c.size() + " columns, expected " + COLUMNS);
                }
                out.add(row(c));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Comparison row(List<String> c) {
        Optional<Case> caseOf = caseOf(c.get(6), c.get(7));
        Optional<Case> reference = caseOf(c.get(8), c.get(9));
        Optional<Case> base = caseOf(c.get(10), c.get(11));
        double min = Double.parseDouble(c.get(12));
        double max = c.get(13).isEmpty() ? Double.POSITIVE_INFINITY : Double.parseDouble(c.get(13));
        double mpa = c.get(14).isEmpty() ? Double.NaN : Double.parseDouble(c.get(14));
        return new Comparison(c.get(0), c.get(1), c.get(2), SpinalLevel.ofLabel(c.get(3)),
                Quantity.valueOf(c.get(4).toUpperCase(Locale.ROOT)), Measure.valueOf(c.get(5).toUpperCase(Locale.ROOT)),
                caseOf, reference, base, min, max, mpa, c.get(15), c.get(16));
    }

    private static Optional<Case> caseOf(String spec, String load) {
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(caseOf(spec, load, RESOURCE));
    }

    private static final String AHEAD = "ahead=";

    /**
     * Reads one case: its posture text and its load text, {@code <kg>} (held at the grips) or
     * {@code <kg>&ahead=<m>} (its mass centre that far in front of the grips).
     *
     * @param spec the posture text ({@link PostureSpec})
     * @param load the load text
     * @param resource the resource it comes from, for messages
     * @return the case
     * @throws IllegalStateException naming the resource if the load text is neither form, holds a value
     *     that is not a finite number, or places no load ahead of the grips
     */
    static Case caseOf(String spec, String load, String resource) {
        Posture p = PostureSpec.parse(spec, resource);
        String[] parts = load.split("&", -1);
        double kg = number(parts[0], "the mass (kg)", load, resource);
        double ahead = 0;
        if (parts.length == 2 && parts[1].startsWith(AHEAD) && kg > 0) {
            ahead = number(parts[1].substring(AHEAD.length()), "the distance ahead of the grips (m)", load, resource);
        } else if (parts.length != 1) {
            throw new IllegalStateException(resource + ": load \"" + load + "\" is neither <kg> nor <kg>&ahead=<m> with a mass");
        }
        return new Case(spec, p, kg, ahead);
    }

    /**
     * @return {@code text} read as a finite number
     * @throws IllegalStateException naming the resource, the load text and {@code what} if it is not one
     */
    private static double number(String text, String what, String load, String resource) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(resource + ": load \"" + load + "\": " + what + " \"" + text
                    + "\" is not a number", e);
        }
        if (!Double.isFinite(v)) {
            throw new IllegalStateException(resource + ": load \"" + load + "\": " + what + " must be finite, was "
                    + v);
        }
        return v;
    }

    /** Splits one CSV line; a field may be double-quoted (then it may hold commas). */
    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(ch);
            }
        }
        out.add(f.toString());
        return out;
    }
}
