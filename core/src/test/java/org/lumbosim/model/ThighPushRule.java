package org.lumbosim.model;

/**
 * The thighs' push rule ({@link TrunkThighContact#push}) recomputed from a solved workspace, level by level:
 * the moment extending the body above without the push, split into the external actions (the push taken
 * out), the segments' passive tissues (ligaments and disc) and the stretched erector spinae's passive
 * tension; the push's extending moment per newton; the push that cancels the level's extensor need (none
 * where it needs no extensor, unlimited where the push does not extend it); and what is left after the push
 * (positive: the level would need a flexor). For tests that check the rule in both muscle models.
 *
 * @param externalNm external actions without the push (N·m, + = extends the body above)
 * @param segmentNm ligaments and disc at the posture (N·m, + = resisting flexion)
 * @param passiveMuscleNm the stretched erector spinae's passive tension (N·m, + = resisting flexion)
 * @param perNewtonM the push's extending moment per newton (m)
 * @param allowedN the push at which the level needs no extensor (N)
 * @param afterPushNm the extending moment with the push the solve used (N·m)
 * @param leastN the least of {@code allowedN}
 * @param ruleLevel the level with the least
 */
record ThighPushRule(double[] externalNm, double[] segmentNm, double[] passiveMuscleNm, double[] perNewtonM,
                     double[] allowedN, double[] afterPushNm, double leastN, int ruleLevel) {

    /**
     * @param w a workspace solved with {@code TRUNK_ON_THIGHS}
     * @return the rule's terms in that solve
     */
    static ThighPushRule of(Workspace w) {
        SolvePipeline p = w.pipeline;
        TrunkThighContact t = p.supports.trunkThighs;
        double[] fr = p.pose.discFrame;
        double[] j = p.pose.jointWorld;
        double[] nrm = t.surface.normal;
        double[] ext = p.netLoads.extMoment;
        int n = LumbarModel.LEVELS;
        double[] external = new double[n];
        double[] segment = new double[n];
        double[] muscle = new double[n];
        double[] perN = new double[n];
        double[] allowed = new double[n];
        double[] after = new double[n];
        double least = Double.POSITIVE_INFINITY;
        int rule = -1;
        for (int k = 0; k < n; k++) {
            int o = 9 * k;
            double lx = fr[o + 6], ly = fr[o + 7], lz = fr[o + 8];
            double ax = t.pointM[0] - j[3 * k], ay = t.pointM[1] - j[3 * k + 1], az = t.pointM[2] - j[3 * k + 2];
            perN[k] = (ay * nrm[2] - az * nrm[1]) * lx + (az * nrm[0] - ax * nrm[2]) * ly + (ax * nrm[1] - ay * nrm[0]) * lz;
            double withPush = ext[3 * k] * lx + ext[3 * k + 1] * ly + ext[3 * k + 2] * lz;
            external[k] = withPush - t.forceN * perN[k];
            muscle[k] = p.tissueLoads.muscleMomentNm[k];
            segment[k] = p.tissueLoads.passiveAxisMomentNm[3 * k] - muscle[k];
            double need = external[k] + segment[k] + muscle[k];
            allowed[k] = perN[k] > 0 ? Math.max(0, -need / perN[k]) : Double.POSITIVE_INFINITY;
            after[k] = need + t.forceN * perN[k];
            if (allowed[k] < least) {
                least = allowed[k];
                rule = k;
            }
        }
        return new ThighPushRule(external, segment, muscle, perN, allowed, after, least, rule);
    }
}
