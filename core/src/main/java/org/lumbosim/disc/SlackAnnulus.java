package org.lumbosim.disc;

/**
 * The hours of a simulated day in which a disc's unloaded pressure was zero: its strain had reached the
 * slack strain {@code pi0 / s} ({@link LevelDay#slackStrain()}), where the tension-only law
 * ({@code DiurnalDisc}'s unloaded pressure, {@code max(0, pi0 - s e)}) lets the annulus go slack. Beyond
 * the calibrated range ({@link LevelDay#calibratedMaxStrain()}): the day there runs on the law's
 * extrapolated zero, and its numbers are an extrapolation.
 *
 * @param firstH when the unloaded pressure first reached zero, from waking (h)
 * @param hours how long it was zero in the day, in all (h; the periodic day's, however many separate spells)
 */
public record SlackAnnulus(double firstH, double hours) {
}
