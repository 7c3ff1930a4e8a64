package org.lumbosim.disc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;
import org.junit.jupiter.api.Test;

/**
 * The diurnal disc against time courses of disc height measured independently of Wilke et al.
 * (1999) and of the model's own sources (Tyrrell et al. 1985 for the time constants, Martin et al.
 * 2022 for the compliance): how much of the day's loss happens in the first hour, and how much a
 * short supine rest restores. Sources and how they were read: docs/research/diurnal-disc.md.
 */
class DiurnalDiscIndependentDataTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());
    private static final SpinalLevel LEVEL = SpinalLevel.L4_L5;
    private static final double STEP_H = 1.0 / 6;
    /** Length of the supine rest before the MRI scans of the Duke study (h): 45 min. */
    private static final double REST_H = 0.75;

    /**
     * "Diurnal stature changes in individuals with and without chronic low back pain", Orthopaedic
     * Proceedings 90-B Supp II (2008), doi 10.1302/0301-620X.90BSUPP_II.0900221c (abstract; authors
     * not in the stored page; stadiometer, 24 measurements over 24 h, 8 asymptomatic controls and 8
     * people with chronic low back pain): 44.6 % of the trough-to-peak
     * stature change (17.6 mm) happened in the first hour after rising (31.3 % in 8 people with
     * chronic low back pain). Ours: the share of the built-in day's L4-L5 peak-to-trough height
     * change lost in its first hour. Tolerance 10 percentage points, the difference between the two
     * healthy cohorts that report this share (44.6 % here, Tyrrell et al. 1985's 54 %, from which
     * the outflow time constant is derived). Stature also changes outside the lumbar discs.
     */
    @Test
    void firstHourShareOfTheDailyHeightChangeAgreesWithStadiometry2008() {
        List<DaySample> s = DiurnalDisc.of(MODEL).simulate(DaySchedule.builtIn(), STEP_H).samples();
        double waking = s.get(0).level(LEVEL).heightMm();
        double afterOneHour = s.stream().filter(x -> Math.abs(x.timeH() - 1) < 1e-9).findFirst().orElseThrow()
                .level(LEVEL).heightMm();
        double trough = s.stream().mapToDouble(x -> x.level(LEVEL).heightMm()).min().orElseThrow();
        double sharePct = 100 * (waking - afterOneHour) / (waking - trough);
        double measuredPct = 44.6;
        System.out.printf("DiurnalDiscIndependentDataTest: first-hour share of the day's height change, L4-L5 "
                        + "ours %.1f %% (peak-to-trough %.2f mm), stadiometry 2008 controls %.1f %% (low back pain 31.3 %%, "
                        + "Tyrrell 1985 54 %%); error %+.1f points, tolerance 10%n",
                sharePct, waking - trough, measuredPct, sharePct - measuredPct);
        assertThat(Math.abs(sharePct - measuredPct)).isLessThanOrEqualTo(10);
    }

    /**
     * A known shortfall, not an accuracy claim. "Resting Supine for 45 Minutes Yields Consistent
     * Baseline Lumbar Intervertebral Disc Height in Asymptomatic Participants" (Duke University,
     * scholars.duke.edu/publication/1675097; abstract, authors and year not in the stored page): 9
     * people, MRI after 45 min supine starting at 07:00 on one day and at 10:30-12:30 on another; the
     * mean L1-L2 to L5-S1 disc heights of the two sessions differed by an RMSE of 0.08 mm (ICC 0.96),
     * the same as the segmentation's own repeatability (0.08 mm). Ours: the built-in day with a
     * 45-minute supine rest inserted 1 h after waking (assumed: getting up and breakfast before a
     * 07:00 appointment) or 4.5 h after waking (11:30), the evening on the sofa 45 min shorter; the
     * difference of the L4-L5 heights at the end of the two rests. The model's one recovery time
     * constant (4.72 h, Tyrrell et al. 1985, overnight stature) restores about a fifth of the
     * morning's loss in 45 min and leaves a difference about four times the measured RMSE (three
     * before the fluid-loss equilibrium saturated, docs/research/disc-creep.md); a recovery time
     * constant of about 0.3 h would match (docs/research/diurnal-disc.md). The guard: the difference
     * stays below 0.5 mm, about half the day's L4-L5 loss.
     */
    @Test
    void duke45MinuteSupineRestIsUnderRecoveredAsDocumented() {
        double[] morning = heightsAroundRest(1.0);
        double[] midday = heightsAroundRest(4.5);
        double difference = morning[1] - midday[1];
        double recoveredPct = 100 * (midday[1] - midday[0]) / (midday[2] - midday[0]);
        System.out.printf("DiurnalDiscIndependentDataTest: L4-L5 height after 45 min supine, rest at 1 h %.3f mm, "
                        + "at 4.5 h %.3f mm: difference ours %.3f mm, Duke study RMSE 0.08 mm (tolerance 2 x RMSE "
                        + "= 0.16 mm not met: known shortfall); the midday rest restores %.0f %% of the loss since waking%n",
                morning[1], midday[1], difference, recoveredPct);
        assertThat(difference).isGreaterThan(0).isLessThan(0.5);
    }

    /**
     * @return L4-L5 heights (mm) at the start and end of a 45-minute supine rest starting
     *     {@code restStartH} after waking, and at waking
     */
    private static double[] heightsAroundRest(double restStartH) {
        List<Activity> acts = new ArrayList<>();
        double t = 0;
        int restIndex = -1;
        for (Activity a : DaySchedule.builtIn().activities()) {
            double end = t + a.durationH();
            double duration = a.label().equals("sofa") ? a.durationH() - REST_H : a.durationH();
            if (t < restStartH && restStartH <= end) {
                acts.add(new Activity(a.label(), a.posture(), a.loads(), restStartH - t));
                restIndex = acts.size();
                acts.add(Activity.of("supine rest", PosturePreset.LYING_SUPINE.posture(), REST_H));
                if (end - restStartH > 1e-9) {
                    acts.add(new Activity(a.label(), a.posture(), a.loads(), end - restStartH));
                }
            } else {
                acts.add(new Activity(a.label(), a.posture(), a.loads(), duration));
            }
            t = end;
        }
        int rest = restIndex;
        List<DaySample> s = DiurnalDisc.of(MODEL).simulate(new DaySchedule(acts), STEP_H).samples();
        double before = s.stream().filter(x -> x.activityIndex() == rest).findFirst().orElseThrow().level(LEVEL).heightMm();
        double after = s.stream().filter(x -> x.activityIndex() == rest).reduce((x, y) -> y).orElseThrow()
                .level(LEVEL).heightMm();
        return new double[] {before, after, s.get(0).level(LEVEL).heightMm()};
    }
}
