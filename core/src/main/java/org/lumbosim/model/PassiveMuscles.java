package org.lumbosim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ejml.data.DMatrix3x3;
import org.lumbosim.posture.Posture;

/**
 * The passive tension of the stretched erector spinae fascicles in the pose, a known force along
 * each fascicle's own path that the recruitment does not choose ({@link MyoBackPassiveMuscle}): each
 * fascicle of {@link MyoBackPassiveMuscle#PASSIVE_GROUPS} in the multi-fascicle anatomy is measured
 * along its whole path (straight segments between its points, on the bodies the pose places), its
 * length divided by the subject's stature ratio gives its normalised length, and the law gives its
 * force relative to its largest active force at the source's specific tension
 * ({@link Christophy2012Muscles#SPECIFIC_TENSION_PA} times the subject's PCSA of the fascicle).
 * A stretched muscle pulls along its line whether or not it is active and whatever carries the
 * trunk, so the force is there in every posture and with every support.
 *
 * <p>Each fascicle's force acts along the path that gave its length: on the body above each disc it
 * crosses, along the path segment that spans that disc ({@link MuscleGeometry#compute}, the rule of the
 * recruited lines), with that segment's moment about the disc centre. The paths are the multi-fascicle
 * set's (moved to the CT measurement like the recruited lines), whichever muscle model recruits the
 * active force: the recruitment model says how active force is shared, and a stretched fascicle's
 * tension follows its own path in both, so both models get the same passive force and moment at every
 * level. (Until the twelfth session the single-equivalent model put the sum of a side's erector
 * fascicles crossing a level on that level's one erector line, McGill's centroid and the group's
 * PCSA-weighted mean direction: another lever and lean than the paths that were stretched.)
 *
 * <p>As in Hill-type models, the passive force is added to the fibres' active force rather than
 * counted against a bound: the recruited (active) force of every line still lies between its
 * bounds. The level deviations of {@link RecruitmentAssembly} do not see the passive muscles'
 * stiffness (their tangent stiffness is the ligaments' and the disc's). Allocation-free.
 */
final class PassiveMuscles {
    /** The anatomy whose fascicles are stretched: the multi-fascicle set. */
    private final MuscleSet source;
    /** Index in {@link #source} of each fascicle with a passive law. */
    private final int[] fascicle;
    /** First path point (in {@link #source}'s arrays) of each such fascicle, and one past its last. */
    private final int[] pointFrom;
    private final int[] pointTo;
    private final double[] lengthMinM;
    private final double[] optimalLengthM;
    private final double[] rangeLo;
    private final double[] lmaxNorm;
    private final double[] fpmax;
    /** The passive fascicles' points grouped by body: those of body b are {@code byBody[bodyStart[b] .. bodyStart[b + 1])}. */
    private final int[] byBody;
    private final int[] bodyStart;
    /**
     * The passive fascicles' points in their body's frame, scaled to the subject {@link #localOf}, and in
     * the world in the last pose: {@code 3 * p} for {@link #source}'s point p.
     */
    private final double[] pointLocal;
    private final double[] pointWorld;
    /** Length of the path segment from {@link #source}'s point p to p + 1 in the last pose (m), at p; from {@link #lengths}. */
    private final double[] segmentM;
    /** The passive fascicles' segments, fascicle by fascicle: each one's lower point, fascicle, and whether it is the fascicle's first. */
    private final int[] segmentPoint;
    private final int[] segmentFascicle;
    private final boolean[] segmentStartsFascicle;
    /**
     * The passive fascicles crossing each level, level by level then in fascicle order: those crossing disc k are
     * {@code [levelStart[k], levelStart[k + 1])}, each with its fascicle, the lower point of its segment spanning
     * the disc, and whether that segment also spans the disc below (then its direction is the one found there).
     */
    private final int[] levelStart;
    private final int[] pairFascicle;
    private final int[] pairPoint;
    private final boolean[] pairSpansBelow;
    /** The subject whose body-frame points {@link #pointLocal} holds (null before the first solve). */
    private SubjectGeometry localOf;
    /** The subject and posture of the last {@link #lengthM} and {@link #fascicleForceN} (null before). */
    private SubjectGeometry lengthsOf;
    private Posture lengthsPosture;

