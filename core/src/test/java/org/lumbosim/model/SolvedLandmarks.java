package org.lumbosim.model;

import java.util.List;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;

/** Test helper: the default subject's solved pose and the distance between two of its landmarks. */
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
}
