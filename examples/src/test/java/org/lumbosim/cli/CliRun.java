package org.lumbosim.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One in-process run of the command line: its exit code and what it printed.
 *
 * @param code exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int code, String out, String err) {

    /**
     * @param args the arguments
     * @return what {@link Main#run} returned and printed
     */
    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * @param dir the folder (a test's temporary folder)
     * @param json the task file's text
     * @return a new task file in {@code dir} holding {@code json}
     * @throws IOException if it cannot be written
     */
    static Path taskFile(Path dir, String json) throws IOException {
        Path f = Files.createTempFile(dir, "task", ".json");
        Files.writeString(f, json);
        return f;
    }
}
