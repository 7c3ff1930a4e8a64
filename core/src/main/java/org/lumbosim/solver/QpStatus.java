package org.lumbosim.solver;

/** Outcome of one recruitment solve. */
public enum QpStatus {
    /** Converged: every equation holds to the tolerance and every force is within its bounds. */
    OK,
    /** No forces within the bounds satisfy the equations (certified by a dual direction). */
    INFEASIBLE,
    /** The iteration limit was reached before convergence or a certificate of infeasibility. */
    NOT_CONVERGED
}
