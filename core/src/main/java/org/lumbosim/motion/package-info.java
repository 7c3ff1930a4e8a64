/**
 * Motion: postures sampled over time solved frame by frame by inverse dynamics
 * ({@link org.lumbosim.model.LumbarModel#solveFrame}), with hand loads picked up and released.
 * Input signals should be low-pass filtered before they get here (the command line does it).
 */
package org.lumbosim.motion;
