package org.lumbosim.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lumbosim.anthropometry.Subject;

/**
 * A muscle model's lines at the reference stature of {@link Christophy2012Muscles}, flattened into
 * arrays and built once per kind; a {@link LumbarModel} scales them to its subject (coordinates by
 * the stature ratio, which is exact because the single-equivalent collapse is invariant under
 * uniform scaling; PCSA by the default subject's stature ratio squared and {@link TrunkMuscleSize},
 * which scales every line alike and so leaves the collapse's PCSA-weighted centroids unchanged).
 */
final class MuscleSet {
    /** Built sets; read without a lock (a population asks for its set once per person, from every thread). */
    private static final Map<MuscleModelKind, MuscleSet> CACHE = new ConcurrentHashMap<>();

    final List<Fascicle> reference;
    final double[] pcsaM2;
    /**
     * Each fascicle's PCSA scaled to the default subject's stature ({@link StatureScaling#areaM2}),
     * which {@link SubjectGeometry} multiplies by a subject's size factor: computed once per set.
     */
    final double[] defaultSubjectPcsaM2;
    final double[] pointX;
    final double[] pointY;
    final double[] pointZ;
    final int[] pointBody;
    /** For muscle i and level k: index of the lower point of the path segment crossing disc k, or -1. */
    final int[] crossing;
    /** First level muscle i crosses (0 = L5-S1); equals {@link #levelHi} when it crosses none. */
    final int[] levelLo;
    /** One past the last level muscle i crosses. */
    final int[] levelHi;
    /**
     * Indices of the points that end a segment crossing some level (the only ones the moment arms
     * need), grouped by body: those of body {@code b} are {@code crossingPoints[bodyStart[b] .. bodyStart[b + 1])}.
     */
    final int[] crossingPoints;
    /** Start of each body's group in {@link #crossingPoints}; {@code LumbarModel.BODIES + 1} entries. */
    final int[] bodyStart;

    /** Group name of the psoas major lines in {@link Christophy2012Muscles}. */
    static final String PSOAS_GROUP = "psoas";
    private static MuscleSet psoasLines;

    /**
     * Psoas: for each line, its side (0 left, 1 right), or -1 for a line of another muscle.
     */
    final int[] psoasSide;
    /**
     * Psoas: each psoas line's share of its side's psoas force, its PCSA over that of the side's
     * lines that cross L5-S1 (every psoas fascicle does; of the collapsed lines, one); 0 for other lines.
     */
    final double[] psoasFraction;
    /** Whether the set has psoas lines (the multi-fascicle set; the single-equivalent set leaves them out). */
    final boolean hasPsoas;
    /**
     * Whether each line is an abdominal flexor (rectus abdominis, external or internal oblique), whose
     * floor in upright postures is the abdominal co-activation ({@link TissueParameters#abdominalCoactivation()}).
     */
    final boolean[] abdominal;
    /** The indices of the {@link #abdominal} lines, ascending (a loop over them adds in line order). */
    final int[] abdominalLines;

    /** Groups of the abdominal flexors, the same names in both muscle models. */
    static final Set<String> ABDOMINAL_GROUPS = Set.of("rectus_abdominis", "external_oblique", "internal_oblique");

    static MuscleSet of(MuscleModelKind kind) {
        MuscleSet built = CACHE.get(kind);
        return built != null ? built : buildOnce(kind);
    }

    private static synchronized MuscleSet buildOnce(MuscleModelKind kind) {
        MuscleSet built = CACHE.get(kind);
        if (built == null) {
            built = build(kind);
            CACHE.put(kind, built);
        }
        return built;
    }

    /**
     * @return the psoas of {@link Christophy2012Muscles} collapsed into one line per level and side
     *     like the single-equivalent groups ({@link SingleEquivalentMuscles#collapsePsoas}), built once:
     *     the lines along which a muscle set without psoas lines takes the psoas force of the hip equation
     */
    static synchronized MuscleSet psoasLines() {
        if (psoasLines == null) {
            double[] jx = new double[LumbarModel.JOINTS];
            double[] jy = new double[LumbarModel.JOINTS];
            referenceJoints(jx, jy);
            psoasLines = new MuscleSet(SingleEquivalentMuscles.collapsePsoas(
                    Christophy2012Muscles.fascicles(Christophy2012Muscles.REFERENCE_STATURE_M), jx, jy,
                    SubjectGeometry.discTilts(jx, jy)));
        }
        return psoasLines;
    }

    /** The joint centres at the lines' reference stature. */
    private static void referenceJoints(double[] jx, double[] jy) {
        SubjectGeometry.referenceJoints(Christophy2012Muscles.REFERENCE_STATURE_M / Christophy2012Spine.REFERENCE_STATURE_M,
                jx, jy);
    }

