package org.lumbosim.disc;

import org.lumbosim.model.TissueConstants;

/**
 * Constants of the diurnal disc model, each with its source. The model is a lumped synthesis of
 * these published findings, not a published model itself:
 *
 * <ul>
 *   <li>Each disc's height lost since full hydration, as a strain {@code e}, relaxes towards the
 *       equilibrium of the current nucleus pressure {@code p}: {@code de/dt = (e_eq(p) - e) / tau},
 *       with {@code tau} = {@link #OUTFLOW_TIME_CONSTANT_H} while the disc loses fluid and
 *       {@link #INFLOW_TIME_CONSTANT_H} while it regains it.</li>
 *   <li>Fluid leaves only while the pressure exceeds the nucleus's swelling pressure, and the
 *       swelling pressure rises as fluid leaves: at a height strain {@code e} it is
 *       {@code pi0 (1 - e / e_max)^(-n)}, {@code pi0} = {@link #SWELLING_PRESSURE_MPA} at full
 *       hydration, {@code n} = {@link #SWELLING_PRESSURE_STRETCH_EXPONENT} (the nucleus's measured
 *       osmotic pressure against its stretch {@code 1 - e / e_max}). Fluid leaves until it equals
 *       the pressure: {@code e_eq = e_max (1 - (pi0 / p)^(1/n))} for {@code p > pi0}, else 0.
 *       {@code e_max = c n pi0}, so that {@code c} = {@link #CREEP_COMPLIANCE_PER_MPA} is the
 *       strain per MPa just above the swelling pressure, where the law is the linear
 *       {@code e_eq = c (p - pi0)} of earlier versions; far above it the loss saturates below
 *       {@code e_max} (an unbounded linear law lost 34 % of the height at 1.5 MPa).</li>
 *   <li>The pressure is that of the static model, {@code p = p_s(e) + 1.5 F / A} (compression
 *       {@code F}, disc area {@code A}), except that the unloaded part {@code p_s} depends on
 *       hydration: the swollen disc pre-stresses its annulus and ligaments. {@code p_s} is linear in
 *       {@code e}, equal to the swelling pressure {@code pi0} at full hydration ({@code e = 0}) and
 *       to the static model's unloaded pressure
 *       {@link TissueConstants#UNLOADED_DISC_PRESSURE_MPA} (the disc's own daytime pressure, without
 *       the ligaments' pre-tension, which is in {@code F}) at the equilibrium
 *       strain of relaxed standing (the law's calibrated range). Beyond that strain the line is
 *       extrapolated, and beyond its zero {@code pi0 / s} the unloaded part is zero, not negative: the
 *       annulus fibres carry tension only ({@code DiurnalDisc.unloadedPressureMPa}, the law's one place, with
 *       its sources). A day that reaches the zero is computed and reported as extrapolated
 *       ({@link LevelDay#slackAnnulus()}, {@link DayResult#extrapolated()}).</li>
 * </ul>
 *
 * <p>With these choices the pressure through a day does not depend on {@code c} at all (every
 * strain scales with {@code c}), so the one calibrated constant sets only the height change.
 * None of the constants is derived from the overnight pressures of Wilke et al. (1999), which
 * the model therefore predicts.
 */
public final class DiurnalDiscConstants {
    private DiurnalDiscConstants() {
    }

    /**
     * Share of the day's stature loss that happens in the first hour after rising: 54 %. Tyrrell AR,
     * Reilly T, Troup JDG (1985), "Circadian variation in stature and the effects of spinal
     * loading", Spine 10(2):161-164 (abstract; 8 young adults, mean loss 19.3 mm).
     */
    public static final double FIRST_HOUR_SHARE_OF_DAILY_LOSS = 0.54;

    /**
     * Share of the night's stature gain regained in the first half of the night: about 70 %.
     * Tyrrell et al. (1985), as above.
     */
    public static final double FIRST_HALF_NIGHT_SHARE_OF_GAIN = 0.70;

    /** Length of the night assumed when reading {@link #FIRST_HALF_NIGHT_SHARE_OF_GAIN} (h): 8 h. Assumption. */
    public static final double ASSUMED_NIGHT_H = 8;

