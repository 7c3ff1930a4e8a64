package org.lumbosim.motion;

import org.lumbosim.internal.Checks;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.solver.QpStatus;

/**
 * Loads at every level over a motion, one value per frame. Arrays are copied on the way in and out.
 */
public final class MotionResult {
    private final double[] timeS;
    private final double[][] compressionN;
    private final double[][] apShearN;
    private final double[][] lateralShearN;
    private final double[][] idpMPa;
    private final QpStatus[] status;
    private final boolean[] solved;
    private final boolean[] overloaded;
    private final boolean[] skipped;
    private final boolean[] supportsBalanced;
    private final double[] largestMuscleStressMPa;

    MotionResult(double[] timeS, double[][] compressionN, double[][] apShearN, double[][] lateralShearN,
                 double[][] idpMPa, QpStatus[] status, boolean[] solved, boolean[] overloaded,
                 boolean[] skipped, boolean[] supportsBalanced, double[] largestMuscleStressMPa) {
        this.timeS = timeS.clone();
        this.compressionN = deep(compressionN);
        this.apShearN = deep(apShearN);
        this.lateralShearN = deep(lateralShearN);
        this.idpMPa = deep(idpMPa);
        this.status = status.clone();
        this.solved = solved.clone();
        this.overloaded = overloaded.clone();
        this.skipped = skipped.clone();
        this.supportsBalanced = supportsBalanced.clone();
        this.largestMuscleStressMPa = largestMuscleStressMPa.clone();
    }

    /**
     * A summary in the accessors' names (fifteenth session; it printed {@code MotionResult@2be94b0f}): the
     * number of frames, the first and last times, and how many frames were solved, overloaded and skipped.
     *
     * @return e.g. {@code MotionResult[frames=11, timeS=0.0..1.0, solved=11, overloaded=0, skipped=0]}
     */
    @Override
    public String toString() {
        return "MotionResult[frames=" + timeS.length + ", timeS=" + timeS[0] + ".." + timeS[timeS.length - 1]
                + ", solved=" + count(solved) + ", overloaded=" + count(overloaded) + ", skipped=" + count(skipped) + "]";
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    /** @return the level's index; a null is refused by name (it was a NullPointerException) */
    private static int ordinal(SpinalLevel level) {
        Checks.given(level, "level", "a lumbar level is needed (e.g. SpinalLevel.L5_S1)");
        return level.ordinal();
    }

    private static double[][] deep(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    /** @return number of frames */
    public int frames() {
        return timeS.length;
    }

    /** @return the frames' times (s) */
    public double[] timeS() {
        return timeS.clone();
    }

    /**
     * @param level a level (not null)
     * @return compression per frame (N); NaN where the frame has no loads (neither solved nor overloaded)
     */
    public double[] compressionN(SpinalLevel level) {
        return compressionN[ordinal(level)].clone();
    }

    /**
     * @param level a level (not null)
     * @return anterior-posterior shear per frame (N); NaN where the frame has no loads (neither solved nor overloaded)
     */
    public double[] apShearN(SpinalLevel level) {
        return apShearN[ordinal(level)].clone();
    }

    /**
     * @param level a level (not null)
     * @return lateral shear per frame (N); NaN where the frame has no loads (neither solved nor overloaded)
     */
    public double[] lateralShearN(SpinalLevel level) {
        return lateralShearN[ordinal(level)].clone();
    }

    /**
     * @param level a level (not null)
     * @return intradiscal pressure per frame (MPa); NaN where the frame has no loads (neither solved nor overloaded)
     */
    public double[] idpMPa(SpinalLevel level) {
        return idpMPa[ordinal(level)].clone();
    }

    /**
     * @return each frame's recruitment status; a frame carries numbers when it is
     *     {@linkplain #solved() solved}, which also needs supports that held the body; null for a
     *     {@linkplain #skipped() skipped} frame (never solved)
     */
    public QpStatus[] status() {
        return status.clone();
    }

    /**
     * @return per frame, whether it was solved ({@link org.lumbosim.model.Workspace#solved()}: recruitment
     *     {@code OK} and supports balanced); only solved frames carry numbers
     */
    public boolean[] solved() {
        return solved.clone();
    }

    /**
     * @return per frame, whether it was beyond the subject's strength and got loads at the strength it
     *     requires (the model's {@code OverloadPolicy.REPORT}); such frames carry numbers, flagged
     */
    public boolean[] overloaded() {
        return overloaded.clone();
    }

    /**
     * @return per frame, whether it was skipped: given without a posture (e.g. outside the model's
     *     range), never solved, without loads; its neighbours were solved statically
     */
    public boolean[] skipped() {
        return skipped.clone();
    }

    /**
     * @return per frame, whether its supports held the body ({@link
     *     org.lumbosim.model.Workspace#supportsBalanced()}): a frame whose supports cannot (e.g. the
     *     body's weight lies in front of the feet: a trunk bent far forward with the thighs kept in line
     *     with the pelvis) has no loads, whatever its recruitment {@link #status() status};
     *     false for a {@linkplain #skipped() skipped} frame (never solved)
     */
    public boolean[] supportsBalanced() {
        return supportsBalanced.clone();
    }

    /**
     * @return per frame, the largest muscle stress of its forces (MPa): the stress an overloaded frame
     *     requires; 0 for a frame without loads
     */
    public double[] largestMuscleStressMPa() {
        return largestMuscleStressMPa.clone();
    }

    /**
     * @param frame a frame index, 0 to {@link #frames()} - 1
     * @return whether the frame carries loads (solved, or overloaded)
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code frame} is not such an index
     */
    public boolean hasLoads(int frame) {
        Checks.wholeInRange("frame", frame, 0, solved.length - 1L, "");
        return solved[frame] || overloaded[frame];
    }

    /**
     * @param level a level (not null)
     * @return index of the frame with the largest compression among the frames with loads (solved or
     *     overloaded), or -1 if none
     */
    public int peakCompressionFrame(SpinalLevel level) {
        int best = -1;
        double[] c = compressionN[ordinal(level)];
        for (int i = 0; i < c.length; i++) {
            if (hasLoads(i) && (best < 0 || c[i] > c[best])) {
                best = i;
            }
        }
        return best;
    }
}
