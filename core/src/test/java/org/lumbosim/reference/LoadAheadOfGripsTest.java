package org.lumbosim.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.BodyPose;

/**
 * A load whose mass centre is ahead of the hands ({@code <kg>&ahead=<m>} in {@code in_vivo_ratios.csv}):
 * how the resource's load text is read, and where {@link InVivoValidation} applies such a load (in
 * front of the midpoint of the grips that the case's own pose puts, whatever the load). Prints the
 * geometry of {@code hold_far_20kg} (Wilke et al. 2001 Fig 3e, the 20 kg crate at stretched arms) about
 * L4-L5 for comparison with the photograph (docs/validation-log.md).
 */
class LoadAheadOfGripsTest {
    private static final String RESOURCE = "test";
    private static final double TOL_M = 1e-12;

    @Test
    void loadTextIsAMassOrAMassWithItsDistanceAheadOfTheGrips() {
        InVivoRatios.Case atGrips = InVivoRatios.caseOf("standing_relaxed", "20", RESOURCE);
        assertThat(atGrips.loadKg()).isEqualTo(20);
        assertThat(atGrips.loadAheadOfGripsM()).isZero();
        InVivoRatios.Case ahead = InVivoRatios.caseOf("standing_relaxed", "20&ahead=0.07", RESOURCE);
        assertThat(ahead.loadKg()).isEqualTo(20);
        assertThat(ahead.loadAheadOfGripsM()).isEqualTo(0.07);
        for (String bad : List.of("20&behind=0.07", "0&ahead=0.07", "20&ahead=0.07&ahead=0.1", "20&",
                "twenty", "20&ahead=", "20&ahead=far", "20&ahead=NaN", "Infinity")) {
            assertThatThrownBy(() -> InVivoRatios.caseOf("standing_relaxed", bad, RESOURCE)).as(bad)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(RESOURCE);
        }
    }

    @Test
    void aCaseRefusesALoadOutOfRangeNamingIt() {
        Posture p = PosturePreset.STANDING_RELAXED.posture();
        assertThatThrownBy(() -> new InVivoRatios.Case("standing_relaxed", p, -1, 0))
                .isInstanceOf(ParameterOutOfRangeException.class).hasMessageContaining("loadKg");
        assertThatThrownBy(() -> new InVivoRatios.Case("standing_relaxed", p, 20, Double.NaN))
                .isInstanceOf(ParameterOutOfRangeException.class).hasMessageContaining("loadAheadOfGripsM");
    }

    @Test
    void holdFarLoadActsAheadOfTheGripsOfItsOwnPose() {
        InVivoRatios.Case far = InVivoRatios.comparisons().stream().filter(c -> c.id().equals("hold_far_20kg"))
                .findFirst().orElseThrow().caseOf().orElseThrow();
        assertThat(far.loadAheadOfGripsM()).as("the row reads its load point").isPositive();
        LumbarModel model = Wilke1999.subjectModel();
        List<HandLoad> loads = InVivoValidation.loads(model, far);
        assertThat(loads).hasSize(1);
        PositionM at = loads.get(0).positionM();
        AnalysisResult loaded = Lumbosim.analyze(model, far.posture(), loads);
        BodyPose pose = loaded.pose();
        PositionM l = pose.landmarks().get(Landmark.GRIP_LEFT);
        PositionM r = pose.landmarks().get(Landmark.GRIP_RIGHT);
        assertThat(at.xM()).as("ahead of the loaded pose's grips")
                .isCloseTo((l.xM() + r.xM()) / 2 + far.loadAheadOfGripsM(), within(TOL_M));
        assertThat(at.yM()).as("at their height").isCloseTo((l.yM() + r.yM()) / 2, within(TOL_M));
        assertThat(at.zM()).as("between them").isCloseTo((l.zM() + r.zM()) / 2, within(TOL_M));

        AnalysisResult atGrips = Lumbosim.analyze(model, far.posture(), List.of(HandLoad.ofMassKg(far.loadKg())));
        double ahead = loaded.level(SpinalLevel.L4_L5).compressionN();
        double grips = atGrips.level(SpinalLevel.L4_L5).compressionN();
        assertThat(ahead).as("the load further in front gives more L4-L5 compression").isGreaterThan(grips);

        PositionM disc = pose.discCentres().get(SpinalLevel.L4_L5.ordinal());
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nhold_far_20kg (Wilke's volunteer, %s): points relative to the L4-L5 disc centre (m; x anterior, y up)%n",
                far.spec()));
        for (Landmark k : List.of(Landmark.SHOULDER_LEFT, Landmark.ELBOW_LEFT, Landmark.WRIST_LEFT, Landmark.GRIP_LEFT)) {
            PositionM p = pose.landmarks().get(k);
            out.append(String.format(Locale.ROOT, "  %-14s x %6.3f y %6.3f%n", k, p.xM() - disc.xM(), p.yM() - disc.yM()));
        }
        out.append(String.format(Locale.ROOT, "  %-14s x %6.3f y %6.3f (%.0f kg, %.3f m ahead of the grips)%n", "load",
                at.xM() - disc.xM(), at.yM() - disc.yM(), far.loadKg(), far.loadAheadOfGripsM()));
        out.append(String.format(Locale.ROOT, "  L4-L5 compression %.1f N (%.1f N with the load at the grips), IDP %.3f MPa (%.3f)%n",
                ahead, grips, loaded.level(SpinalLevel.L4_L5).idpMPa(), atGrips.level(SpinalLevel.L4_L5).idpMPa()));
        System.out.print(out);
    }
}
