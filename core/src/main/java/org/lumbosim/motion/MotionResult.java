package org.lumbosim.motion;

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

    MotionResult(double[] timeS, double[][] compressionN, double[][] apShearN, double[][] lateralShearN,
                 double[][] idpMPa, QpStatus[] status) {
        this.timeS = timeS.clone();
        this.compressionN = deep(compressionN);
        this.apShearN = deep(apShearN);
        this.lateralShearN = deep(lateralShearN);
        this.idpMPa = deep(idpMPa);
        this.status = status.clone();
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
     * @param level a level
     * @return compression per frame (N); NaN where the frame's status is not OK
     */
    public double[] compressionN(SpinalLevel level) {
        return compressionN[level.ordinal()].clone();
    }

    /**
     * @param level a level
     * @return anterior-posterior shear per frame (N); NaN where the status is not OK
     */
    public double[] apShearN(SpinalLevel level) {
        return apShearN[level.ordinal()].clone();
    }

    /**
     * @param level a level
     * @return lateral shear per frame (N); NaN where the status is not OK
     */
    public double[] lateralShearN(SpinalLevel level) {
        return lateralShearN[level.ordinal()].clone();
    }

    /**
     * @param level a level
     * @return intradiscal pressure per frame (MPa); NaN where the status is not OK
     */
    public double[] idpMPa(SpinalLevel level) {
        return idpMPa[level.ordinal()].clone();
    }

    /** @return each frame's recruitment status; only {@code OK} frames carry numbers */
    public QpStatus[] status() {
        return status.clone();
    }

    /**
     * @param level a level
     * @return index of the frame with the largest compression among the OK frames, or -1 if none
     */
    public int peakCompressionFrame(SpinalLevel level) {
        int best = -1;
        double[] c = compressionN[level.ordinal()];
        for (int i = 0; i < c.length; i++) {
            if (status[i] == QpStatus.OK && (best < 0 || c[i] > c[best])) {
                best = i;
            }
        }
        return best;
    }
}
