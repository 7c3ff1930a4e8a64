package org.lumbosim.model;

/**
 * What a solve does when the muscles cannot balance the task within the subject's strength (the
 * largest muscle stress of {@link TissueParameters#maxMuscleStressPa()}).
 *
 * <p>{@link #REPORT} follows what musculoskeletal tools do for such tasks (AnyBody reports muscle
 * activity above 100 %; OpenSim's static optimisation adds reserve actuators): the strength is lifted
 * to what the task requires, the least largest muscle stress that balances it (the min-max stress,
 * searched up to {@link org.lumbosim.InfeasibleRecruitmentException#STRESS_SEARCH_LIMIT_MPA}), and the
 * loads are those of the squared-stress solution at that strength. The solve is then flagged
 * {@link Workspace#overloaded()}, never reported as an ordinary solution.
 */
public enum OverloadPolicy {
    /** An infeasible task has no loads ({@link Workspace#solved()} is false; the facade throws). */
    FAIL,
    /** An infeasible task gets loads at the strength it requires, flagged as overloaded. */
    REPORT
}
