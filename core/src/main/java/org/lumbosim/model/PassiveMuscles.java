package org.lumbosim.model;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrix3x3;

/**
 * The passive tension of the stretched erector spinae fascicles in the pose, a known force along
 * each muscle line that the recruitment does not choose ({@link MyoBackPassiveMuscle}): each
 * fascicle of {@link MyoBackPassiveMuscle#PASSIVE_GROUPS} in the multi-fascicle anatomy is measured
 * along its whole path (straight segments between its points, on the bodies the pose places), its
 * length divided by the subject's stature ratio gives its normalised length, and the law gives its
 * force relative to its largest active force at the source's specific tension
 * ({@link Christophy2012Muscles#SPECIFIC_TENSION_PA} times the subject's PCSA of the fascicle).
 * A stretched muscle pulls along its line whether or not it is active and whatever carries the
 * trunk, so the force is there in every posture and with every support.
 *
 * <p>Each recruited line carries the passive force of the fascicles it stands for: in the
 * multi-fascicle model each fascicle its own; in the single-equivalent model the erector spinae
 * line of a level and side the sum over the erector fascicles of that side that cross the level
 * (the fascicles whose PCSA and direction {@link SingleEquivalentMuscles} collapses into it), along
 * the line's direction as its active force. The lengths are always the multi-fascicle set's (moved
 * to the CT measurement like the recruited lines), so both models stretch the same fascicles alike.
 *
 * <p>As in Hill-type models, the passive force is added to the fibre's active force rather than
 * counted against its bound: the recruited (active) force of every line still lies between its
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
    /** Recruited line i takes the passive fascicles {@code member[memberStart[i] .. memberStart[i + 1])}. */
    private final int[] memberStart;
    private final int[] member;
    /** Scratch: a fascicle's points in the world. */
    private final double[] pointWorld;

    /** Length of each passive fascicle in the last pose (m, subject's stature). */
    final double[] lengthM;
    /** Passive force of each passive fascicle in the last pose (N). */
    final double[] fascicleForceN;
    /** Passive force along each recruited line (N, {@code >= 0}). */
    final double[] lineForceN;
    /** Sum of the passive muscle forces on the body above each disc (N, world), {@code 3 * level}. */
    final double[] forceN = new double[3 * LumbarModel.LEVELS];
    /** Their moment about each level's joint centre (N·m, world), {@code 3 * level}. */
    final double[] momentNm = new double[3 * LumbarModel.LEVELS];

    /**
     * @param muscles the recruited muscle set
     */
    PassiveMuscles(MuscleSet muscles) {
        source = MuscleSet.of(MuscleModelKind.MULTI_FASCICLE);
        int total = source.count();
        int[] start = new int[total + 1];
        for (int f = 0; f < total; f++) {
            start[f + 1] = start[f] + source.reference.get(f).points().size();
        }
        List<Integer> chosen = new ArrayList<>();
        for (int f = 0; f < total; f++) {
            if (MyoBackPassiveMuscle.PASSIVE_GROUPS.contains(source.reference.get(f).group())) {
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
        int most = 0;
        for (int j = 0; j < m; j++) {
            int f = chosen.get(j);
            fascicle[j] = f;
            pointFrom[j] = start[f];
            pointTo[j] = start[f + 1];
            most = Math.max(most, pointTo[j] - pointFrom[j]);
            MyoBackPassiveMuscle.Parameters p = MyoBackPassiveMuscle.of(source.reference.get(f).name());
            lengthMinM[j] = p.lengthMinM();
            optimalLengthM[j] = p.optimalLengthM();
            rangeLo[j] = p.rangeLo();
            lmaxNorm[j] = p.lmaxNorm();
            fpmax[j] = p.fpmax();
        }
        pointWorld = new double[3 * most];
        lengthM = new double[m];
        fascicleForceN = new double[m];
        int n = muscles.count();
        lineForceN = new double[n];
        memberStart = new int[n + 1];
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Fascicle line = muscles.reference.get(i);
            for (int j = 0; j < m; j++) {
                Fascicle f = source.reference.get(fascicle[j]);
                boolean same = muscles == source ? fascicle[j] == i
                        : SingleEquivalentMuscles.ERECTOR_SPINAE.equals(line.group()) && f.side().equals(line.side())
                        && source.levelLo[fascicle[j]] <= muscles.levelLo[i] && muscles.levelLo[i] < source.levelHi[fascicle[j]];
                if (same) {
                    members.add(j);
                }
            }
            memberStart[i + 1] = members.size();
        }
        member = members.stream().mapToInt(Integer::intValue).toArray();
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
     * @param muscles the recruited muscle set (not modified)
     * @param pose the pose (not modified)
     * @param geometry the recruited lines' unit pulls and moment arms in the pose (not modified)
     */
    void compute(SubjectGeometry g, MuscleSet muscles, Kinematics pose, MuscleGeometry geometry) {
        double scale = g.muscleScale;
        double sizeFactor = g.pcsaSizeFactor;
        for (int j = 0; j < fascicle.length; j++) {
            int count = pointTo[j] - pointFrom[j];
            for (int q = 0; q < count; q++) {
                toWorld(g, pose, pointFrom[j] + q, q);
            }
            double len = 0;
            for (int q = 0; q + 1 < count; q++) {
                double dx = pointWorld[3 * q + 3] - pointWorld[3 * q];
                double dy = pointWorld[3 * q + 4] - pointWorld[3 * q + 1];
                double dz = pointWorld[3 * q + 5] - pointWorld[3 * q + 2];
                len += Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
            lengthM[j] = len;
            double ratio = MyoBackPassiveMuscle.forceRatio(normalisedLength(j, scale), lmaxNorm[j], fpmax[j]);
            fascicleForceN[j] = ratio * Christophy2012Muscles.SPECIFIC_TENSION_PA
                    * source.defaultSubjectPcsaM2[fascicle[j]] * sizeFactor;
        }
        java.util.Arrays.fill(forceN, 0);
        java.util.Arrays.fill(momentNm, 0);
        int n = muscles.count();
        double[] unit = geometry.unitForce;
        double[] arm = geometry.momentArm;
        for (int i = 0; i < n; i++) {
            double t = 0;
            for (int e = memberStart[i]; e < memberStart[i + 1]; e++) {
                t += fascicleForceN[member[e]];
            }
            lineForceN[i] = t;
            if (t == 0) {
                continue;
            }
            for (int k = muscles.levelLo[i]; k < muscles.levelHi[i]; k++) {
                int u = 3 * (k * n + i);
                forceN[3 * k] += t * unit[u];
                forceN[3 * k + 1] += t * unit[u + 1];
                forceN[3 * k + 2] += t * unit[u + 2];
                momentNm[3 * k] += t * arm[u];
                momentNm[3 * k + 1] += t * arm[u + 1];
                momentNm[3 * k + 2] += t * arm[u + 2];
            }
        }
    }

    /** World position of source point {@code p} into scratch slot {@code q}: as {@link MuscleGeometry} places it. */
    private void toWorld(SubjectGeometry g, Kinematics pose, int p, int q) {
        double scale = g.muscleScale;
        int b = source.pointBody[p];
        double x = StatureScaling.lengthM(source.pointX[p], scale);
        double y = StatureScaling.lengthM(source.pointY[p], scale);
        double z = StatureScaling.lengthM(source.pointZ[p], scale);
        if (b != 0) {
            x -= g.jointX[b - 1];
            y -= g.jointY[b - 1];
        }
        DMatrix3x3 o = pose.orient[b];
        double wx = o.a11 * x + o.a12 * y + o.a13 * z;
        double wy = o.a21 * x + o.a22 * y + o.a23 * z;
        double wz = o.a31 * x + o.a32 * y + o.a33 * z;
        if (b != 0) {
            int jw = 3 * (b - 1);
            wx += pose.jointWorld[jw];
            wy += pose.jointWorld[jw + 1];
            wz += pose.jointWorld[jw + 2];
        }
        pointWorld[3 * q] = wx;
        pointWorld[3 * q + 1] = wy;
        pointWorld[3 * q + 2] = wz;
    }
}
