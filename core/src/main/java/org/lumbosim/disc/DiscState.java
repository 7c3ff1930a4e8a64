package org.lumbosim.disc;

import org.lumbosim.model.SpinalLevel;

/**
 * One disc at one instant of a day.
 *
 * @param level the disc
 * @param idpMPa intradiscal pressure (MPa)
 * @param heightMm disc height (mm)
 * @param heightLossMm height lost since full hydration (mm)
 * @param compressionN compression from the static model for the activity (N)
 */
public record DiscState(SpinalLevel level, double idpMPa, double heightMm, double heightLossMm, double compressionN) {
}
