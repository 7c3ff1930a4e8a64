package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The constructors of {@link LumbosimException}: message and cause are kept and reported. */
class LumbosimExceptionTest {

    @Test
    void keepsMessageAndCause() {
        IllegalStateException cause = new IllegalStateException("matrix not positive definite");
        LumbosimException e = new LumbosimException("recruitment at L4-L5 failed", cause);
        assertThat(e.getMessage()).isEqualTo("recruitment at L4-L5 failed");
        assertThat(e.getCause()).isSameAs(cause);
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).as("the cause appears in the stack trace")
                .contains("Caused by: java.lang.IllegalStateException: matrix not positive definite");
    }

    @Test
    void messageOnlyHasNoCause() {
        LumbosimException e = new LumbosimException("no cause");
        assertThat(e.getMessage()).isEqualTo("no cause");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void nullCauseIsAllowed() {
        LumbosimException e = new LumbosimException("unknown cause", null);
        assertThat(e.getCause()).isNull();
        assertThat(e.getMessage()).isEqualTo("unknown cause");
    }
}
