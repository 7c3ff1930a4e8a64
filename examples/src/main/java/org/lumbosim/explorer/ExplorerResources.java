package org.lumbosim.explorer;

import org.teavm.classlib.ResourceSupplier;
import org.teavm.classlib.ResourceSupplierContext;

/**
 * Tells TeaVM which of the core's resources the compiled explorer model reads, so that they are
 * embedded in the JavaScript: the muscle table of {@code Christophy2012Muscles} and the passive
 * force-length table of {@code MyoBackPassiveMuscle}. Used only by TeaVM
 * at build time (a service in {@code META-INF/services}, left out of the command-line jar).
 */
public final class ExplorerResources implements ResourceSupplier {
    /** The muscle table read when a model is built. */
    static final String MUSCLE_TABLE = "org/lumbosim/model/christophy2012_fascicles.csv";
    /** The passive force-length table read when a model is built. */
    static final String PASSIVE_MUSCLE_TABLE = "org/lumbosim/model/myoback_passive.csv";

    /** A supplier; TeaVM makes it through the service loader. */
    public ExplorerResources() {
    }

    @Override
    public String[] supplyResources(ResourceSupplierContext context) {
        return new String[] {MUSCLE_TABLE, PASSIVE_MUSCLE_TABLE};
    }
}
