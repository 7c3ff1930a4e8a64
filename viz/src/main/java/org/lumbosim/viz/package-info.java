/**
 * Charts and stick figures of Lumbosim results. Every function here is pure: it takes core results
 * and an explicit {@link org.lumbosim.viz.LumbosimTheme} and returns a new chart or figure; nothing
 * touches JFreeChart's global theme. {@link org.lumbosim.viz.FigureExporter} writes any figure to
 * PNG, SVG or PDF, headless.
 */
package org.lumbosim.viz;
