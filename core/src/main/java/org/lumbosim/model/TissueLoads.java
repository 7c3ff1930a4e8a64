package org.lumbosim.model;

import org.lumbosim.internal.Units;
import org.lumbosim.posture.LumbarMotion;

/**
 * Loads of the passive tissues: the passive ligament and disc moment of every level (an exponential
 * of the level's flexion as a fraction of its range). The abdominal pressure is its own stage,
 * {@link AbdominalPressure}. Allocation-free.
 */
final class TissueLoads {
    /** Passive moment of each level (N·m, positive = resisting flexion). */
    final double[] passiveMomentNm = new double[LumbarModel.LEVELS];

    /**
     * @param tissue the tissue constants (not modified)
     * @param pose the pose (not modified)
     */
    void compute(TissueParameters tissue, Kinematics pose) {
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double flex = pose.flexionRad[k];
            double x = flex >= 0
                    ? flex / Units.toRad(LumbarMotion.TOTAL_FLEXION_DEG * LumbarMotion.flexionShare(k))
                    : flex / Units.toRad(LumbarMotion.TOTAL_EXTENSION_DEG * LumbarMotion.extensionShare(k));
            passiveMomentNm[k] = Math.signum(x) * tissue.passiveMomentScale() * TissueConstants.PASSIVE_MOMENT_A_NM
                    * (Math.exp(TissueConstants.PASSIVE_MOMENT_B * Math.abs(x)) - 1);
        }
    }
}
