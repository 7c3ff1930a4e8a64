package org.lumbosim.model;

import org.lumbosim.internal.Units;

/**
 * Disc mechanics: the force the disc carries (external actions on the body above it, the
 * force of abdominal pressure (along the disc normal) and of any passive wall remainder (along the wall; the wall's
 * tension is otherwise in the abdominal muscles' forces), the ligament forces, the passive
 * muscle tension ({@link PassiveMuscles}), the recruited muscle forces and, for a muscle set without psoas lines, the hip equation's known psoas force), resolved in the disc's
 * frame into compression, anterior-posterior and lateral shear; and the intradiscal pressure
 * {@code p0 + factor F / A} (Nachemson), the one place that formula is written (the diurnal disc
 * model uses it too). Allocation-free.
 */
final class DiscMechanics {
    /** Sum of the forces on the body above each disc (N, world). */
    private final double[] forceSum = new double[3 * LumbarModel.LEVELS];
    final double[] compressionN = new double[LumbarModel.LEVELS];
    final double[] apShearN = new double[LumbarModel.LEVELS];
    final double[] lateralShearN = new double[LumbarModel.LEVELS];
    final double[] idpMPa = new double[LumbarModel.LEVELS];

    /**
     * The mechanical part of the intradiscal pressure, {@code factor F / A}.
     *
     * @param nachemsonFactor pressure per mean axial stress (dimensionless)
     * @param compressionN disc compression (N)
     * @param discAreaM2 disc cross-sectional area (m²)
     * @return the pressure (MPa)
     */
    static double mechanicalPressureMPa(double nachemsonFactor, double compressionN, double discAreaM2) {
        return nachemsonFactor * compressionN / discAreaM2 * Units.MPA_PER_PA;
    }

    /**
     * Intradiscal pressure {@code p0 + factor F / A}.
     *
     * @param unloadedMPa pressure of the unloaded disc (MPa)
     * @param nachemsonFactor pressure per mean axial stress (dimensionless)
     * @param compressionN disc compression (N)
     * @param discAreaM2 disc cross-sectional area (m²)
     * @return the pressure (MPa)
     */
    static double intradiscalPressureMPa(double unloadedMPa, double nachemsonFactor, double compressionN,
                                         double discAreaM2) {
        return unloadedMPa + mechanicalPressureMPa(nachemsonFactor, compressionN, discAreaM2);
    }

    /**
     * @param g the subject's body (not modified)
     * @param tissue the tissue constants (not modified)
     * @param muscles the muscle set (not modified)
     * @param pose the pose (not modified)
     * @param net the net loads (not modified)
     * @param tissueLoads the ligament and passive muscle forces (not modified)
     * @param abdomen abdominal pressure and passive wall remainder (not modified)
     * @param hip the hip equation's known psoas force (not modified)
     * @param geometry the muscles' unit pulls (not modified)
     * @param recruitment the muscle forces (not modified)
     */
    void compute(SubjectGeometry g, TissueParameters tissue, MuscleSet muscles, Kinematics pose, NetLoads net,
                 TissueLoads tissueLoads, AbdominalPressure abdomen, HipFlexors hip, MuscleGeometry geometry,
                 RecruitmentAssembly recruitment) {
        int n = muscles.count();
        double[] fr = pose.discFrame;
        double[] sum = forceSum;
        double[] iap = abdomen.forceN;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            int o = 9 * k;
            // ligaments pull the body above onto the disc; their deviation share acts along the normal
            double[] lf = tissueLoads.ligamentForceN;
            double ligamentCompression = -(lf[3 * k] * fr[o] + lf[3 * k + 1] * fr[o + 1] + lf[3 * k + 2] * fr[o + 2]);
            double alongNormal = -recruitment.deviationCompressionN(k, ligamentCompression);
            double[] mf = tissueLoads.muscleForceN;
            sum[3 * k] = net.extForce[3 * k] + lf[3 * k] + mf[3 * k] + iap[3 * k] + alongNormal * fr[o] + hip.psoasForceN[3 * k];
            sum[3 * k + 1] = net.extForce[3 * k + 1] + lf[3 * k + 1] + mf[3 * k + 1] + iap[3 * k + 1] + alongNormal * fr[o + 1]
                    + hip.psoasForceN[3 * k + 1];
            sum[3 * k + 2] = net.extForce[3 * k + 2] + lf[3 * k + 2] + mf[3 * k + 2] + iap[3 * k + 2] + alongNormal * fr[o + 2]
                    + hip.psoasForceN[3 * k + 2];
        }
        double[] unit = geometry.unitForce;
        for (int i = 0; i < n; i++) {
            double t = recruitment.qp.force(i);
            if (t == 0) {
                continue;
            }
            for (int k = muscles.levelLo[i]; k < muscles.levelHi[i]; k++) {
                int u = 3 * (k * n + i);
                sum[3 * k] += t * unit[u];
                sum[3 * k + 1] += t * unit[u + 1];
                sum[3 * k + 2] += t * unit[u + 2];
            }
        }
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            int o = 9 * k;
            double fx = sum[3 * k], fy = sum[3 * k + 1], fz = sum[3 * k + 2];
            // reaction of the disc on the upper body J = -(applied); compression = J.n
            double comp = -(fx * fr[o] + fy * fr[o + 1] + fz * fr[o + 2]);
            compressionN[k] = comp;
            apShearN[k] = fx * fr[o + 3] + fy * fr[o + 4] + fz * fr[o + 5];
            lateralShearN[k] = fx * fr[o + 6] + fy * fr[o + 7] + fz * fr[o + 8];
            idpMPa[k] = intradiscalPressureMPa(tissue.unloadedDiscPressureMPa(), tissue.nachemsonPressureFactor(), comp,
                    g.discAreaM2[k]);
        }
    }

    /** @return the level (index) of the least compression of the last solve, the lowest of equal ones */
    int leastCompressionLevel() {
        int least = 0;
        for (int k = 1; k < LumbarModel.LEVELS; k++) {
            if (compressionN[k] < compressionN[least]) {
                least = k;
            }
        }
        return least;
    }

    /** @return the least compression of the last solve over the lumbar levels (N; negative = a disc in tension) */
    double leastCompressionN() {
        double least = Double.POSITIVE_INFINITY;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            least = Math.min(least, compressionN[k]);
        }
        return least;
    }
}