    /**
     * Time constant of fluid loss under load (h): a single exponential that loses
     * {@link #FIRST_HOUR_SHARE_OF_DAILY_LOSS} of its total in the first hour, {@code -1 / ln(1 - 0.54)}
     * = 1.29 h. Derived from Tyrrell et al. (1985); stature also includes changes outside the lumbar
     * discs, a limitation of this derivation.
     */
    public static final double OUTFLOW_TIME_CONSTANT_H = -1 / Math.log(1 - FIRST_HOUR_SHARE_OF_DAILY_LOSS);

    /**
     * Time constant of fluid regain when unloaded (h): a single exponential over a night of
     * {@link #ASSUMED_NIGHT_H} that gains {@link #FIRST_HALF_NIGHT_SHARE_OF_GAIN} of its total in the
     * first half, i.e. {@code 1 / (1 + u) = 0.70} with {@code u = exp(-T / (2 tau))}: 4.72 h. Derived
     * from Tyrrell et al. (1985). The ratio to {@link #OUTFLOW_TIME_CONSTANT_H} (3.7) agrees with the
     * in vitro finding that recovery is 3-4 times slower than loading: O'Connell GD, Jacobs NT,
     * Sen S, Vresilovic EJ, Elliott DM (2011), J Mech Behav Biomed Mater 4(7):933-942 (abstract).
     */
    public static final double INFLOW_TIME_CONSTANT_H =
            ASSUMED_NIGHT_H / 2 / Math.log(1 / (1 / FIRST_HALF_NIGHT_SHARE_OF_GAIN - 1));

    /**
     * Exponent of the nucleus's swelling (osmotic) pressure against its stretch {@code lambda} at
     * equilibrium: 1.58. Heneghan P, Riches PE (2008), "The strain-dependent osmotic pressure and
     * stiffness of the bovine nucleus pulposus apportioned into ionic and non-ionic contributors",
     * J Biomech 41(11):2411-2416 (abstract; 48 confined compression tests of bovine caudal nucleus):
     * ionic osmotic pressure {@code 19.1 lambda^-1.58} kPa (R^2 0.992), about 70 % of the applied
     * stress at equilibrium whatever {@code lambda}, so the equilibrium stress follows the same power.
     * Bovine tissue; the exponent, not the kPa scale, is used. A check against human nuclei: from
     * {@link #SWELLING_PRESSURE_MPA} the power law drains 56-63 % of a confined nucleus's volume under
     * 0.6-0.8 MPa (46-73 % over Urban and McMullin's 0.10-0.23 MPa), where Urban and McMullin (1988,
     * abstract) measured a loss of 40-60 % of the fluid, i.e. less: human nuclei stiffened more, so
     * the law, if anything, still overstates the loss at high pressure (docs/research/disc-creep.md).
     */
    public static final double SWELLING_PRESSURE_STRETCH_EXPONENT = 1.58;

    /**
     * Swelling pressure of the nucleus at full hydration (MPa): 0.165, the middle of the range of
     * applied stress, 0.10-0.23 MPa, that maintained the post-mortem hydration of lumbar nuclei.
     * Urban JPG, McMullin JF (1988), "Swelling pressure of the lumbar intervertebral discs:
     * influence of age, spinal level, composition, and degeneration", Spine 13(2):179-187
     * (abstract; 32 discs, age 14-91).
     */
    public static final double SWELLING_PRESSURE_MPA = 0.5 * (0.10 + 0.23);

    /**
     * Mean morning-to-evening loss of lumbar disc height: 7.05 %, the middle of the -6.1 % to
     * -8.0 % found across levels by MRI in 12 young adults. Martin JT et al. (2022), Eur Spine J,
     * doi:10.1007/s00586-021-07097-4 (abstract). Used only to calibrate {@link #CREEP_COMPLIANCE_PER_MPA}.
     */
    public static final double DAILY_HEIGHT_LOSS_FRACTION = 0.5 * (0.061 + 0.080);

    /**
     * The largest morning-to-evening loss of lumbar disc height in the same MRI study: 8.0 % (Martin JT
     * et al. 2022, abstract). Day figures warn when a simulated day loses more than this.
     */
    public static final double DAILY_HEIGHT_LOSS_LARGEST_MEASURED_FRACTION = 0.080;

