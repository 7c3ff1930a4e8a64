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
 * The seat pushes under the ischial tuberosities ({@link Supports}, {@link IschialTuberosityGeometry}):
 * for every seated preset each seat contact lies under the lowest of the tuberosity's outline
 * vertices of the OpenSim hip-bone mesh at that preset's pelvic tilt, behind the hip joint centres,
 * and its push is part of the hip equation.
 */
class SeatContactTest {
    /** Hip joint centre in the OpenSim pelvis frame (m), gait2392. */
    private static final double[] HIP = {-0.0707, -0.0661, 0.0835};
    /** The four inferior-outline vertices of {@code Geometry/r_pelvis.vtp} (m, OpenSim pelvis frame). */
    private static final double[][] OUTLINE = {
        {-0.072771, -0.117347, 0.02523}, {-0.092129, -0.12087, 0.035677},
        {-0.114308, -0.115077, 0.05203}, {-0.135738, -0.096931, 0.060259}};
    /** Tolerance between the rolling circle's contact and the coarse mesh's lowest vertex (m). */
    private static final double MESH_TOLERANCE_M = 0.012;

    @Test
    void seatContactsLieUnderTheIschialTuberositiesBehindTheHips() {
        Subject subject = Subject.defaultSubject();
        double scale = subject.statureM() / OpenSimFullBodyGeometry.REFERENCE_STATURE_M;
        LumbarModel m = LumbarModel.of(subject, MuscleModelKind.SINGLE_EQUIVALENT, TissueParameters.published());
        Workspace ws = m.newWorkspace();
        int seated = 0;
        for (PosturePreset preset : PosturePreset.values()) {
            Posture p = preset.posture();
            if (!p.has(Support.SEAT) || p.bodyRollDeg() != 0) {
                continue;
            }
            seated++;
            m.solve(p, List.of(), ws);
            assertThat(ws.solved()).as(preset.id()).isTrue();
            double[] lowest = PelvisOutline.lowestVertexRelativeToHip(OUTLINE, HIP, Math.toRadians(p.pelvisRotationDeg()));
            Supports s = ws.pipeline.supports;
            double[] lm = ws.pipeline.pose.segWorld;
            int seats = 0;
            for (int c = 0; c < s.contactCount; c++) {
                if (s.contactSupport[c] != Support.SEAT.ordinal()) {
                    continue;
                }
                seats++;
                int hip = 3 * (Landmark.HIP_LEFT.ordinal() + s.contactSide[c]);
                double dx = s.contactPoint[3 * c] - lm[hip];
                double dy = s.contactPoint[3 * c + 1] - lm[hip + 1];
                double dz = Math.abs(s.contactPoint[3 * c + 2]) - Math.abs(lm[hip + 2]);
                System.out.printf("SeatContactTest: %s tilt %.1f deg, contact %.1f cm ahead, %.1f cm above the hip "
                                + "(mesh vertex %.1f, %.1f cm), push %.0f N%n", preset.id(), p.pelvisRotationDeg(),
                        100 * dx, 100 * dy, 100 * scale * lowest[0], 100 * scale * lowest[1], s.contactForce[3 * c + 1]);
                assertThat(dx).as("%s behind the hip", preset.id()).isNegative()
                        .isCloseTo(scale * lowest[0], within(MESH_TOLERANCE_M));
                assertThat(dy).as("%s below the hip", preset.id()).isCloseTo(scale * lowest[1], within(MESH_TOLERANCE_M));
                assertThat(dz).as("%s medial of the hip", preset.id()).isNegative();
            }
            assertThat(seats).as(preset.id()).isEqualTo(2);
        }
        assertThat(seated).isGreaterThanOrEqualTo(5);
    }

    /** Without the seat's moment about the hips, sitting upright would ask more of the psoas. */
    @Test
    void theSeatBehindTheHipsHoldsPartOfTheUpperBody() {
        LumbarModel m = LumbarModel.of(Subject.defaultSubject(), MuscleModelKind.SINGLE_EQUIVALENT, TissueParameters.published());
        Workspace ws = m.newWorkspace();
        m.solve(PosturePreset.SITTING_UPRIGHT.posture(), List.of(), ws);
        Supports s = ws.pipeline.supports;
        double[] lm = ws.pipeline.pose.segWorld;
        double seatMomentNm = 0;
        for (int c = 0; c < s.contactCount; c++) {
            if (s.contactSupport[c] == Support.SEAT.ordinal()) {
                double hipX = lm[3 * (Landmark.HIP_LEFT.ordinal() + s.contactSide[c])];
                // an upward push behind the hip flexes the upper body on the thighs
                seatMomentNm += (hipX - s.contactPoint[3 * c]) * s.contactForce[3 * c + 1];
            }
        }
        System.out.printf("SeatContactTest: sitting upright, the seat's moment about the hips %.2f N·m, hip flexion moment %.2f N·m%n",
                seatMomentNm, ws.hipFlexionMomentNm());
        assertThat(seatMomentNm).isPositive();
        assertThat(ws.hipFlexionMomentNm()).isGreaterThan(0);
    }
}
