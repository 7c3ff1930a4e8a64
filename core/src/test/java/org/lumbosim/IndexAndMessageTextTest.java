package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.sweep.Sweep;
import org.lumbosim.sweep.SweepPoints;
import org.lumbosim.sweep.SweepTable;

/**
 * The twelfth session's audit (docs/research/audit-2026-12-07.md): an index outside its range was a bare
 * {@link ArrayIndexOutOfBoundsException} ({@code SpinalLevel.ofIndex(5)}, {@code SweepTable.compressionN(level,
 * 99)}: "Index 5 out of bounds for length 5"), now a {@link ParameterOutOfRangeException} naming the parameter,
 * its value and the allowed range; the infeasible-recruitment message printed raw doubles
 * ({@code 445.9395558109761 N·m}) and began with the word the command line prefixes it with
 * ({@code infeasible: infeasible muscle recruitment ...}); {@code Workspace.wholeBodyResidual(int)} mixed
 * newtons and newton-metres in one unnamed accessor, now one accessor per unit.
 */
class IndexAndMessageTextTest {
    @Test
    void aLevelIndexOutsideZeroToFourIsARangeErrorNamingIt() {
        for (int bad : new int[] {5, -1, Integer.MAX_VALUE}) {
            ParameterOutOfRangeException e = assertThrows(ParameterOutOfRangeException.class,
                    () -> SpinalLevel.ofIndex(bad));
            assertThat(e.parameter()).isEqualTo("index");
            assertThat(e.value()).isEqualTo(bad);
            assertThat(e.getMessage()).isEqualTo("index = " + bad + " is outside the model's valid range [0, 4]");
        }
        for (SpinalLevel l : SpinalLevel.values()) {
            assertThat(SpinalLevel.ofIndex(l.ordinal())).isSameAs(l);
        }
    }

    @Test
    void aSweepTableRowOutsideTheTableIsARangeErrorNamingIt() {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        SweepTable table = new SweepTable(2);
        Sweep.coldStarted(model).run(SweepPoints.ofPostures(List.of(org.lumbosim.posture.Posture.standingFlexed(0),
                org.lumbosim.posture.Posture.standingFlexed(20)), List.of()), model.newWorkspace(),
                table);
        for (int bad : new int[] {99, 2, -1}) {
            ParameterOutOfRangeException e = assertThrows(ParameterOutOfRangeException.class,
                    () -> table.compressionN(SpinalLevel.L5_S1, bad));
            assertThat(e.getMessage()).isEqualTo("point = " + bad + " is outside the model's valid range [0, 1]");
            assertThrows(ParameterOutOfRangeException.class, () -> table.status(bad));
            assertThrows(ParameterOutOfRangeException.class, () -> table.idpMPa(SpinalLevel.L4_L5, bad));
        }
        assertThat(table.compressionN(SpinalLevel.L5_S1, 1)).isGreaterThan(table.compressionN(SpinalLevel.L5_S1, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.apShearN(null, 0));
        assertThat(e.getMessage()).startsWith("level is null");
    }

    @Test
    void theWholeBodyResidualHasOneAccessorPerUnit() {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        Workspace ws = model.newWorkspace();
        model.solve(PosturePreset.HOLD_FAR.posture(), List.of(HandLoad.ofMassKg(5)), ws);
        for (int axis = 0; axis < 3; axis++) {
            assertThat(Math.abs(ws.wholeBodyResidualForceN(axis))).isLessThan(1e-6);
            assertThat(Math.abs(ws.wholeBodyResidualMomentNm(axis))).isLessThan(1e-6);
        }
        assertThrows(IllegalArgumentException.class, () -> ws.wholeBodyResidualForceN(3));
        assertThrows(IllegalArgumentException.class, () -> ws.wholeBodyResidualMomentNm(-1));
    }

    @Test
    void messageNumbersHaveFourSignificantDigits() {
        assertThat(RangeText.number(445.9395558109761)).isEqualTo("445.9");
        assertThat(RangeText.number(2.878217146620417)).isEqualTo("2.878");
        assertThat(RangeText.number(0.780658581982195)).isEqualTo("0.7807");
        assertThat(RangeText.number(0.75)).isEqualTo("0.75");
        assertThat(RangeText.number(100)).isEqualTo("100");
        assertThat(RangeText.number(12345.6)).isEqualTo("12350");
        assertThat(RangeText.number(-0.00004998351)).isEqualTo("-0.00004998");
        assertThat(RangeText.number(-0.0)).isEqualTo("0");
        assertThat(RangeText.number(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void theInfeasibleMessageIsReadableAndTheFieldsStayExact() {
        InfeasibleRecruitmentException e = new InfeasibleRecruitmentException(SpinalLevel.L5_S1, "flexion-extension",
                445.9395558109761, OptionalDouble.of(2.878217146620417), 0.755, "posture trunkFlexionDeg=90");
        assertThat(e.getMessage()).isEqualTo("muscle recruitment fails at L5-S1 about the flexion-extension axis: "
                + "445.9 N·m cannot be balanced with every muscle between zero and its maximum force; the muscles "
                + "would need a largest stress of 2.878 MPa (allowed 0.755 MPa) (posture trunkFlexionDeg=90)");
        assertThat(e.unbalancedMomentNm()).isEqualTo(445.9395558109761);
        assertThat(e.requiredMuscleStressMPa()).hasValue(2.878217146620417);
    }

    @Test
    void aSolvedInfeasibleTaskPrintsNoLongDecimalsAndDoesNotRepeatInfeasible() {
        LumbarModel model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
        InfeasibleRecruitmentException e = assertThrows(InfeasibleRecruitmentException.class,
                () -> Lumbosim.analyze(model, PosturePreset.HOLD_FAR.posture(), List.of(HandLoad.ofMassKg(30))));
        // the command line prints "infeasible: " + message (docs/cli.md)
        assertThat(e.getMessage()).doesNotStartWith("infeasible").doesNotContainPattern("[0-9]\\.[0-9]{5,}")
                .contains(RangeText.number(e.unbalancedMomentNm()) + " N·m");
    }
}
