package org.lumbosim.result;

import java.util.List;
import java.util.Map;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.Landmark;

/**
 * Where the body is in a solution: landmarks and the discs' centres and normals, global frame.
 *
 * @param landmarks positions of the landmarks (m)
 * @param discCentres centre of each disc, L5-S1 first (m)
 * @param discNormals unit normal of each disc (pointing superiorly), L5-S1 first
 * @param discAnteriors unit anterior direction in each disc's mid-plane, L5-S1 first
 */
public record BodyPose(Map<Landmark, PositionM> landmarks, List<PositionM> discCentres,
                       List<PositionM> discNormals, List<PositionM> discAnteriors) {
    /** Copies the collections. */
    public BodyPose {
        Checks.given(landmarks, "landmarks");
        landmarks = Map.copyOf(landmarks);
        Checks.givenEach(discCentres, "discCentres");
        discCentres = List.copyOf(discCentres);
        Checks.givenEach(discNormals, "discNormals");
        discNormals = List.copyOf(discNormals);
        Checks.givenEach(discAnteriors, "discAnteriors");
        discAnteriors = List.copyOf(discAnteriors);
    }
}
