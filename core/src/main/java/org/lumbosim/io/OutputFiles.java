package org.lumbosim.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lumbosim.internal.Checks;

/**
 * The one writer of every file Lumbosim creates: the outputs of one run (a command, an example
 * program, a report) are declared before the work starts and written together at its end, each
 * whole or not at all.
 * <ol>
 *   <li>Declare the inputs ({@link #input}) and then the outputs ({@link #file}, {@link #folder})
 *       before the work. An output that is the same file as an input or as another output (whatever
 *       the spelling: {@code ./k.csv} and {@code k.csv}, a symbolic or hard link), a file output
 *       that is a folder or a read-only file, a folder output that is a file or a read-only
 *       folder, and an output under a file or in a folder that is not writable are refused at once
 *       with an {@link OutputPathException} naming both options or the option and the path.</li>
 *   <li>Give each output its content ({@link #content}, {@link #folderContent}).</li>
 *   <li>{@link #writeAll()}: every file is written to a temporary file ({@value #TEMP_PREFIX}...)
 *       in its target's folder and flushed to the disk; every folder is built in a temporary
 *       sibling folder. Only when all of them are complete are they moved into place, each file by
 *       one atomic rename. If any fails (a full disk, a folder that cannot be created), the
 *       temporary files and the folders this writer created are removed and no target has
 *       changed.</li>
 * </ol>
 * Files end up as a plain {@link java.io.FileOutputStream} would leave them: a new file gets the
 * default permissions (0666 less the umask on POSIX systems), a replaced file keeps its
 * permissions, and a symbolic link is followed, a dangling one too (the file it points to is
 * written or replaced; the link stays). Every output path is resolved once before anything is
 * written ({@code e/../e} is {@code e}). An existing device or pipe ({@code /dev/null}, a FIFO) is written directly, as it cannot
 * be replaced. A folder output that does not exist or is empty is moved into place by one rename;
 * into an existing folder with files, the new files are moved one by one (each by an atomic rename,
 * replacing files of the same names; other files are kept), after all of them were built.
 *
 * A run ended by a signal (SIGTERM, Ctrl-C) removes its temporary files and folders in a shutdown
 * hook.
 *
 * <p>One instance serves one run; it is not thread-safe.
 */
public final class OutputFiles {
    /** Start of the name of every temporary file and folder. */
    public static final String TEMP_PREFIX = ".lumbosim-";
    /** End of the name of every temporary file and folder. */
    public static final String TEMP_SUFFIX = ".part";
    /** Longest file name most file systems accept (bytes of UTF-8; ext4, XFS, APFS, NTFS). */
    static final int MAX_NAME_BYTES = 255;
    /** Most symbolic links followed from one output path (Linux's limit, {@code MAXSYMLINKS}). */
    private static final int MAX_LINK_HOPS = 40;