    /** Length of each passive fascicle in the last pose (m, subject's stature). */
    final double[] lengthM;
    /** Passive force of each passive fascicle in the last pose (N). */
    final double[] fascicleForceN;
    /**
     * Unit pull on the body above disc k of passive fascicle j in the last pose (world), {@code 3 * (k * m + j)}
     * with m = {@link #fascicleCount()}; written for the levels the fascicle crosses, zero while it is slack.
     */
    final double[] unitForce;
    /** Moment of that unit pull about the disc centre in the last pose (m, world), same layout. */
    final double[] momentArm;
    /** Sum of the passive fascicle forces on the body above each disc (N, world), {@code 3 * level}. */
    final double[] forceN = new double[3 * LumbarModel.LEVELS];
    /** Their moment about each level's joint centre (N·m, world), {@code 3 * level}. */
    final double[] momentNm = new double[3 * LumbarModel.LEVELS];

    /** The erector spinae fascicles ({@link MyoBackPassiveMuscle#PASSIVE_GROUPS}), for either muscle model. */
    PassiveMuscles() {
        this(ErectorLayout.TEMPLATE);
    }

    /**
     * The erector spinae's layout (which fascicles, their law's constants, the index arrays of the points,
     * segments and crossings), built once: it depends on the anatomy alone, and building it took about half
     * the time of a new workspace ({@code Lumbosim.analyze} makes one per call). Holder idiom: built on first use.
     */
    private static final class ErectorLayout {
        /** Never computed on: each stage shares its read-only arrays ({@link #PassiveMuscles(PassiveMuscles)}). */
        static final PassiveMuscles TEMPLATE = new PassiveMuscles(MyoBackPassiveMuscle.PASSIVE_GROUPS);
    }

    /**
     * A stage with {@code layout}'s fascicles: shares its read-only layout arrays, and has storage of its own for
     * everything a compute writes.
     */
    private PassiveMuscles(PassiveMuscles layout) {
        source = layout.source;
        fascicle = layout.fascicle;
        pointFrom = layout.pointFrom;
        pointTo = layout.pointTo;
        lengthMinM = layout.lengthMinM;
        optimalLengthM = layout.optimalLengthM;
        rangeLo = layout.rangeLo;
        lmaxNorm = layout.lmaxNorm;
        fpmax = layout.fpmax;
        byBody = layout.byBody;
        bodyStart = layout.bodyStart;
        segmentPoint = layout.segmentPoint;
        segmentFascicle = layout.segmentFascicle;
        segmentStartsFascicle = layout.segmentStartsFascicle;
        levelStart = layout.levelStart;
        pairFascicle = layout.pairFascicle;
        pairPoint = layout.pairPoint;
        pairSpansBelow = layout.pairSpansBelow;
        pointLocal = new double[layout.pointLocal.length];
        pointWorld = new double[layout.pointWorld.length];
        segmentM = new double[layout.segmentM.length];
        lengthM = new double[layout.lengthM.length];
        fascicleForceN = new double[layout.fascicleForceN.length];
        unitForce = new double[layout.unitForce.length];
        momentArm = new double[layout.momentArm.length];
    }

