package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.PositionM;
import org.lumbosim.posture.Posture;
import org.lumbosim.reference.InVivoRatios;
import org.lumbosim.reference.InVivoValidation;
import org.lumbosim.reference.Wilke1999;

/**
 * Where the load of Wilke et al.'s {@code hold_close_20kg} row acts (docs/research/hold-close-and-facets.md):
 * Wilke's subject as {@code lumbosim validate} runs him, the grips, shoulders and every mass above
 * L4-L5 with their horizontal distance in front of the L4-L5 disc centre and their flexion moment
 * about it, and each level's prescribed extension, beside the same for relaxed standing. Printed so
 * that the grip can be compared with the photograph (Wilke et al. 2001 Fig 3d) and AMMR's model of it
 * (box mass centre between the hands), and with the same crate held at stretched arms ({@code hold_far_20kg},
 * Wilke et al. 2001 Fig 3e, as {@code lumbosim validate} runs it: the crate's mass centre ahead of the grips).
 *
 * <p>Asserted: the moments printed add up to the sagittal moment the model balances at L4-L5 (so the
 * table is the model's own account, not a re-computation that could drift from it).
 */
class HoldCloseGeometryTest {
    private static final double G = TissueConstants.GRAVITY_M_PER_S2;

    @Test
    void massesAndGripAboutL4L5AddUpToTheModelsMoment() {
        InVivoRatios.Case far = InVivoRatios.comparisons().stream().filter(c -> c.id().equals("hold_far_20kg"))
                .findFirst().orElseThrow().caseOf().orElseThrow();
        for (String id : List.of("standing_relaxed", "hold_close_20kg", "hold_far_20kg")) {
            LumbarModel m = Wilke1999.subjectModel();
            Posture posture;
            double loadKg;
            List<HandLoad> loads;
            if (id.equals("hold_far_20kg")) {
                posture = far.posture();
                loadKg = far.loadKg();
                loads = InVivoValidation.loads(m, far);
            } else {
                Wilke1999.Measurement row = Wilke1999.measurements().stream().filter(r -> r.id().equals(id))
                        .findFirst().orElseThrow();
                posture = row.posture().orElseThrow();
                loadKg = row.loadKg();
                loads = loadKg > 0 ? List.of(HandLoad.ofMassKg(loadKg)) : List.of();
            }
            Workspace w = m.newWorkspace();
            m.solve(posture, loads, w);
            Kinematics p = w.pipeline.pose;
            int k = SpinalLevel.L4_L5.ordinal();
            double cx = p.jointWorld[3 * k];
            double cy = p.jointWorld[3 * k + 1];
            System.out.printf(Locale.ROOT, "%n%s: L4-L5 disc centre at x %.3f y %.3f m (world; x anterior, y up)%n", id, cx, cy);
            System.out.printf(Locale.ROOT, "%-18s %8s %10s %10s %10s%n", "mass / point", "kg", "dx (m)", "dy (m)", "M (N·m)");
            double sum = 0;
            for (MassPoint mp : MassPoint.ALL) {
                int i = mp.ordinal();
                if (mp.body <= k) {
                    continue;
                }
                double kg = m.geometry.massKg[i];
                double dx = p.massWorld[3 * i] - cx;
                double moment = kg * G * dx;
                sum += moment;
                System.out.printf(Locale.ROOT, "%-18s %8.2f %10.3f %10.3f %10.2f%n", mp, kg, dx,
                        p.massWorld[3 * i + 1] - cy, moment);
            }
            double gripX = (w.landmarkM(Landmark.GRIP_LEFT, 0) + w.landmarkM(Landmark.GRIP_RIGHT, 0)) / 2 - cx;
            double gripY = (w.landmarkM(Landmark.GRIP_LEFT, 1) + w.landmarkM(Landmark.GRIP_RIGHT, 1)) / 2 - cy;
            PositionM at = loads.isEmpty() ? null : loads.get(0).positionM();
            double loadX = at == null ? gripX : at.xM() - cx;
            double loadY = at == null ? gripY : at.yM() - cy;
            double crate = loadKg * G * loadX;
            sum += crate;
            System.out.printf(Locale.ROOT, "%-18s %8.2f %10.3f %10.3f %10.2f%n",
                    at == null ? "load at the grips" : "load ahead of grips", loadKg, loadX, loadY, crate);
            for (Landmark l : List.of(Landmark.SHOULDER_LEFT, Landmark.ELBOW_LEFT, Landmark.WRIST_LEFT)) {
                System.out.printf(Locale.ROOT, "%-18s %8s %10.3f %10.3f%n", l, "", w.landmarkM(l, 0) - cx,
                        w.landmarkM(l, 1) - cy);
            }
            System.out.printf(Locale.ROOT, "%-18s %8s %10s %10s %10.2f (model: %.2f; + = flexion)%n", "sum", "", "", "",
                    sum, -w.pipeline.netLoads.extMoment[3 * k + 2]);
            StringBuilder levels = new StringBuilder("level flexion (deg, - = extension) L5-S1..L1-L2:");
            for (int j = 0; j < LumbarModel.LEVELS; j++) {
                levels.append(String.format(Locale.ROOT, " %.2f", Math.toDegrees(p.flexionRad[j])));
            }
            System.out.println(levels);
            System.out.printf(Locale.ROOT, "L4-L5 compression %.1f N, IDP %.3f MPa%n", w.compressionN(SpinalLevel.L4_L5),
                    w.idpMPa(SpinalLevel.L4_L5));
            assertThat(sum).as(id).isCloseTo(-w.pipeline.netLoads.extMoment[3 * k + 2], within(1e-6));
        }
    }
}
