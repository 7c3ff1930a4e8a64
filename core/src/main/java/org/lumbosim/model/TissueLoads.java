package org.lumbosim.model;

import org.lumbosim.internal.Units;
import org.lumbosim.posture.LumbarMotion;
import org.lumbosim.posture.Posture;

/**
 * Loads of the passive tissues: the intra-abdominal pressure force (Chaffin's regression on the
 * flexion moment at L5-S1 and the hip and knee angles) and the passive ligament and disc moment of
 * every level (an exponential of the level's flexion as a fraction of its range). Allocation-free.
 */
final class TissueLoads {
    /** Passive moment of each level (N·m, positive = resisting flexion). */
    final double[] passiveMomentNm = new double[LumbarModel.LEVELS];
    /** Abdominal pressure force (N). */
    double iapForceN;

    /**
     * @param tissue the tissue constants (not modified)
     * @param p the posture (not modified)
     * @param pose the pose (not modified)
     * @param net the net loads, resolved in the disc frames (not modified)
     */
    void compute(TissueParameters tissue, Posture p, Kinematics pose, NetLoads net) {
        // intra-abdominal pressure from the flexion moment at L5-S1
        double flexMoment0 = net.netMomentNm[0];
        double bracket = TissueConstants.IAP_CONSTANT
                - TissueConstants.IAP_ANGLE_COEFFICIENT * (p.hipFlexionDeg() + p.kneeFlexionDeg());
        double pressureMmHg = bracket > 0 && flexMoment0 > 0
                ? tissue.iapScale() * TissueConstants.IAP_SCALE * bracket
                        * Math.pow(flexMoment0, TissueConstants.IAP_MOMENT_EXPONENT) : 0;
        iapForceN = pressureMmHg * Units.PA_PER_MMHG * TissueConstants.DIAPHRAGM_AREA_M2;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double flex = pose.flexionRad[k];
            double x = flex >= 0
                    ? flex / Units.toRad(LumbarMotion.TOTAL_FLEXION_DEG * LumbarMotion.flexionShare(k))
                    : flex / Units.toRad(LumbarMotion.TOTAL_EXTENSION_DEG * LumbarMotion.extensionShare(k));
            passiveMomentNm[k] = Math.signum(x) * tissue.passiveMomentScale() * TissueConstants.PASSIVE_MOMENT_A_NM
                    * (Math.exp(TissueConstants.PASSIVE_MOMENT_B * Math.abs(x)) - 1);
        }
    }

    /** @return the moment of the abdominal pressure force about every disc (N·m, extending) */
    double iapMomentNm() {
        return TissueConstants.IAP_MOMENT_ARM_M * iapForceN;
    }
}
