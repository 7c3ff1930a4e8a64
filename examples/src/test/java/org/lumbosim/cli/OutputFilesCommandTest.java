package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.io.OutputFiles;

/**
 * Issue 15: every command writes its files through the one output writer: never over an input or
 * another output, each whole or not at all, nothing on stdout before they are written, an output
 * that cannot be written is bad input (exit 2, one line naming the option and the path), and new
 * files get the permissions of a plain FileOutputStream.
 */
class OutputFilesCommandTest {
    @TempDir
    Path dir;

    private static final String TASK = "{\"posture\":{\"preset\":\"standing_flexed\"},\"loads\":[{\"massKg\":5}]}";
    private static final String SCHEDULE = "{\"activities\":[{\"label\":\"work\",\"hours\":16,\"posture\":"
            + "{\"preset\":\"sitting_upright\"}},{\"label\":\"night\",\"hours\":8,\"posture\":{\"preset\":\"lying_supine\"}}]}";

    private Path motionCsv(String name) throws IOException {
        StringBuilder b = new StringBuilder("time,trunkFlexionDeg\n");
        for (int i = 0; i <= 100; i++) {
            b.append(String.format(Locale.ROOT, "%.2f,%.3f%n", i / 100.0, 20 - 20 * Math.cos(2 * Math.PI * i / 100.0)));
        }
        return Files.writeString(dir.resolve(name), b.toString());
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** The run failed as bad input: exit 2, one stderr line starting with {@code start}, nothing on stdout. */
    private static void assertBad(CliRun r, String start) {
        assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.out()).as("stdout").isEmpty();
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: " + start);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void issue15_anOutputThatIsAnInputIsRefusedWhateverTheSpellingAndTheInputIsKept() throws IOException {
        Path k = motionCsv("k.csv");
        String before = Files.readString(k);
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), k);
        for (Path out : List.of(k, dir.resolve(".").resolve("k.csv"), dir.resolve("x/../k.csv"), link)) {
            assertBad(CliRun.of("motion", k.toString(), "--out", out.toString()),
                    "--out = \"" + out + "\" is the same file as the motion file \"" + k + "\"");
        }
        assertBad(CliRun.of("motion", k.toString(), "--plot", k.toString().replace("k.csv", "./k.csv")),
                "--plot = ");
        assertThat(Files.readString(k)).isEqualTo(before);

        Path task = file("t.json", TASK);
        assertBad(CliRun.of("population", task.toString(), "--n", "10", "--out", task.toString()),
                "--out = \"" + task + "\" is the same file as the task file");
        Path png = file("t.png", TASK);
        assertBad(CliRun.of("plot", png.toString(), "--out", png.toString()),
                "--out = \"" + png + "\" is the same file as the task file");
        Path schedule = file("s.json", SCHEDULE);
        assertBad(CliRun.of("day", schedule.toString(), "--out", schedule.toString()),
                "--out = \"" + schedule + "\" is the same file as the schedule file");
        Path schedulePng = file("s.png", SCHEDULE);
        assertBad(CliRun.of("day", schedulePng.toString(), "--plot", schedulePng.toString()),
                "--plot = \"" + schedulePng + "\" is the same file as the schedule file");
        assertThat(Files.readString(task)).isEqualTo(TASK);
        assertThat(Files.readString(png)).isEqualTo(TASK);
        assertThat(Files.readString(schedule)).isEqualTo(SCHEDULE);
        assertThat(Files.readString(schedulePng)).isEqualTo(SCHEDULE);
    }

    @Test
    void issue15_twoOutputsOnOneFileAreRefusedNamingBothOptions() throws IOException {
        Path k = motionCsv("k.csv");
        Path o = dir.resolve("o.png");
        assertBad(CliRun.of("motion", k.toString(), "--out", o.toString(), "--plot", o.toString()),
                "--plot = \"" + o + "\" is the same file as --out = \"" + o + "\"; give --out and --plot different paths");
        assertBad(CliRun.of("day", "--out", o.toString(), "--plot", dir.resolve("./o.png").toString()),
                "--plot = \"" + dir.resolve("./o.png") + "\" is the same file as --out = \"" + o + "\"");
        assertThat(names()).containsExactly("k.csv");
    }

    @Test
    void issue15_aPlotThatCannotBeDrawnLeavesNoCsvAndPrintsNothing() throws IOException {
        Path k = motionCsv("k.csv");
        assertBad(CliRun.of("motion", k.toString(), "--out", dir.resolve("o.csv").toString(), "--plot",
                dir.resolve("o.gif").toString()), "--plot = \"" + dir.resolve("o.gif") + "\" must end in .png, .svg or .pdf");
        assertBad(CliRun.of("day", "--out", dir.resolve("d.csv").toString(), "--plot", dir.resolve("d.gif").toString()),
                "--plot = \"" + dir.resolve("d.gif") + "\" must end in .png, .svg or .pdf");
        assertThat(names()).containsExactly("k.csv");
    }

    /** One command and where its output goes. */
    private record Writing(String option, List<String> before, List<String> after) {
        CliRun run(String path) {
            List<String> args = new ArrayList<>(before);
            args.add(option);
            args.add(path);
            args.addAll(after);
            return CliRun.of(args.toArray(new String[0]));
        }
    }

    private List<Writing> everyWritingCommand() throws IOException {
        Path k = motionCsv("k.csv");
        Path task = file("t.json", TASK);
        Path ok = dir.resolve("ok");
        return List.of(
                new Writing("--out", List.of("plot", task.toString()), List.of()),
                new Writing("--out", List.of("motion", k.toString()), List.of("--plot", ok + ".png")),
                new Writing("--plot", List.of("motion", k.toString(), "--out", ok + ".csv"), List.of()),
                new Writing("--out", List.of("day"), List.of("--plot", ok + ".svg")),
                new Writing("--plot", List.of("day", "--out", ok + ".csv"), List.of()),
                new Writing("--out", List.of("population", task.toString(), "--n", "20"), List.of()),
                new Writing("--out", List.of("atlas"), List.of()),
                new Writing("--out", List.of("demo"), List.of()),
                new Writing("--out", List.of("example", "FlexionSweepToCsv", "--step-deg", "30"), List.of()));
    }

    /** Runs with System.out captured too: the example programs print there. */
    private static CliRun runCapturingSystemOut(Writing w, String path) {
        PrintStream old = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        CliRun r;
        try {
            r = w.run(path);
        } finally {
            System.setOut(old);
        }
        return new CliRun(r.code(), r.out() + captured.toString(StandardCharsets.UTF_8), r.err());
    }

    private static boolean isFolderOutput(Writing w) {
        return List.of("atlas", "demo", "example").contains(w.before().get(0));
    }

    @Test
    void issue15_anOutputUnderAFileIsBadInputInEveryCommandAndNothingIsWrittenOrPrinted() throws IOException {
        Path plain = file("plain.txt", "x");
        for (Writing w : everyWritingCommand()) {
            String ext = w.option().equals("--plot") || w.before().get(0).equals("plot") ? ".png" : ".csv";
            Path target = plain.resolve(isFolderOutput(w) ? "sub" : "sub/f" + ext);
            CliRun r = runCapturingSystemOut(w, target.toString());
            String shown = w.before().get(0).equals("example") ? target.resolve("flexion-sweep.csv").toString()
                    : target.toString();
            assertBad(r, w.option() + " = \"" + shown + "\" cannot be written: " + plain + " is a file, not a folder");
            assertThat(names()).as(w.toString()).containsExactly("k.csv", "plain.txt", "t.json");
        }
    }

    @Test
    void issue15_anOutputThatIsTheWrongKindIsBadInputInEveryCommand() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.png"));
        Path plain = file("plain.txt", "x");
        for (Writing w : everyWritingCommand()) {
            boolean folderOutput = isFolderOutput(w);
            Path target = folderOutput ? plain : folder;
            CliRun r = runCapturingSystemOut(w, target.toString());
            if (w.before().get(0).equals("example")) {
                assertBad(r, "--out = \"" + plain.resolve("flexion-sweep.csv") + "\" cannot be written: " + plain
                        + " is a file, not a folder");
            } else {
                assertBad(r, w.option() + " = \"" + target + "\" cannot be written: it is "
                        + (folderOutput ? "a file, not a folder" : "a folder, not a file"));
            }
            assertThat(names()).as(w.toString()).containsExactly("folder.png", "k.csv", "plain.txt", "t.json");
        }
    }

    @Test
    void issue15_aWriteThatFailsAfterTheWorkIsBadInputAndLeavesNothingAndPrintsNothing() throws IOException {
        // /proc accepts no new files even from the superuser, yet the superuser passes its access check:
        // the failure then comes when the files are written, after the computation (for others, when declared)
        assumeTrue(Files.isDirectory(Path.of("/proc/self")));
        for (Writing w : everyWritingCommand()) {
            String target = isFolderOutput(w) ? "/proc/lumbosim-out" : "/proc/lumbosim-out.png";
            CliRun r = runCapturingSystemOut(w, target);
            String shown = w.before().get(0).equals("example") ? target + "/flexion-sweep.csv" : target;
            assertBad(r, w.option() + " = \"" + shown + "\" cannot be written: ");
            assertThat(names()).as(w + ": the other output is not written either")
                    .containsExactly("k.csv", "t.json");
        }
    }

    @Test
    void issue15_outputsReplaceFilesByRenameAndNewFilesGetPlainPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path probe = dir.resolve("probe");
        new FileOutputStream(probe.toFile()).close();
        String plain = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
        Path k = motionCsv("k.csv");
        Path task = file("t.json", TASK);
        Path csv = dir.resolve("out/loads.csv");
        Path png = dir.resolve("out/loads.png");
        Path pop = dir.resolve("out/pop.csv");
        Path figure = Files.writeString(Files.createDirectories(dir.resolve("fig")).resolve("f.png"), "old");
        Path oldInode = Files.createLink(dir.resolve("old-inode"), figure);
        assertThat(CliRun.of("motion", k.toString(), "--out", csv.toString(), "--plot", png.toString()).code()).isZero();
        assertThat(CliRun.of("population", task.toString(), "--n", "20", "--out", pop.toString()).code()).isZero();
        CliRun plot = CliRun.of("plot", task.toString(), "--out", figure.toString());
        assertThat(plot.code()).as(plot.err()).isZero();
        for (Path f : List.of(csv, png, pop)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString()).isEqualTo(plain);
        }
        assertThat(Files.readString(oldInode)).as("the old figure was replaced, not rewritten in place").isEqualTo("old");
        assertThat(Files.size(figure)).isGreaterThan(1000);
        try (Stream<Path> s = Files.walk(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(OutputFiles.TEMP_PREFIX));
        }
    }

    @Test
    void issue15_motionAndDayPrintOnlyOnceTheirFilesAreWritten() throws IOException {
        Path k = motionCsv("k.csv");
        CliRun m = CliRun.of("motion", k.toString(), "--out", dir.resolve("m.csv").toString(), "--plot",
                dir.resolve("m.svg").toString());
        assertThat(m.code()).as(m.err()).isZero();
        assertThat(m.out()).startsWith("plot: " + dir.resolve("m.svg") + System.lineSeparator() + "wrote 101 frames to ");
        CliRun d = CliRun.of("day", "--out", dir.resolve("d.csv").toString(), "--plot", dir.resolve("d.pdf").toString());
        assertThat(d.code()).as(d.err()).isZero();
        assertThat(d.out()).startsWith("wrote ").contains("plot: " + dir.resolve("d.pdf"));
        assertThat(names()).containsExactly("d.csv", "d.pdf", "k.csv", "m.csv", "m.svg");
    }

    @Test
    void issue15_aDotDotSpellingOfAnExistingEmptyFolderIsWrittenLikeTheFolderItself() throws IOException {
        Path e = Files.createDirectory(dir.resolve("e"));
        CliRun a = CliRun.of("atlas", "--out", dir.resolve("e/../e").toString());
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(names()).containsExactly("e");
        try (Stream<Path> s = Files.list(e)) {
            assertThat(s.count()).isPositive();
        }
    }

    @Test
    void issue15_aDanglingSymbolicLinkAsAnOutputIsFollowedAndStaysALink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("dl.csv"), Path.of("new.csv"));
        CliRun d = CliRun.of("day", "--out", link.toString());
        assertThat(d.code()).as(d.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("new.csv"))).startsWith("timeH,");
        assertThat(names()).containsExactly("dl.csv", "new.csv");
    }
}
