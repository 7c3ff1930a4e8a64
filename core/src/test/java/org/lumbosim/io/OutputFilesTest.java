package org.lumbosim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one output writer: whole or not at all, never over an input, normal permissions (issue 15). */
class OutputFilesTest {
    @TempDir
    Path dir;

    /** A disk that fills up: the stream throws once {@code capacity} bytes were written. */
    static final class FullDisk extends FilterOutputStream {
        private long left;

        FullDisk(OutputStream out, long capacityBytes) {
            super(out);
            this.left = capacityBytes;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("No space left on device");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void issue15_aWriteThatFailsOnAFullDiskLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("o.csv");
        Files.writeString(f, "old contents\n");
        String text = "x".repeat(100_000);
        assertThatThrownBy(() -> OutputFiles.write("--out", f, out -> new FullDisk(out, 5000)
                .write(text.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(OutputPathException.class)
                .hasMessage("--out = \"" + f + "\" cannot be written: No space left on device");
        assertThat(Files.readString(f)).isEqualTo("old contents\n");
        assertThat(names()).containsExactly("o.csv");
    }

    @Test
    void issue15_aFileIsReplacedByARenameNotOverwrittenInPlace() throws IOException {
        Path f = dir.resolve("o.csv");
        Path link = dir.resolve("hard-link-to-the-old-file");
        Files.writeString(f, "old\n");
        Files.createLink(link, f);
        OutputFiles.write("--out", f, OutputFiles.Content.text("new\n"));
        assertThat(Files.readString(f)).isEqualTo("new\n");
        assertThat(Files.readString(link)).as("the old inode was not written into").isEqualTo("old\n");
    }

    @Test
    void issue15_nothingMovesIntoPlaceUntilEveryOutputIsWritten() throws IOException {
        Path csv = dir.resolve("o.csv");
        Path png = dir.resolve("o.png");
        Files.writeString(csv, "old\n");
        OutputFiles files = new OutputFiles().file("--out", csv).file("--plot", png)
                .content(csv, OutputFiles.Content.text("new\n"))
                .content(png, out -> {
                    throw new IOException("No space left on device");
                });
        assertThatThrownBy(files::writeAll).isInstanceOf(OutputPathException.class)
                .hasMessageStartingWith("--plot = \"" + png + "\" cannot be written");
        assertThat(Files.readString(csv)).isEqualTo("old\n");
        assertThat(names()).containsExactly("o.csv");
    }

    @Test
    void issue15_aFailingComputationInsideTheContentLeavesNothingEither() {
        Path csv = dir.resolve("sub/o.csv");
        OutputFiles files = new OutputFiles().file("--out", csv).content(csv, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        });
        assertThatThrownBy(files::writeAll).isInstanceOf(IllegalStateException.class);
        assertThat(dir.resolve("sub")).as("the folder the writer created is removed").doesNotExist();
    }

    @Test
    void issue15_newFilesGetThePermissionsOfAPlainFileOutputStream() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path probe = dir.resolve("probe");
        new FileOutputStream(probe.toFile()).close();
        Path f = dir.resolve("new/o.csv");
        OutputFiles.write("--out", f, OutputFiles.Content.text("a\n"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(probe)))
                .as("not the 0600 of a temporary file").isNotEqualTo("rw-------");
    }

    @Test
    void issue15_aReplacedFileKeepsItsPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path f = dir.resolve("o.csv");
        Files.writeString(f, "old\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        OutputFiles.write("--out", f, OutputFiles.Content.text("new\n"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r-----");
    }

    @Test
    void issue15_anOutputThatIsAnInputIsRefusedWhateverTheSpelling() throws IOException {
        Path k = dir.resolve("k.csv");
        Files.writeString(k, "time,trunkFlexionDeg\n");
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, k);
        Path hard = dir.resolve("hard.csv");
        Files.createLink(hard, k);
        for (Path out : List.of(k, dir.resolve(".").resolve("k.csv"), dir.resolve("sub/../k.csv"), link, hard)) {
            assertThatThrownBy(() -> new OutputFiles().input("the motion file", k).file("--out", out))
                    .as(out.toString()).isInstanceOf(OutputPathException.class)
                    .hasMessage("--out = \"" + out + "\" is the same file as the motion file \"" + k
                            + "\"; give --out another path (the input would be overwritten)");
        }
        assertThat(Files.readString(k)).isEqualTo("time,trunkFlexionDeg\n");
    }

    @Test
    void issue15_twoOutputsOnOneFileAreRefusedNamingBoth() {
        Path a = dir.resolve("o.png");
        Path b = dir.resolve("x/../o.png");
        assertThatThrownBy(() -> new OutputFiles().file("--out", a).file("--plot", b))
                .isInstanceOf(OutputPathException.class)
                .hasMessage("--plot = \"" + b + "\" is the same file as --out = \"" + a
                        + "\"; give --out and --plot different paths");
    }

