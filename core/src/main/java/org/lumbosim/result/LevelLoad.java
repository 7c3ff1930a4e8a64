package org.lumbosim.result;

import org.lumbosim.internal.Checks;
import org.lumbosim.model.SpinalLevel;

/**
 * Loads on one lumbar disc, in the disc's own frame (see the package documentation for signs).
 *
 * @param level the level
 * @param compressionN force along the disc's normal (N, positive = squeezing)
 * @param apShearN force in the disc's mid-plane, sagittal (N, positive = upper vertebra pushed
 *     anteriorly relative to the lower)
 * @param lateralShearN force in the mid-plane along the lateral axis (N, positive = upper vertebra
 *     pushed to the right)
 * @param idpMPa intradiscal pressure (MPa)
 * @param flexionMomentNm net external moment about the disc's lateral axis (N·m, positive = flexing
 *     the upper body)
 * @param lateralMomentNm net external moment about the disc's anterior axis (N·m, positive =
 *     bending the upper body to the right)
 * @param axialMomentNm net external moment about the disc's normal (N·m, positive = twisting the
 *     upper body to the left)
 * @param passiveMomentNm moment of the passive tissues (N·m, positive = resisting flexion)
 */
public record LevelLoad(SpinalLevel level, double compressionN, double apShearN, double lateralShearN,
                        double idpMPa, double flexionMomentNm, double lateralMomentNm, double axialMomentNm,
                        double passiveMomentNm) {
    /** Checks that every object component is given. */
    public LevelLoad {
        Checks.given(level, "level");
    }
}
