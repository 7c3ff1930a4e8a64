/**
 * The interactive explorer ({@code lumbosim explore}): one offline HTML page whose sliders run the
 * real model, compiled to JavaScript by TeaVM from {@link org.lumbosim.explorer.ExplorerScript}, so
 * its numbers are those of {@link org.lumbosim.Lumbosim}. {@link org.lumbosim.explorer.ExplorerInputs}
 * turns the sliders into a subject, a posture and a load, {@link org.lumbosim.explorer.ExplorerSolver}
 * solves them, and {@link org.lumbosim.explorer.ExplorerPage} writes the page.
 */
package org.lumbosim.explorer;
