package org.lumbosim.disc;

import org.lumbosim.internal.Checks;
import org.lumbosim.model.SpinalLevel;

/**
 * One disc at one instant of a day.
 *
 * @param level the disc
 * @param idpMPa intradiscal pressure (MPa)
 * @param heightMm disc height (mm)
 * @param heightLossMm height lost since full hydration (mm)
 * @param compressionN compression from the static model for the activity (N)
 * @param heightStrain height lost since full hydration over the full height
 * @param unloadedIdpMPa the unloaded part of {@code idpMPa}, the rest being the mechanical {@code 1.5 F / A}
 *     (MPa): {@code max(0, pi0 - s e)}, zero where the annulus is slack ({@code DiurnalDisc}'s tension-only law)
 */
public record DiscState(SpinalLevel level, double idpMPa, double heightMm, double heightLossMm, double compressionN,
                        double heightStrain, double unloadedIdpMPa) {
    /** Checks that every object component is given. */
    public DiscState {
        Checks.given(level, "level");
    }
}
