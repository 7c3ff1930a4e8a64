package org.lumbosim.reference;

import java.util.EnumSet;
import java.util.Locale;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;

/**
 * Reads the posture of a reference data row written as text: a preset id or {@code flexed(<deg>)}
 * (standing with the thorax inclined {@code <deg>} forward, {@link Posture#standingFlexed}), then
 * {@code &<angle>=<deg>} overrides applied in order ({@code trunk} (the pelvis absorbs the change),
 * {@code lumbar}, {@code hip}, {@code knee}, {@code shoulder} (held relative to the thorax),
 * {@code elbow}), e.g. {@code standing_flexed&trunk=85&lumbar=65}. A preset's hanging arms keep
 * hanging through the overrides unless {@code shoulder} is given. An override {@code supports=<a>+<b>...}
 * replaces the preset's supports by the {@link Support}s named (lower case), e.g.
 * {@code sitting_unsupported&trunk=-15&supports=seat+backrest+feet+hands_on_thighs}: a posture the
 * presets do not hold (the same body leaning back against a backrest).
 */
final class PostureSpec {
    private PostureSpec() {
    }

    private static final String FLEXED = "flexed(";

    /**
     * @param spec the text
     * @param resource the resource it comes from, for messages
     * @return the posture
     * @throws IllegalStateException naming the resource if an override names an unknown angle or support
     * @throws IllegalArgumentException if the preset is unknown, an angle is out of range or the supports
     *     cannot be combined ({@link org.lumbosim.IncompatibleSupportsException})
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
            String[] kv = parts[i].split("=", -1);
            if (kv[0].equals(SUPPORTS)) {
                p = p.withSupports(supports(kv[1], spec, resource));
                continue;
            }
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

    private static final String SUPPORTS = "supports";

    /**
     * @return the supports named in {@code list} ({@code <a>+<b>...}, lower-case {@link Support} names)
     * @throws IllegalStateException naming the resource if a name is not a support
     */
    private static EnumSet<Support> supports(String list, String spec, String resource) {
        EnumSet<Support> out = EnumSet.noneOf(Support.class);
        for (String name : list.split("\\+", -1)) {
            try {
                out.add(Support.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + ": unknown support \"" + name + "\" in " + spec, e);
            }
        }
        return out;
    }
}
