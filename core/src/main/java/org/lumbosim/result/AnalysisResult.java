package org.lumbosim.result;

import java.util.List;
import org.lumbosim.internal.Checks;
import org.lumbosim.model.SpinalLevel;

/**
 * Everything a solve of one posture and load yields.
 *
 * @param levels loads at each level, L5-S1 first
 * @param muscles force of every muscle line
 * @param iapForceN intra-abdominal pressure force (N)
 * @param backrestForceN backrest push (N; zero without a backrest)
 * @param equilibriumResidualNm largest moment imbalance left by the recruitment (N·m)
 * @param iterations recruitment iterations
 * @param pose where the body is
 * @param balance support reactions and whole-body equilibrium; {@code null} only when made with the
 *     seven-argument constructor
 * @param overloaded whether the task was beyond the subject's muscle strength and these are the loads
 *     at the strength it requires ({@code OverloadPolicy.REPORT}; {@link #largestMuscleStressMPa()}
 *     is then that strength)
 * @param trunkOnThighs the thighs' push on a trunk bent forward onto them, with the contact's point and
 *     gap, for a posture with {@link org.lumbosim.posture.Support#TRUNK_ON_THIGHS}; {@code null} without
 *     that support (or when made with a constructor that does not take it)
 * @param handsOnThighs the thighs' push on each hand resting on them, left then right, with each push's
 *     point and each hand's gap from its thigh, for a posture with
 *     {@link org.lumbosim.posture.Support#HANDS_ON_THIGHS} (a hand clear of its thigh has a zero push);
 *     empty without that support (or when made with a constructor that does not take it)
 */
public record AnalysisResult(List<LevelLoad> levels, List<MuscleForce> muscles, double iapForceN,
                             double backrestForceN, double equilibriumResidualNm, int iterations,
                             BodyPose pose, WholeBodyBalance balance, boolean overloaded,
                             TrunkOnThighsPush trunkOnThighs, List<HandOnThighPush> handsOnThighs) {
    /** Copies the lists. */
    public AnalysisResult {
        Checks.given(pose, "pose");
        Checks.givenEach(levels, "levels");
        levels = List.copyOf(levels);
        Checks.givenEach(muscles, "muscles");
        muscles = List.copyOf(muscles);
        Checks.givenEach(handsOnThighs, "handsOnThighs");
        handsOnThighs = List.copyOf(handsOnThighs);
    }

    /**
     * A result of a posture without {@link org.lumbosim.posture.Support#HANDS_ON_THIGHS}.
     *
     * @param levels loads at each level, L5-S1 first
     * @param muscles force of every muscle line
     * @param iapForceN intra-abdominal pressure force (N)
     * @param backrestForceN backrest push (N)
     * @param equilibriumResidualNm largest moment imbalance left by the recruitment (N·m)
     * @param iterations recruitment iterations
     * @param pose where the body is
     * @param balance support reactions and whole-body equilibrium
     * @param overloaded whether the task was beyond the subject's muscle strength
     * @param trunkOnThighs the thighs' push on a trunk bent forward onto them, or {@code null}
     */
    public AnalysisResult(List<LevelLoad> levels, List<MuscleForce> muscles, double iapForceN,
                          double backrestForceN, double equilibriumResidualNm, int iterations, BodyPose pose,
                          WholeBodyBalance balance, boolean overloaded, TrunkOnThighsPush trunkOnThighs) {
        this(levels, muscles, iapForceN, backrestForceN, equilibriumResidualNm, iterations, pose, balance, overloaded,
                trunkOnThighs, List.of());
    }

    /**
     * A result of a posture without {@link org.lumbosim.posture.Support#TRUNK_ON_THIGHS} or
     * {@link org.lumbosim.posture.Support#HANDS_ON_THIGHS}.
     *
     * @param levels loads at each level, L5-S1 first
     * @param muscles force of every muscle line
     * @param iapForceN intra-abdominal pressure force (N)
     * @param backrestForceN backrest push (N)
     * @param equilibriumResidualNm largest moment imbalance left by the recruitment (N·m)
     * @param iterations recruitment iterations
     * @param pose where the body is
     * @param balance support reactions and whole-body equilibrium
     * @param overloaded whether the task was beyond the subject's muscle strength
     */
    public AnalysisResult(List<LevelLoad> levels, List<MuscleForce> muscles, double iapForceN,
                          double backrestForceN, double equilibriumResidualNm, int iterations, BodyPose pose,
                          WholeBodyBalance balance, boolean overloaded) {
        this(levels, muscles, iapForceN, backrestForceN, equilibriumResidualNm, iterations, pose, balance, overloaded,
                null, List.of());
    }

    /**
     * A result within the subject's strength.
     *
     * @param levels loads at each level, L5-S1 first
     * @param muscles force of every muscle line
     * @param iapForceN intra-abdominal pressure force (N)
     * @param backrestForceN backrest push (N)
     * @param equilibriumResidualNm largest moment imbalance left by the recruitment (N·m)
     * @param iterations recruitment iterations
     * @param pose where the body is
     * @param balance support reactions and whole-body equilibrium
     */
    public AnalysisResult(List<LevelLoad> levels, List<MuscleForce> muscles, double iapForceN,
                          double backrestForceN, double equilibriumResidualNm, int iterations, BodyPose pose,
                          WholeBodyBalance balance) {
        this(levels, muscles, iapForceN, backrestForceN, equilibriumResidualNm, iterations, pose, balance, false, null,
                List.of());
    }

    /**
     * A result without support reactions (as before whole-body equilibrium was reported).
     *
     * @param levels loads at each level, L5-S1 first
     * @param muscles force of every muscle line
     * @param iapForceN intra-abdominal pressure force (N)
     * @param backrestForceN backrest push (N)
     * @param equilibriumResidualNm largest moment imbalance left by the recruitment (N·m)
     * @param iterations recruitment iterations
     * @param pose where the body is
     */
    public AnalysisResult(List<LevelLoad> levels, List<MuscleForce> muscles, double iapForceN,
                          double backrestForceN, double equilibriumResidualNm, int iterations, BodyPose pose) {
        this(levels, muscles, iapForceN, backrestForceN, equilibriumResidualNm, iterations, pose, null, false, null,
                List.of());
    }

    /**
     * @param level a level
     * @return its loads
     * @throws IllegalArgumentException if the level is null
     */
    public LevelLoad level(SpinalLevel level) {
        Checks.given(level, "level", "a level is needed (one of L1-L2, L2-L3, L3-L4, L4-L5, L5-S1)");
        return levels.get(level.ordinal());
    }

    /** @return the largest stress among the muscle forces (MPa; 0 without muscles) */
    public double largestMuscleStressMPa() {
        double s = 0;
        for (MuscleForce m : muscles) {
            s = Math.max(s, m.stressMPa());
        }
        return s;
    }

    /** @return the loads at L5-S1 */
    public LevelLoad l5s1() {
        return level(SpinalLevel.L5_S1);
    }
}
