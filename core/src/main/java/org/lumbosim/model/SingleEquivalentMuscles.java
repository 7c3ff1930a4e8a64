package org.lumbosim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the single-equivalent muscle set from the multi-fascicle anatomy: at each level, each
 * group (erector spinae = longissimus, iliocostalis and multifidus; rectus abdominis; external
 * oblique; internal oblique) of each side becomes one line that crosses only that level, through
 * the PCSA-weighted centroid of the points where the group's fascicles cross the disc's mid-plane,
 * along their PCSA-weighted mean direction, with the sum of their PCSA; each group's line is then
 * moved along the disc's anterior axis so that its centroid at L4-L5 agrees with the CT measurement of
 * McGill et al. (1988) ({@link #sagittalShiftsM}, the same shift at every level). Quadratus lumborum
 * and psoas are left out of the recruited set, as in single-equivalent low-back models (Chaffin et
 * al. 1999); the psoas is collapsed the same way on its own ({@link #collapsePsoas}) for the psoas
 * force that the hip equation asks of it ({@link HipFlexors}), which recruitment does not choose.
 * The multi-fascicle set's groups are moved to the same measurement by the same rule ({@link #shiftedToImaging}), so
 * both muscle models meet the CT measurement at L4-L5.
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

    private static final Map<String, String> PSOAS_GROUPS = Map.of(MuscleSet.PSOAS_GROUP, MuscleSet.PSOAS_GROUP);
    private static final String[] PSOAS_ORDER = {MuscleSet.PSOAS_GROUP};

    /**
     * One equivalent line before the sagittal correction: the PCSA-weighted centroid of its fascicles'
     * crossing points (on the disc plane unless a segment ends before it) and its unit direction.
     */
    private record Line(int level, String group, String side, double areaM2, double x, double y, double z,
                        double dx, double dy, double dz) {
    }

    static List<Fascicle> collapse(List<Fascicle> all, double[] jointX, double[] jointY, double[] discTiltRad) {
        return collapse(all, jointX, jointY, discTiltRad, GROUPS, ORDER);
    }

    /**
     * The psoas major alone, collapsed like the recruited groups: one line per level and side, its
     * L4-L5 crossing moved to the CT centroid of McGill et al. (1988), with the PCSA of the
     * fascicles that cross that level.
     */
    static List<Fascicle> collapsePsoas(List<Fascicle> all, double[] jointX, double[] jointY, double[] discTiltRad) {
        return collapse(all, jointX, jointY, discTiltRad, PSOAS_GROUPS, PSOAS_ORDER);
    }

    private static List<Fascicle> collapse(List<Fascicle> all, double[] jointX, double[] jointY, double[] discTiltRad,
                                           Map<String, String> groups, String[] order) {
        List<Line> lines = lines(all, jointX, jointY, discTiltRad, groups, order);
        // the shift compares with CT what the slice cuts: the lines of the fascicles that reach it
        List<Fascicle> inSlice = all.stream().filter(f -> inL4L5Slice(f, jointX, jointY, discTiltRad)).toList();
        Map<String, Double> shiftM = sagittalShiftsM(lines(inSlice, jointX, jointY, discTiltRad, groups, order), jointX,
                jointY, discTiltRad, order);
        List<Fascicle> out = new ArrayList<>();
        for (Line l : lines) {
            // move the centroid along the disc's anterior axis (cos tilt, -sin tilt)
            double shift = shiftM.get(l.group());
            double x = l.x() + shift * Math.cos(discTiltRad[l.level()]);
            double y = l.y() - shift * Math.sin(discTiltRad[l.level()]);
            double z = l.z();
            Fascicle.Body below = Fascicle.Body.values()[l.level()];
            Fascicle.Body above = Fascicle.Body.values()[l.level() + 1];
            out.add(new Fascicle(l.group() + "_" + SpinalLevel.ofIndex(l.level()).label() + "_"
                    + l.side().toLowerCase(java.util.Locale.ROOT), l.group(), l.side(),
                    List.of(new Fascicle.PathPoint(below, x - HALF_LENGTH_M * l.dx(), y - HALF_LENGTH_M * l.dy(), z - HALF_LENGTH_M * l.dz()),
                            new Fascicle.PathPoint(above, x + HALF_LENGTH_M * l.dx(), y + HALF_LENGTH_M * l.dy(), z + HALF_LENGTH_M * l.dz())),
                    l.areaM2()));
        }
        return List.copyOf(out);
    }

    /**
     * The multi-fascicle set moved to the same CT measurement as the single-equivalent lines: every
     * fascicle of a recruited group (erector spinae, rectus abdominis, obliques) and of the psoas is
     * translated as a whole, all its path points alike, along the L4-L5 disc's anterior axis, so that
     * the PCSA-weighted mean of the points where the group's fascicles that reach the CT slice
     * ({@link #inL4L5Slice}) cross the L4-L5 mid-plane meets McGill's centroid by the single-equivalent
     * rule ({@link #shiftToMeasuredM});
     * quadratus lumborum, which has no CT value, is kept. Why:
     * the dataset's straight paths dropped the source model's wrapping surfaces (the erector
     * cylinders, the chest and abdomen ellipsoids; docs/fascicles/README.md), which hold the erector
     * and rectus lines away from the spine, so their moment arms at L4-L5 were 1.1 and 4.3 cm short
     * of the CT centroids (docs/research/multi-fascicle-overprediction.md). At the other levels the
     * arm changes by the shift times the cosine of the angle between that disc and L4-L5 (as for the
     * single-equivalent lines, no per-level imaging data were obtained).
     *
     * @param all the fascicles at their reference stature (not modified)
     * @param jointX joint centres' anterior coordinates at that stature (m)
     * @param jointY joint centres' superior coordinates at that stature (m)
     * @param discTiltRad each disc's tilt (rad)
     * @return the moved fascicles, in the same order, names and PCSA
     */
    static List<Fascicle> shiftedToImaging(List<Fascicle> all, double[] jointX, double[] jointY, double[] discTiltRad) {
        Map<String, String> groups = new HashMap<>(GROUPS);
        groups.putAll(PSOAS_GROUPS);
        int level = SpinalLevel.L4_L5.ordinal();
        double ax = Math.cos(discTiltRad[level]);
        double ay = -Math.sin(discTiltRad[level]);
        double nx = Math.sin(discTiltRad[level]);
        double ny = Math.cos(discTiltRad[level]);
        // each group's centroid: PCSA-weighted mean of where its fascicles cross the L4-L5 mid-plane
        Map<String, double[]> sums = new HashMap<>();
        for (Fascicle f : all) {
            String g = groups.get(f.group());
            int j = g == null ? -1 : segmentAcross(f.points(), level);
            if (j >= 0 && inL4L5Slice(f, jointX, jointY, discTiltRad)) {
                Fascicle.PathPoint a = f.points().get(j);
                Fascicle.PathPoint b = f.points().get(j + 1);
                // the segment's line meets the plane (extended beyond the segment's ends where it stops short)
                double ex = b.xM() - a.xM(), ey = b.yM() - a.yM();
                double t = ((jointX[level] - a.xM()) * nx + (jointY[level] - a.yM()) * ny) / (ex * nx + ey * ny);
                double ap = (a.xM() + t * ex - jointX[level]) * ax + (a.yM() + t * ey - jointY[level]) * ay;
                double[] s = sums.computeIfAbsent(g, k -> new double[2]);
                s[0] += f.pcsaM2();
                s[1] += f.pcsaM2() * ap;
            }
        }
        Map<String, Double> shiftM = new HashMap<>();
        sums.forEach((g, s) -> shiftM.put(g, shiftToMeasuredM(g, s[1] / s[0])));
        List<Fascicle> out = new ArrayList<>();
        for (Fascicle f : all) {
            String g = groups.get(f.group());
            // a translation along the mid-plane moves every crossing by the same distance
            double shift = g == null ? 0 : shiftM.getOrDefault(g, 0.0);
            List<Fascicle.PathPoint> pts = new ArrayList<>();
            for (Fascicle.PathPoint p : f.points()) {
                pts.add(new Fascicle.PathPoint(p.body(), p.xM() + shift * ax, p.yM() + shift * ay, p.zM()));
            }
            out.add(new Fascicle(f.name(), f.group(), f.side(), pts, f.pcsaM2()));
        }
        return List.copyOf(out);
    }

    private static List<Line> lines(List<Fascicle> all, double[] jointX, double[] jointY, double[] discTiltRad,
                                    Map<String, String> groups, String[] order) {
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double cx = jointX[k];
            double cy = jointY[k];
            double nx = Math.sin(discTiltRad[k]);
            double ny = Math.cos(discTiltRad[k]);
            for (String group : order) {
                for (String side : new String[] {"L", "R"}) {
                    double area = 0;
                    double sx = 0, sy = 0, sz = 0, dx = 0, dy = 0, dz = 0;
                    for (Fascicle f : all) {
                        if (!group.equals(groups.get(f.group())) || !side.equals(f.side())) {
                            continue;
                        }
                        int j = segmentAcross(f.points(), k);
                        if (j < 0) {
                            continue;
                        }
                        Fascicle.PathPoint a = f.points().get(j);
                        Fascicle.PathPoint b = f.points().get(j + 1);
                        double ex = b.xM() - a.xM(), ey = b.yM() - a.yM(), ez = b.zM() - a.zM();
                        double len = Math.sqrt(ex * ex + ey * ey + ez * ez);
                        double t = crossingFraction(a, b, cx, cy, nx, ny);
                        double w = f.pcsaM2();
                        area += w;
                        sx += w * (a.xM() + t * ex);
                        sy += w * (a.yM() + t * ey);
                        sz += w * (a.zM() + t * ez);
                        dx += w * ex / len;
                        dy += w * ey / len;
                        dz += w * ez / len;
                    }
                    if (area == 0) {
                        continue;
                    }
                    double dl = Math.sqrt(dx * dx + dy * dy + dz * dz);
                    lines.add(new Line(k, group, side, area, sx / area, sy / area, sz / area, dx / dl, dy / dl, dz / dl));
                }
            }
        }
        return lines;
    }

    /**
     * Whether a fascicle has muscle in the CT slice through the L4-L5 disc that {@link McGill1988TrunkMuscles}
     * measured, and so takes part in the comparison that places its group: the path segment that spans
     * L4-L5 meets the disc's mid-plane within the segment, or beyond the segment's end by less than one
     * vertebra (the distance between the L4-L5 and L3-L4 joint centres). Beyond its end a line's crossing
     * point is an extrapolation of its direction, not tissue: the upper external oblique fascicles
     * (EO1-EO4) end at the linea alba 3-10 cm above the slice (the source's {@code Abdomen} body,
     * docs/fascicles/README.md, caveat 3) and their lines meet the mid-plane 12-13 cm in front of the
     * disc, whereas the lateral fascicles that reach the iliac crest at the level of the disc (EO5-EO6,
     * IO4-IO6) end within 1.1 cm of it; so any limit between those two distances selects the same
     * fascicles.
     *
     * @param f a fascicle at the lines' reference stature
     * @param jointX joint centres' anterior coordinates at that stature (m)
     * @param jointY joint centres' superior coordinates at that stature (m)
     * @param discTiltRad each disc's tilt (rad)
     * @return whether it reaches the L4-L5 slice; false when it does not cross L4-L5
     */
    static boolean inL4L5Slice(Fascicle f, double[] jointX, double[] jointY, double[] discTiltRad) {
        int level = SpinalLevel.L4_L5.ordinal();
        int j = segmentAcross(f.points(), level);
        if (j < 0) {
            return false;
        }
        Fascicle.PathPoint a = f.points().get(j);
        Fascicle.PathPoint b = f.points().get(j + 1);
        double nx = Math.sin(discTiltRad[level]);
        double ny = Math.cos(discTiltRad[level]);
        double ex = b.xM() - a.xM(), ey = b.yM() - a.yM(), ez = b.zM() - a.zM();
        double den = ex * nx + ey * ny;
        double len = Math.sqrt(ex * ex + ey * ey + ez * ez);
        if (Math.abs(den) <= PARALLEL_TOLERANCE * len) {
            return true;
        }
        double t = ((jointX[level] - a.xM()) * nx + (jointY[level] - a.yM()) * ny) / den;
        double beyondM = Math.max(0, Math.max(-t, t - 1)) * len;
        double vertebraM = Math.hypot(jointX[level + 1] - jointX[level], jointY[level + 1] - jointY[level]);
        return beyondM < vertebraM;
    }

    /** @return the index j of the path segment (points j, j + 1) whose bodies span level {@code k}, or -1 */
    private static int segmentAcross(List<Fascicle.PathPoint> p, int k) {
        for (int j = 0; j + 1 < p.size(); j++) {
            if (p.get(j).body().ordinal() <= k && k < p.get(j + 1).body().ordinal()) {
                return j;
            }
        }
        return -1;
    }

    /**
     * @return the fraction along segment {@code a}-{@code b} (sagittal coordinates) where it meets the
     *     disc mid-plane through ({@code cx}, {@code cy}) with normal ({@code nx}, {@code ny}), within
     *     [0, 1]; the middle when the segment runs nearly parallel to the plane
     */
    private static double crossingFraction(Fascicle.PathPoint a, Fascicle.PathPoint b, double cx, double cy,
                                           double nx, double ny) {
        double ex = b.xM() - a.xM(), ey = b.yM() - a.yM(), ez = b.zM() - a.zM();
        double len = Math.sqrt(ex * ex + ey * ey + ez * ez);
        double den = ex * nx + ey * ny;
        double t = Math.abs(den) > PARALLEL_TOLERANCE * len ? ((cx - a.xM()) * nx + (cy - a.yM()) * ny) / den : 1.0 / 2;
        return Math.max(0, Math.min(1, t));
    }

    /**
     * The sagittal correction of each group (m, + anterior), the same at every level: the distance
     * that brings the PCSA-weighted mean of the points where the group's lines (both sides; pooled from
     * the fascicles that reach the CT slice, {@link #inL4L5Slice}) cross the L4-L5 disc's mid-plane to
     * the CT measurement of
     * {@link McGill1988TrunkMuscles}, scaled from its subjects' mean stature to the lines' stature
     * (the reference of {@link Christophy2012Muscles}). Erector spinae and rectus abdominis go to the
     * measured mean. An oblique's centroid lies between its two measured portions (their PCSA split
     * is unknown), so it is moved to the nearer portion's centroid when outside that interval, and
     * not moved when inside. No per-level imaging data were obtained, so the L4-L5 correction is
     * applied at every level; the lines' directions are kept.
     */
    private static Map<String, Double> sagittalShiftsM(List<Line> lines, double[] jointX, double[] jointY,
                                                      double[] discTiltRad, String[] order) {
        int level = SpinalLevel.L4_L5.ordinal();
        double ax = Math.cos(discTiltRad[level]);
        double ay = -Math.sin(discTiltRad[level]);
        double nx = Math.sin(discTiltRad[level]);
        double ny = Math.cos(discTiltRad[level]);
        Map<String, Double> out = new HashMap<>();
        for (String group : order) {
            double area = 0;
            double ap = 0;
            for (Line l : lines) {
                if (l.level() == level && l.group().equals(group)) {
                    // where the line crosses the disc's mid-plane (its centroid is off the plane when
                    // the fascicles' segments end before it); a shift along the plane moves it alike
                    double t = ((jointX[level] - l.x()) * nx + (jointY[level] - l.y()) * ny) / (l.dx() * nx + l.dy() * ny);
                    area += l.areaM2();
                    ap += l.areaM2() * ((l.x() + t * l.dx() - jointX[level]) * ax + (l.y() + t * l.dy() - jointY[level]) * ay);
                }
            }
            // a group none of whose fascicles reaches the slice has nothing to compare: not moved
            out.put(group, area > 0 ? shiftToMeasuredM(group, ap / area) : 0);
        }
        return out;
    }

    /** McGill et al. (1988)'s CT centroids at L4-L5 (m, + anterior): {lowest, highest} per group. */
    private static final Map<String, double[]> MEASURED_M = Map.of(
            "erector_spinae", new double[] {-McGill1988TrunkMuscles.ERECTOR_POSTERIOR_M, -McGill1988TrunkMuscles.ERECTOR_POSTERIOR_M},
            "rectus_abdominis", new double[] {McGill1988TrunkMuscles.RECTUS_ANTERIOR_M, McGill1988TrunkMuscles.RECTUS_ANTERIOR_M},
            "external_oblique", new double[] {McGill1988TrunkMuscles.EXTERNAL_OBLIQUE_POSTERIOR_PORTION_M,
                McGill1988TrunkMuscles.EXTERNAL_OBLIQUE_ANTERIOR_PORTION_M},
            "internal_oblique", new double[] {McGill1988TrunkMuscles.INTERNAL_OBLIQUE_POSTERIOR_PORTION_M,
                McGill1988TrunkMuscles.INTERNAL_OBLIQUE_ANTERIOR_PORTION_M},
            MuscleSet.PSOAS_GROUP, new double[] {McGill1988TrunkMuscles.PSOAS_ANTERIOR_M, McGill1988TrunkMuscles.PSOAS_ANTERIOR_M});

    /**
     * @param group a group of {@link #MEASURED_M}
     * @param apM the group's centroid at L4-L5 at the lines' reference stature (m, + anterior)
     * @return the shift (m, + anterior) that brings it to McGill's measurement scaled to that stature:
     *     to the mean, or for an oblique to the nearer measured portion when outside them (0 between)
     */
    private static double shiftToMeasuredM(String group, double apM) {
        double scale = Christophy2012Muscles.REFERENCE_STATURE_M / McGill1988TrunkMuscles.STATURE_M;
        double lo = MEASURED_M.get(group)[0] * scale;
        double hi = MEASURED_M.get(group)[1] * scale;
        return apM < lo ? lo - apM : apM > hi ? hi - apM : 0;
    }
}
