package org.lumbosim.reference;

import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;

/**
 * Reads the posture of a reference data row written as text: a preset id or {@code flexed(<deg>)}
 * (standing with the thorax inclined {@code <deg>} forward, {@link Posture#standingFlexed}), then
 * {@code &<angle>=<deg>} overrides applied in order ({@code trunk} (the pelvis absorbs the change),
 * {@code lumbar}, {@code hip}, {@code knee}, {@code shoulder} (held relative to the thorax),
 * {@code elbow}), e.g. {@code standing_flexed&trunk=85&lumbar=65}. A preset's hanging arms keep
 * hanging through the overrides unless {@code shoulder} is given.
 */
final class PostureSpec {
    private PostureSpec() {
    }

    private static final String FLEXED = "flexed(";

    /**
     * @param spec the text
     * @param resource the resource it comes from, for messages
     * @return the posture
     * @throws IllegalStateException naming the resource if an override names an unknown angle
     * @throws IllegalArgumentException if the preset is unknown or an angle is out of range
     */
    static Posture parse(String spec, String resource) {
        String[] parts = spec.split("&");
        Posture p;
        if (parts[0].startsWith(FLEXED) && parts[0].endsWith(")")) {
            p = Posture.standingFlexed(Double.parseDouble(parts[0].substring(FLEXED.length(), parts[0].length() - 1)));
        } else {
            p = PosturePreset.ofId(parts[0]).posture();
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=");
            double deg = Double.parseDouble(kv[1]);
            p = switch (kv[0]) {
                case "trunk" -> p.withTrunkFlexionDeg(deg);
                case "lumbar" -> p.withLumbarFlexionDeg(deg);
                case "hip" -> p.withHipFlexionDeg(deg);
                case "knee" -> p.withKneeFlexionDeg(deg);
                case "shoulder" -> p.withShoulderFlexionDeg(deg);
                case "elbow" -> p.withElbowFlexionDeg(deg);
                default -> throw new IllegalStateException(resource + ": unknown angle \"" + kv[0] + "\" in " + spec);
            };
        }
        return p;
    }
}
