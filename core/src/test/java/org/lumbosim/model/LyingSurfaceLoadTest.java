package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * A lying surface ({@link Support#LYING_SURFACE}) holds the passive tissues' moments, at every lumbar level
 * and at the hips, so neither a backrest ({@link Support#BACKREST}) nor the hip flexors push or pull against
 * them too. Both were found by {@code ModelPropertiesTest#moreLoadNeverLowersCompressionAnySupports}: the
 * muscles held a force that only the passive moments called for, and a small load in front, relieving it,
 * lowered the compression.
 */
class LyingSurfaceLoadTest {
    /** Trunk 60, lumbar 30, hips 30, knees 90, arms 80 deg forward of the thorax, elbows 20; feet, legs, surface, backrest. */
    private static final Posture POSTURE = new Posture(60, 30, 0, 0, 30, 90, 80, 20, 0,
            Set.of(Support.FEET, Support.BACKREST, Support.LYING_SURFACE, Support.LEGS_ON_FLOOR));

    /**
     * Default subject: before, the backrest pushed 32.3 N at rest (19.7 N with 0.5 kg, 7.1 N with 1 kg, none
     * from 2 kg) and L5-S1 compression fell from 188.0 to 171.4 N as the load grew from 0 to 1 kg
     * (single-equivalent; multi-fascicle 189.9 to 174.0 N). Now the backrest pushes nothing for any of these
     * loads and compression never falls as the load grows. Until the ninth session it rose (single-equivalent
     * 25.3, 80.5, 135.7, 246.1, 514.3 N for 0, 0.5, 1, 2, 5 kg): the load hung on the spine; the lying surface
     * now carries it under the hands, as it carries the hands ({@code HeldLoadOnRestingSupportTest}), so
     * compression stays at its resting value for every load (73.4 N; the numbers above were measured before the
     * erectors' passive tension).
     */
    @Test
    void theBackrestDoesNotPushAgainstWhatTheSurfaceHolds() {
        LumbarModel single = LumbarModel.of(Subject.defaultSubject());
        for (LumbarModel m : List.of(single, single.withMuscleModel(MuscleModelKind.MULTI_FASCICLE))) {
            double previous = Double.NEGATIVE_INFINITY;
            for (double kg : new double[] {0, 0.5, 1, 2, 5}) {
                Workspace ws = m.newWorkspace();
                m.solve(POSTURE, kg == 0 ? List.of() : List.of(HandLoad.ofMassKg(kg)), ws);
                assertThat(ws.solved()).isTrue();
                assertThat(ws.backrestForceN()).as("%s kg", kg).isZero();
                double c = ws.compressionN(SpinalLevel.L5_S1);
                assertThat(c).as("%s kg", kg).isGreaterThanOrEqualTo(previous - 1e-9 * Math.abs(previous));
                previous = c;
            }
        }
    }

    /**
     * A body on a lying surface with its hips flexed 130 deg and its knees nearly straight (25 deg: stretched
     * hamstrings, a passive hip moment of -212.8 N·m) needs no psoas: the surface holds that moment. Male
     * 1.73 m 50.6 kg, trunk 22, lumbar 15, arms 23, elbows straight, seat, feet and surface. Before, the hip
     * equation asked the flexors to overcome it (psoas 1,134.9 N at rest), a load in front, flexing the hips,
     * relieved them, and L3-L4 compression fell from 686.0 to 658.0 N with 3 kg (single-equivalent). Now the
     * psoas force is zero and compression never falls as the load grows; the passive moment is still reported.
     * Until the ninth session it rose (single-equivalent L3-L4 33.8, 61.7, 117.5, 201.2 N for 0, 1, 3, 6 kg):
     * the load hung on the spine; the lying surface now carries it under the hands, so compression stays at its
     * resting value for every load (L3-L4 54.4 N; the numbers above were measured before the erectors' passive
     * tension).
     */
    @Test
    void theHipFlexorsDoNotHoldWhatTheSurfaceHolds() {
        LumbarModel single = LumbarModel.of(new Subject(Sex.MALE, 1.73, 50.6, 18));
        Posture p = new Posture(22, 15, 0, 0, 130, 25, 23, 0, 0,
                Set.of(Support.SEAT, Support.FEET, Support.LYING_SURFACE));
        for (LumbarModel m : List.of(single, single.withMuscleModel(MuscleModelKind.MULTI_FASCICLE))) {
            double[] previous = new double[LumbarModel.LEVELS];
            java.util.Arrays.fill(previous, Double.NEGATIVE_INFINITY);
            for (double kg : new double[] {0, 1, 3, 6}) {
                Workspace ws = m.newWorkspace();
                m.solve(p, kg == 0 ? List.of() : List.of(HandLoad.ofMassKg(kg)), ws);
                assertThat(ws.solved()).isTrue();
                assertThat(ws.passiveHipMomentNm()).isLessThan(-200);
                assertThat(ws.psoasHipForceN()).as("%s kg", kg).isZero();
                for (SpinalLevel l : SpinalLevel.values()) {
                    double c = ws.compressionN(l);
                    double before = previous[l.ordinal()];
                    assertThat(c).as("%s kg, %s", kg, l).isGreaterThanOrEqualTo(before - 1e-9 * Math.abs(before));
                    previous[l.ordinal()] = c;
                }
            }
        }
    }
}
