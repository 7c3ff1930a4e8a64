package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.PostureRange;
import org.lumbosim.posture.Support;
import org.lumbosim.solver.RecruitmentCriterion;
import org.lumbosim.solver.RecruitmentSolver;

/**
 * Every rejected input: NaN, both infinities, just below and just above the range of every numeric
 * field. The exception must be a {@link ParameterOutOfRangeException} whose message names the
 * parameter, the value (as {@link Double#toString}) and both range ends; unknown identifiers raise
 * {@link IllegalArgumentException} naming the value.
 */
class InputValidationTest {

    /** A numeric field: its API name, its range and a constructor that sets only that field. */
    record Field(String name, double min, double max, DoubleConsumer make) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Posture P = Posture.uprightStanding();

    static List<Field> fields() {
        Subject s = Subject.defaultSubject();
        return List.of(
                new Field("statureM", Subject.MIN_STATURE_M, Subject.MAX_STATURE_M, v -> s.withStatureM(v)),
                new Field("bodyMassKg", Subject.MIN_BODY_MASS_KG, Subject.MAX_BODY_MASS_KG, v -> s.withBodyMassKg(v)),
                new Field("ageYears", Subject.MIN_AGE_YEARS, Subject.MAX_AGE_YEARS, v -> s.withAgeYears(v)),
                new Field("trunkFlexionDeg", PostureRange.TRUNK_FLEXION_MIN_DEG, PostureRange.TRUNK_FLEXION_MAX_DEG,
                        v -> P.withTrunkFlexionDeg(v)),
                new Field("lumbarFlexionDeg", PostureRange.LUMBAR_FLEXION_MIN_DEG, PostureRange.LUMBAR_FLEXION_MAX_DEG,
                        v -> P.withLumbarFlexionDeg(v)),
                new Field("lateralBendDeg", -PostureRange.LATERAL_BEND_MAX_DEG, PostureRange.LATERAL_BEND_MAX_DEG,
                        v -> P.withLateralBendDeg(v)),
                new Field("axialRotationDeg", -PostureRange.AXIAL_ROTATION_MAX_DEG, PostureRange.AXIAL_ROTATION_MAX_DEG,
                        v -> P.withAxialRotationDeg(v)),
                new Field("hipFlexionDeg", PostureRange.HIP_FLEXION_MIN_DEG, PostureRange.HIP_FLEXION_MAX_DEG,
                        v -> P.withHipFlexionDeg(v)),
                new Field("kneeFlexionDeg", PostureRange.KNEE_FLEXION_MIN_DEG, PostureRange.KNEE_FLEXION_MAX_DEG,
                        v -> P.withKneeFlexionDeg(v)),
                new Field("shoulderFlexionDeg", PostureRange.SHOULDER_FLEXION_MIN_DEG,
                        PostureRange.SHOULDER_FLEXION_MAX_DEG, v -> P.withShoulderFlexionDeg(v)),
                new Field("elbowFlexionDeg", PostureRange.ELBOW_FLEXION_MIN_DEG, PostureRange.ELBOW_FLEXION_MAX_DEG,
                        v -> P.withElbowFlexionDeg(v)),
                new Field("bodyRollDeg", -PostureRange.BODY_ROLL_MAX_DEG, PostureRange.BODY_ROLL_MAX_DEG,
                        v -> P.withBodyRollDeg(v)),
                new Field("anklePlantarFlexionDeg", PostureRange.ANKLE_PLANTAR_FLEXION_MIN_DEG,
                        PostureRange.ANKLE_PLANTAR_FLEXION_MAX_DEG, v -> P.withAnklePlantarFlexionDeg(v)),
                new Field("massKg", 0, HandLoad.MAX_MASS_KG, v -> new HandLoad(v, 0, 0, 0, Hands.BOTH, null)),
                new Field("forceXN", -HandLoad.MAX_FORCE_N, HandLoad.MAX_FORCE_N, v -> new HandLoad(0, v, 0, 0, Hands.BOTH, null)),
                new Field("forceYN", -HandLoad.MAX_FORCE_N, HandLoad.MAX_FORCE_N, v -> new HandLoad(0, 0, v, 0, Hands.BOTH, null)),
                new Field("forceZN", -HandLoad.MAX_FORCE_N, HandLoad.MAX_FORCE_N, v -> new HandLoad(0, 0, 0, v, Hands.BOTH, null)),
                new Field("xM", -PositionM.MAX_ABS_M, PositionM.MAX_ABS_M, v -> new PositionM(v, 0, 0)),
                new Field("yM", -PositionM.MAX_ABS_M, PositionM.MAX_ABS_M, v -> new PositionM(0, v, 0)),
                new Field("zM", -PositionM.MAX_ABS_M, PositionM.MAX_ABS_M, v -> new PositionM(0, 0, v)),
                new Field("toleranceNm", 1e-14, 1e-2,
                        v -> new RecruitmentSolver(RecruitmentCriterion.SQUARED_STRESS, v, 200)),
                new Field("maxIterations", 1, 10000,
                        v -> new RecruitmentSolver(RecruitmentCriterion.SQUARED_STRESS, 1e-9, (int) v)));
    }

