package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;

/**
 * Test helper: the default subject's solved pose, the distance between two of its landmarks, and the
 * two checks a limb-turning angle needs (segment lengths kept, landmarks unmoved).
 */
final class SolvedLandmarks {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());

    private SolvedLandmarks() {
    }

    /** @return a fresh workspace holding the default subject's solve of the posture, no load */
    static Workspace solved(Posture p) {
        Workspace ws = MODEL.newWorkspace();
        MODEL.solve(p, List.of(), ws);
        return ws;
    }

    /** @return the 3-D distance between two landmarks of the last solve (m) */
    static double distance(Workspace ws, Landmark a, Landmark b) {
        double s = 0;
        for (int axis = 0; axis < 3; axis++) {
            double d = ws.landmarkM(a, axis) - ws.landmarkM(b, axis);
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** Asserts that each pair of landmarks is as far apart in {@code b} as in {@code a} (1e-12 m). */
    static void assertLengthsKept(Workspace a, Workspace b, Landmark[][] pairs) {
        for (Landmark[] pair : pairs) {
            assertThat(distance(b, pair[0], pair[1])).isCloseTo(distance(a, pair[0], pair[1]), within(1e-12));
        }
    }

    /** Asserts that each landmark is exactly where it was, on every axis. */
    static void assertUnmoved(Workspace a, Workspace b, Landmark... landmarks) {
        for (Landmark l : landmarks) {
            for (int axis = 0; axis < 3; axis++) {
                assertThat(b.landmarkM(l, axis)).as("%s axis %d", l, axis).isEqualTo(a.landmarkM(l, axis));
            }
        }
    }
}
