package org.lumbosim.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.assessment.JobAssessor;
import org.lumbosim.assessment.JobTask;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.population.PopulationDistribution;
import org.lumbosim.population.SexDistribution;
import org.lumbosim.posture.Posture;
import org.junit.jupiter.api.Test;

/**
 * The Dortmund table's age range: its first row is the age of 20 (not an open band), so a younger age is
 * refused by name and never graded with the 20-year row; its last row is the open "60+" band, so every older
 * age gets that row's value. Callers: the job assessment refuses before solving, a population cannot be made
 * with ages the table does not cover.
 */
class DortmundAgeRangeTest {

    @Test
    void anAgeBelowTheFirstRowIsRefusedByName() {
        for (Sex sex : Sex.values()) {
            ParameterOutOfRangeException e = assertThrows(ParameterOutOfRangeException.class,
                    () -> DortmundRecommendations2001.compressionLimitN(sex, 19.5));
            assertEquals("ageYears", e.parameter());
            assertEquals(19.5, e.value());
            assertEquals(DortmundRecommendations2001.MIN_AGE_YEARS, e.min());
            assertEquals(Subject.MAX_AGE_YEARS, e.max());
            assertTrue(e.getMessage().startsWith("ageYears = 19.5 years is outside"), e.getMessage());
        }
        assertThrows(ParameterOutOfRangeException.class,
                () -> DortmundRecommendations2001.compressionLimitN(Sex.MALE, Subject.MIN_AGE_YEARS));
        assertThrows(ParameterOutOfRangeException.class,
                () -> DortmundRecommendations2001.compressionLimitN(Sex.MALE, Double.NaN));
        assertThrows(ParameterOutOfRangeException.class,
                () -> DortmundRecommendations2001.compressionLimitN(Sex.MALE, Subject.MAX_AGE_YEARS + 1));
    }

    @Test
    void eachDecadeHasItsRowAndTheOpenLastBandCoversEveryOlderAge() {
        // the rows as the class states them (men 6000 ... 2300 N, women 4400 ... 1800 N), read at each decade's ends
        double[] men = {6000, 5000, 4100, 3200, 2300};
        double[] women = {4400, 3800, 3200, 2500, 1800};
        for (int row = 0; row < men.length; row++) {
            double start = 20 + 10 * row;
            double end = row == men.length - 1 ? Subject.MAX_AGE_YEARS : start + 9.99;
            for (double age : new double[] {start, end}) {
                assertEquals(men[row], DortmundRecommendations2001.compressionLimitN(Sex.MALE, age), "men " + age);
                assertEquals(women[row], DortmundRecommendations2001.compressionLimitN(Sex.FEMALE, age), "women " + age);
            }
        }
    }

    @Test
    void aJobOfATeenagerIsRefusedBeforeAnyTaskIsSolved() {
        LumbarModel teen = LumbarModel.of(new Subject(Sex.FEMALE, 1.65, 60, 18));
        List<JobTask> tasks = List.of(new JobTask("stand", Posture.uprightStanding(), List.of(), 1, 60,
                Optional.empty()));
        ParameterOutOfRangeException e = assertThrows(ParameterOutOfRangeException.class,
                () -> JobAssessor.assess(teen, tasks, 6000));
        assertEquals("ageYears", e.parameter());
        assertEquals(18, e.value());
    }

    @Test
    void aPopulationYoungerThanTheTableIsRefusedWhenMadeNotMidRun() {
        SexDistribution m = new SexDistribution(1.74, 0.077, Math.log(86), 0.23, 0.45);
        SexDistribution f = new SexDistribution(1.61, 0.070, Math.log(74), 0.26, 0.30);
        ParameterOutOfRangeException e = assertThrows(ParameterOutOfRangeException.class,
                () -> new PopulationDistribution(0.5, m, f, 18, 65));
        assertEquals("ageMinYears", e.parameter());
        assertEquals(DortmundRecommendations2001.MIN_AGE_YEARS, e.min());
        assertEquals(20, new PopulationDistribution(0.5, m, f, 20, 65).ageMinYears());
    }
}
