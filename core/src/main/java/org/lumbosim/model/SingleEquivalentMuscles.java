package org.lumbosim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the single-equivalent muscle set from the multi-fascicle anatomy: at each level, each
 * group (erector spinae = longissimus, iliocostalis and multifidus; rectus abdominis; external
 * oblique; internal oblique) of each side becomes one line that crosses only that level, through
 * the PCSA-weighted centroid of the points where the group's fascicles cross the disc's mid-plane,
 * along their PCSA-weighted mean direction, with the sum of their PCSA. Quadratus lumborum and psoas
 * are left out, as in single-equivalent low-back models (Chaffin et al. 1999).
 */
final class SingleEquivalentMuscles {
    private SingleEquivalentMuscles() {
    }

    /** Half-length of an equivalent line either side of the disc plane (m): only its direction matters. */
    private static final double HALF_LENGTH_M = 0.02;
    /**
     * A path segment whose direction along the disc normal is below this fraction of its length
     * is taken as parallel to the disc plane: it is cut at its midpoint.
     */
    private static final double PARALLEL_TOLERANCE = 1e-9;

    private static final Map<String, String> GROUPS = Map.of(
            "longissimus_lumborum", "erector_spinae",
            "longissimus_thoracis", "erector_spinae",
            "iliocostalis_lumborum", "erector_spinae",
            "iliocostalis_thoracis", "erector_spinae",
            "multifidus", "erector_spinae",
            "rectus_abdominis", "rectus_abdominis",
            "external_oblique", "external_oblique",
            "internal_oblique", "internal_oblique");

    private static final String[] ORDER = {"erector_spinae", "rectus_abdominis", "external_oblique", "internal_oblique"};

    static List<Fascicle> collapse(List<Fascicle> all, double[] jointX, double[] jointY, double[] discTiltRad) {
        List<Fascicle> out = new ArrayList<>();
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double cx = jointX[k];
            double cy = jointY[k];
            double nx = Math.sin(discTiltRad[k]);
            double ny = Math.cos(discTiltRad[k]);
            for (String group : ORDER) {
                for (String side : new String[] {"L", "R"}) {
                    double area = 0;
                    double sx = 0, sy = 0, sz = 0, dx = 0, dy = 0, dz = 0;
                    for (Fascicle f : all) {
                        if (!group.equals(GROUPS.get(f.group())) || !side.equals(f.side())) {
                            continue;
                        }
                        List<Fascicle.PathPoint> p = f.points();
                        for (int j = 0; j + 1 < p.size(); j++) {
                            int lo = p.get(j).body().ordinal();
                            int hi = p.get(j + 1).body().ordinal();
                            if (lo <= k && k < hi) {
                                Fascicle.PathPoint a = p.get(j);
                                Fascicle.PathPoint b = p.get(j + 1);
                                double ex = b.xM() - a.xM(), ey = b.yM() - a.yM(), ez = b.zM() - a.zM();
                                double len = Math.sqrt(ex * ex + ey * ey + ez * ez);
                                double den = ex * nx + ey * ny;
                                double t = Math.abs(den) > PARALLEL_TOLERANCE * len
                                        ? ((cx - a.xM()) * nx + (cy - a.yM()) * ny) / den : 1.0 / 2;
                                t = Math.max(0, Math.min(1, t));
                                double w = f.pcsaM2();
                                area += w;
                                sx += w * (a.xM() + t * ex);
                                sy += w * (a.yM() + t * ey);
                                sz += w * (a.zM() + t * ez);
                                dx += w * ex / len;
                                dy += w * ey / len;
                                dz += w * ez / len;
                                break;
                            }
                        }
                    }
                    if (area == 0) {
                        continue;
                    }
                    double x = sx / area, y = sy / area, z = sz / area;
                    double dl = Math.sqrt(dx * dx + dy * dy + dz * dz);
                    dx /= dl;
                    dy /= dl;
                    dz /= dl;
                    Fascicle.Body below = Fascicle.Body.values()[k];
                    Fascicle.Body above = Fascicle.Body.values()[k + 1];
                    out.add(new Fascicle(group + "_" + SpinalLevel.ofIndex(k).label() + "_" + side.toLowerCase(java.util.Locale.ROOT),
                            group, side,
                            List.of(new Fascicle.PathPoint(below, x - HALF_LENGTH_M * dx, y - HALF_LENGTH_M * dy, z - HALF_LENGTH_M * dz),
                                    new Fascicle.PathPoint(above, x + HALF_LENGTH_M * dx, y + HALF_LENGTH_M * dy, z + HALF_LENGTH_M * dz)),
                            area));
                }
            }
        }
        return List.copyOf(out);
    }
}
