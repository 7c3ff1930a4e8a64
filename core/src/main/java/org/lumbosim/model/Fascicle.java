package org.lumbosim.model;

import java.util.List;
import org.lumbosim.internal.Checks;

/**
 * One muscle line: a path of points, each fixed to a body, from its caudal end to its cranial
 * end. Coordinates are the neutral standing ones of the global frame (x anterior, y superior,
 * z right; origin L5-S1), already scaled to the subject.
 *
 * @param name identifier, e.g. {@code LTpL_L3_r}
 * @param group anatomical group, e.g. {@code longissimus_lumborum}
 * @param side {@code L} or {@code R}
 * @param points path points, caudal first; bodies never decrease along the path
 * @param pcsaM2 physiological cross-sectional area (m²)
 */
public record Fascicle(String name, String group, String side, List<PathPoint> points, double pcsaM2) {
    /** Copies the points and checks the path. */
    public Fascicle {
        Checks.given(name, "name");
        Checks.given(group, "group");
        Checks.given(side, "side");
        Checks.givenEach(points, "points");
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("fascicle " + name + " has " + points.size() + " points; at least 2 needed");
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).body().ordinal() < points.get(i - 1).body().ordinal()) {
                throw new IllegalArgumentException("fascicle " + name + " goes down from " + points.get(i - 1).body()
                        + " to " + points.get(i).body());
            }
        }
        if (!(pcsaM2 > 0) || pcsaM2 == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("fascicle " + name + ": pcsaM2 = " + pcsaM2 + " must be positive and finite");
        }
    }

    /**
     * A point of a muscle path.
     *
     * @param body the body it moves with
     * @param xM neutral x (m), finite
     * @param yM neutral y (m), finite
     * @param zM neutral z (m), finite
     */
    public record PathPoint(Body body, double xM, double yM, double zM) {
        /** Checks that every object component is given and every coordinate finite. */
        public PathPoint {
            Checks.given(body, "body");
            Checks.finite("xM", xM, "m");
            Checks.finite("yM", yM, "m");
            Checks.finite("zM", zM, "m");
        }
    }

    /** Rigid bodies of the trunk, from the pelvis up. */
    public enum Body {
        /** Pelvis with sacrum. */
        PELVIS,
        /** Fifth lumbar vertebra. */
        L5,
        /** Fourth lumbar vertebra. */
        L4,
        /** Third lumbar vertebra. */
        L3,
        /** Second lumbar vertebra. */
        L2,
        /** First lumbar vertebra. */
        L1,
        /** Thorax: T1-T12, rib cage, head, neck and arms. */
        THORAX
    }
}
