/**
 * Reports built from the charts of {@link org.lumbosim.viz}: self-contained folders a reader opens in
 * a browser, with every figure as PNG, SVG and PDF and the numbers behind them as CSV.
 * {@link org.lumbosim.viz.report.DemoReport} is the demo report ({@code lumbosim demo}) and
 * {@link org.lumbosim.viz.report.Atlas} the exercise and daily-activity atlas ({@code lumbosim atlas}).
 * Both solve their cases through the core facade, so their numbers equal {@code lumbosim analyze}'s.
 */
package org.lumbosim.viz.report;
