package org.lumbosim.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.LoadInRestingHandException;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.Hands;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;

/**
 * A motion frame whose load is held in a hand resting on the floor is refused naming that frame: its index and
 * time lead the message of the same typed exception ({@link LoadInRestingHandException#inFrame}), whose fields
 * keep the support, the hands and the frame. Before the ninth session the message was the single solve's, so
 * nothing said which of a motion's frames held the load (the command line cannot reach this: its motion files
 * have no hands support; the API can).
 */
class MotionLoadInRestingHandTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());

    /** Nine frames 0.05 s apart on hands and knees ({@code cow}); 5 kg picked up at 0.2 s, so frame 4 first holds it. */
    @Test
    void theRefusalNamesTheFirstFrameThatHoldsTheLoad() {
        Posture cow = PosturePreset.COW.posture();
        assertThat(cow.has(Support.HANDS)).isTrue();
        double[] t = new double[9];
        for (int i = 0; i < t.length; i++) {
            t[i] = 0.05 * i;
        }
        List<Posture> frames = new ArrayList<>(Collections.nCopies(t.length, cow));
        LoadSchedule schedule = new LoadSchedule(5, t[4], 1.0);
        assertThatThrownBy(() -> MotionAnalysis.solve(MODEL, t, frames, schedule))
                .isInstanceOfSatisfying(LoadInRestingHandException.class, e -> {
                    assertThat(e.frame()).isEqualTo(4);
                    assertThat(e.frameTimeS()).isEqualTo(t[4]);
                    assertThat(e.support()).isEqualTo(Support.HANDS);
                    assertThat(e.loadHands()).isEqualTo(Hands.BOTH);
                    assertThat(e.restingHand()).isEqualTo(Hands.LEFT);
                    // the names task files write (the message printed BOTH, LEFT and HANDS before)
                    assertThat(e.getMessage()).startsWith("frame 4 (t = " + t[4] + " s): loads: a hand load held in both"
                            + " hands, but the left hand rests on the floor (support hands): ");
                    assertThat(e.getCause()).isInstanceOf(LoadInRestingHandException.class);
                    assertThat(((LoadInRestingHandException) e.getCause()).frame()).isEqualTo(-1);
                });
    }

    /** The per-frame masses name the frame too, here the last (solved statically): index 8 at 0.4 s. */
    @Test
    void theRefusalNamesTheFrameWithPerFrameMasses() {
        Posture cow = PosturePreset.COW.posture();
        double[] t = new double[9];
        double[] kg = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = 0.05 * i;
        }
        kg[8] = 2;
        List<Posture> frames = new ArrayList<>(Collections.nCopies(t.length, cow));
        assertThatThrownBy(() -> MotionAnalysis.solve(MODEL, t, frames, kg, done -> { }))
                .isInstanceOf(LoadInRestingHandException.class)
                .hasMessageStartingWith("frame 8 (t = " + t[8] + " s): loads:");
    }

    /** A single solve's refusal names no frame. */
    @Test
    void outsideAMotionNoFrameIsNamed() {
        LoadInRestingHandException e = new LoadInRestingHandException(Support.HANDS, Hands.LEFT, Hands.BOTH);
        assertThat(e.frame()).isEqualTo(-1);
        assertThat(e.frameTimeS()).isNaN();
        assertThat(e.getMessage()).startsWith("loads: ");
    }
}
