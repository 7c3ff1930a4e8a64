package org.lumbosim.disc;

import org.lumbosim.model.SpinalLevel;

/**
 * The day of one disc, summarised.
 *
 * @param level the disc
 * @param idpStartOfNightMPa pressure when the night starts, in its first lying posture (MPa)
 * @param idpEndOfNightMPa pressure at the end of the night (MPa)
 * @param heightAtWakingMm height at waking (mm)
 * @param heightAtNightStartMm height when the night starts (mm)
 * @param dailyHeightLossMm height lost between waking and the start of the night (mm)
 */
public record LevelDay(SpinalLevel level, double idpStartOfNightMPa, double idpEndOfNightMPa,
                       double heightAtWakingMm, double heightAtNightStartMm, double dailyHeightLossMm) {
}
