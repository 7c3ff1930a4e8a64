package org.lumbosim.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The passive (parallel elastic) force-length law of the lumbar fascicles and its per-fascicle
 * parameters, from MyoBack v0.1, the MuJoCo conversion of Christophy et al. (2012)'s OpenSim model
 * {@code Lumbar_C_210} by the MyoSuite team (repository MyoHub/myo_sim, file
 * {@code back/assets/myoback_assets.xml} at commit 6a6f4dd49b1905f0af702a18fb94fc7a04dfdd99, Apache
 * License 2.0; the file the fascicle forces of {@link Christophy2012Muscles} were read from). Each
 * fascicle there is a MuJoCo muscle actuator whose parameters MyoBack's step 3, "muscle force
 * optimisation", fitted to the OpenSim muscle's force-length curves (MyoBack {@code back/README.md}).
 * The resource {@code myoback_passive.csv} holds the right side's actuators as
 * {@code docs/fascicles/passive_extract.py} reads them (the fascicle dataset uses the right side for
 * both sides); docs/research/passive-muscle.md.
 *
 * <p>The law is MuJoCo's muscle passive force ({@code mju_muscleBias}, MuJoCo
 * {@code engine_util_misc.c}): with the actuator's length range {@code [lmin, lmax]} (m) and
 * normalised range {@code [r0, r1]}, the optimal length is {@code L0 = (lmax - lmin) / (r1 - r0)} and
 * the normalised length {@code L = r0 + (length - lmin) / L0}; the passive force, relative to the
 * fascicle's largest active force, is zero for {@code L <= 1}, {@code fpmax x² / 2} with
 * {@code x = (L - 1) / (b - 1)} up to {@code b = (1 + lmaxNorm) / 2}, and linear beyond it,
 * {@code fpmax (1/2 + x)} with {@code x = (L - b) / (b - 1)} ({@code lmaxNorm} = 2 for every fascicle).
 *
 * <p>Only the erector spinae fascicles (longissimus, iliocostalis, multifidus: the back muscles that
 * flexion stretches) carry it in this model ({@link #PASSIVE_GROUPS}); why the abdominal, psoas and
 * quadratus lumborum curves are left out is in docs/research/passive-muscle.md (the fitted
 * rectus abdominis and upper external oblique (EO1) curves carry 308 N and 124 N per side at the
 * source model's own neutral posture).
 */
final class MyoBackPassiveMuscle {
    private MyoBackPassiveMuscle() {
    }

    /**
     * The groups of {@link Christophy2012Muscles} whose fascicles carry a passive force: the erector
     * spinae (the groups {@link SingleEquivalentMuscles} collapses into its erector spinae lines).
     */
    static final Set<String> PASSIVE_GROUPS = Set.of("longissimus_lumborum", "longissimus_thoracis",
            "iliocostalis_lumborum", "iliocostalis_thoracis", "multifidus");

    /**
     * One fascicle's actuator parameters (MyoBack, right side).
     *
     * @param lengthMinM shortest actuator length of its {@code lengthrange} (m, at the source's 1.70 m stature)
     * @param lengthMaxM longest actuator length (m)
     * @param rangeLo normalised length at {@code lengthMinM}
     * @param rangeHi normalised length at {@code lengthMaxM}
     * @param forceN the actuator's largest active force (N), which the passive force is relative to
     * @param lmaxNorm normalised length where the active force-length curve ends
     * @param fpmax passive force scale (relative to {@code forceN})
     */
    record Parameters(double lengthMinM, double lengthMaxM, double rangeLo, double rangeHi, double forceN,
                      double lmaxNorm, double fpmax) {
        /** @return the optimal length {@code L0} (m, at the source's stature) */
        double optimalLengthM() {
            return (lengthMaxM - lengthMinM) / (rangeHi - rangeLo);
        }

        /**
         * @param lengthM the fascicle's length at the source's stature (m)
         * @return its normalised length {@code L}
         */
        double normalisedLength(double lengthM) {
            return rangeLo + (lengthM - lengthMinM) / optimalLengthM();
        }
    }

    private static final Map<String, Parameters> RIGHT = load();

    /**
     * @param fascicle a fascicle's name in {@link Christophy2012Muscles}, either side
     * @return its parameters (the right side's)
     * @throws IllegalArgumentException if the source has no actuator of that name
     */
    static Parameters of(String fascicle) {
        String right = fascicle.endsWith("_l") ? fascicle.substring(0, fascicle.length() - 2) + "_r" : fascicle;
        Parameters p = RIGHT.get(right);
        if (p == null) {
            throw new IllegalArgumentException("fascicle " + fascicle + " has no actuator in myoback_passive.csv");
        }
        return p;
    }

    /**
     * MuJoCo's passive muscle force, relative to the largest active force.
     *
     * @param normalisedLength the normalised length {@code L}
     * @param lmaxNorm normalised length where the active curve ends
     * @param fpmax passive force scale
     * @return the passive force over the largest active force (0 at and below {@code L = 1})
     */
    static double forceRatio(double normalisedLength, double lmaxNorm, double fpmax) {
        if (normalisedLength <= 1) {
            return 0;
        }
        double b = (1 + lmaxNorm) / 2;
        if (normalisedLength <= b) {
            double x = (normalisedLength - 1) / (b - 1);
            return fpmax * x * x / 2;
        }
        return fpmax * (0.5 + (normalisedLength - b) / (b - 1));
    }

    private static Map<String, Parameters> load() {
        String res = "myoback_passive.csv";
        try (InputStream in = MyoBackPassiveMuscle.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException("resource " + res + " is missing from the core jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Parameters> out = new LinkedHashMap<>();
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split(",", -1);
                out.put(c[0], new Parameters(Double.parseDouble(c[1]), Double.parseDouble(c[2]),
                        Double.parseDouble(c[3]), Double.parseDouble(c[4]), Double.parseDouble(c[5]),
                        Double.parseDouble(c[6]), Double.parseDouble(c[7])));
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
