package org.lumbosim.model;

import org.ejml.data.DMatrix3x3;
import org.lumbosim.internal.Units;
import org.lumbosim.posture.Posture;

/**
 * The acceleration step, the only one in which inverse dynamics ({@link LumbarModel#solveFrame})
 * differs from statics: central differences of the mass and landmark positions of the previous,
 * current and next frames, plus the acceleration of the L5-S1 joint centre in the world when it is
 * given (the model's pelvis turns about L5-S1, which itself may move: a walk, a squat), and the
 * inertial moment {@code -I alpha} of thorax and head (de Leva radii of gyration) from the second
 * difference of the trunk angles. In statics there are no accelerations. Owns the poses of the neighbouring frames; allocation-free.
 */
final class FrameDifferences {
    private static final int THORAX = Fascicle.Body.THORAX.ordinal();

    private final Kinematics previousPose = new Kinematics();
    private final Kinematics nextPose = new Kinematics();
    /** Acceleration of every mass (m/s², world), {@link MassPoint#offset()}; read only when {@link #dynamic}. */
    final double[] massAccel = new double[3 * MassPoint.COUNT];
    private final double[] segAccel = new double[3 * Landmark.values().length];
    /** Inertial moment {@code -I alpha} of thorax and head (N·m, world); read only when {@link #dynamic}. */
    final double[] inertialMoment = new double[3];
    private boolean dynamic;
    private Posture previous;
    private Posture next;
    private double dtS;
    /** Acceleration of the L5-S1 joint centre (m/s², world) of the next dynamic solve. */
    private final double[] baseAccel = new double[3];

    /** The next solve is static: no accelerations. */
    void useStatics() {
        dynamic = false;
        previous = null;
        next = null;
    }

    /**
     * The next solve is a frame of a motion between these neighbours.
     *
     * @param previousFrame posture one step before (not modified)
     * @param nextFrame posture one step after (not modified)
     * @param stepS time step (s), positive
     */
    void useFrames(Posture previousFrame, Posture nextFrame, double stepS) {
        useFrames(previousFrame, nextFrame, stepS, 0, 0, 0);
    }

    /**
     * The next solve is a frame of a motion between these neighbours, during which the L5-S1 joint
     * centre accelerates.
     *
     * @param previousFrame posture one step before (not modified)
     * @param nextFrame posture one step after (not modified)
     * @param stepS time step (s), positive
     * @param ax acceleration of the L5-S1 joint centre along the world's x axis (m/s²)
     * @param ay along y (m/s², up)
     * @param az along z (m/s²)
     */
    void useFrames(Posture previousFrame, Posture nextFrame, double stepS, double ax, double ay, double az) {
        previous = previousFrame;
        next = nextFrame;
        dtS = stepS;
        baseAccel[0] = ax;
        baseAccel[1] = ay;
        baseAccel[2] = az;
    }

    /** @return whether the last {@link #compute} found accelerations (inverse dynamics) */
    boolean dynamic() {
        return dynamic;
    }

    /**
     * @param index index of a landmark coordinate ({@code 3 * landmark.ordinal() + axis})
     * @return its acceleration in the last dynamic frame (m/s²); zero in statics
     */
    double landmarkAccel(int index) {
        return dynamic ? segAccel[index] : 0;
    }

    /**
     * The accelerations of the current frame, when frames were given; nothing in statics.
     *
     * @param g the subject's body (not modified)
     * @param current posture of this frame (not modified)
     * @param pose the pose of {@code current} (not modified)
     */
    void compute(SubjectGeometry g, Posture current, Kinematics pose) {
        if (previous == null) {
            return;
        }
        previousPose.compute(g, previous);
        nextPose.compute(g, next);
        double inv = 1 / (dtS * dtS);
        double[] prevMass = previousPose.massWorld;
        double[] nextMass = nextPose.massWorld;
        double[] mass = pose.massWorld;
        for (int i = 0; i < mass.length; i++) {
            massAccel[i] = (nextMass[i] - 2 * mass[i] + prevMass[i]) * inv;
        }
        double[] prevSeg = previousPose.segWorld;
        double[] nextSeg = nextPose.segWorld;
        double[] seg = pose.segWorld;
        for (int i = 0; i < seg.length; i++) {
            segAccel[i] = (nextSeg[i] - 2 * seg[i] + prevSeg[i]) * inv;
        }
        if (baseAccel[0] != 0 || baseAccel[1] != 0 || baseAccel[2] != 0) {
            for (int i = 0; i < mass.length; i++) {
                massAccel[i] += baseAccel[i % 3];
            }
            for (int i = 0; i < seg.length; i++) {
                segAccel[i] += baseAccel[i % 3];
            }
        }
        // angular acceleration of the thorax (rad/s²) in the thorax's frame: flexion is about -z
        double flexAcc = Units.toRad(next.trunkFlexionDeg() - 2 * current.trunkFlexionDeg() + previous.trunkFlexionDeg()) * inv;
        double bendAcc = Units.toRad(next.lateralBendDeg() - 2 * current.lateralBendDeg() + previous.lateralBendDeg()) * inv;
        double twistAcc = Units.toRad(next.axialRotationDeg() - 2 * current.axialRotationDeg() + previous.axialRotationDeg()) * inv;
        // inertial moment -I·alpha, from the thorax frame to the world
        double lx = -g.thoraxInertiaSagittalAxis * bendAcc;
        double ly = -g.thoraxInertiaLongitudinal * twistAcc;
        double lz = g.thoraxInertiaTransverse * flexAcc;
        DMatrix3x3 o = pose.orient[THORAX];
        inertialMoment[0] = o.a11 * lx + o.a12 * ly + o.a13 * lz;
        inertialMoment[1] = o.a21 * lx + o.a22 * ly + o.a23 * lz;
        inertialMoment[2] = o.a31 * lx + o.a32 * ly + o.a33 * lz;
        dynamic = true;
        previous = null;
        next = null;
    }
}
