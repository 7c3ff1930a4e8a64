package org.lumbosim.result;

import java.util.List;
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
 */
public record AnalysisResult(List<LevelLoad> levels, List<MuscleForce> muscles, double iapForceN,
                             double backrestForceN, double equilibriumResidualNm, int iterations,
                             BodyPose pose) {
    /** Copies the lists. */
    public AnalysisResult {
        levels = List.copyOf(levels);
        muscles = List.copyOf(muscles);
    }

    /**
     * @param level a level
     * @return its loads
     */
    public LevelLoad level(SpinalLevel level) {
        return levels.get(level.ordinal());
    }

    /** @return the loads at L5-S1 */
    public LevelLoad l5s1() {
        return level(SpinalLevel.L5_S1);
    }
}