    /**
     * Equilibrium height strain per MPa of nucleus pressure just above the swelling pressure
     * (1/MPa); the bound of the equilibrium loss is {@code c n pi0} = 0.175 of the height.
     * <b>Calibrated</b>, the model's one fitted constant: the value for which the built-in day
     * ({@link DaySchedule#builtIn()}) of the default subject with the single-equivalent muscles
     * loses {@link #DAILY_HEIGHT_LOSS_FRACTION} of the L4-L5 height between waking and lying down.
     * {@code DiurnalDiscTest} recomputes the calibration and fails if the model drifts from it. The
     * daily height loss is therefore not a validation of the model; the overnight pressure is.
     * Recalibrated when the disc areas changed (2026-12-06, {@code DiscAreaConstants}: lower pressures
     * for the same loads; was 0.2336) and again when the abdominal pressure (Mairiaux et al. 1984), the largest muscle stress and the muscle lines (issue 12) changed
     * (0.4389), and when the hip equation, the abdominal wall and pressure ceiling, and the ligaments
     * as forces were added (2026-12-06: higher daytime pressures, lower compliance; 0.2447), and when
     * the seat moved under the ischial tuberosities (2026-12-06: lower sitting pressures, 0.2531), and
     * when the backrest began to hold the slouched spine's ligaments and the sofa's slouched posture
     * took its sourced angles (2026-12-06: lower evening pressures, 0.2710), and when the abdominals'
     * upright co-activation was added (2026-12-06: higher standing and sitting pressures, 0.2314), and
     * when the sofa's slouched sitting rested its forearms on armrests (2026-12-06: lower evening
     * pressures, 0.2440), when sitting on a chair without a backrest rested the hands on the
     * thighs (2026-12-07: lower sitting pressures, 0.2505), and when the external oblique kept its
     * source position and the level deviations took the passive flexion ranges (2026-12-07: higher
     * standing and sitting pressures with the single-equivalent muscles, 0.2484), and when the
     * passive tissues began to rotate about AMMR's joint node (2026-12-07: lower flexed sitting and
     * standing pressures, 0.2830), and when the backrest's horizontal push went to friction in
     * proportion to the contacts' pushes, mostly the seat's (2026-12-07: lower slouched and car-seat
     * pressures, 0.2932), and when the abdominal pressure and its wall began to act where AMMR's lines
     * cross each disc (2026-12-07: higher pressures in the day's flexed standing and close hold, 0.2891), and
     * when those lines were laid on our spine by AMMR's disc centres, not its joint nodes (2026-12-07, 0.2890), and
     * when the stretched erector spinae's passive tension was added (2026-12-07: higher sitting, slouched
     * and lying pressures, 0.2491 on its branch, 0.2490 with the abdominal lines above), and when the
     * abdominal wall's tension was carried by the abdominal muscle lines instead of added to them
     * (2026-12-07, ninth session: lower pressures in the day's flexed standing and close hold, 0.2547),
     * and when the linear equilibrium {@code c (p - pi0)} gave way to the saturating swelling-pressure
     * law (2026-12-07, tenth session: the same slope at the swelling pressure, less loss above it, so a
     * larger slope for the same day; 0.6701), and when the unloaded pressure became the disc's own, the
     * lying pre-tension no longer counted twice (2026-12-07, tenth session: every pressure 0.0275 MPa lower, 0.6832),
     * and when the stretched erectors' passive tension acted along each fascicle's own path in the single-equivalent
     * model too, and the unloaded pressure was re-derived from it (2026-12-07, twelfth session: 0.0625 -> 0.0627 MPa,
     * 0.6837).
     */
    public static final double CREEP_COMPLIANCE_PER_MPA = 0.6837;

    /**
     * Water share of the nucleus pulposus, low end: 0.70 of its volume (70-90 % in the young disc;
     * secondary: anatomyexpert.com, "Nucleus pulposus"). No height strain can exceed it (the disc
     * cannot lose more than its water), so the bound of the equilibrium loss,
     * {@code c n pi0}, must stay below it: it limits the creep compliance a caller may set.
     */
    public static final double NUCLEUS_WATER_FRACTION_LOW = 0.70;

    /**
     * Middle height of the L4-L5 disc (m): 13.82 mm, MRI of 14 normal adults aged 40-59 (shared
     * reference disc_geometry.csv, anatomyjournal.ir A-10-159-1). Also used for L1-L2 to L3-L4, for
     * which no height was available; scaled with stature like the disc depth.
     */
    public static final double DISC_HEIGHT_L4_L5_M = 0.01382;

    /** Middle height of the L5-S1 disc (m): 12.99 mm, same study. */
    public static final double DISC_HEIGHT_L5_S1_M = 0.01299;
}
