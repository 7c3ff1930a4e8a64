/**
 * Muscle recruitment: a strictly convex, separable optimisation with linear equality constraints
 * (moment balance) and box bounds (0 to maximum stress × PCSA), solved by Newton's method on its
 * dual. Works on plain arrays in a reusable {@link org.lumbosim.solver.QpWorkspace}; knows nothing
 * of anatomy.
 */
package org.lumbosim.solver;