    /** Every field with NaN, +-infinity, just below its minimum and just above its maximum. */
    static Stream<Arguments> rejected() {
        List<Arguments> out = new ArrayList<>();
        for (Field f : fields()) {
            boolean integer = f.name().equals("maxIterations");
            double below = integer ? f.min() - 1 : f.min() - Math.max(1e-9, Math.abs(f.min()) * 1e-6);
            double above = integer ? f.max() + 1 : f.max() + Math.max(1e-9, Math.abs(f.max()) * 1e-6);
            List<Double> values = integer ? List.of(below, above)
                    : List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, below, above);
            for (double v : values) {
                out.add(Arguments.of(f, v));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} = {1} is rejected")
    @MethodSource("rejected")
    void rejectsOutOfRangeValue(Field field, double value) {
        ParameterOutOfRangeException e = assertThrows(ParameterOutOfRangeException.class,
                () -> field.make().accept(value), field.name() + " = " + value + " expected to be rejected");
        assertThat(e.getMessage()).as("message expected to name the parameter %s", field.name())
                .contains(field.name());
        // a whole-number parameter (maxIterations) prints its value as a whole number
        String printed = e.isWholeNumber() ? Long.toString((long) value) : Double.toString(value);
        assertThat(e.getMessage()).as("message expected to contain the value %s", value)
                .contains(printed);
        assertThat(e.getMessage()).as("message expected to contain the range ends %s and %s", field.min(), field.max())
                .contains(e.isWholeNumber() ? Long.toString((long) field.min()) : Double.toString(field.min()),
                        e.isWholeNumber() ? Long.toString((long) field.max()) : Double.toString(field.max()));
        assertThat(e.parameter()).as("parameter() expected to be %s", field.name()).isEqualTo(field.name());
        assertThat(e.min()).as("min() expected %s", field.min()).isEqualTo(field.min());
        assertThat(e.max()).as("max() expected %s", field.max()).isEqualTo(field.max());
    }

    @ParameterizedTest(name = "{0} accepts both range ends")
    @MethodSource("fields")
    void acceptsRangeEnds(Field field) {
        field.make().accept(field.min());
        field.make().accept(field.max());
    }

    static Stream<Arguments> unknownIds() {
        return Stream.of(
                Arguments.of("preset", (Executable) () -> PosturePreset.ofId("standing_upside_down"), "standing_upside_down"),
                Arguments.of("level", (Executable) () -> SpinalLevel.ofLabel("L6-S1"), "L6-S1"),
                Arguments.of("criterion", (Executable) () -> RecruitmentCriterion.ofId("quartic-stress"), "quartic-stress"),
                Arguments.of("muscles", (Executable) () -> MuscleModelKind.ofId("hill-type"), "hill-type"),
                Arguments.of("sex", (Executable) () -> Sex.parse("unknown"), "unknown"));
    }

    @ParameterizedTest(name = "unknown {0} is rejected")
    @MethodSource("unknownIds")
    void rejectsUnknownIdentifier(String what, Executable parse, String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, parse,
                what + " \"" + value + "\" expected to be rejected");
        assertThat(e.getMessage()).as("message expected to name %s and the value \"%s\"", what, value)
                .contains(what, "\"" + value + "\"");
        assertThat(e.getMessage()).as("message expected to list the accepted values").contains("is not one of");
    }

    @ParameterizedTest(name = "known id {0} round-trips")
    @ValueSource(strings = {"squared-stress", "cubed-stress", "min-max"})
    void criterionIdsRoundTrip(String id) {
        assertThat(RecruitmentCriterion.ofId(id).id()).as("ofId(%s).id() expected %s", id, id).isEqualTo(id);
    }

    @Test
    void otherIdentifiersRoundTrip() {
        for (PosturePreset p : PosturePreset.values()) {
            assertThat(PosturePreset.ofId(p.id())).as("ofId(%s) expected %s", p.id(), p).isEqualTo(p);
        }
        for (SpinalLevel l : SpinalLevel.values()) {
            assertThat(SpinalLevel.ofLabel(l.label())).as("ofLabel(%s) expected %s", l.label(), l).isEqualTo(l);
            assertThat(SpinalLevel.ofLabel(l.name())).as("ofLabel(%s) expected %s", l.name(), l).isEqualTo(l);
        }
        for (MuscleModelKind k : MuscleModelKind.values()) {
            assertThat(MuscleModelKind.ofId(k.id())).as("ofId(%s) expected %s", k.id(), k).isEqualTo(k);
        }
        assertThat(Sex.parse("Female")).as("Sex.parse(\"Female\") expected FEMALE").isEqualTo(Sex.FEMALE);
    }

    @Test
    void missingEnumFieldsAreRejectedWithTheirName() {
        IllegalArgumentException sex = assertThrows(IllegalArgumentException.class,
                () -> new Subject(null, 1.75, 70, 45), "null sex expected to be rejected");
        assertThat(sex.getMessage()).as("message expected to name sex").contains("sex");
        IllegalArgumentException hands = assertThrows(IllegalArgumentException.class,
                () -> new HandLoad(1, 0, 0, 0, null, null), "null hands expected to be rejected");
        assertThat(hands.getMessage()).as("message expected to name hands").contains("hands");
        IllegalArgumentException crit = assertThrows(IllegalArgumentException.class,
                () -> new RecruitmentSolver(null, 1e-9, 200), "null criterion expected to be rejected");
        assertThat(crit.getMessage()).as("message expected to name criterion").contains("criterion");
        Posture noSupports = new Posture(0, 0, 0, 0, 0, 0, 0, 0, 0, null);
        assertThat(noSupports.supports()).as("null supports expected to become an empty set").isEqualTo(Set.<Support>of());
    }
}
