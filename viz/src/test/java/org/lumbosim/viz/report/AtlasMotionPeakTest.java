package org.lumbosim.viz.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.posture.PosturePreset;

/**
 * The atlas's "peak in motion" column: a motion whose frames the model cannot all compute shows no peak
 * and says how many frames it could not compute; a motion it can compute shows its peak and no such note.
 * The sit-up from lying flat with the feet not held down is such a motion since the base resultant is
 * checked against the contacts' region (tenth session): near flat, the trunk's weight lies beyond the
 * pelvis's contact and the body would roll back.
 */
class AtlasMotionPeakTest {

    @Test
    void aMotionWithFramesTheModelCannotComputeShowsNoPeakAndSaysHowMany() {
        List<Atlas.Row> rows = Atlas.rows(LumbarModel.of(Subject.defaultSubject()));
        Atlas.Row sitUp = rows.stream().filter(r -> r.preset() == PosturePreset.SIT_UP).findFirst().orElseThrow();
        Atlas.Row cat = rows.stream().filter(r -> r.preset() == PosturePreset.CAT).findFirst().orElseThrow();
        System.out.println("AtlasMotionPeakTest: sit_up: " + sitUp.motion() + "; cat: peak "
                + cat.peakInMotionN() + " N, " + cat.motion());
        assertThat(sitUp.peakInMotionN()).isNaN();
        assertThat(sitUp.motion()).matches(".*; no peak: [1-9][0-9]* of " + (2 * Atlas.MOTION_FRAMES - 1)
                + " frames cannot be computed");
        assertThat(cat.peakInMotionN()).isFinite().isPositive();
        assertThat(cat.motion()).doesNotContain("no peak");
    }
}