    /** What one output file holds. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the file's bytes.
         *
         * @param out the stream of the temporary file (written; closing it only flushes it)
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;

        /**
         * @param text the whole file
         * @return content writing {@code text} in UTF-8
         */
        static Content text(CharSequence text) {
            Checks.given(text, "text", "the file's text is needed");
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            return out -> out.write(bytes);
        }
    }

    /** What one output folder holds. */
    @FunctionalInterface
    public interface FolderContent {
        /**
         * Writes the folder's files and subfolders.
         *
         * @param emptyFolder a new, empty temporary folder beside the target (written)
         * @throws IOException if writing fails
         */
        void writeInto(Path emptyFolder) throws IOException;
    }

    /** An input or output as declared: its option or name and its path as given. */
    private record Place(String label, Path given, boolean folder) {
    }

    private final List<Place> inputs = new ArrayList<>();
    private final List<Place> outputs = new ArrayList<>();
    private final Map<Path, Content> fileContents = new HashMap<>();
    private final Map<Path, FolderContent> folderContents = new HashMap<>();
    private boolean written;

    /** Creates a writer with no inputs and no outputs. */
    public OutputFiles() {
    }

    /**
     * A text to print on one line: every line break (including Unicode's line and paragraph
     * separators) and other control character becomes a space. Used for the failure line and for
     * the lines naming written files ({@code wrote <path>}), whose paths may hold any character but
     * {@code /} and NUL; the file itself keeps its name.
     *
     * @param text a message or a path (may be null: {@code "null"})
     * @return the text on one line
     */
    public static String oneLine(Object text) {
        StringBuilder b = new StringBuilder(String.valueOf(text));
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    /**
     * Writes one file, whole or not at all.
     *
     * @param label the option or name of the output, for messages (e.g. {@code --out})
     * @param file the file
     * @param content its content
     * @throws OutputPathException naming {@code label} and {@code file} if the file cannot be written
     */
    public static void write(String label, Path file, Content content) {
        Checks.given(label, "label", "what the file holds is needed, for messages");
        Checks.given(file, "file", "the path of the file is needed");
        Checks.given(content, "content", "the file's content is needed");
        new OutputFiles().file(label, file).content(file, content).writeAll();
    }

    /**
     * Declares an input file: no output may be the same file.
     *
     * @param label how the input is named in messages, e.g. {@code the task file}
     * @param file the input's path as given
     * @return this writer
     * @throws OutputPathException if an output already declared is the same file
     */
    public OutputFiles input(String label, Path file) {
        Place in = new Place(label, file, false);
        for (Place out : outputs) {
            if (sameFile(in.given(), out.given())) {
                throw sameAs(out, in);
            }
        }
        inputs.add(in);
        return this;
    }

    /**
     * Declares an output file and checks its path.
     *
     * @param label the option or name of the output, e.g. {@code --out}
     * @param file the path as given
     * @return this writer
     * @throws OutputPathException if the path is the same file as an input or another output, is a
     *     folder, is a read-only file, lies under a file or in a folder that is not writable
     */
    public OutputFiles file(String label, Path file) {
        declare(new Place(label, file, false));
        return this;
    }

    /**
     * Declares an output folder and checks its path.
     *
     * @param label the option or name of the output, e.g. {@code --out}
     * @param dir the path as given
     * @return this writer
     * @throws OutputPathException if the path is the same as an input or another output, is a
     *     file or a read-only folder, lies under a file or in a folder that is not writable
     */
    public OutputFiles folder(String label, Path dir) {
        declare(new Place(label, dir, true));
        return this;
    }

    /**
     * Gives a declared output file its content; nothing is written yet.
     *
     * @param file the path exactly as declared with {@link #file}
     * @param content the content
     * @return this writer
     * @throws IllegalStateException if no output file was declared with this path
     */
    public OutputFiles content(Path file, Content content) {
        declared(file, false);
        fileContents.put(file, content);
        return this;
    }

    /**
     * Gives a declared output folder its content; nothing is written yet.
     *
     * @param dir the path exactly as declared with {@link #folder}
     * @param content the content
     * @return this writer
     * @throws IllegalStateException if no output folder was declared with this path
     */
    public OutputFiles folderContent(Path dir, FolderContent content) {
        declared(dir, true);
        folderContents.put(dir, content);
        return this;
    }

    /**
     * Writes every declared output: all to temporary files and folders first, then all moved into
     * place. If anything fails, every temporary file and every folder this writer created is
     * removed and no target has changed (with one exception: if a rename fails after others
     * succeeded, which needs the file system to change under the run, those others stay).
     *
     * @throws OutputPathException naming the output's option and path if it cannot be written
     * @throws IllegalStateException if an output has no content, or this writer already wrote
     */
    public void writeAll() {
        if (written) {
            throw new IllegalStateException("the outputs were already written");
        }
        for (Place p : outputs) {
            if (!(p.folder() ? folderContents : fileContents).containsKey(p.given())) {
                throw new IllegalStateException(p.label() + " = \"" + p.given() + "\" has no content");
            }
        }
        written = true;
        List<StagedOutput> staged = new ArrayList<>();
        List<Place> stagedPlaces = new ArrayList<>();
        List<Path> createdFolders = new ArrayList<>();
        List<Place> direct = new ArrayList<>();
        Map<Place, Path> targets = new HashMap<>();
        int committed = 0;
        boolean done = false;
        try {
            for (Place p : outputs) {
                Path target = target(p.given());
                targets.put(p, target);
                if (!p.folder() && Files.exists(target) && !Files.isRegularFile(target)) {
                    direct.add(p);
                    continue;
                }
                StagedOutput s = new StagedOutput(target, p.folder());
                staged.add(s);
                stagedPlaces.add(p);
                try {
                    createFolders(target.getParent(), createdFolders);
                    if (p.folder()) {
                        s.stageFolder(folderContents.get(p.given()));
                    } else {
                        s.stageFile(fileContents.get(p.given()));
                    }
                } catch (IOException e) {
                    throw cannotWrite(p, e);
                }
            }
            for (Place p : direct) {
                try (OutputStream out = Files.newOutputStream(targets.get(p))) {
                    fileContents.get(p.given()).writeTo(StagedOutput.unclosable(out));
                } catch (IOException e) {
                    throw cannotWrite(p, e);
                }
            }
            for (; committed < staged.size(); committed++) {
                try {
                    staged.get(committed).commit();
                } catch (IOException e) {
                    throw cannotWrite(stagedPlaces.get(committed), e);
                }
            }
            done = true;
        } finally {
            for (int i = committed; i < staged.size(); i++) {
                staged.get(i).discard();
            }
            if (!done) {
                for (int i = createdFolders.size() - 1; i >= 0; i--) {
                    try {
                        Files.deleteIfExists(createdFolders.get(i));
                    } catch (IOException e) {
                        // not empty (someone else wrote there) or gone: keep it
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ declaring

    private void declare(Place p) {
        if (Files.isSymbolicLink(target(p.given()))) {
            // after MAX_LINK_HOPS hops it is still a link: a loop of links has no file to write
            throw unusable(p, "it is a loop of symbolic links (more than " + MAX_LINK_HOPS + " links followed)");
        }
        for (Place in : inputs) {
            if (sameFile(in.given(), p.given())) {
                throw sameAs(p, in);
            }
        }
        for (Place out : outputs) {
            if (sameFile(out.given(), p.given())) {
                throw new OutputPathException(p.label(), p.given(), p.label() + " = \"" + p.given()
                        + "\" is the same " + (p.folder() ? "folder" : "file") + " as " + out.label() + " = \""
                        + out.given() + "\"; give " + out.label() + " and " + p.label() + " different paths", null);
            }
        }
        checkPlace(p);
        outputs.add(p);
    }

    private static OutputPathException sameAs(Place out, Place in) {
        return new OutputPathException(out.label(), out.given(), out.label() + " = \"" + out.given()
                + "\" is the same file as " + in.label() + " \"" + in.given() + "\"; give " + out.label()
                + " another path (the input would be overwritten)", null);
    }

    private void declared(Path path, boolean folder) {
        for (Place p : outputs) {
            if (p.given().equals(path) && p.folder() == folder) {
                return;
            }
        }
        throw new IllegalStateException("no output " + (folder ? "folder" : "file") + " \"" + path
                + "\" was declared");
    }

    /** Refuses at once a place that cannot be written, so that no work is wasted. */
    private static void checkPlace(Place p) {
        Path abs = p.given().toAbsolutePath();
        if (p.folder() && Files.exists(abs) && !Files.isDirectory(abs)) {
            throw unusable(p, "it is a file, not a folder");
        }
        if (p.folder() && Files.isDirectory(abs) && !Files.isWritable(abs)) {
            // an empty one could be replaced by a rename, but nothing could be written into it
            throw unusable(p, "the folder is read-only (permission denied)");
        }
        if (!p.folder() && Files.isDirectory(abs)) {
            throw unusable(p, "it is a folder, not a file");
        }
        if (!p.folder() && Files.exists(abs) && !Files.isRegularFile(abs)) {
            return; // a device or pipe, written directly
        }
        if (!p.folder() && Files.isRegularFile(abs) && !Files.isWritable(abs)) {
            // a rename could replace it, but a plain FileOutputStream could not: its owner protected it
            throw unusable(p, "the file is read-only (permission denied)");
        }
        if (abs.getFileName() != null
                && abs.getFileName().toString().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw unusable(p, "its name is longer than " + MAX_NAME_BYTES + " bytes");
        }
        Path ancestor = abs.getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null) {
            return;
        }
        if (!Files.isDirectory(ancestor)) {
            throw unusable(p, ancestor + " is a file, not a folder");
        }
        if (!Files.isWritable(ancestor)) {
            throw unusable(p, "the folder " + ancestor + " is not writable");
        }
    }

    private static OutputPathException unusable(Place p, String reason) {
        return new OutputPathException(p.label(), p.given(), p.label() + " = \"" + p.given() + "\" cannot be written: "
                + reason, null);
    }

    private static OutputPathException cannotWrite(Place p, IOException e) {
        return new OutputPathException(p.label(), p.given(), p.label() + " = \"" + p.given() + "\" cannot be written: "
                + reason(e), e);
    }

    /**
     * The file system's reason in words, without Java exception names: that of the innermost
     * {@link IOException} (an image writer's "I/O error writing PNG file!" wraps "No space left on
     * device").
     */
    static String reason(IOException outer) {
        IOException e = outer;
        while (e.getCause() instanceof IOException inner) {
            e = inner;
        }
        String what;
        if (e instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            what = "no such file or folder";
        } else if (e instanceof NotDirectoryException) {
            what = "not a folder";
        } else if (e instanceof FileAlreadyExistsException) {
            what = "already exists";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            what = f.getReason();
        } else {
            return e.getMessage() == null ? "input/output error" : e.getMessage();
        }
        FileSystemException f = (FileSystemException) e;
        if (f.getFile() == null) {
            return what;
        }
        Path file = Path.of(f.getFile());
        boolean temporary = file.getFileName() != null && file.getFileName().toString().startsWith(TEMP_PREFIX);
        return what + " (" + (temporary ? "in " + file.getParent() : file) + ")";
    }

    /**
     * @return whether two paths name the same file, however spelled: equal once made absolute,
     *     normalised and their existing part resolved through symbolic links, or the same existing
     *     file (hard links included)
     */
    static boolean sameFile(Path a, Path b) {
        if (canonical(a).equals(canonical(b))) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The path with its longest existing part resolved to the real path (a {@code ..} in it is
     * resolved as the file system does, after the links before it), the rest normalised.
     */
    private static Path canonical(Path p) {
        Path abs = p.toAbsolutePath();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs.normalize();
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs.normalize();
        }
    }

    /**
     * The file or folder that is written, resolved once before anything is staged: absolute, with
     * its folder resolved to the real path (so {@code e/../e} is {@code e}), and a symbolic link
     * followed to its target, a dangling one included (the link stays a link).
     */
    static Path target(Path given) {
        Path p = resolvedFolder(given.toAbsolutePath());
        for (int hops = 0; hops < MAX_LINK_HOPS && Files.isSymbolicLink(p); hops++) {
            try {
                p = resolvedFolder(p.resolveSibling(Files.readSymbolicLink(p)));
            } catch (IOException e) {
                return p;
            }
        }
        return p;
    }

    /** The absolute path with its folder resolved (its last name kept, unless it is . or ..). */
    private static Path resolvedFolder(Path abs) {
        Path name = abs.getFileName();
        if (name == null || name.toString().equals(".") || name.toString().equals("..")) {
            return canonical(abs);
        }
        return canonical(abs.getParent()).resolve(name);
    }

    /** Creates the missing folders of {@code dir}, recording each one created. */
    private static void createFolders(Path dir, List<Path> created) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path p = missing.pop();
            try {
                Files.createDirectory(p);
                created.add(p);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(p)) {
                    throw new NotDirectoryException(p.toString());
                }
            }
        }
    }
}
