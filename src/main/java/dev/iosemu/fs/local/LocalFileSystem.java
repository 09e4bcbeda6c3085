package dev.iosemu.fs.local;

import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.IsDirectoryException;
import dev.iosemu.fs.ReadOnlyException;
import dev.iosemu.net.AtomicWrite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One device file system ({@code flash0:}, {@code nvram:}, {@code system:}) backed by its own jimfs
 * instance. Paths given to its methods are absolute paths within it ({@code /dir/file}), as
 * {@link dev.iosemu.fs.IosLocation.LocalPath#path()} holds them. Failures are precise
 * {@code java.nio.file} exceptions whose reason {@link FsErrors#reason} turns into IOS text.
 *
 * <p>Thread-safe: jimfs guards the stored files, {@link VirtualFiles} the device-supplied ones, and no
 * other state changes after construction.
 */
public final class LocalFileSystem implements AutoCloseable {
    /** Names of in-flight copies start with this; listings hide them. */
    static final String STAGING_PREFIX = ".iosemu-partial-";

    private final LocalFileSystemSpec spec;
    private final FileSystem storage;
    private final FileStore store;
    private final VirtualFiles virtualFiles = new VirtualFiles();
    private final AtomicLong stagingCounter = new AtomicLong();

    LocalFileSystem(LocalFileSystemSpec spec, FileSystem storage) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.store = storage.getFileStores().iterator().next();
    }

    /** The canonical prefix, {@code flash0:}. */
    public String prefix() {
        return spec.prefix();
    }

    public LocalFileSystemSpec spec() {
        return spec;
    }

    /** The root directory of the backing jimfs file system. */
    public Path root() {
        return storage.getPath("/");
    }

    /** The backing path of {@code path}, which must be absolute. */
    public Path path(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must be absolute: " + path);
        }
        return storage.getPath(path);
    }

    // ---- space -------------------------------------------------------------------------------

    /** The size the device declares (the {@code bytes total} of {@code dir}). */
    public long totalBytes() {
        return spec.sizeBytes();
    }

    /**
     * Bytes that can still be written, in whole blocks: after writing N bytes this drops by N rounded
     * up to {@link JimfsStorage#BLOCK_SIZE}. Never more than the whole blocks that fit in the total.
     */
    public long freeBytes() {
        try {
            return Math.min(store.getUnallocatedSpace(), totalBytes());
        } catch (IOException e) {
            throw new IllegalStateException("jimfs store cannot fail", e);
        }
    }

    public long usedBytes() {
        return totalBytes() - freeBytes();
    }

    /** The space a file of {@code size} bytes occupies: {@code size} rounded up to whole blocks. */
    public long allocationFor(long size) {
        long block = JimfsStorage.BLOCK_SIZE;
        return (size + block - 1) / block * block;
    }

    // ---- queries ------------------------------------------------------------------------------

    public boolean exists(String path) {
        return virtualFiles.contains(path) || Files.exists(path(path));
    }

    public boolean isDirectory(String path) {
        return !virtualFiles.contains(path) && Files.isDirectory(path(path));
    }

    /** The listing row of one file or directory. */
    public FileEntry entry(String path) throws IOException {
        return virtualFiles.contains(path)
                ? virtualFiles.entry(path, permissions(false))
                : Listing.entry(this, path(path));
    }

    /** The visible entries of directory {@code path}, in index (creation) order. */
    public List<FileEntry> list(String path) throws IOException {
        List<FileEntry> stored = Listing.list(this, existingDirectory(path));
        return path.equals("/") ? Listing.merge(stored, virtualFiles.entries(permissions(false))) : stored;
    }

    /** Every visible entry below the root, depth first, each directory before its contents. */
    public List<FileEntry> walk() throws IOException {
        return Listing.merge(Listing.walk(this, root()), virtualFiles.entries(permissions(false)));
    }

    /** The size in bytes of file {@code path}. */
    public long size(String path) throws IOException {
        if (virtualFiles.contains(path)) {
            return virtualFiles.content(path).length;
        }
        return Files.size(existingFile(path));
    }

    /** Opens file {@code path} for reading. */
    public InputStream openRead(String path) throws IOException {
        checkReadable(path);
        if (virtualFiles.contains(path)) {
            return new ByteArrayInputStream(virtualFiles.content(path));
        }
        return Files.newInputStream(existingFile(path));
    }

    /** The content of file {@code path} as text (for {@code more}). */
    public String readText(String path) throws IOException {
        try (InputStream in = openRead(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The MD5 of file {@code path} in lower-case hex, read in a stream (for {@code verify /md5}). */
    public String md5(String path) throws IOException {
        MessageDigest digest = md5Digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = openRead(path)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    // ---- changes ------------------------------------------------------------------------------

    /** Deletes file {@code path}; a directory needs {@link #deleteRecursively}. */
    public void delete(String path) throws IOException {
        checkWritable(path);
        if (virtualFiles.contains(path)) {
            throw new AccessDeniedException(path);
        }
        Files.delete(existingFile(path));
    }

    /** Deletes {@code path} and, if it is a directory, everything below it. */
    public void deleteRecursively(String path) throws IOException {
        checkWritable(path);
        Path target = path(path);
        if (!Files.isDirectory(target)) {
            delete(path);
            return;
        }
        Tree.deleteContents(target);
        if (!path.equals("/")) {
            Files.delete(target);
        }
    }

    /**
     * Deletes every stored file and directory (for {@code erase}/{@code format}) as one step; virtual files
     * stay.
     */
    public void eraseAll() throws IOException {
        checkWritable("/");
        try (StagingSet set = openStagingSet()) {
            for (FileEntry entry : Listing.list(this, root())) {
                set.removeAtCommit(entry.path());
            }
            set.commit();
        }
    }

    /** Renames {@code from} to {@code to}, keeping its index; replaces an existing file only if asked. */
    public void rename(String from, String to, boolean replaceExisting) throws IOException {
        checkWritable(from);
        Path source = path(from);
        if (!Files.exists(source)) {
            throw new NoSuchFileException(from);
        }
        Tree.move(source, path(to), replaceExisting);
    }

    /** Creates directory {@code path}; its parent must exist. */
    public void mkdir(String path) throws IOException {
        checkWritable(path);
        if (spec.type().isFlat()) {
            throw new AccessDeniedException(path);
        }
        Files.createDirectory(path(path));
    }

    /** Removes directory {@code path}, which must be empty. */
    public void rmdir(String path) throws IOException {
        checkWritable(path);
        Files.delete(existingDirectory(path));
    }

    /**
     * Opens file {@code path} for writing through a hidden staging file beside it ({@link Staging}): nothing
     * shows under the name until the commit, and a crash leaves the old file or the new one. The directory
     * must exist; listings never show staging files.
     */
    public Staging openStaged(String path) throws IOException {
        checkWritable(path);
        if (virtualFiles.contains(path)) {
            throw new AccessDeniedException(path);
        }
        Path target = path(path);
        if (Files.isDirectory(target)) {
            throw new IsDirectoryException(path);
        }
        int slash = path.lastIndexOf('/');
        Path directory = existingDirectory(slash == 0 ? "/" : path.substring(0, slash));
        return new Staging(this, path, AtomicWrite.begin(newStagingName(directory), target));
    }

    /** Writes {@code content} to file {@code path} in one crash-safe step. */
    public void write(String path, byte[] content) throws IOException {
        try (Staging staging = openStaged(path)) {
            staging.write(content);
            staging.commit();
        }
    }

    /** Several files committed all or nothing ({@link StagingSet}). */
    public StagingSet openStagingSet() {
        return new StagingSet(this);
    }

    /** A path to read file {@code path} through, for readers that need one (image checks, TFTP serving). */
    public Path readablePath(String path) {
        return path(path);
    }

    /** Fails with {@link AccessDeniedException} unless files on this file system may be written. */
    public void checkWritable(String path) throws AccessDeniedException {
        if (!spec.access().canWrite()) {
            throw new ReadOnlyException(path);
        }
    }

    /**
     * Makes {@code path} a read-only file whose content the device supplies on every read
     * ({@code system:running-config}); it is listed but has no storage.
     */
    public void mountVirtual(String path, Supplier<String> content) {
        virtualFiles.mount(path, content);
    }

    /** Whether {@code path} is a device-supplied virtual file. */
    public boolean isVirtual(String path) {
        return virtualFiles.contains(path);
    }

    @Override
    public void close() throws IOException {
        storage.close();
    }

    // ---- staged writes (called by Staging) ----------------------------------------------------

    int writeStaged(Staging staging, ByteBuffer source) throws IOException {
        return staging.atomicWrite().channel().write(source);
    }

    void commit(Staging staging) throws IOException {
        staging.atomicWrite().commit();
    }

    /**
     * Commits {@code files} and the other steps of {@code journal} as one: the journal is written first, so
     * from then on a crash is finished by {@link #recover} at the next start.
     */
    void commitAll(List<Staging> files, Journal journal) throws IOException {
        for (Staging staging : files) {
            staging.atomicWrite().flush();
        }
        Path journalFile = root().resolve(Journal.PREFIX + stagingCounter.incrementAndGet());
        AtomicWrite.write(newStagingName(root()), journalFile, journal.encode());
        for (Staging staging : files) {
            staging.atomicWrite().handOver();
            staging.markCommitted();
        }
        apply(journal);
        Files.delete(journalFile);
        AtomicWrite.syncDirectory(root());
    }

    /**
     * Finishes the commits a crash cut short (their journals) and removes the staging files of writes that
     * never committed. Called as the file system opens, before anything reads it.
     */
    void recover() throws IOException {
        List<Path> journals;
        try (var entries = Files.list(root())) {
            journals = entries.filter(p -> p.getFileName().toString().startsWith(Journal.PREFIX))
                    .sorted()
                    .toList();
        }
        for (Path journalFile : journals) {
            Optional<Journal> journal = Journal.decode(Files.readAllBytes(journalFile));
            if (journal.isPresent()) {
                apply(journal.get());
            }
            Files.delete(journalFile);
        }
        Tree.deleteMatching(root(), name -> name.startsWith(STAGING_PREFIX));
        AtomicWrite.syncDirectory(root());
    }

    private void apply(Journal journal) throws IOException {
        for (Journal.Step step : journal.steps()) {
            switch (step) {
                case Journal.Remove remove -> {
                    Path target = path(remove.path());
                    if (Files.isDirectory(target)) {
                        Tree.deleteContents(target);
                    }
                    Files.deleteIfExists(target);
                    AtomicWrite.syncDirectory(target.getParent());
                }
                case Journal.Move move -> {
                    Path staged = path(move.staging());
                    if (Files.exists(staged)) {
                        AtomicWrite.move(staged, path(move.target()));
                    }
                }
            }
        }
    }

    /** The file-system path ({@code /dir/file}) of a backing path. */
    String pathOf(Path backing) {
        return "/"
                + root().relativize(backing)
                        .toString()
                        .replace(backing.getFileSystem().getSeparator(), "/");
    }

    /** A fresh staging file name in {@code directory}. */
    Path newStagingName(Path directory) {
        return directory.resolve(STAGING_PREFIX + stagingCounter.incrementAndGet());
    }

    /** Whether {@code failure} is jimfs saying its blocks ran out, the only way it reports that. */
    static boolean isOutOfSpace(IOException failure) {
        return "out of disk space".equals(failure.getMessage());
    }

    // ---- internals ----------------------------------------------------------------------------

    String permissions(boolean directory) {
        AccessMode access = spec.access();
        return (directory ? "d" : "-")
                + (access.canRead() ? "r" : "-")
                + (access.canWrite() ? "w" : "-")
                + (spec.type() == FileSystemType.FLASH ? "x" : "-");
    }

    private void checkReadable(String path) throws AccessDeniedException {
        if (!spec.access().canRead()) {
            throw new AccessDeniedException(path);
        }
    }

    private Path existingFile(String path) throws IOException {
        Path target = path(path);
        if (Files.isDirectory(target)) {
            throw new IsDirectoryException(path);
        }
        if (!Files.exists(target)) {
            throw new NoSuchFileException(path);
        }
        return target;
    }

    private Path existingDirectory(String path) throws IOException {
        Path target = path(path);
        if (!Files.exists(target)) {
            throw new NoSuchFileException(path);
        }
        if (!Files.isDirectory(target)) {
            throw new NotDirectoryException(path);
        }
        return target;
    }

    private static MessageDigest md5Digest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    @Override
    public String toString() {
        return "LocalFileSystem[" + prefix() + "]";
    }
}
