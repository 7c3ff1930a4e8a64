package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.model.Fascicle;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.testing.ArgumentValueProbe;

/**
 * Fifteenth session, the numeric counterpart of {@link PublicNullArgumentTest} over the same public entry points
 * of core and the same receivers (found by reflection, so a new method is covered without editing this test):
 * every {@code double} argument given NaN and +∞, every {@code int}/{@code long} -1, and an index
 * ({@link ArgumentValueProbe#INDEX_NAMES}) 1,000,000, must be refused at once by an
 * {@link IllegalArgumentException} (usually a {@link ParameterOutOfRangeException}) naming the parameter: never an
 * {@code ArrayIndexOutOfBoundsException} or a {@code NullPointerException} from inside, never a NaN result,
 * never accepted. On the code before it: indices read past their arrays ({@code Workspace.muscleForceN},
 * {@code supportReaction*}, {@code handsOnThighsGapM}, {@code SweepPoints.posture}, {@code MotionResult.hasLoads},
 * {@code WilkeSensitivity.Result}'s rows), {@code mechanicalDiscPressureMPa} returned NaN, {@code person(-1)}
 * returned null, {@code smoothTransition} divided by zero (the review's findings; {@link ApiReviewTest}).
 */
class PublicIndexArgumentTest {
    /** Valid values of parameters whose range excludes the probe's samples (a primitive's is 1). */
    static final Map<String, Object> VALID = Map.ofEntries(
            Map.entry("Subject.*#statureM", 1.75), Map.entry("Subject.*#bodyMassKg", 70.0),
            Map.entry("Subject.*#ageYears", 45.0), Map.entry("Subject.withStatureM#newStatureM", 1.75),
            Map.entry("Subject.withBodyMassKg#newBodyMassKg", 70.0), Map.entry("Subject.withAgeYears#newAgeYears", 45.0),
            Map.entry("Christophy2012Muscles.fascicles#statureM", 1.75),
            Map.entry("LumbarModel.withDiscAreaMm2#discAreaMm2", 1800.0),
            Map.entry("MotionAnalysis.smoothTransition#frames", 5),
            Map.entry("Fascicle.<init>#points", List.of(new Fascicle.PathPoint(Fascicle.Body.values()[0], 0, 0, 0),
                    new Fascicle.PathPoint(Fascicle.Body.values()[1], 0, 0.1, 0))),
            Map.entry("TissueParameters.<init>#maxMuscleStressPa", TissueParameters.published().maxMuscleStressPa()),
            Map.entry("TissueParameters.<init>#unloadedDiscPressureMPa", TissueParameters.published().unloadedDiscPressureMPa()),
            Map.entry("TissueParameters.<init>#nachemsonPressureFactor", TissueParameters.published().nachemsonPressureFactor()),
            Map.entry("TissueParameters.<init>#minimumActivation", 0.0),
            Map.entry("TissueParameters.<init>#abdominalCoactivation", 0.0),
            Map.entry("PopulationDistribution.<init>#maleFraction", 0.5),
            Map.entry("PopulationDistribution.<init>#ageMinYears", 20.0),
            Map.entry("PopulationDistribution.<init>#ageMaxYears", 80.0),
            Map.entry("SexDistribution.<init>#statureMeanM", 1.74), Map.entry("SexDistribution.<init>#statureSdM", 0.077),
            Map.entry("SexDistribution.<init>#logMassMean", Math.log(86)), Map.entry("SexDistribution.<init>#logMassSd", 0.23),
            Map.entry("SexDistribution.<init>#correlation", 0.45),
            Map.entry("RecruitmentSolver.<init>#toleranceNm", 1e-9), Map.entry("RecruitmentSolver.<init>#maxIterations", 200),
            Map.entry("DortmundRecommendations2001.compressionLimitN#ageYears", 45.0),
            Map.entry("SweepTable.*#point", 0));

    /** Entry points the probe cannot call validly with the shared receivers, with why. */
    static final Map<String, String> UNPROBED = Map.of(
            "model.Workspace.restingCentreM", "defined only for a support that carried weight in the last solve; the "
                    + "shared workspace stands on its feet (axis checked as every accessor's: checkedAxis)");

    /** Parameters whose Javadoc gives the probed values a meaning, with it. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("PopulationStudy.<init>#seed", "any long is a seed"),
            Map.entry("PopulationStudy.of#seed", "any long is a seed"),
            Map.entry("PopulationStudy.person#index", "people are numbered from 0 without end; -1 is refused ("
                    + "ApiReviewTest.aNegativePersonIndexIsRefused)"),
            Map.entry("WilkeJointSensitivity.run#seed", "any long is a seed"),
            Map.entry("TissueParameters.with#value", "refused naming the constant given (maxMuscleStressMPa = NaN "
                    + "MPa ...), not the word value"),
            Map.entry("TissueParameters.<init>#maxMuscleStressPa", "refused naming the constant's id in MPa, "
                    + "maxMuscleStressMPa (the task files' and the CLI's name)"));

    /** Packages whose types are all results the library builds. */
    private static final Set<String> REPORT_PACKAGES = Set.of("org.lumbosim.result");

    /**
     * Types the library builds to report, one by one: their numbers are the model's or a source's (NaN where their
     * Javadoc says: an unsolved frame or row), so what is probed are the inputs that produce them.
     */
    private static final Set<String> REPORTS = Set.of("RangeText", "PopulationResult", "OutputPercentiles",
            "ContactPercentiles", "TaskAssessment", "NioshAssessment", "JobAssessment", "LevelDay", "DiscState",
            "DaySample", "DayResult", "SlackAnnulus", "WilkeValidation$Row", "WilkeValidation$Report",
            "InVivoValidation$Row", "InVivoValidation$SetReport", "WilkeJointSensitivity$Band",
            "WilkeJointSensitivity$Result", "WilkeJointSensitivity$RowBand", "InVivoRatios$Comparison",
            "WilkeSensitivity$Range", "Wilke1999$Measurement");

    /** @return whether the library builds the type to report (or it is an exception, whose numbers describe one) */
    static boolean report(Class<?> c) {
        String n = c.getName();
        return Throwable.class.isAssignableFrom(c) || REPORT_PACKAGES.contains(c.getPackageName())
                || REPORTS.contains(n.substring(n.lastIndexOf('.') + 1));
    }

    @TempDir
    Path dir;

    @Test
    void everyNonFiniteOrOutOfRangeNumberIsRefusedByName() throws Exception {
        ArgumentValueProbe.Findings found = ArgumentValueProbe.run(List.of(Lumbosim.class),
                n -> n.startsWith("org.lumbosim.") && !n.startsWith("org.lumbosim.internal."),
                PublicNullArgumentTest.receivers(), PublicIndexArgumentTest::report, PublicNullArgumentTest.samples(dir),
                VALID, ALLOWED);
        found.wrong().forEach(w -> System.out.println("WRONG " + w));
        found.unsampled().forEach(w -> System.out.println("UNSAMPLED " + w));
        assertThat(found.unsampled()).as("entry points that refused their samples (give a valid value in VALID)")
                .allMatch(u -> UNPROBED.keySet().stream().anyMatch(u::startsWith));
        assertThat(found.wrong()).isEmpty();
        assertThat(found.allowedSeen()).as("every parameter allowed a value still exists").isEqualTo(ALLOWED.keySet());
        assertThat(found.calls()).as("calls made").isGreaterThan(200);
    }
}
