package org.lumbosim.reference;

import org.lumbosim.model.TissueConstants;
import org.lumbosim.model.UprightCoactivationConstants;

/**
 * Published ranges of the uncertain tissue constants that {@link IdpConversionRange} does not
 * already hold, for the one-at-a-time sensitivity of the validation ({@link WilkeSensitivity}).
 * Each is read from the source its default comes from; none is a model number (the defaults stay in
 * {@link TissueConstants} and {@link UprightCoactivationConstants}).
 */
public final class TissueConstantRanges {
    private TissueConstantRanges() {
    }

    /**
     * Smallest apparent maximum stress of the trunk extensors (MPa): 0.40 (40 N/cm²), the lowest of the
     * 49 adults over 65 years of Burkhart KA, Bruno AG, Bouxsein ML, Bean JF, Anderson DE (2018), J Orthop
     * Res 36(1):498-505 (abstract, primary; the source of {@link TissueConstants#MAX_MUSCLE_STRESS_PA}'s
     * mean 0.755). A range over people, not an uncertainty of the mean.
     */
    public static final double MAX_MUSCLE_STRESS_MIN_MPA = 0.40;

    /** Largest apparent maximum stress in the same study (MPa): 1.30 (130 N/cm²). */
    public static final double MAX_MUSCLE_STRESS_MAX_MPA = 1.30;

    /**
     * Standard deviation of the abdominal flexors' co-activation around a neutral spine without load
     * (fraction of maximum, dimensionless): 0.008 (0.8 %MVC) about the mean 1.7 %MVC of ten healthy
     * subjects, Cholewicki J, Panjabi MM, Khachatryan A (1997), Spine 22(19):2207-2212 (abstract,
     * primary; the source of {@link UprightCoactivationConstants#ABDOMINAL_ACTIVATION}). The range
     * used is the mean ± one SD, 0.009-0.025: the spread between subjects, not of the mean.
     */
    public static final double ABDOMINAL_COACTIVATION_SD = 0.008;
}
