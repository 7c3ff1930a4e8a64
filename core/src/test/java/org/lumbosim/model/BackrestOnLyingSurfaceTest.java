package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * A backrest with a lying surface ({@link Support#BACKREST} and {@link Support#LYING_SURFACE}): the surface
 * holds the passive tissues' moments, so the backrest does not push against them too. Found by
 * {@code ModelPropertiesTest#moreLoadNeverLowersCompressionAnySupports}: counted twice, the backrest pushed
 * the trunk forward against moments the surface also cancelled, the extensors held that push, and a small
 * load in front, shrinking it, lowered the compression.
 */
class BackrestOnLyingSurfaceTest {
    /** Trunk 60, lumbar 30, hips 30, knees 90, arms 80 deg forward of the thorax, elbows 20; feet, legs, surface, backrest. */
    private static final Posture POSTURE = new Posture(60, 30, 0, 0, 30, 90, 80, 20, 0,
            Set.of(Support.FEET, Support.BACKREST, Support.LYING_SURFACE, Support.LEGS_ON_FLOOR));

    /**
     * Default subject: before, the backrest pushed 32.3 N at rest (19.7 N with 0.5 kg, 7.1 N with 1 kg, none
     * from 2 kg) and L5-S1 compression fell from 188.0 to 171.4 N as the load grew from 0 to 1 kg
     * (single-equivalent; multi-fascicle 189.9 to 174.0 N). Now the backrest pushes nothing for any of these
     * loads (the hands' loads in front flex the body; nothing extends it) and compression rises with the load
     * (single-equivalent 25.3, 80.5, 135.7, 246.1, 514.3 N for 0, 0.5, 1, 2, 5 kg).
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
                assertThat(c).as("%s kg", kg).isGreaterThan(previous);
                previous = c;
            }
        }
    }
}
