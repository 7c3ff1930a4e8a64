package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lumbosim.LoadInRestingHandException;
import org.lumbosim.posture.PosturePreset;

/**
 * {@link ParameterSweep#loadMass} on a posture whose hands rest on the floor ({@code cat}) throws the
 * {@link LoadInRestingHandException} its Javadoc documents (the sweep refuses it before any point is solved,
 * h13/physfuzz), even for 0 kg, and solves the same masses on a posture with free hands.
 */
class ParameterSweepRestingHandTest {
    @Test
    void aMassSweepInHandsThatRestOnTheFloorIsRefusedByItsDocumentedException() {
        assertThatThrownBy(() -> ParameterSweep.loadMass(Fixtures.MODEL, PosturePreset.CAT.posture(),
                new double[] {0, 5}))
                .isInstanceOf(LoadInRestingHandException.class)
                .hasMessageContaining("rests on the floor");
        assertThat(ParameterSweep.loadMass(Fixtures.MODEL, PosturePreset.STANDING_RELAXED.posture(),
                new double[] {0, 5}).results()).hasSize(2);
    }
}
