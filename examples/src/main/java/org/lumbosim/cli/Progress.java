package org.lumbosim.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Shows the progress of a long computation on stderr, never on stdout: a line such as
 * {@code progress: 40 % (400000 of 1000000 people)} at most every {@link #INTERVAL_NS}, the first
 * one only once the computation has lasted that long, so that a short run prints nothing. It
 * receives the running count of finished items; thread-safe (a population study reports from its
 * worker threads).
 */
final class Progress implements LongConsumer {
    /** Least time between two lines, and before the first (ns): 2 s. */
    static final long INTERVAL_NS = 2_000_000_000L;
    /** Percent of a whole. */
    private static final long PERCENT = 100;

    private final PrintStream err;
    private final long total;
    private final String unit;
    private final LongSupplier clockNs;
    /** When the last line was printed, or the computation started (ns; guarded by this). */
    private long lastNs;

    /**
     * @param err standard error (written)
     * @param total number of items of the whole computation (positive)
     * @param unit what an item is, plural, e.g. {@code people}
     */
    Progress(PrintStream err, long total, String unit) {
        this(err, total, unit, System::nanoTime);
    }

    /**
     * @param err standard error (written)
     * @param total number of items of the whole computation (positive)
     * @param unit what an item is, plural, e.g. {@code people}
     * @param clockNs the clock (ns), {@link System#nanoTime} except in tests
     */
    Progress(PrintStream err, long total, String unit, LongSupplier clockNs) {
        this.err = err;
        this.total = total;
        this.unit = unit;
        this.clockNs = clockNs;
        this.lastNs = clockNs.getAsLong();
    }

    /**
     * @param done items finished so far
     */
    @Override
    public synchronized void accept(long done) {
        long now = clockNs.getAsLong();
        if (now - lastNs < INTERVAL_NS) {
            return;
        }
        lastNs = now;
        err.printf(Locale.ROOT, "progress: %d %% (%d of %d %s)%n", done * PERCENT / total, done, total, unit);
    }
}
