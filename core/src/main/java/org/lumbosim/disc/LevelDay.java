package org.lumbosim.disc;

import java.util.Optional;
import org.lumbosim.internal.Checks;
import org.lumbosim.model.SpinalLevel;

/**
 * The day of one disc, summarised, with how far its height strain went against the unloaded-pressure
 * law's calibrated range. That law ({@code DiurnalDisc}: {@code max(0, pi0 - s e)}, tension-only) is
 * calibrated between full hydration (strain 0) and relaxed standing's equilibrium strain
 * ({@link #calibratedMaxStrain()}); beyond it the line is extrapolated, and from the
 * {@link #slackStrain()} on the unloaded pressure is zero (the annulus is slack), which
 * {@link #slackAnnulus()} reports.
 *
 * @param level the disc
 * @param idpStartOfNightMPa pressure when the night starts, in its first lying posture (MPa)
 * @param idpEndOfNightMPa pressure at the end of the night (MPa)
 * @param heightAtWakingMm height at waking (mm)
 * @param heightAtNightStartMm height when the night starts (mm)
 * @param dailyHeightLossMm height lost between waking and the start of the night (mm)
 * @param largestStrain the largest height strain of the day (height lost since full hydration over the
 *     full height)
 * @param calibratedMaxStrain the end of the unloaded-pressure law's calibrated range, relaxed standing's
 *     equilibrium strain (the range starts at full hydration, strain 0)
 * @param slackStrain the strain at which the unloaded pressure reaches zero, {@code pi0 / s} (1.6 times
 *     {@code calibratedMaxStrain}; extrapolated)
 * @param slackAnnulus when and how long the unloaded pressure was zero (the strain at or beyond
 *     {@code slackStrain}), or empty if it never was: present exactly when the day ran on the law's
 *     extrapolated zero
 */
public record LevelDay(SpinalLevel level, double idpStartOfNightMPa, double idpEndOfNightMPa,
                       double heightAtWakingMm, double heightAtNightStartMm, double dailyHeightLossMm,
                       double largestStrain, double calibratedMaxStrain, double slackStrain,
                       Optional<SlackAnnulus> slackAnnulus) {
    /**
     * Checks that the slack annulus is given.
     *
     * @throws IllegalArgumentException if {@code slackAnnulus} is null (empty means never slack)
     */
    public LevelDay {
        Checks.given(level, "level");
        Checks.given(slackAnnulus, "slackAnnulus", "Optional.empty() means the annulus was never slack");
    }
}
