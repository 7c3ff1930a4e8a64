package org.lumbosim.examples;

import org.lumbosim.internal.Checks;
import org.lumbosim.model.SpinalLevel;

/**
 * The CSV header shared by every per-level table of the examples and the command line: the leading
 * columns, then for each level (L5-S1 first) compression, AP shear, lateral shear (N) and IDP (MPa).
 */
public final class LevelColumns {
    private LevelColumns() {
    }

    /**
     * @param leadingColumns the first columns, comma-separated (e.g. {@code "timeS,status"})
     * @return the header line, without a line break
     */
    public static String header(String leadingColumns) {
        Checks.given(leadingColumns, "leadingColumns");
        StringBuilder header = new StringBuilder(leadingColumns);
        for (SpinalLevel l : SpinalLevel.values()) {
            String p = l.label();
            header.append(',').append(p).append("_compressionN,").append(p).append("_apShearN,")
                    .append(p).append("_lateralShearN,").append(p).append("_idpMPa");
        }
        return header.toString();
    }
}
