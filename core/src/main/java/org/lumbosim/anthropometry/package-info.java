/**
 * The person: {@link org.lumbosim.anthropometry.Subject} and the cited tables that scale segment
 * masses and lengths to them ({@link org.lumbosim.anthropometry.DeLeva1996},
 * {@link org.lumbosim.anthropometry.TrunkMassDistribution}).
 */
package org.lumbosim.anthropometry;
