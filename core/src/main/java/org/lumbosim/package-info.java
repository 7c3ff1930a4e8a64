/**
 * Lumbosim: loads on the lumbar discs from a person, a posture and what they hold.
 *
 * <p>{@link org.lumbosim.Lumbosim} runs the whole chain in one call. The exceptions are
 * {@link org.lumbosim.ParameterOutOfRangeException} (bad input: names the parameter, value, range,
 * unit), {@link org.lumbosim.InfeasibleRecruitmentException} (the muscles cannot balance the load:
 * names the level and axis) and their base {@link org.lumbosim.LumbosimException}.
 */
package org.lumbosim;
