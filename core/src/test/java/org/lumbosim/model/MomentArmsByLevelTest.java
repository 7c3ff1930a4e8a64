package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lumbosim.anthropometry.Subject;

/**
 * Our muscles' sagittal moment arms at every level, and at L4-L5 against the CT measurements of McGill SM, Patt N,
 * Norman RW (1988), J Biomech 21(4):329-341 (13 active men, 1.74 m; supine CT through the L4/L5 disc;
 * values from the abstract, test resource {@code mcgill1988_moment_arms_l4l5.csv}). Ours, for the
 * default subject (1.75 m) in neutral standing: for each group, the PCSA-weighted centroid of the
 * points where its lines cross the L4-L5 disc's mid-plane, measured along the disc's anterior axis
 * from the joint centre (McGill's quantity: centroid to centroid), and the effective
 * flexion-extension moment arm of the pooled lines (moment about the lateral axis per newton of
 * tension, positive = extension). Multi-fascicle groups are pooled as the single-equivalent model
 * pools them (erector spinae = longissimus, iliocostalis, multifidus); psoas is only in the
 * multi-fascicle model.
 *
 * <p>Printed: ours, theirs and the difference at L4-L5, and ours at every level (no per-level imaging
 * table was obtained: Jorgensen et al. 2001, Clin Biomech 16:182-193, and McGill et al. 1993, T5-L5,
 * were found as abstracts without numbers). Asserted: every group is found with finite numbers,
 * the erector spinae lies behind and rectus abdominis in front of the disc centre at every level,
 * as in every imaging study; and both models, placed from McGill's measurement
 * ({@link SingleEquivalentMuscles}), agree with it at L4-L5 where it can be compared: erector spinae
 * and rectus abdominis within one SD of the mean (both models); the multi-fascicle fascicles that
 * reach the CT slice ({@link SingleEquivalentMuscles#inL4L5Slice}) of each oblique between its two
 * measured portions (scaled by stature), and their psoas at its mean. A single-equivalent oblique
 * line pools every fascicle that crosses the level, also those that end above the slice (EO1-EO4 at
 * the linea alba), so it is compared with its fascicles' pooled crossing instead.
 */