    @Test
    void issue15_unusablePlacesAreRefusedWhenDeclaredBeforeAnyWork() throws IOException {
        Path file = Files.writeString(dir.resolve("f.txt"), "a file");
        assertThatThrownBy(() -> new OutputFiles().file("--out", dir)).isInstanceOf(OutputPathException.class)
                .hasMessage("--out = \"" + dir + "\" cannot be written: it is a folder, not a file");
        assertThatThrownBy(() -> new OutputFiles().file("--out", file.resolve("sub/o.csv")))
                .isInstanceOf(OutputPathException.class)
                .hasMessage("--out = \"" + file.resolve("sub/o.csv") + "\" cannot be written: " + file
                        + " is a file, not a folder");
        assertThatThrownBy(() -> new OutputFiles().folder("--out", file)).isInstanceOf(OutputPathException.class)
                .hasMessage("--out = \"" + file + "\" cannot be written: it is a file, not a folder");
        Path longName = dir.resolve("x".repeat(256) + ".csv");
        assertThatThrownBy(() -> new OutputFiles().file("--plot", longName)).isInstanceOf(OutputPathException.class)
                .hasMessageEndingWith("cannot be written: its name is longer than 255 bytes");
    }

    @Test
    void issue15_aReadOnlyFolderIsRefused() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(ro), "the superuser may write into read-only folders");
            assertThatThrownBy(() -> new OutputFiles().file("--out", ro.resolve("o.csv")))
                    .isInstanceOf(OutputPathException.class)
                    .hasMessage("--out = \"" + ro.resolve("o.csv") + "\" cannot be written: the folder " + ro
                            + " is not writable");
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void issue15_aSymbolicLinkIsFollowedAndStaysALink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
        OutputFiles.write("--out", link, OutputFiles.Content.text("new\n"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new\n");
    }

    @Test
    void issue15_aDeviceIsWrittenDirectlyNeverReplaced() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull));
        OutputFiles.write("--out", devNull, OutputFiles.Content.text("discarded\n"));
        assertThat(Files.isRegularFile(devNull)).isFalse();
    }

    @Test
    void issue15_aFolderIsBuiltAsideAndAppearsOnlyWhenComplete() throws IOException {
        Path report = dir.resolve("report");
        OutputFiles failing = new OutputFiles().folder("--out", report).folderContent(report, d -> {
            Files.writeString(d.resolve("index.html"), "<html>");
            throw new IOException("No space left on device");
        });
        assertThatThrownBy(failing::writeAll).isInstanceOf(OutputPathException.class)
                .hasMessage("--out = \"" + report + "\" cannot be written: No space left on device");
        assertThat(names()).isEmpty();

        OutputFiles ok = new OutputFiles().folder("--out", report).folderContent(report, d -> {
            Files.createDirectory(d.resolve("figures"));
            Files.writeString(d.resolve("figures/a.svg"), "<svg/>");
            Files.writeString(d.resolve("index.html"), "<html>");
        });
        ok.writeAll();
        assertThat(names()).containsExactly("report");
        assertThat(Files.readString(report.resolve("figures/a.svg"))).isEqualTo("<svg/>");
    }

    @Test
    void issue15_intoAFolderWithOtherFilesTheNewFilesAreMovedAndTheOthersKept() throws IOException {
        Path report = Files.createDirectories(dir.resolve("report/figures"));
        Files.writeString(report.resolve("notes.txt"), "mine");
        Files.writeString(report.resolve("index.html"), "old");
        Path folder = dir.resolve("report");
        new OutputFiles().folder("--out", folder).folderContent(folder, d -> {
            Files.createDirectory(d.resolve("figures"));
            Files.writeString(d.resolve("index.html"), "new");
            Files.writeString(d.resolve("figures/a.png"), "png");
        }).writeAll();
        assertThat(Files.readString(folder.resolve("index.html"))).isEqualTo("new");
        assertThat(Files.readString(folder.resolve("figures/a.png"))).isEqualTo("png");
        assertThat(Files.readString(report.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(names()).containsExactly("report");
    }

    @Test
    void issue15_thirdPass_intoAFolderWithFilesAReplacedFileKeepsItsPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path folder = Files.createDirectories(dir.resolve("report"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        Path index = Files.writeString(folder.resolve("index.html"), "old");
        Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("rw-------"));
        new OutputFiles().folder("--out", folder).folderContent(folder, d -> {
            Files.writeString(d.resolve("index.html"), "new");
            Files.writeString(d.resolve("new.html"), "new");
        }).writeAll();
        assertThat(Files.readString(index)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(index))).isEqualTo("rw-------");
    }

    @Test
    void issue15_thirdPass_intoAFolderWithAReadOnlySubfolderNothingMoves() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path folder = Files.createDirectories(dir.resolve("atlas"));
        Path csv = Files.writeString(folder.resolve("atlas.csv"), "old");
        Path figures = Files.createDirectory(folder.resolve("figures"));
        Files.setPosixFilePermissions(figures, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(figures), "the superuser may write into read-only folders");
            OutputFiles out = new OutputFiles().folder("--out", folder).folderContent(folder, d -> {
                Files.writeString(d.resolve("atlas.csv"), "new");
                Files.createDirectory(d.resolve("figures"));
                Files.writeString(d.resolve("figures/a.png"), "png");
            });
            assertThatThrownBy(out::writeAll).isInstanceOf(OutputPathException.class)
                    .hasMessageContaining("--out = \"" + folder + "\" cannot be written");
            assertThat(Files.readString(csv)).isEqualTo("old");
            try (Stream<Path> s = Files.list(folder)) {
                assertThat(s.map(x -> x.getFileName().toString())).containsExactlyInAnyOrder("atlas.csv", "figures");
            }
        } finally {
            Files.setPosixFilePermissions(figures, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void issue15_thirdPass_aReadOnlyFileIsRefusedNotReplacedByARename() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = Files.writeString(dir.resolve("o.csv"), "protected");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            assumeTrue(!Files.isWritable(file), "the superuser may write read-only files");
            assertThatThrownBy(() -> new OutputFiles().file("--out", file)).isInstanceOf(OutputPathException.class)
                    .hasMessage("--out = \"" + file + "\" cannot be written: the file is read-only (permission denied)");
            assertThat(Files.readString(file)).isEqualTo("protected");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void issue15_thirdPass_aReadOnlyEmptyFolderIsRefusedNotReplacedByARename() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path folder = Files.createDirectory(dir.resolve("atlas"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(folder), "the superuser may write into read-only folders");
            assertThatThrownBy(() -> new OutputFiles().folder("--out", folder)).isInstanceOf(OutputPathException.class)
                    .hasMessage("--out = \"" + folder + "\" cannot be written: the folder is read-only (permission denied)");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("r-xr-xr-x");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void issue15_aStagedOutputIsRegisteredWhileItExistsAndTheShutdownHookRemovesIt() throws IOException {
        Path real = dir.toRealPath();
        Path report = dir.resolve("report");
        Path csv = dir.resolve("a.csv");
        List<Path> seen = new ArrayList<>();
        OutputFiles killed = new OutputFiles().file("--csv", csv).folder("--out", report)
                .content(csv, OutputFiles.Content.text("a\n"))
                .folderContent(report, d -> {
                    Files.writeString(d.resolve("index.html"), "<html>");
                    seen.addAll(StagedOutput.pending());
                    StagedOutput.removePending(); // what the hook does when SIGTERM arrives now
                });
        assertThatThrownBy(killed::writeAll).isInstanceOf(OutputPathException.class);
        assertThat(seen).hasSize(2).allMatch(p -> p.getParent().equals(real)
                && p.getFileName().toString().startsWith(OutputFiles.TEMP_PREFIX));
        assertThat(names()).isEmpty();
        assertThat(StagedOutput.pending()).noneMatch(p -> p.startsWith(real));

        new OutputFiles().folder("--out", report).folderContent(report, d -> Files.writeString(d.resolve("i"), "x"))
                .writeAll();
        OutputFiles.write("--out", csv, OutputFiles.Content.text("a\n"));
        assertThat(StagedOutput.pending()).as("moved outputs are deregistered")
                .noneMatch(p -> p.startsWith(real));
        StagedOutput.removePending();
        assertThat(names()).containsExactly("a.csv", "report");
    }

    @Test
    void issue15_aDotDotSpellingOfAnExistingEmptyFolderIsThatFolderAndIsNeverDeleted() throws IOException {
        Path e = Files.createDirectory(dir.resolve("e"));
        Path spelled = dir.resolve("e/../e");
        new OutputFiles().folder("--out", spelled).folderContent(spelled,
                d -> Files.writeString(d.resolve("index.html"), "<html>")).writeAll();
        assertThat(names()).containsExactly("e");
        assertThat(Files.readString(e.resolve("index.html"))).isEqualTo("<html>");

        Path f = dir.resolve("e/../e/../f.csv");
        OutputFiles.write("--out", f, OutputFiles.Content.text("f\n"));
        assertThat(names()).containsExactly("e", "f.csv");
    }

    @Test
    void issue15_aDanglingSymbolicLinkIsFollowedAndStaysALink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("dl.csv"), Path.of("new.csv"));
        OutputFiles.write("--out", link, OutputFiles.Content.text("new\n"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("new.csv"))).isEqualTo("new\n");

        Files.createDirectory(dir.resolve("sub"));
        Path chain = Files.createSymbolicLink(dir.resolve("sub/chain.csv"), Path.of("../dl2.csv"));
        Files.createSymbolicLink(dir.resolve("dl2.csv"), Path.of("last.csv"));
        OutputFiles.write("--out", chain, OutputFiles.Content.text("last\n"));
        assertThat(Files.isSymbolicLink(chain)).isTrue();
        assertThat(Files.isSymbolicLink(dir.resolve("dl2.csv"))).isTrue();
        assertThat(Files.readString(dir.resolve("last.csv"))).isEqualTo("last\n");
        assertThat(names()).containsExactly("dl.csv", "dl2.csv", "last.csv", "new.csv", "sub");
    }

    @Test
    void outputsNeedTheirContentBeforeAnythingIsWritten() {
        Path a = dir.resolve("a.csv");
        OutputFiles files = new OutputFiles().file("--out", a);
        assertThatThrownBy(files::writeAll).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> files.content(dir.resolve("b.csv"), out -> { }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(a).doesNotExist();
    }
}
