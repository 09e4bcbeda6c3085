package dev.iosemu.net.tftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Serves the files under one directory of any {@link java.nio.file.FileSystem} (jimfs included). Names are
 * relative, '/'-separated paths; anything that could leave the root (absolute names, "..", NUL bytes,
 * symbolic links pointing outside) is refused with an access violation. Thread-safe.
 */
public final class RootDirectoryStore implements TftpFileStore {
    private final Path root;
    private final boolean overwrite;

    private RootDirectoryStore(Path root, boolean overwrite) {
        this.root = root;
        this.overwrite = overwrite;
    }

    /** A store over {@code root} (which must be a directory) that replaces existing files on WRQ. */
    public static RootDirectoryStore of(Path root) {
        Objects.requireNonNull(root, "root");
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("not a directory: " + root);
        }
        return new RootDirectoryStore(root.toAbsolutePath().normalize(), true);
    }

    /** The same root, refusing a WRQ for an existing file with ERROR 6 (file exists). */
    public RootDirectoryStore withoutOverwrite() {
        return new RootDirectoryStore(root, false);
    }

    public Path root() {
        return root;
    }

    @Override
    public ReadableFile openRead(String name) throws TftpException {
        Path file = confine(name);
        if (Files.exists(file) && !insideRoot(realPath(file, name))) {
            throw TftpException.accessViolation("Access outside the root refused: " + name);
        }
        return PathReadableFile.open(file, name);
    }

    @Override
    public WritableFile openWrite(String name, OptionalLong size) throws TftpException {
        Path file = confine(name);
        Path parent = file.getParent();
        if (parent == null || !Files.isDirectory(parent) || !insideRoot(realPath(parent, name))) {
            throw TftpException.accessViolation("No such directory for " + name);
        }
        if (Files.isSymbolicLink(file) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw TftpException.accessViolation("Cannot overwrite " + name);
        }
        if (!overwrite && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw TftpException.fileExists(name);
        }
        checkSpace(parent, size, name);
        return TempFileWrite.create(file, name);
    }

    private Path confine(String name) throws TftpException {
        if (name.isEmpty() || name.indexOf('\0') >= 0 || name.startsWith("/") || name.startsWith("\\")) {
            throw TftpException.accessViolation("Illegal file name: " + name);
        }
        if (name.indexOf(':') >= 0 || hasParentSegment(name)) {
            throw TftpException.accessViolation("Illegal file name: " + name);
        }
        Path file;
        try {
            file = root.resolve(name.replace('\\', '/')).normalize();
        } catch (InvalidPathException e) {
            // a name the file system cannot spell (a character its encoding lacks, or forbids) names no file
            throw TftpException.accessViolation("Illegal file name: " + name);
        }
        if (!file.startsWith(root) || file.equals(root)) {
            throw TftpException.accessViolation("Illegal file name: " + name);
        }
        return file;
    }

    /** Whether a segment of {@code name}, between '/' or '\\' separators, is "..". */
    private static boolean hasParentSegment(String name) {
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == '/' || name.charAt(i) == '\\') {
                if (i - start == 2 && name.startsWith("..", start)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private boolean insideRoot(Path real) throws TftpException {
        return real.startsWith(realPath(root, "/"));
    }

    private static Path realPath(Path path, String name) throws TftpException {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw TftpException.accessViolation("Cannot resolve " + name + ": " + e.getMessage());
        }
    }

    static void checkSpace(Path dir, OptionalLong size, String name) throws TftpException {
        if (size.isPresent() && size.getAsLong() > usableSpace(dir)) {
            throw TftpException.diskFull("Not enough space for " + name + ": " + size.getAsLong() + " bytes");
        }
    }

    private static long usableSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException | UnsupportedOperationException e) {
            return Long.MAX_VALUE; // a store that cannot tell is checked by the writes themselves
        }
    }
}