    /**
     * Both kinds start from the same fascicles and meet the same CT measurement at L4-L5: the
     * single-equivalent lines are collapsed and moved there, the multi-fascicle groups are moved
     * there whole ({@link SingleEquivalentMuscles#shiftedToImaging}).
     */
    private static MuscleSet build(MuscleModelKind kind) {
        List<Fascicle> all = Christophy2012Muscles.fascicles(Christophy2012Muscles.REFERENCE_STATURE_M);
        double[] jx = new double[LumbarModel.JOINTS];
        double[] jy = new double[LumbarModel.JOINTS];
        referenceJoints(jx, jy);
        double[] tilts = SubjectGeometry.discTilts(jx, jy);
        return new MuscleSet(kind == MuscleModelKind.SINGLE_EQUIVALENT
                ? SingleEquivalentMuscles.collapse(all, jx, jy, tilts)
                : SingleEquivalentMuscles.shiftedToImaging(all, jx, jy, tilts));
    }

    private MuscleSet(List<Fascicle> fascicles) {
        reference = List.copyOf(fascicles);
        int n = fascicles.size();
        pcsaM2 = new double[n];
        defaultSubjectPcsaM2 = new double[n];
        double defaultScale = Subject.defaultSubject().statureM() / Christophy2012Muscles.REFERENCE_STATURE_M;
        int pts = 0;
        for (Fascicle f : fascicles) {
            pts += f.points().size();
        }
        pointX = new double[pts];
        pointY = new double[pts];
        pointZ = new double[pts];
        pointBody = new int[pts];
        crossing = new int[n * LumbarModel.LEVELS];
        java.util.Arrays.fill(crossing, -1);
        levelLo = new int[n];
        levelHi = new int[n];
        int g = 0;
        for (int i = 0; i < n; i++) {
            Fascicle f = fascicles.get(i);
            pcsaM2[i] = f.pcsaM2();
            defaultSubjectPcsaM2[i] = StatureScaling.areaM2(pcsaM2[i], defaultScale);
            int start = g;
            for (Fascicle.PathPoint p : f.points()) {
                pointX[g] = p.xM();
                pointY[g] = p.yM();
                pointZ[g] = p.zM();
                pointBody[g] = p.body().ordinal();
                g++;
            }
            for (int p = start; p + 1 < g; p++) {
                for (int k = pointBody[p]; k < Math.min(pointBody[p + 1], LumbarModel.LEVELS); k++) {
                    crossing[i * LumbarModel.LEVELS + k] = p;
                }
            }
            levelLo[i] = Math.min(pointBody[start], LumbarModel.LEVELS);
            levelHi[i] = Math.min(pointBody[g - 1], LumbarModel.LEVELS);
        }
        boolean[] used = new boolean[pts];
        for (int c : crossing) {
            if (c >= 0) {
                used[c] = true;
                used[c + 1] = true;
            }
        }
        int count = 0;
        for (boolean u : used) {
            count += u ? 1 : 0;
        }
        crossingPoints = new int[count];
        bodyStart = new int[LumbarModel.BODIES + 1];
        int c = 0;
        for (int b = 0; b < LumbarModel.BODIES; b++) {
            bodyStart[b] = c;
            for (int p = 0; p < pts; p++) {
                if (used[p] && pointBody[p] == b) {
                    crossingPoints[c++] = p;
                }
            }
        }
        bodyStart[LumbarModel.BODIES] = c;
        psoasSide = new int[n];
        psoasFraction = new double[n];
        double[] sideArea = new double[2];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            Fascicle f = fascicles.get(i);
            psoasSide[i] = PSOAS_GROUP.equals(f.group()) ? ("R".equals(f.side()) ? 1 : 0) : -1;
            if (psoasSide[i] >= 0 && levelLo[i] == 0) {
                sideArea[psoasSide[i]] += pcsaM2[i];
                any = true;
            }
        }
        for (int i = 0; i < n; i++) {
            psoasFraction[i] = psoasSide[i] >= 0 ? pcsaM2[i] / sideArea[psoasSide[i]] : 0;
        }
        hasPsoas = any;
        abdominal = new boolean[n];
        for (int i = 0; i < n; i++) {
            abdominal[i] = ABDOMINAL_GROUPS.contains(fascicles.get(i).group());
        }
        int abdominalCount = 0;
        for (boolean a : abdominal) {
            abdominalCount += a ? 1 : 0;
        }
        abdominalLines = new int[abdominalCount];
        for (int i = 0, j = 0; i < n; i++) {
            if (abdominal[i]) {
                abdominalLines[j++] = i;
            }
        }
    }

    int count() {
        return pcsaM2.length;
    }

    /**
     * @param k stature ratio: coordinates are scaled by it
     * @param pcsaM2 the subject's PCSA of each line, in order (m²; not modified)
     * @return the lines with scaled coordinates and the given PCSA
     */
    List<Fascicle> scaled(double k, double[] pcsaM2) {
        return StatureScaling.fascicles(reference, k, pcsaM2);
    }
}
