package org.lumbosim.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The cited constants of the facet capsular ligaments (the capsules of the zygapophyseal joints):
 * each level's fibres as two-point lines with their attachment points in the level's neutral disc
 * frame, and their law. Level order L5-S1, L4-L5, L3-L4, L2-L3, L1-L2.
 *
 * <p><b>Source and how read</b>: the calibrated ArtiSynth lumbosacral model of Remus R, Lipphaus A,
 * Neumann M, Bender B (2021), "Calibration and validation of a novel hybrid model of the lumbosacral
 * spine in ArtiSynth - The passive structures", PLoS ONE 16(4):e0250456, <b>model files</b> of the
 * authors' public repository (github RemusR9/artisynth_lumbosacralSpineModel, commit bb81cb1f75c2,
 * BSD 3-Clause): the fibres {@code L??_CL_R} and {@code L??_CL_L} of {@code geometry/L??_Ligs_AS.lig}
 * (10 per side, the first point on the vertebra above, the second on the one below:
 * {@code LSSBase.CreateUWLigament}) and their law in {@code geometry/L??_Ligs_AS_UWMat.lig}
 * (columns εr, εt, k as {@code MyImportFunctions.java} reads them): reference strain
 * {@code εr = 0.55} (slack until stretched by 55 %), transition strain {@code εt = 0.95}, k per
 * fibre 24.8, 40.0, 42.4, 44.4, 55.6 N per unit strain (every fibre of the capsule gets the
 * ligament's k), the same Blankevoort-Huiskes law as the other ligaments
 * ({@link LumbarLigament#tensionN}). Calibrated model parameters, not tissue tests.
 *
 * <p><b>Derived by us</b> (docs/research/capsule_derivation.py, resource
 * {@code remus2021_capsules.csv}): the attachment points in mm relative to Remus's disc centre, on
 * his disc's anterior axis, its normal and the right. His disc normal is the bisector of planes
 * fitted to the upper and lower surface nodes of his disc's finite-element mesh (annulus rings and
 * nucleus, {@code geometry/FE/LSS_20200529}); his disc centre is the midpoint of the disc's
 * anterior-posterior extent in the midsagittal plane at the nodes' mean height, the analogue of
 * AMMR's endplate midpoint that is our joint centre ({@link LumbarLigament}). Placing the points on
 * our disc centre, along our disc normal, is the registration of his frame to ours; it keeps the
 * fibres where his calibrated k was calibrated, relative to his disc.
 *
 * <p><b>Not in the model</b> (2026-12-07, {@code h7/capsule}): with our rigid rotation about
 * {@link SegmentRotationCentre} these fibres take the segments from too soft to too stiff in flexion
 * against Yamamoto et al. 1989 (docs/research/segment-stiffness.md); kept with the tests as the
 * derived, cited data for the next step, and printed by {@code SegmentMomentRotationTest}. The
 * wiring into {@link PassiveTissueGeometry} that was measured is docs/research/capsule-wiring.patch.
 */
final class CapsularLigament {
    private CapsularLigament() {
    }

    /** Fibres per level, both sides together (Remus: 10 per side). */
    static final int FIBRES_PER_LEVEL = 20;
    /** Reference strain εr: rest length = neutral length × (1 + εr); slack by 55 % (dimensionless). */
    static final double REFERENCE_STRAIN = 0.55;
    /** Strain at the end of the toe region εt (dimensionless). */
    static final double TRANSITION_STRAIN = 0.95;

    /** Linear-region stiffness of one fibre, L5-S1 .. L1-L2 (N per unit strain). */
    private static final double[] FIBRE_STIFFNESS_N = {24.8, 40.0, 42.4, 44.4, 55.6};
    /** Coordinates of the attachment points (mm, unscaled), 6 per fibre, level-major. */
    private static final double[] POINTS_MM = load();

    /**
     * @param level 0 for L5-S1 up to 4 for L1-L2
     * @return linear-region stiffness of one fibre (N per unit strain)
     */
    static double fibreStiffnessN(int level) {
        return FIBRE_STIFFNESS_N[level];
    }

    /**
     * @param level 0 for L5-S1 up to 4 for L1-L2
     * @param fibre 0 .. {@link #FIBRES_PER_LEVEL} - 1
     * @param upper true for the attachment on the vertebra above, false for the one below
     * @param axis 0 along the disc's anterior axis, 1 along its normal (superior), 2 to the right
     * @return coordinate of the attachment relative to the disc centre (mm, Remus's specimen, unscaled)
     */
    static double pointMm(int level, int fibre, boolean upper, int axis) {
        return POINTS_MM[6 * (level * FIBRES_PER_LEVEL + fibre) + (upper ? 0 : 3) + axis];
    }

    private static double[] load() {
        String res = "remus2021_capsules.csv";
        double[] out = new double[6 * LumbarModel.LEVELS * FIBRES_PER_LEVEL];
        try (InputStream in = CapsularLigament.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException("resource " + res + " is missing from the core jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int i = 0;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("level")) {
                    continue;
                }
                String[] c = line.split(",", -1);
                for (int j = 3; j < c.length; j++) {
                    out[i++] = Double.parseDouble(c[j]);
                }
            }
            if (i != out.length) {
                throw new IllegalStateException("resource " + res + " has " + i + " values, expected " + out.length);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
