/**
 * Sweeps: one posture or load parameter varied over many points, every point solved with one
 * reused {@link org.lumbosim.model.Workspace} and its loads written into caller-owned primitive
 * columns ({@link org.lumbosim.sweep.SweepTable}), with each point's status. {@link
 * org.lumbosim.sweep.Sweep} is the one sweep engine of the library: the charts' sweeps and heat map,
 * the command line's {@code plot --sweep} and the sweep examples all run through it.
 */
package org.lumbosim.sweep;
