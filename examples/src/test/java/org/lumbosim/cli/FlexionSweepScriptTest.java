package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.result.AnalysisResult;

/**
 * The single-file script {@code examples/scripts/FlexionSweep.java}, run as the README and
 * docs/report-and-examples.md print it ({@code java -cp ... FlexionSweep.java 10 30}), gives the core
 * API's numbers; bad arguments exit 2 with one line, no stack trace, and a step of 0 no longer loops
 * forever (newcomer pass, ninth session); a load the muscles cannot balance exits 3 with one line.
 */
class FlexionSweepScriptTest {
    private static final Path SCRIPT = Path.of("scripts/FlexionSweep.java");

    /** The script's exit code, stdout and stderr. */
    private record Run(int code, String out, String err) {
    }

    @TempDir
    static Path compiled;

    @BeforeAll
    static void compileOnce() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            assertThat(javac.getTask(null, files, null, List.of("-classpath", System.getProperty("java.class.path"), "-d",
                    compiled.toString(), "-proc:none"), null, files.getJavaFileObjects(SCRIPT)).call()).isTrue();
        }
    }

    /** Runs the script as printed: Java's single-file source launch. */
    private static Run run(String... args) throws IOException, InterruptedException {
        return launch(List.of("-cp", System.getProperty("java.class.path"), SCRIPT.toString()), args);
    }

    /** Runs the script's class compiled once (the same code, without compiling it at every launch). */
    private static Run runCompiled(String... args) throws IOException, InterruptedException {
        return launch(List.of("-cp", compiled + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                "FlexionSweep"), args);
    }

    private static Run launch(List<String> launch, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true"));
        cmd.addAll(launch);
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the script ends: %s", List.of(args)).isTrue();
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void asPrintedItGivesTheApisNumbers() throws Exception {
        Run r = run("10", "30");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("trunkFlexionDeg,compressionN,apShearN,idpMPa");
        for (int i = 0; i < 4; i++) {
            AnalysisResult a = Lumbosim.analyze(Subject.defaultSubject(), Posture.standingFlexed(30.0 * i),
                    List.of(HandLoad.ofMassKg(10)));
            assertThat(lines.get(1 + i)).isEqualTo(String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.3f", 30.0 * i,
                    a.l5s1().compressionN(), a.l5s1().apShearN(), a.l5s1().idpMPa()));
        }
    }

    @Test
    void badArgumentsAreOneLineAndExitTwo() throws Exception {
        String[][] cases = {{"abc"}, {"10", "0"}, {"10", "-5"}, {"500"}, {"NaN"}, {"1", "2", "3"}};
        for (String[] c : cases) {
            Run r = runCompiled(c);
            assertThat(r.code()).as("%s: %s", List.of(c), r.err()).isEqualTo(2);
            assertThat(r.out()).as("%s", List.of(c)).isEmpty();
            assertThat(r.err().lines().toList()).as("%s", List.of(c)).hasSize(1);
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(runCompiled("10", "0").err()).contains("stepDeg").contains("\"0\"").contains("(0, 90] deg");
        assertThat(runCompiled("--help").code()).isZero();
    }

    @Test
    void aLoadTheMusclesCannotBalanceExitsThree() throws Exception {
        Run r = runCompiled("200", "45");
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("infeasible: at trunkFlexionDeg = ").doesNotContain("\tat ");
        assertThat(r.err().lines().toList()).hasSize(1);
    }
}