class MomentArmsByLevelTest {
    private static final int L4_L5 = SpinalLevel.L4_L5.ordinal();
    private static final double CM_PER_M = 100;
    /**
     * How far an oblique's single-equivalent line may lie from its fascicles' pooled crossing (m): the line runs
     * through the centroid of where the fascicles' segments reach the plane, along their mean direction, not
     * through the mean of their extended lines' crossings.
     */
    private static final double POOLING_TOLERANCE_M = 0.001;

    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("longissimus_lumborum", "erector_spinae"),
            Map.entry("longissimus_thoracis", "erector_spinae"),
            Map.entry("iliocostalis_lumborum", "erector_spinae"),
            Map.entry("iliocostalis_thoracis", "erector_spinae"),
            Map.entry("multifidus", "erector_spinae"),
            Map.entry("erector_spinae", "erector_spinae"),
            Map.entry("rectus_abdominis", "rectus_abdominis"),
            Map.entry("external_oblique", "external_oblique"),
            Map.entry("internal_oblique", "internal_oblique"),
            Map.entry("psoas", "psoas"));

    /** One row of the test resource. */
    record McGill(String muscle, String group, double momentArmCm, double sdCm, String direction) {
        double signedCm() {
            return direction.equals("posterior") ? -momentArmCm : momentArmCm;
        }
    }

    /** Per group at one level: PCSA, PCSA x anterior centroid offset, PCSA x extension moment arm. */
    private static Map<String, double[]> sums(LumbarModel model, int level) {
        return sums(model, level, false);
    }

    /**
     * @param inSliceOnly whether to pool only the fascicles that reach the L4-L5 CT slice
     *     ({@link SingleEquivalentMuscles#inL4L5Slice}), those the CT measurement can be compared with
     */
    private static Map<String, double[]> sums(LumbarModel model, int level, boolean inSliceOnly) {
        SubjectGeometry g = model.geometry;
        Map<String, double[]> sums = new LinkedHashMap<>(); // area, area*ap, area*extension arm
        for (Fascicle f : model.fascicles()) {
            String group = GROUPS.get(f.group());
            if (group == null || inSliceOnly && !SingleEquivalentMuscles.inL4L5Slice(f, g.jointX, g.jointY, g.discTiltRad)) {
                continue;
            }
            double[] c = crossing(f, g, level);
            if (c != null) {
                double[] s = sums.computeIfAbsent(group, k -> new double[3]);
                s[0] += f.pcsaM2();
                s[1] += f.pcsaM2() * c[0];
                s[2] += f.pcsaM2() * c[1];
            }
        }
        return sums;
    }

    /** @return the anterior offset of the fascicle's crossing of the level's mid-plane (m) */
    private static double crossingApM(Fascicle f, SubjectGeometry g, int level) {
        return crossing(f, g, level)[0];
    }

    /**
     * @return where the fascicle's line crosses the level's mid-plane, along the disc's anterior axis from
     *     the joint centre (m), and its extension moment arm (m); null when it does not cross the level
     */
    private static double[] crossing(Fascicle f, SubjectGeometry g, int level) {
        double cx = g.jointX[level];
        double cy = g.jointY[level];
        double tilt = g.discTiltRad[level];
        double nx = Math.sin(tilt), ny = Math.cos(tilt);
        double ax = Math.cos(tilt), ay = -Math.sin(tilt);
        List<Fascicle.PathPoint> p = f.points();
        for (int j = 0; j + 1 < p.size(); j++) {
            if (p.get(j).body().ordinal() <= level && level < p.get(j + 1).body().ordinal()) {
                Fascicle.PathPoint a = p.get(j);
                Fascicle.PathPoint b = p.get(j + 1);
                double ex = b.xM() - a.xM(), ey = b.yM() - a.yM(), ez = b.zM() - a.zM();
                double len = Math.sqrt(ex * ex + ey * ey + ez * ez);
                double t = ((cx - a.xM()) * nx + (cy - a.yM()) * ny) / (ex * nx + ey * ny);
                double rx = a.xM() + t * ex - cx, ry = a.yM() + t * ey - cy;
                // tension pulls the body above caudally, along -e; moment about +z (x to y) is extension
                return new double[] {rx * ax + ry * ay, rx * (-ey / len) - ry * (-ex / len)};
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MuscleModelKind.class)
    void printMomentArmsAgainstMcGill1988(MuscleModelKind kind) throws Exception {
        Subject subject = Subject.defaultSubject();
        LumbarModel model = LumbarModel.of(subject).withMuscleModel(kind);
        // the CT measurement is compared with the fascicles it can see (the single-equivalent lines are compared
        // with their fascicles below)
        Map<String, double[]> sums = sums(model, L4_L5, kind == MuscleModelKind.MULTI_FASCICLE);
        StringBuilder out = new StringBuilder(String.format("%nL4-L5 sagittal moment arms, %s, default subject (cm;"
                + " + anterior for the centroid, + extensor for the effective arm)%n", kind.id()));
        out.append(String.format("%-42s %-17s %9s %9s %8s %10s%n", "McGill 1988 (mean, SD)", "our group",
                "theirs", "ours", "diff", "ours_eff"));
        for (McGill m : mcGill()) {
            double[] s = sums.get(m.group());
            if (s == null) {
                assertThat(m.group()).as("%s: only psoas may be absent", kind.id()).isEqualTo("psoas");
                assertThat(kind).isEqualTo(MuscleModelKind.SINGLE_EQUIVALENT);
                out.append(String.format("%-42s %-17s %9.2f %9s%n", m.muscle() + " (" + m.sdCm() + ")", m.group(),
                        m.signedCm(), "absent"));
                continue;
            }
            double ours = CM_PER_M * s[1] / s[0];
            double eff = CM_PER_M * s[2] / s[0];
            assertThat(Double.isFinite(ours) && Double.isFinite(eff)).as("%s %s finite", kind.id(), m.group()).isTrue();
            String diff = m.direction().equals("unknown") ? String.format("%+8.2f", Math.abs(ours) - m.momentArmCm())
                    : String.format("%+8.2f", ours - m.signedCm());
            out.append(String.format("%-42s %-17s %9s %+9.2f %8s %+10.2f%n", m.muscle() + " (" + m.sdCm() + ")", m.group(),
                    m.direction().equals("unknown") ? String.format("%.2f", m.momentArmCm())
                            : String.format("%+.2f", m.signedCm()), ours, diff, eff));
        }
        out.append(String.format("ours at every level (centroid / effective arm, cm), %s%n%-17s", kind.id(), "group"));
        for (SpinalLevel l : SpinalLevel.values()) {
            out.append(String.format(" %15s", l.label()));
        }
        out.append(String.format("%n"));
        List<Map<String, double[]>> byLevel = new ArrayList<>();
        for (SpinalLevel l : SpinalLevel.values()) {
            byLevel.add(sums(model, l.ordinal()));
        }
        for (String group : new String[] {"erector_spinae", "rectus_abdominis", "external_oblique", "internal_oblique", "psoas"}) {
            out.append(String.format("%-17s", group));
            for (SpinalLevel l : SpinalLevel.values()) {
                double[] s = byLevel.get(l.ordinal()).get(group);
                if (s == null) {
                    out.append(String.format(" %15s", "-"));
                    continue;
                }
                double ap = CM_PER_M * s[1] / s[0];
                double eff = CM_PER_M * s[2] / s[0];
                assertThat(Double.isFinite(ap) && Double.isFinite(eff)).as("%s %s %s finite", kind.id(), group, l).isTrue();
                if (group.equals("erector_spinae")) {
                    assertThat(ap).as("%s: erector spinae behind the %s disc centre", kind.id(), l).isNegative();
                    assertThat(eff).as("%s: erector spinae extends at %s", kind.id(), l).isPositive();
                }
                if (group.equals("rectus_abdominis")) {
                    assertThat(ap).as("%s: rectus abdominis in front of the %s disc centre", kind.id(), l).isPositive();
                    assertThat(eff).as("%s: rectus abdominis flexes at %s", kind.id(), l).isNegative();
                }
                out.append(String.format(" %+7.2f/%+7.2f", ap, eff));
            }
            out.append(String.format("%n"));
        }
        System.out.print(out);
        // both models are placed from McGill's measurement at L4-L5 (the multi-fascicle groups moved whole)
        double k = subject.statureM() / McGill1988TrunkMuscles.STATURE_M;
        double tol = 1e-9;
        assertThat(ap(sums, "erector_spinae")).as("erector spinae at L4-L5 (m), McGill 1988 mean +/- SD")
                .isBetween(-k * (McGill1988TrunkMuscles.ERECTOR_POSTERIOR_M + McGill1988TrunkMuscles.ERECTOR_SD_M),
                        -k * (McGill1988TrunkMuscles.ERECTOR_POSTERIOR_M - McGill1988TrunkMuscles.ERECTOR_SD_M));
        assertThat(ap(sums, "rectus_abdominis")).as("rectus abdominis at L4-L5 (m), McGill 1988 mean +/- SD")
                .isBetween(k * (McGill1988TrunkMuscles.RECTUS_ANTERIOR_M - McGill1988TrunkMuscles.RECTUS_SD_M),
                        k * (McGill1988TrunkMuscles.RECTUS_ANTERIOR_M + McGill1988TrunkMuscles.RECTUS_SD_M));
        if (kind == MuscleModelKind.SINGLE_EQUIVALENT) {
            // an oblique's equivalent line pools every fascicle crossing the level, also those that end above the
            // slice (EO1-EO4 at the linea alba): it is moved as its fascicles are, so it lies where the
            // multi-fascicle lines' pooled crossing lies
            Map<String, double[]> fascicles = sums(LumbarModel.of(subject).withMuscleModel(MuscleModelKind.MULTI_FASCICLE),
                    L4_L5, false);
            for (String group : new String[] {"external_oblique", "internal_oblique"}) {
                System.out.printf("%s at L4-L5: equivalent line %+.2f cm, fascicles pooled %+.2f cm%n", group,
                        CM_PER_M * ap(sums, group), CM_PER_M * ap(fascicles, group));
                assertThat(ap(sums, group)).as("%s equivalent line at L4-L5 (m) against its fascicles", group)
                        .isCloseTo(ap(fascicles, group), within(POOLING_TOLERANCE_M));
            }
            return;
        }
        assertThat(ap(sums, "external_oblique")).as("external oblique at L4-L5 (m), between McGill's portions")
                .isBetween(k * McGill1988TrunkMuscles.EXTERNAL_OBLIQUE_POSTERIOR_PORTION_M - tol,
                        k * McGill1988TrunkMuscles.EXTERNAL_OBLIQUE_ANTERIOR_PORTION_M + tol);
        assertThat(ap(sums, "internal_oblique")).as("internal oblique at L4-L5 (m), between McGill's portions")
                .isBetween(k * McGill1988TrunkMuscles.INTERNAL_OBLIQUE_POSTERIOR_PORTION_M - tol,
                        k * McGill1988TrunkMuscles.INTERNAL_OBLIQUE_ANTERIOR_PORTION_M + tol);
        assertThat(ap(sums, "psoas")).as("psoas at L4-L5 (m), McGill 1988 mean")
                .isCloseTo(k * McGill1988TrunkMuscles.PSOAS_ANTERIOR_M, within(1e-6));
        // both measured portions of each oblique lie in front of the disc: so does every oblique fascicle in the slice
        SubjectGeometry g = model.geometry;
        for (Fascicle f : model.fascicles()) {
            if (f.group().endsWith("_oblique") && SingleEquivalentMuscles.inL4L5Slice(f, g.jointX, g.jointY, g.discTiltRad)) {
                assertThat(crossingApM(f, g, L4_L5)).as("%s crosses the L4-L5 slice in front of the disc (m)", f.name())
                        .isPositive();
            }
        }
    }

    private static double ap(Map<String, double[]> sums, String group) {
        double[] s = sums.get(group);
        return s[1] / s[0];
    }

    private static List<McGill> mcGill() throws Exception {
        List<McGill> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                MomentArmsByLevelTest.class.getResourceAsStream("mcgill1988_moment_arms_l4l5.csv")), StandardCharsets.UTF_8))) {
            boolean header = true;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String muscle;
                String rest;
                if (line.startsWith("\"")) {
                    int end = line.indexOf('"', 1);
                    muscle = line.substring(1, end);
                    rest = line.substring(end + 2);
                } else {
                    muscle = line.substring(0, line.indexOf(','));
                    rest = line.substring(line.indexOf(',') + 1);
                }
                String[] c = rest.split(",");
                rows.add(new McGill(muscle, c[0], Double.parseDouble(c[1]), Double.parseDouble(c[2]), c[3]));
            }
        }
        assertThat(rows).as("McGill 1988 rows").hasSize(7);
        return rows;
    }
}
