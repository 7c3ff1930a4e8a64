package org.lumbosim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Scales muscle lines to a subject by geometric similarity: lengths by the stature ratio
 * {@code k}, areas by {@code k²} (a subject's PCSA then follows its size through
 * {@link TrunkMuscleSize}). The one place where muscle anatomy is scaled (the published fascicles,
 * the model's muscle set and the hot path's path points all use it).
 */
final class StatureScaling {
    private StatureScaling() {
    }

    /**
     * @param lengthM a length or coordinate at the reference stature (m)
     * @param k stature ratio (subject / reference)
     * @return the length scaled to the subject (m)
     */
    static double lengthM(double lengthM, double k) {
        return lengthM * k;
    }

    /**
     * @param areaM2 an area at the reference stature (m²)
     * @param k stature ratio (subject / reference)
     * @return the area scaled to the subject (m²)
     */
    static double areaM2(double areaM2, double k) {
        return areaM2 * k * k;
    }

    /**
     * @param lines muscle lines at the reference stature (not modified)
     * @param k stature ratio (subject / reference)
     * @return new lines: every coordinate scaled by {@code k}, every PCSA by {@code k²}
     */
    static List<Fascicle> fascicles(List<Fascicle> lines, double k) {
        double[] pcsa = new double[lines.size()];
        for (int i = 0; i < pcsa.length; i++) {
            pcsa[i] = areaM2(lines.get(i).pcsaM2(), k);
        }
        return fascicles(lines, k, pcsa);
    }

    /**
     * @param lines muscle lines at the reference stature (not modified)
     * @param k stature ratio (subject / reference)
     * @param pcsaM2 the PCSA each new line gets, in order (m²; e.g. scaled to the subject's size by
     *     {@link TrunkMuscleSize}; not modified)
     * @return new lines: every coordinate scaled by {@code k}, PCSA from {@code pcsaM2}
     */
    static List<Fascicle> fascicles(List<Fascicle> lines, double k, double[] pcsaM2) {
        List<Fascicle> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Fascicle f = lines.get(i);
            List<Fascicle.PathPoint> pts = new ArrayList<>(f.points().size());
            for (Fascicle.PathPoint p : f.points()) {
                pts.add(new Fascicle.PathPoint(p.body(), lengthM(p.xM(), k), lengthM(p.yM(), k), lengthM(p.zM(), k)));
            }
            out.add(new Fascicle(f.name(), f.group(), f.side(), pts, pcsaM2[i]));
        }
        return out;
    }
}
