package org.lumbosim.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lumbosim.internal.Units;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Checks;

/**
 * The lumbar muscle anatomy of Christophy M, Faruk Senan NA, Lotz JC, O'Reilly OM (2012), "A
 * musculoskeletal model for the lumbar spine", Biomech Model Mechanobiol 11:19-34 (OpenSim model
 * {@code Lumbar_C_210}): 210 fascicles (105 per side) of longissimus thoracis pars lumborum and pars
 * thoracis, iliocostalis lumborum pars lumborum and pars thoracis, multifidus, quadratus lumborum,
 * psoas major, rectus abdominis, external and internal obliques.
 *
 * <p>Path points were read from MyoBack v0.1 (the MyoSuite MuJoCo conversion of {@code Lumbar_C_210},
 * repository MyoHub/myo_sim, {@code back/assets/myoback_body.xml}), whose body frames match the
 * OpenSim model exactly, and moved to this library's frame (origin at the L5-S1 joint centre). The
 * right side was transcribed and mirrored (z to -z) for the left. Wrapping surfaces were dropped
 * (straight lines between path points). PCSA = maximum isometric force / 46 N/cm² (the maximum
 * stress of Bogduk, Macintosh and Pearcy 1992, Spine 17:897-913); the forces are MyoBack's, which
 * may differ from the original model's. The resource {@code christophy2012_fascicles.csv} carries the
 * source on every row.
 *
 * <p>Scaling: coordinates by {@code statureM / 1.70}; PCSA by its square (geometric similarity).
 */
public final class Christophy2012Muscles {
    private Christophy2012Muscles() {
    }

    /** Stature of the model's subject (m). */
    public static final double REFERENCE_STATURE_M = 1.70;
    /** Specific tension used to turn the model's maximum forces into PCSA (N/m²): 46 N/cm². */
    public static final double SPECIFIC_TENSION_PA = 46e4;

    private static final List<Fascicle> NEUTRAL = load();

    /**
     * @param statureM subject's stature (m), within {@link Subject}'s range
     * @return the fascicles scaled to that stature
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code statureM} is outside that range or not finite
     *     (an infinite stature gave infinite path points)
     */
    public static List<Fascicle> fascicles(double statureM) {
        Checks.inRange("statureM", statureM, Subject.MIN_STATURE_M, Subject.MAX_STATURE_M, "m");
        return StatureScaling.fascicles(NEUTRAL, statureM / REFERENCE_STATURE_M);
    }

    private static List<Fascicle> load() {
        String res = "christophy2012_fascicles.csv";
        try (InputStream in = Christophy2012Muscles.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException("resource " + res + " is missing from the core jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, List<String[]>> rows = new LinkedHashMap<>();
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split(",", -1);
                rows.computeIfAbsent(c[0], x -> new ArrayList<>()).add(c);
            }
            List<Fascicle> out = new ArrayList<>();
            for (Map.Entry<String, List<String[]>> e : rows.entrySet()) {
                List<Fascicle.PathPoint> pts = new ArrayList<>();
                String[] first = e.getValue().get(0);
                for (String[] c : e.getValue()) {
                    pts.add(new Fascicle.PathPoint(body(c[4]), Double.parseDouble(c[5]),
                            Double.parseDouble(c[6]), Double.parseDouble(c[7])));
                }
                double pcsaCm2 = Double.parseDouble(first[8]);
                out.add(new Fascicle(e.getKey(), first[1], first[2], pts, pcsaCm2 * Units.M2_PER_CM2));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Fascicle.Body body(String name) {
        return switch (name) {
            case "pelvis" -> Fascicle.Body.PELVIS;
            case "L5" -> Fascicle.Body.L5;
            case "L4" -> Fascicle.Body.L4;
            case "L3" -> Fascicle.Body.L3;
            case "L2" -> Fascicle.Body.L2;
            case "L1" -> Fascicle.Body.L1;
            case "thorax" -> Fascicle.Body.THORAX;
            default -> throw new IllegalStateException("unknown body " + name + " in the fascicle table");
        };
    }
}