    /**
     * The passive tension of the fascicles of other groups, for examining MyoBack's curves of the
     * muscles the model leaves out ({@code OtherPassiveMusclesTest}, docs/research/silent-tissues.md).
     *
     * @param groups the groups of {@link Christophy2012Muscles} whose fascicles carry the law
     */
    PassiveMuscles(Set<String> groups) {
        source = MuscleSet.of(MuscleModelKind.MULTI_FASCICLE);
        int total = source.count();
        int[] start = new int[total + 1];
        for (int f = 0; f < total; f++) {
            start[f + 1] = start[f] + source.reference.get(f).points().size();
        }
        List<Integer> chosen = new ArrayList<>();
        for (int f = 0; f < total; f++) {
            if (groups.contains(source.reference.get(f).group())) {
                chosen.add(f);
            }
        }
        int m = chosen.size();
        fascicle = new int[m];
        pointFrom = new int[m];
        pointTo = new int[m];
        lengthMinM = new double[m];
        optimalLengthM = new double[m];
        rangeLo = new double[m];
        lmaxNorm = new double[m];
        fpmax = new double[m];
        for (int j = 0; j < m; j++) {
            int f = chosen.get(j);
            fascicle[j] = f;
            pointFrom[j] = start[f];
            pointTo[j] = start[f + 1];
            MyoBackPassiveMuscle.Parameters p = MyoBackPassiveMuscle.of(source.reference.get(f).name());
            lengthMinM[j] = p.lengthMinM();
            optimalLengthM[j] = p.optimalLengthM();
            rangeLo[j] = p.rangeLo();
            lmaxNorm[j] = p.lmaxNorm();
            fpmax[j] = p.fpmax();
        }
        int points = source.pointBody.length;
        pointLocal = new double[3 * points];
        pointWorld = new double[3 * points];
        bodyStart = new int[LumbarModel.BODIES + 1];
        List<Integer> grouped = new ArrayList<>();
        for (int b = 0; b < LumbarModel.BODIES; b++) {
            for (int j = 0; j < m; j++) {
                for (int p = pointFrom[j]; p < pointTo[j]; p++) {
                    if (source.pointBody[p] == b) {
                        grouped.add(p);
                    }
                }
            }
            bodyStart[b + 1] = grouped.size();
        }
        byBody = grouped.stream().mapToInt(Integer::intValue).toArray();
        segmentM = new double[points];
        List<Integer> lower = new ArrayList<>();
        List<Integer> of = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            for (int p = pointFrom[j]; p + 1 < pointTo[j]; p++) {
                lower.add(p);
                of.add(j);
            }
        }
        segmentPoint = lower.stream().mapToInt(Integer::intValue).toArray();
        segmentFascicle = of.stream().mapToInt(Integer::intValue).toArray();
        segmentStartsFascicle = new boolean[segmentPoint.length];
        for (int e = 0; e < segmentPoint.length; e++) {
            segmentStartsFascicle[e] = e == 0 || segmentFascicle[e - 1] != segmentFascicle[e];
        }
        levelStart = new int[LumbarModel.LEVELS + 1];
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            for (int j = 0; j < m; j++) {
                int f = fascicle[j];
                if (source.levelLo[f] <= k && k < source.levelHi[f]) {
                    int c = f * LumbarModel.LEVELS + k;
                    pairs.add(new int[] {j, source.crossing[c], k > source.levelLo[f] && source.crossing[c - 1] == source.crossing[c] ? 1 : 0});
                }
            }
            levelStart[k + 1] = pairs.size();
        }
        pairFascicle = pairs.stream().mapToInt(e -> e[0]).toArray();
        pairPoint = pairs.stream().mapToInt(e -> e[1]).toArray();
        pairSpansBelow = new boolean[pairs.size()];
        for (int e = 0; e < pairs.size(); e++) {
            pairSpansBelow[e] = pairs.get(e)[2] == 1;
        }
        lengthM = new double[m];
        fascicleForceN = new double[m];
        unitForce = new double[3 * LumbarModel.LEVELS * m];
        momentArm = new double[unitForce.length];
    }

    /** @return the number of fascicles with a passive law */
    int fascicleCount() {
        return fascicle.length;
    }

    /**
     * @param j a passive fascicle, {@code 0 <= j < fascicleCount()}
     * @return its name in {@link Christophy2012Muscles}
     */
    String fascicleName(int j) {
        return source.reference.get(fascicle[j]).name();
    }

    /**
     * @param j a passive fascicle
     * @param muscleScale the subject's stature ratio ({@link SubjectGeometry#muscleScale})
     * @return its normalised length in the last pose
     */
    double normalisedLength(int j, double muscleScale) {
        return rangeLo[j] + (lengthM[j] / muscleScale - lengthMinM[j]) / optimalLengthM[j];
    }

    /**
     * @param g the subject's body (not modified)
     * @param pose the pose (not modified)
     */
    void compute(SubjectGeometry g, Kinematics pose) {
        compute(g, pose, null, null);
    }

    /**
     * As {@link #compute(SubjectGeometry, Kinematics)}, taking the pulls of the recruited lines when they are
     * these very fascicles (the multi-fascicle model): {@link MuscleGeometry} has already computed them in
     * this pose by the same rule from the same points, so copying them gives the same numbers bit for bit
     * and saves recomputing a few hundred pulls per posture.
     *
     * @param g the subject's body (not modified)
     * @param pose the pose (not modified)
     * @param recruited the recruited muscle set (not modified)
     * @param recruitedGeometry its geometry in this pose, computed (not modified)
     */
    void compute(SubjectGeometry g, Kinematics pose, MuscleSet recruited, MuscleGeometry recruitedGeometry) {
        if (g == lengthsOf && pose.posture() == lengthsPosture) {
            // the same subject in the same posture: the same lengths, pulls and sums as the last solve
            return;
        }
        lengths(g, pose);
        lengthsOf = g;
        lengthsPosture = pose.posture();
        int m = fascicle.length;
        boolean shared = recruited == source;
        int n = source.count();
        double[] w = pointWorld;
        double[] joint = pose.jointWorld;
        // level by level, the fascicles in their order. A segment's length is the length pass's (the same sum of the
        // same squares, so the same number as MuscleGeometry.compute's, whose arithmetic this repeats), and a segment
        // spanning several discs gets its direction once; the sums are kept in registers
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double jx = joint[3 * k], jy = joint[3 * k + 1], jz = joint[3 * k + 2];
            double fx = 0, fy = 0, fz = 0, mx = 0, my = 0, mz = 0;
            for (int e = levelStart[k]; e < levelStart[k + 1]; e++) {
                int j = pairFascicle[e];
                double t = fascicleForceN[j];
                int u = 3 * (k * m + j);
                if (t == 0) {
                    // a slack fascicle pulls nothing: its line is not needed (zero, so that the stage depends on the pose alone)
                    unitForce[u] = 0;
                    unitForce[u + 1] = 0;
                    unitForce[u + 2] = 0;
                    momentArm[u] = 0;
                    momentArm[u + 1] = 0;
                    momentArm[u + 2] = 0;
                    continue;
                }
                double ux, uy, uz, ax, ay, az;
                if (shared) {
                    int v = 3 * (k * n + fascicle[j]);
                    ux = recruitedGeometry.unitForce[v];
                    uy = recruitedGeometry.unitForce[v + 1];
                    uz = recruitedGeometry.unitForce[v + 2];
                    ax = recruitedGeometry.momentArm[v];
                    ay = recruitedGeometry.momentArm[v + 1];
                    az = recruitedGeometry.momentArm[v + 2];
                } else {
                    int lo = 3 * pairPoint[e];
                    int hi = lo + 3;
                    if (pairSpansBelow[e]) {
                        int d = u - 3 * m;
                        ux = unitForce[d];
                        uy = unitForce[d + 1];
                        uz = unitForce[d + 2];
                    } else {
                        double inv = 1 / segmentM[pairPoint[e]];
                        ux = (w[lo] - w[hi]) * inv;
                        uy = (w[lo + 1] - w[hi + 1]) * inv;
                        uz = (w[lo + 2] - w[hi + 2]) * inv;
                    }
                    double rx = w[hi] - jx;
                    double ry = w[hi + 1] - jy;
                    double rz = w[hi + 2] - jz;
                    ax = ry * uz - rz * uy;
                    ay = rz * ux - rx * uz;
                    az = rx * uy - ry * ux;
                }
                unitForce[u] = ux;
                unitForce[u + 1] = uy;
                unitForce[u + 2] = uz;
                momentArm[u] = ax;
                momentArm[u + 1] = ay;
                momentArm[u + 2] = az;
                fx += t * ux;
                fy += t * uy;
                fz += t * uz;
                mx += t * ax;
                my += t * ay;
                mz += t * az;
            }
            forceN[3 * k] = fx;
            forceN[3 * k + 1] = fy;
            forceN[3 * k + 2] = fz;
            momentNm[3 * k] = mx;
            momentNm[3 * k + 1] = my;
            momentNm[3 * k + 2] = mz;
        }
    }

    /**
     * Each passive fascicle's length and passive force in the pose; the pose's posture and the subject
     * determine them, so {@link #compute} calls this only when either changed since the last solve.
     */
    private void lengths(SubjectGeometry g, Kinematics pose) {
        if (g != localOf) {
            local(g);
            localOf = g;
        }
        double scale = g.muscleScale;
        double sizeFactor = g.pcsaSizeFactor;
        toWorld(pose);
        double[] w = pointWorld;
        // every segment in one pass, each fascicle's length summed as it goes (its segments in order, from 0)
        double len = 0;
        for (int e = 0; e < segmentPoint.length; e++) {
            int p = segmentPoint[e];
            int q = 3 * p;
            double dx = w[q + 3] - w[q];
            double dy = w[q + 4] - w[q + 1];
            double dz = w[q + 5] - w[q + 2];
            double segment = Math.sqrt(dx * dx + dy * dy + dz * dz);
            segmentM[p] = segment;
            len = (segmentStartsFascicle[e] ? 0 : len) + segment;
            lengthM[segmentFascicle[e]] = len;
        }
        for (int j = 0; j < fascicle.length; j++) {
            double ratio = MyoBackPassiveMuscle.forceRatio(normalisedLength(j, scale), lmaxNorm[j], fpmax[j]);
            fascicleForceN[j] = ratio * Christophy2012Muscles.SPECIFIC_TENSION_PA
                    * source.defaultSubjectPcsaM2[fascicle[j]] * sizeFactor;
        }
    }

    /** The passive fascicles' points in their body's frame, scaled to subject {@code g}: as {@link MuscleGeometry} places them. */
    private void local(SubjectGeometry g) {
        for (int j = 0; j < fascicle.length; j++) {
            for (int p = pointFrom[j]; p < pointTo[j]; p++) {
                MuscleGeometry.bodyFramePoint(g, source.pointBody[p], source.pointX[p], source.pointY[p],
                        source.pointZ[p], pointLocal, 3 * p);
            }
        }
    }

    /** The passive fascicles' points in the world in the pose ({@link #pointWorld}): as {@link MuscleGeometry} places them. */
    private void toWorld(Kinematics pose) {
        double[] l = pointLocal;
        double[] w = pointWorld;
        for (int b = 0; b < LumbarModel.BODIES; b++) {
            DMatrix3x3 o = pose.orient[b];
            double a11 = o.a11, a12 = o.a12, a13 = o.a13;
            double a21 = o.a21, a22 = o.a22, a23 = o.a23;
            double a31 = o.a31, a32 = o.a32, a33 = o.a33;
            double tx = b == 0 ? 0 : pose.jointWorld[3 * (b - 1)];
            double ty = b == 0 ? 0 : pose.jointWorld[3 * (b - 1) + 1];
            double tz = b == 0 ? 0 : pose.jointWorld[3 * (b - 1) + 2];
            for (int e = bodyStart[b]; e < bodyStart[b + 1]; e++) {
                int p = 3 * byBody[e];
                double x = l[p], y = l[p + 1], z = l[p + 2];
                double wx = a11 * x + a12 * y + a13 * z;
                double wy = a21 * x + a22 * y + a23 * z;
                double wz = a31 * x + a32 * y + a33 * z;
                if (b != 0) {
                    wx += tx;
                    wy += ty;
                    wz += tz;
                }
                w[p] = wx;
                w[p + 1] = wy;
                w[p + 2] = wz;
            }
        }
    }
}
