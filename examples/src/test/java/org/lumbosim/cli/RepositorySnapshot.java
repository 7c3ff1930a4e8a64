package org.lumbosim.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Test helper: real lab files read from a repository snapshot (a bare git directory on this machine),
 * never committed here; a test that needs one is skipped, with the reason printed, when it is absent.
 */
final class RepositorySnapshot {
    private RepositorySnapshot() {
    }

    /**
     * Copies a file of the snapshot's newest commit, or skips the calling test naming what is missing.
     *
     * @param repo the snapshot's git directory
     * @param path the file's path in the repository
     * @param to where to copy it
     * @return {@code to}
     */
    static Path fileOrSkip(Path repo, String path, Path to) throws IOException, InterruptedException {
        return fileOrSkip(repo, "HEAD", path, to);
    }

    /**
     * Copies a file as it was at a given commit of the snapshot (for files the repository has since
     * deleted), or skips the calling test naming what is missing.
     *
     * @param repo the snapshot's git directory
     * @param commit the commit (a hash or {@code HEAD})
     * @param path the file's path in the repository at that commit
     * @param to where to copy it
     * @return {@code to}
     */
    static Path fileOrSkip(Path repo, String commit, String path, Path to) throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(repo), () -> {
            String why = "skipped: no repository snapshot at " + repo + " (the real trial cannot be committed here)";
            System.out.println(why);
            return why;
        });
        Process p = new ProcessBuilder(List.of("git", "--git-dir=" + repo, "show", commit + ":" + path))
                .redirectOutput(to.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean ok = p.waitFor() == 0 && Files.size(to) > 0;
        assumeTrue(ok, () -> {
            String why = "skipped: " + commit + ":" + path + " is not in the snapshot at " + repo;
            System.out.println(why);
            return why;
        });
        return to;
    }
}
