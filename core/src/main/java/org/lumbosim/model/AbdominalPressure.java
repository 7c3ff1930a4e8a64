package org.lumbosim.model;

/**
 * The intra-abdominal pressure and the abdominal-wall tension that contains it: their net force along
 * every disc's normal and net extensor moment about it. One job: turn the net flexion moment at L4-L5
 * into what the pressurised abdomen does to the lumbar spine.
 *
 * <p>The pressure follows the regression of Mairiaux et al. (1984) on the net flexion moment at L4-L5,
 * scaled by {@link TissueParameters#iapScale()}, and never exceeds the mean maximal pressure men reach
 * ({@link AbdominalPressureConstants#MAX_PRESSURE_PA}); {@link #atCeiling} says when it was held there.
 *
 * <p>Free body above a transverse cut through a lumbar disc: the abdominal contents below push the body
 * above up with the pressure times the cavity's cross-section, in front of the disc
 * ({@link AbdominalPressureConstants#AREA_M2}, {@link AbdominalPressureConstants#MOMENT_ARM_M}). The wall
 * that holds the pressure is a membrane (Laplace's law): its transverse (hoop) tension is horizontal and
 * does not cross the cut; its longitudinal tension does, pulling the thorax towards the pelvis in front of
 * the spine (Daggfeldt and Thorstensson 1997: the unloading needs abdominal-wall tension, and vertical
 * wall tension takes part of it back). Its force is the longitudinal tension per unit width
 * ({@link AbdominalPressureConstants#LONGITUDINAL_TENSION_PER_PRESSURE_M} times the pressure) times the
 * width of the anterolateral wall, taken as half the perimeter of a circle of the cavity's area; its line
 * is the rectus abdominis' measured position at L4-L5 ({@link McGill1988TrunkMuscles#RECTUS_ANTERIOR_M},
 * scaled by stature), the front of the wall, so its flexion moment is if anything overstated. The same
 * force and arms serve every lumbar level (as the pressure's did). Allocation-free.
 */
final class AbdominalPressure {
    /** Pressure of the last solve (Pa above atmospheric). */
    double pressurePa;
    /** Whether the regression asked for more than the ceiling and the pressure was held at it. */
    boolean atCeiling;
    /** Pressure force on the body above each disc, along its normal, away from the disc (N). */
    double pressureForceN;
    /** Longitudinal abdominal-wall tension pulling the body above each disc towards the pelvis (N). */
    double wallForceN;
    /** Arm of the wall tension in front of every disc centre (m). */
    private double wallArmM;

    /**
     * @param g the subject's body (not modified)
     * @param tissue the tissue constants (not modified)
     * @param net the net loads, resolved in the disc frames (not modified)
     */
    void compute(SubjectGeometry g, TissueParameters tissue, NetLoads net) {
        double asked = tissue.iapScale() * regressionPa(net.netMomentNm[3 * SpinalLevel.L4_L5.ordinal()]);
        atCeiling = asked > AbdominalPressureConstants.MAX_PRESSURE_PA;
        pressurePa = Math.min(asked, AbdominalPressureConstants.MAX_PRESSURE_PA);
        pressureForceN = pressurePa * AbdominalPressureConstants.AREA_M2;
        wallForceN = pressurePa * AbdominalPressureConstants.LONGITUDINAL_TENSION_PER_PRESSURE_M * wallWidthM();
        wallArmM = McGill1988TrunkMuscles.RECTUS_ANTERIOR_M * g.statureM / McGill1988TrunkMuscles.STATURE_M;
    }

    /**
     * The regression of Mairiaux et al. (1984), {@code IAP = 79 Pa/(N·m) × M - 1127 Pa}, never below
     * zero (a pressure below atmospheric is not what the regression describes); no ceiling.
     *
     * @param flexionMomentL4L5Nm net flexion moment the body above L4-L5 applies to it (N·m)
     * @return the abdominal pressure above atmospheric (Pa)
     */
    static double regressionPa(double flexionMomentL4L5Nm) {
        return Math.max(0, AbdominalPressureConstants.PA_PER_NM * flexionMomentL4L5Nm
                + AbdominalPressureConstants.INTERCEPT_PA);
    }

    /** @return width of the anterolateral abdominal wall (m): half the perimeter of a circle of the cavity's area */
    static double wallWidthM() {
        return Math.sqrt(Math.PI * AbdominalPressureConstants.AREA_M2);
    }

    /** @return net force of pressure and wall on the body above every disc, along its normal, away from it (N) */
    double netAxialForceN() {
        return pressureForceN - wallForceN;
    }

    /** @return net extensor moment of pressure and wall about every disc (N·m) */
    double netExtensorMomentNm() {
        return AbdominalPressureConstants.MOMENT_ARM_M * pressureForceN - wallArmM * wallForceN;
    }
}
