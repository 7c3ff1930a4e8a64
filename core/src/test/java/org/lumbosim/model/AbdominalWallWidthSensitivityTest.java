package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.Wilke1999;

/**
 * How the sign of the abdominal pressure's net moment depends on the unsourced width of the wall that
 * carries its longitudinal tension (issue 12, item 4; docs/research/intra-abdominal-pressure.md, "The
 * wall's width" and "One wall, counted once"). At each disc the pressure's own moment
 * {@code Mp = P·A × pressure arm} extends and the wall's {@code Mw} flexes: the wall's longitudinal tension
 * as the abdominal lines carry it, at the activation that makes their pull along the wall reach it across
 * every disc ({@link AbdominalPressure#wallExtensorMomentNm}; since 2026-12-07, ninth session: before, a
 * passive force along AMMR's anterior-wall line). Both are proportional to the pressure, and {@code Mw} to
 * the width, so the net is {@code Mp + (w / w0) Mw} and changes sign at the break-even width
 * {@code w* = w0 Mp / (-Mw)}, which depends on the geometry only. (In recruitment the abdominal lines' floor
 * is the larger of this activation and the upright co-activation, so below about 2.5 kPa the wall's width
 * changes nothing.) Prints {@code w*} and the net at the widths the sources suggest in
 * Wilke's loaded rows; checks the split and that {@code w*} does not depend on the pressure.
 */
class AbdominalWallWidthSensitivityTest {
    /**
     * Widths printed for comparison (m), none adopted: AMMR's anterior wall segment ({@code BuckleSeg},
     * nodes at z = ±0.05 m, on which its rectus abdominis and the rectus-sheath fibres insert; model file
     * {@code Body/AAUHuman/Trunk/Buckle.any}); the straight chord between AMMR's lateral wall nodes
     * ({@code BuckleNodeRight/Left}, z = ±0.13 m on the pelvis; the previous session's scratch run);
     * the anterolateral outline of AMMR's cavity slices at L5 and at L1 ({@code Disc.any} octagons, from
     * one back-lateral node round the front to the other; research note); ours, half the perimeter of a
     * circle of 465 cm².
     */
    private static final double[] WIDTHS_M = {0.10, 0.25, 0.318, 0.406, AbdominalPressure.wallWidthM()};

    /** The pressure's own extensor moment about disc k (N·m): P·A normal to the disc at its arm. */
    private static double pressureMomentNm(AbdominalPressure a, int k) {
        return a.pressureForceN * a.pressureArmM[k];
    }

    /** The wall's moment about disc k's lateral axis as the abdominal lines carry it (N·m). */
    private static double wallMomentNm(AbdominalPressure a, double[] fr, int k) {
        return a.wallExtensorMomentNm[k];
    }

    /** The width at which pressure and wall cancel about disc k (m). */
    private static double breakEvenWidthM(AbdominalPressure a, double[] fr, int k) {
        return AbdominalPressure.wallWidthM() * pressureMomentNm(a, k) / -wallMomentNm(a, fr, k);
    }

    @Test
    void printsTheBreakEvenWidthAndTheNetMomentAtTheSourcesWidthsInWilkesLoadedRows() {
        LumbarModel model = Wilke1999.subjectModel();
        Workspace ws = model.newWorkspace();
        StringBuilder header = new StringBuilder("net extensor moment of pressure and wall (N·m) at wall widths");
        for (double w : WIDTHS_M) {
            header.append(String.format(Locale.ROOT, " %.3f", w));
        }
        System.out.println(header.append(" m; w* = break-even width (m)"));
        int printed = 0;
        for (Wilke1999.Measurement m : Wilke1999.measurements()) {
            if (m.preset().isEmpty() && m.posture().isEmpty()) {
                continue;
            }
            Posture posture = m.posture().orElseGet(() -> m.preset().orElseThrow().posture());
            model.solve(posture, m.loadKg() == 0 ? List.of() : List.of(HandLoad.ofMassKg(m.loadKg())), ws);
            AbdominalPressure a = ws.pipeline.abdomen;
            if (a.pressurePa == 0) {
                continue;
            }
            double[] fr = ws.pipeline.pose.discFrame;
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-22s IAP %5.2f kPa:", m.id(), a.pressurePa / 1000));
            for (int k = 0; k < LumbarModel.LEVELS; k++) {
                double mp = pressureMomentNm(a, k);
                double mw = wallMomentNm(a, fr, k);
                // the pressure pushes the body above up in front of the disc, the wall pulls it down in front
                assertThat(mp).as(m.id()).isPositive();
                assertThat(mw).as(m.id()).isNegative();
                sb.append(String.format(Locale.ROOT, " %s w*=%.3f", SpinalLevel.values()[k].label(), breakEvenWidthM(a, fr, k)));
                for (double w : WIDTHS_M) {
                    sb.append(String.format(Locale.ROOT, " %+.1f", mp + w / AbdominalPressure.wallWidthM() * mw));
                }
                sb.append(';');
            }
            System.out.println(sb);
            printed++;
        }
        assertThat(printed).isPositive();
    }

    /**
     * Over seeded random subjects and symmetric postures: the break-even width is a property of the
     * geometry alone, the same for two hand loads that give different pressures (both below the ceiling).
     */
    @Test
    void theBreakEvenWidthDependsOnTheGeometryNotOnThePressure() {
        Random rnd = new Random(20261207L);
        int compared = 0;
        for (int i = 0; i < 40; i++) {
            Subject s = new Subject(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, 1.5 + 0.5 * rnd.nextDouble(),
                    45 + 75 * rnd.nextDouble(), 18 + 62 * rnd.nextDouble());
            Posture p = PosturePreset.STANDING_RELAXED.posture()
                    .withTrunkFlexionDeg(100 * rnd.nextDouble())
                    .withLumbarFlexionDeg(-10 + 50 * rnd.nextDouble())
                    .withHipFlexionDeg(90 * rnd.nextDouble())
                    .withKneeFlexionDeg(90 * rnd.nextDouble());
            LumbarModel model = LumbarModel.of(s);
            Workspace light = model.newWorkspace();
            Workspace heavy = model.newWorkspace();
            double kg = 5 + 10 * rnd.nextDouble();
            model.solve(p, List.of(HandLoad.ofMassKg(kg)), light);
            model.solve(p, List.of(HandLoad.ofMassKg(2 * kg)), heavy);
            AbdominalPressure a = light.pipeline.abdomen;
            AbdominalPressure b = heavy.pipeline.abdomen;
            if (a.pressurePa == 0 || b.atCeiling || b.pressurePa <= a.pressurePa) {
                continue;
            }
            for (int k = 0; k < LumbarModel.LEVELS; k++) {
                double wa = breakEvenWidthM(a, light.pipeline.pose.discFrame, k);
                double wb = breakEvenWidthM(b, heavy.pipeline.pose.discFrame, k);
                assertThat(wa).as("case %d level %d", i, k).isPositive().isCloseTo(wb, within(1e-9 * wa));
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(10);
    }
}
