package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.motion.LoadSchedule;
import org.lumbosim.motion.MotionAnalysis;
import org.lumbosim.motion.MotionResult;
import org.lumbosim.population.PopulationStudy;
import org.lumbosim.population.Populations;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;
import org.lumbosim.sweep.SweepPoints;

/**
 * Fifteenth session's review of the library API as a Java developer meets it (README's tour and the
 * Javadoc only, small programs against core's jar): each test is one finding, and fails on the code
 * before its fix. The reflective probes that generalise them are {@link PublicIndexArgumentTest} (index
 * and non-finite arguments) and {@link PublicNullArgumentTest} (nulls).
 */
class ApiReviewTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());

    /**
     * A new workspace said {@code solved()} (status {@code OK}, supports balanced) with every load zero, and
     * {@code Lumbosim.toResult} turned it into an all-zero result; the README tells the reader to check
     * {@code ws.solved()} first, so a sweep or a caller that read a workspace before its first solve got zeros
     * as a solution; {@code Lumbosim.pose} and {@code balance} gave an all-zero pose and no reaction.
     */
    @Test
    void aNewWorkspaceHoldsNoSolution() {
        Workspace ws = MODEL.newWorkspace();
        assertThat(ws.solveCompleted()).isFalse();
        assertThat(ws.solved()).as("solved() of a new workspace").isFalse();
        assertThat(ws.overloaded()).isFalse();
        assertThat(ws.supportsBalanced()).isFalse();
        assertThatThrownBy(() -> Lumbosim.toResult(ws, Posture.uprightStanding(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ws holds no completed solve");
        assertThatThrownBy(() -> Lumbosim.pose(ws)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ws holds no completed solve");
        assertThatThrownBy(() -> Lumbosim.balance(ws)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ws holds no completed solve");
        MODEL.solve(Posture.uprightStanding(), List.of(), ws);
        assertThat(ws.solveCompleted()).isTrue();
        assertThat(ws.solved()).isTrue();
        assertThat(Lumbosim.toResult(ws, Posture.uprightStanding(), List.of()))
                .isEqualTo(Lumbosim.analyze(MODEL, Posture.uprightStanding(), List.of()));
    }

    /**
     * Indices outside their range were {@code ArrayIndexOutOfBoundsException}s from inside the library, or
     * worse, values: a support reaction beyond {@code supportReactionCount()} read an earlier solve's contact.
     */
    @Test
    void anIndexOutsideItsRangeIsRefusedNamingItAndTheRange() {
        Workspace ws = MODEL.newWorkspace();
        MODEL.solve(Posture.standingFlexed(30), List.of(HandLoad.ofMassKg(5)), ws);
        // the muscles, then the level deviations' columns of the recruitment problem, and no further
        int columns = ws.recruitmentProblemCopy().cols();
        assertThat(columns).isGreaterThan(MODEL.muscleCount());
        assertThat(ws.muscleForceN(columns - 1)).isFinite();
        assertThatThrownBy(() -> ws.muscleForceN(columns)).isInstanceOf(ParameterOutOfRangeException.class)
                .hasMessageContaining("muscle = " + columns).hasMessageContaining("[0, " + (columns - 1) + "]");
        assertThatThrownBy(() -> ws.muscleForceN(-1)).isInstanceOf(ParameterOutOfRangeException.class);
        int reactions = ws.supportReactionCount();
        assertThatThrownBy(() -> ws.supportReactionForceN(reactions, 1)).isInstanceOf(ParameterOutOfRangeException.class)
                .hasMessageContaining("i = " + reactions);
        assertThatThrownBy(() -> ws.supportReactionPointM(reactions, 0)).isInstanceOf(ParameterOutOfRangeException.class);
        assertThatThrownBy(() -> ws.supportReactionSupport(reactions)).isInstanceOf(ParameterOutOfRangeException.class);
        assertThatThrownBy(() -> ws.supportReactionSide(-1)).isInstanceOf(ParameterOutOfRangeException.class);
        assertThatThrownBy(() -> ws.supportReactionLandmark(reactions)).isInstanceOf(ParameterOutOfRangeException.class);
        assertThatThrownBy(() -> ws.handsOnThighsGapM(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("side = 2");
        assertThatThrownBy(() -> ws.handOnThighPassesIntoThigh(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("side = -1");

        SweepPoints points = SweepPoints.ofPostures(List.of(Posture.uprightStanding()), List.of());
        assertThatThrownBy(() -> points.posture(1)).isInstanceOf(ParameterOutOfRangeException.class)
                .hasMessageContaining("point = 1");
        assertThatThrownBy(() -> points.loads(-1)).isInstanceOf(ParameterOutOfRangeException.class)
                .hasMessageContaining("point = -1");

        MotionResult motion = motion();
        assertThatThrownBy(() -> motion.hasLoads(motion.frames())).isInstanceOf(ParameterOutOfRangeException.class)
                .hasMessageContaining("frame = " + motion.frames());
    }

    /** {@code MotionResult}'s per-level accessors threw a {@code NullPointerException} for a null level. */
    @Test
    void aMotionResultRefusesANullLevelByName() {
        MotionResult motion = motion();
        assertThatThrownBy(() -> motion.compressionN(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("level is null");
        assertThatThrownBy(() -> motion.idpMPa(null)).hasMessageStartingWith("level is null");
        assertThatThrownBy(() -> motion.peakCompressionFrame(null)).hasMessageStartingWith("level is null");
    }

    /** {@code mechanicalDiscPressureMPa} returned NaN and infinite pressures for non-finite compressions. */
    @Test
    void theDiscPressureOfANonFiniteCompressionIsRefused() {
        for (double c : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> MODEL.mechanicalDiscPressureMPa(SpinalLevel.L4_L5, c))
                    .isInstanceOf(ParameterOutOfRangeException.class).hasMessageStartingWith("compressionN = ");
        }
        assertThat(MODEL.mechanicalDiscPressureMPa(SpinalLevel.L4_L5, 1000)).isFinite().isPositive();
    }

    /** A set of supports holding null was a {@code NullPointerException} from inside {@code EnumSet.copyOf}. */
    @Test
    void aNullSupportIsRefusedByName() {
        Set<Support> withNull = new HashSet<>();
        withNull.add(Support.FEET);
        withNull.add(null);
        assertThatThrownBy(() -> Posture.uprightStanding().withSupports(withNull))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("supports contains null");
        // sets that cannot hold null (Set.of answers contains(null) with an exception) are still accepted
        assertThat(Posture.uprightStanding().withSupports(Set.of(Support.FEET)).supports()).containsExactly(Support.FEET);
        assertThat(Posture.uprightStanding().withSupports(EnumSet.of(Support.FEET, Support.BACKREST)).supports())
                .containsExactly(Support.FEET, Support.BACKREST);
    }

    /** {@code PopulationStudy.person(-1)} returned null. */
    @Test
    void aNegativePersonIndexIsRefused() {
        PopulationStudy study = new PopulationStudy(Populations.nhanes2017To2020(), MuscleModelKind.SINGLE_EQUIVALENT, 1, 1);
        assertThatThrownBy(() -> study.person(-1)).isInstanceOf(ParameterOutOfRangeException.class)
                .hasMessageStartingWith("index = -1");
        assertThat(study.person(0)).isNotNull();
    }

    /**
     * {@code smoothTransition} with one frame divided by zero and refused the NaN angles as
     * {@code trunkFlexionDeg = NaN}, with a negative count failed inside {@code ArrayList}, and accepted a NaN
     * duration its Javadoc says must be positive.
     */
    @Test
    void aSmoothTransitionRefusesItsOwnBadArguments() {
        Posture a = Posture.uprightStanding();
        Posture b = Posture.standingFlexed(60);
        for (int frames : new int[] {1, 0, -1}) {
            assertThatThrownBy(() -> MotionAnalysis.smoothTransition(a, b, 1, frames))
                    .isInstanceOf(ParameterOutOfRangeException.class).hasMessageStartingWith("frames = " + frames);
        }
        for (double d : new double[] {Double.NaN, 0, -1, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> MotionAnalysis.smoothTransition(a, b, d, 5))
                    .isInstanceOf(ParameterOutOfRangeException.class).hasMessageStartingWith("durationS = ");
        }
        assertThat(MotionAnalysis.smoothTransition(a, b, 1, 2)).containsExactly(a, b);
    }

    /** The acceleration array of the wrong length was refused without naming the parameter. */
    @Test
    void anAccelerationOfTheWrongLengthNamesTheParameter() {
        Posture p = Posture.uprightStanding();
        assertThatThrownBy(() -> MODEL.solveFrame(p, p, p, 0.01, new double[2], List.of(), MODEL.newWorkspace()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("l5s1AccelerationMps2 ");
    }

    /** {@code LumbarModel} and {@code MotionResult} printed {@code Type@hash}. */
    @Test
    void theModelAndAMotionPrintWhatTheyHold() {
        LumbarModel m = LumbarModel.of(Subject.defaultSubject().withStatureM(1.68))
                .withMuscleModel(MuscleModelKind.MULTI_FASCICLE).withDiscAreaMm2(SpinalLevel.L4_L5, 1800);
        assertThat(m.toString()).startsWith("LumbarModel[subject=Subject[sex=MALE, statureM=1.68, ")
                .contains("muscleModel=multi-fascicle", "tissueParameters=TissueParameters[maxMuscleStressPa=",
                        "solver=RecruitmentSolver[", "givenDiscAreaMm2={L4-L5=1800.0}]");
        assertThat(MODEL.toString()).contains("muscleModel=single-equivalent", "givenDiscAreaMm2={}");
        assertThat(motion().toString()).isEqualTo("MotionResult[frames=5, timeS=0.0..0.4, solved=5, overloaded=0, skipped=0]");
    }

    private static MotionResult motion() {
        List<Posture> frames = MotionAnalysis.smoothTransition(Posture.uprightStanding(), Posture.standingFlexed(40), 0.4, 5);
        return MotionAnalysis.solve(MODEL, new double[] {0, 0.1, 0.2, 0.3, 0.4}, frames, LoadSchedule.none());
    }
}
