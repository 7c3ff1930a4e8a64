/**
 * Population studies: the same task solved for many simulated people drawn from a cited
 * anthropometric distribution, with deterministic seeds and all cores, reported as percentiles and
 * shares above occupational limits.
 */
package org.lumbosim.population;
