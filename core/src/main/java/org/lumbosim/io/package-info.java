/**
 * Writing files. {@link org.lumbosim.io.OutputFiles} is the one writer of every file Lumbosim
 * creates (the command line's CSV and JSON files, figures, report folders): the outputs of one run
 * are declared before the work starts, checked against its inputs and against each other, and
 * written together at its end, each whole or not at all. {@link org.lumbosim.io.OutputPathException}
 * is its signal that an output path cannot be used.
 */
package org.lumbosim.io;
