package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;

/**
 * The pelvis on the floor pushes under its lowest bone ({@link Landmark#PELVIS_REST_LEFT}): for every
 * preset whose pelvis faces up, each contact lies under the lowest of the OpenSim meshes' outline
 * vertices (ischial tuberosities, {@code r_pelvis.vtp}; sacral crest, {@code sacrum.vtp}) at that
 * preset's pelvic rotation; face down it lies at the hip joint centre.
 */
class PelvisRestTest {
    /** Hip joint centre in the OpenSim pelvis frame (m), gait2392. */
    private static final double[] HIP = {-0.0707, -0.0661};
    /** Outline vertices (m, OpenSim pelvis frame): four of the ischial tuberosity, four of the sacral crest. */
    private static final double[][] OUTLINE = {
        {-0.072771, -0.117347}, {-0.092129, -0.12087}, {-0.114308, -0.115077}, {-0.135738, -0.096931},
        {-0.178071, -0.023529}, {-0.179688, 0.003407}, {-0.16779, 0.026284}, {-0.160282, 0.03748}};
    /** Tolerance between a rolling circle's contact and the coarse mesh's lowest vertex (m). */
    private static final double MESH_TOLERANCE_M = 0.012;

    @Test
    void aFaceUpPelvisRestsOnItsLowestBoneAFaceDownOneAtTheHips() {
        Subject subject = Subject.defaultSubject();
        double scale = subject.statureM() / OpenSimFullBodyGeometry.REFERENCE_STATURE_M;
        LumbarModel m = LumbarModel.of(subject, MuscleModelKind.SINGLE_EQUIVALENT, TissueParameters.published());
        Workspace ws = m.newWorkspace();
        int faceUp = 0;
        int faceDown = 0;
        for (PosturePreset preset : PosturePreset.values()) {
            Posture p = preset.posture();
            if (!p.has(Support.PELVIS_ON_FLOOR) || p.bodyRollDeg() != 0) {
                continue;
            }
            m.solve(p, List.of(), ws);
            Supports s = ws.pipeline.supports;
            double[] lm = ws.pipeline.pose.segWorld;
            boolean up = p.pelvisRotationDeg() < 0;
            double[] lowest = PelvisOutline.lowestVertexRelativeToHip(OUTLINE, HIP, Math.toRadians(p.pelvisRotationDeg()));
            int points = 0;
            for (int c = 0; c < s.contactCount; c++) {
                if (s.contactSupport[c] != Support.PELVIS_ON_FLOOR.ordinal()) {
                    continue;
                }
                points++;
                int hip = 3 * (Landmark.HIP_LEFT.ordinal() + s.contactSide[c]);
                double dx = s.contactPoint[3 * c] - lm[hip];
                double dy = s.contactPoint[3 * c + 1] - lm[hip + 1];
                System.out.printf("PelvisRestTest: %s pelvis %.0f deg, contact %.1f cm ahead, %.1f cm above the hip "
                        + "(mesh vertex %.1f, %.1f cm)%n", preset.id(), p.pelvisRotationDeg(), 100 * dx, 100 * dy,
                        100 * scale * lowest[0], 100 * scale * lowest[1]);
                if (up) {
                    assertThat(dx).as(preset.id()).isCloseTo(scale * lowest[0], within(MESH_TOLERANCE_M));
                    assertThat(dy).as(preset.id()).isCloseTo(scale * lowest[1], within(MESH_TOLERANCE_M));
                } else {
                    assertThat(dx).as(preset.id()).isZero();
                    assertThat(dy).as(preset.id()).isZero();
                }
            }
            assertThat(points).as(preset.id()).isEqualTo(2);
            if (up) {
                faceUp++;
            } else {
                faceDown++;
            }
        }
        assertThat(faceUp).isGreaterThanOrEqualTo(6);
        assertThat(faceDown).isGreaterThanOrEqualTo(2);
    }
}
