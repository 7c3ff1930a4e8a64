package org.lumbosim.model;

import org.lumbosim.internal.Units;
import org.lumbosim.posture.LumbarMotion;

/**
 * Loads of the passive tissues: the intra-abdominal pressure force (the linear regression of
 * Mairiaux et al. 1984 on the net flexion moment at L4-L5, in every posture) and the passive
 * ligament and disc moment of every level (an exponential of the level's flexion as a fraction of
 * its range). Allocation-free.
 */
final class TissueLoads {
    /** Passive moment of each level (N·m, positive = resisting flexion). */
    final double[] passiveMomentNm = new double[LumbarModel.LEVELS];
    /** Abdominal pressure force (N). */
    double iapForceN;

    /**
     * @param tissue the tissue constants (not modified)
     * @param pose the pose (not modified)
     * @param net the net loads, resolved in the disc frames (not modified)
     */
    void compute(TissueParameters tissue, Kinematics pose, NetLoads net) {
        // intra-abdominal pressure from the net flexion moment at L4-L5
        double pressurePa = iapPressurePa(net.netMomentNm[3 * SpinalLevel.L4_L5.ordinal()]);
        iapForceN = tissue.iapScale() * pressurePa * TissueConstants.DIAPHRAGM_AREA_M2;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double flex = pose.flexionRad[k];
            double x = flex >= 0
                    ? flex / Units.toRad(LumbarMotion.TOTAL_FLEXION_DEG * LumbarMotion.flexionShare(k))
                    : flex / Units.toRad(LumbarMotion.TOTAL_EXTENSION_DEG * LumbarMotion.extensionShare(k));
            passiveMomentNm[k] = Math.signum(x) * tissue.passiveMomentScale() * TissueConstants.PASSIVE_MOMENT_A_NM
                    * (Math.exp(TissueConstants.PASSIVE_MOMENT_B * Math.abs(x)) - 1);
        }
    }

    /**
     * The regression of Mairiaux et al. (1984), {@code IAP = 79 Pa/(N·m) × M - 1127 Pa}, never below
     * zero (a pressure below atmospheric is not what the regression describes).
     *
     * @param flexionMomentL4L5Nm net flexion moment the body above L4-L5 applies to it (N·m)
     * @return the abdominal pressure above atmospheric (Pa)
     */
    static double iapPressurePa(double flexionMomentL4L5Nm) {
        return Math.max(0, TissueConstants.IAP_PA_PER_NM * flexionMomentL4L5Nm + TissueConstants.IAP_INTERCEPT_PA);
    }

    /** @return the moment of the abdominal pressure force about every disc (N·m, extending) */
    double iapMomentNm() {
        return TissueConstants.IAP_MOMENT_ARM_M * iapForceN;
    }
}
