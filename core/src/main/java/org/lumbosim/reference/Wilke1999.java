package org.lumbosim.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Checks;
import org.lumbosim.model.DiscAreaConstants;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;

/**
 * In vivo intradiscal pressure at L4-L5 of one healthy male volunteer (45 years, 70 kg): Wilke HJ,
 * Neef P, Caimi M, Hoogland T, Claes LE (1999), "New in vivo measurements of pressures in the
 * intervertebral disc in daily life", Spine 24(8):755-762. Values from the abstract; the supine row
 * was read as a percentage of relaxed standing from a secondary chart (see the resource
 * {@code wilke1999_idp.csv}, copied from the project's shared reference data with its notes).
 * Each row carries the posture of the subject in the activity where a source shows it: the
 * photographs of Wilke et al. (2001), Clin Biomech 16 Suppl 1:S111-S126 (Figs 3b, 3d, 4a, 6b; the same
 * subject) and the poses AnyBody AMMR gives the same activities (github AnyBody/ammr @ef387217,
 * Application/Validation/WilkeSpinalDiscPressure/&lt;activity&gt;/Mannequin.any, a model's
 * interpretation), combined by one rule stated in the resource's header; the other rows use the
 * preset, marked as this model's choice.
 */
public final class Wilke1999 {
    private Wilke1999() {
    }

    /** Body mass of the volunteer (kg): 70 kg, abstract. */
    public static final double SUBJECT_BODY_MASS_KG = 70;
    /** Age of the volunteer (years): 45, abstract. */
    public static final double SUBJECT_AGE_YEARS = 45;

    /**
     * The volunteer as published: male, 45 years, 70 kg (abstract), 1.68 m (p. 756, secondary quote;
     * {@link DiscAreaConstants#WILKE_SUBJECT_STATURE_M}).
     *
     * @return the subject
     */
    public static Subject subject() {
        return new Subject(Sex.MALE, DiscAreaConstants.WILKE_SUBJECT_STATURE_M, SUBJECT_BODY_MASS_KG, SUBJECT_AGE_YEARS);
    }

    /**
     * The default model of the volunteer with his published L4-L5 disc area, 1800 mm² (p. 756,
     * secondary quote; {@link DiscAreaConstants#WILKE_SUBJECT_DISC_AREA_L4_L5_MM2}), given explicitly
     * rather than derived from his stature: single-equivalent muscles, squared-stress recruitment.
     *
     * @return the model of {@link #subject()}
     */
    public static LumbarModel subjectModel() {
        return LumbarModel.of(subject()).withDiscAreaMm2(SpinalLevel.L4_L5,
                DiscAreaConstants.WILKE_SUBJECT_DISC_AREA_L4_L5_MM2);
    }

    /** The id of the relaxed-standing row, the denominator of load ratios. */
    public static final String STANDING_ID = "standing_relaxed";

    /**
     * One measurement.
     *
     * @param id row identifier
     * @param activity the activity, in words
     * @param loadKg mass held (kg)
     * @param idpMPa measured intradiscal pressure at L4-L5 (MPa)
     * @param confidence where the value was read ("abstract", "secondary ...")
     * @param preset the posture preset named after the activity; empty for the night rows, which
     *     need the time-dependent disc
     * @param posture the posture of Wilke's subject in the activity, the one the validation solves
     *     (the preset's, or the preset with the angles of the source; see {@link #postureFromSource});
     *     empty for the night rows
     * @param postureFromSource whether the angles that set the lumbar load come from the source
     *     (the published photographs of the subject and AnyBody AMMR's poses of them) rather than
     *     from this model's choice
     * @param postureNote where each angle comes from, in words
     */
    public record Measurement(String id, String activity, double loadKg, double idpMPa, String confidence,
                              Optional<PosturePreset> preset, Optional<Posture> posture, boolean postureFromSource,
                              String postureNote) {
        /** Checks that every object component is given. */
        public Measurement {
            Checks.given(id, "id");
            Checks.given(activity, "activity");
            Checks.given(confidence, "confidence");
            Checks.given(preset, "preset");
            Checks.given(posture, "posture");
            Checks.given(postureNote, "postureNote");
        }
    }

    private static final String RESOURCE = "wilke1999_idp.csv";
    /** id, activity, load_kg, idp_mpa, posture, posture_from, posture_note, confidence (may hold commas). */
    private static final int COLUMNS = 8;
    private static final List<Measurement> ROWS = load();

    /** @return every row, in the order of the source table */
    public static List<Measurement> measurements() {
        return ROWS;
    }

    /** @return the measured pressure in relaxed standing (MPa) */
    public static double standingIdpMPa() {
        for (Measurement m : ROWS) {
            if (m.id().equals(STANDING_ID)) {
                return m.idpMPa();
            }
        }
        throw new IllegalStateException("no " + STANDING_ID + " row in wilke1999_idp.csv");
    }

    private static List<Measurement> load() {
        try (InputStream in = Wilke1999.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource wilke1999_idp.csv is missing from the core jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Measurement> out = new ArrayList<>();
            boolean header = true;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split(",", COLUMNS);
                String id = c[0];
                Optional<Posture> posture = c[4].isEmpty() ? Optional.empty()
                        : Optional.of(PostureSpec.parse(c[4], RESOURCE));
                out.add(new Measurement(id, c[1], Double.parseDouble(c[2]), Double.parseDouble(c[3]), c[7], presetFor(id),
                        posture, postureFrom(c[5], id), c[6]));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean postureFrom(String text, String id) {
        return switch (text) {
            case "source" -> true;
            case "ours" -> false;
            default -> throw new IllegalStateException(RESOURCE + ": posture_from of " + id + " is \"" + text
                    + "\", not source or ours");
        };
    }

    private static Optional<PosturePreset> presetFor(String id) {
        if (id.startsWith("night_")) {
            return Optional.empty();
        }
        String presetId = id.replace("_20kg", "");
        return Optional.of(PosturePreset.ofId(presetId));
    }
}
