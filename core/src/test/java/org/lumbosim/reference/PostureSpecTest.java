package org.lumbosim.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.lumbosim.IncompatibleSupportsException;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;

/**
 * The posture text of the reference resources ({@link PostureSpec}): the {@code supports=} override
 * replaces the preset's supports and keeps every angle; an unknown support is refused naming the
 * resource, and supports that cannot be combined are refused as {@link IncompatibleSupportsException}.
 */
class PostureSpecTest {
    private static final String RESOURCE = "test.csv";

    @Test
    void supportsOverrideReplacesThePresetsSupportsAndKeepsItsAngles() {
        Posture preset = PosturePreset.SITTING_UNSUPPORTED.posture();
        Posture p = PostureSpec.parse("sitting_unsupported&supports=seat+backrest+feet+hands_on_thighs", RESOURCE);
        assertThat(p.supports()).containsExactlyInAnyOrderElementsOf(
                EnumSet.of(Support.SEAT, Support.BACKREST, Support.FEET, Support.HANDS_ON_THIGHS));
        assertThat(preset.supports()).doesNotContain(Support.BACKREST);
        assertThat(p.withSupports(preset.supports())).isEqualTo(preset);
    }

    @Test
    void overridesApplyInOrderWhateverTheirPlace() {
        Posture a = PostureSpec.parse("sitting_unsupported&trunk=-15&hip=55.8&supports=seat+backrest+feet", RESOURCE);
        Posture b = PostureSpec.parse("sitting_unsupported&supports=seat+backrest+feet&trunk=-15&hip=55.8", RESOURCE);
        assertThat(a).isEqualTo(b);
        assertThat(a.trunkFlexionDeg()).isEqualTo(-15);
        assertThat(a.hipFlexionDeg()).isEqualTo(55.8);
        assertThat(a.lumbarFlexionDeg()).isEqualTo(PosturePreset.SITTING_UNSUPPORTED.posture().lumbarFlexionDeg());
    }

    @Test
    void anUnknownSupportIsRefusedNamingTheResource() {
        for (String bad : java.util.List.of("sitting_unsupported&supports=seat+chair", "sitting_unsupported&supports=",
                "sitting_unsupported&supports=seat++feet")) {
            assertThatThrownBy(() -> PostureSpec.parse(bad, RESOURCE)).as(bad).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(RESOURCE).hasMessageContaining("unknown support");
        }
    }

    @Test
    void supportsThatCannotBeCombinedAreRefused() {
        assertThatThrownBy(() -> PostureSpec.parse("sitting_unsupported&supports=seat+backrest+hands", RESOURCE))
                .isInstanceOf(IncompatibleSupportsException.class).hasMessageContaining("backrest cannot be combined with hands");
    }
}
