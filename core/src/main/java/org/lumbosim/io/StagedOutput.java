package org.lumbosim.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * One output of an {@link OutputFiles} on its way: written to a temporary file or folder beside its
 * target, then moved into place, or removed if the run fails. A temporary file or folder that may
 * exist is registered until it was moved or removed, so that a run ended by a signal (SIGTERM,
 * Ctrl-C) removes it in a shutdown hook.
 */
final class StagedOutput {
    /** Size of the write buffer (bytes). */
    private static final int BUFFER_BYTES = 1 << 16;
    /** The temporary files and folders that may exist now (registered before they are created). */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    /** Whether the one shutdown hook that calls {@link #removePending()} was installed. */
    private static final AtomicBoolean HOOK_INSTALLED = new AtomicBoolean();

    private final Path target;
    private final Path temp;
    private final boolean folder;
    /** Whether this output created {@link #temp} and it was not moved yet (only then is it removed). */
    private boolean created;

    /**
     * @param target the absolute path of the file or folder to create or replace
     * @param folder whether the output is a folder
     */
    StagedOutput(Path target, boolean folder) {
        this.target = target;
        this.folder = folder;
        this.temp = target.resolveSibling(OutputFiles.TEMP_PREFIX
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + OutputFiles.TEMP_SUFFIX);
    }

    /**
     * Writes the temporary file and flushes it to the disk; it takes the permissions of the file it
     * will replace, if any (a new file keeps the default ones, 0666 less the umask).
     */
    void stageFile(OutputFiles.Content content) throws IOException {
        register();
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            created = true;
            BufferedOutputStream out = new BufferedOutputStream(unclosable(Channels.newOutputStream(ch)), BUFFER_BYTES);
            content.writeTo(out);
            out.flush();
            ch.force(true);
        }
        if (Files.isRegularFile(target)) {
            keepPermissions(target, temp);
        }
    }

    /** Creates the temporary folder and writes its content. */
    void stageFolder(OutputFiles.FolderContent content) throws IOException {
        register();
        Files.createDirectory(temp);
        created = true;
        content.writeInto(temp);
    }

    /**
     * Moves the output into place: a file by one atomic rename; a folder by one rename if the
     * target does not exist or is empty, else file by file into it.
     */
    void commit() throws IOException {
        if (!folder) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } else if (!Files.exists(target) || isEmptyFolder(target)) {
            Files.deleteIfExists(target);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
            merge();
        }
        created = false;
        PENDING.remove(temp);
    }

    /**
     * Moves the new files into an existing folder that holds files, each by one rename. Everything
     * that can be checked is checked before the first file moves: a file where the output has a
     * folder or the reverse, a folder that cannot be written into, a read-only file to replace;
     * then the missing folders are created (and removed again if one cannot be), and only then are
     * the files moved. A file that replaces one of the same name takes that file's permissions.
     */
    private void merge() throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.walk(temp)) {
            entries = s.toList();
        }
        List<Path> newFolders = new ArrayList<>();
        for (Path from : entries) {
            Path to = target.resolve(temp.relativize(from).toString());
            if (Files.isDirectory(from) ? Files.exists(to) && !Files.isDirectory(to) : Files.isDirectory(to)) {
                throw new FileSystemException(to.toString(), null, Files.isDirectory(from)
                        ? "a file where the output has a folder" : "a folder where the output has a file");
            }
            if (Files.isDirectory(from)) {
                if (!Files.exists(to)) {
                    newFolders.add(to);
                } else if (!Files.isWritable(to)) {
                    throw new AccessDeniedException(to.toString());
                }
            } else if (Files.isRegularFile(to)) {
                if (!Files.isWritable(to)) {
                    throw new AccessDeniedException(to.toString(), null, "the file is read-only");
                }
                keepPermissions(to, from);
            }
        }
        List<Path> created = new ArrayList<>();
        try {
            for (Path dir : newFolders) {
                Files.createDirectory(dir);
                created.add(dir);
            }
        } catch (IOException e) {
            for (int i = created.size() - 1; i >= 0; i--) {
                Files.deleteIfExists(created.get(i));
            }
            throw e;
        }
        for (Path from : entries) {
            if (!Files.isDirectory(from)) {
                Files.move(from, target.resolve(temp.relativize(from).toString()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
        deleteTree(temp);
    }

    /** Gives {@code file} the permissions of {@code of}, where the file system has POSIX permissions. */
    private static void keepPermissions(Path of, Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, Files.getPosixFilePermissions(of));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the new file keeps the default permissions
        }
    }

    /** Removes the temporary file or folder, if this output created it and it was not moved. */
    void discard() {
        if (created) {
            remove(temp);
        }
        PENDING.remove(temp);
    }

    /** Registers {@link #temp} for the shutdown hook before it is created. */
    private void register() {
        if (HOOK_INSTALLED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(StagedOutput::removePending, "lumbosim-output-cleanup"));
        }
        PENDING.add(temp);
    }

    /**
     * What the shutdown hook does: removes every registered temporary file and folder, best-effort
     * and silently, and deregisters it.
     */
    static void removePending() {
        for (Path p : PENDING) {
            remove(p);
            PENDING.remove(p);
        }
    }

    /** @return the temporary files and folders registered now (a copy) */
    static Set<Path> pending() {
        return Set.copyOf(PENDING);
    }

    /** Removes a temporary file or folder tree if it exists; failures are ignored. */
    private static void remove(Path temp) {
        try {
            if (Files.isDirectory(temp, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(temp);
            } else {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // nothing more can be done; the name starts with OutputFiles.TEMP_PREFIX
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * @param out a stream
     * @return a stream passing writes through to {@code out}, whose {@code close} only flushes, so
     *     that a content that closes its stream leaves the file open for the writer
     */
    static OutputStream unclosable(OutputStream out) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
