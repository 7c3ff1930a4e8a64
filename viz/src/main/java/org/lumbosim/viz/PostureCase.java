package org.lumbosim.viz;

import java.util.Optional;
import org.lumbosim.internal.Checks;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.result.AnalysisResult;

/**
 * One bar group of {@link Charts#postureComparison}: a named posture's result and, where one exists,
 * the in vivo measurement it models.
 *
 * @param name short name shown on the axis, e.g. "standing"
 * @param result the solver's result
 * @param measured the Wilke et al. (1999) L4-L5 measurement of the same activity, or empty
 */
public record PostureCase(String name, AnalysisResult result, Optional<Wilke1999.Measurement> measured) {
    /** Checks that nothing is missing. */
    public PostureCase {
        Checks.given(name, "name");
        Checks.given(result, "result");
        Checks.given(measured, "measured");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
    }

    /**
     * @param name short name
     * @param result the result
     * @return a case without a measurement
     */
    public static PostureCase of(String name, AnalysisResult result) {
        Checks.given(name, "name");
        Checks.given(result, "result");
        return new PostureCase(name, result, Optional.empty());
    }
}
