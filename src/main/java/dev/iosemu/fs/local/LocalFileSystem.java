package dev.iosemu.fs.local;

import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.IsDirectoryException;
import dev.iosemu.fs.ReadOnlyException;
import dev.iosemu.net.AtomicWrite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One device file system ({@code flash0:}, {@code nvram:}, {@code system:}) over a {@link Volume} (jimfs in
 * the heap, shared images, or a host folder; see {@link DeviceStorage}). Paths given to its methods are
 * absolute paths within it ({@code /dir/file}), as {@link dev.iosemu.fs.IosLocation.LocalPath#path()} holds
 * them. It owns what must not depend on the volume: the size and free space ({@link SpaceAccount}), staged
 * writes ({@link #openStaged}), and crash recovery ({@link Commits}). Failures are precise
 * {@code java.nio.file} exceptions whose reason {@link FsErrors#reason} turns into IOS text.
 *
 * <p>Thread-safe: the volume guards the stored files, {@link VirtualFiles} the device-supplied ones, the
 * space account its counters, and no other state changes after construction.
 */
public final class LocalFileSystem implements AutoCloseable {
    /**
     * Names of the emulator's own files (staging files, journals, the loader environment in {@code nvram:})
     * start with this: listings and free space leave them out.
     */
    public static final String HIDDEN_PREFIX = ".iosemu-";

    /** Names of in-flight writes start with this. */
    static final String STAGING_PREFIX = AtomicWrite.STAGING_PREFIX;

    private final LocalFileSystemSpec spec;
    private final Volume volume;
    private final Clock clock;
    private final VirtualFiles virtualFiles = new VirtualFiles();
    private final AtomicLong stagingCounter = new AtomicLong();
    private final SpaceAccount space;
    private final Commits commits;

    private LocalFileSystem(LocalFileSystemSpec spec, Volume volume, Clock clock) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.volume = Objects.requireNonNull(volume, "volume");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.space = new SpaceAccount(this, SpaceAccount.capacityOf(spec));
        this.commits = new Commits(this);
    }

    /** Opens the file system over {@code volume}, finishing or discarding what a crash left there. */
    static LocalFileSystem open(LocalFileSystemSpec spec, Volume volume, Clock clock) throws IOException {
        LocalFileSystem fs = new LocalFileSystem(spec, volume, clock);
        fs.commits.recover();
        return fs;
    }

    /** The canonical prefix, {@code flash0:}. */
    public String prefix() {
        return spec.prefix();
    }

    public LocalFileSystemSpec spec() {
        return spec;
    }

    /** The root directory of the backing tree. */
    public Path root() {
        return volume.root();
    }

    /**
     * The backing path of {@code path}, which must be absolute: for test fixtures and for tools that
     * inspect the tree. Device code reads through {@link #openRead} or {@link #readablePath} and writes
     * through {@link #openStaged}.
     */
    public Path path(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must be absolute: " + path);
        }
        return volume.resolve(path);
    }

    /** The size the device declares (the {@code bytes total} of {@code dir}). */
    public long totalBytes() {
        return spec.sizeBytes();
    }

    /**
     * Bytes that can still be written, in whole blocks: after writing N bytes this drops by N rounded
     * up to {@link MemoryVolume#BLOCK_SIZE}. Never more than the whole blocks that fit in the total.
     */
    public long freeBytes() {
        return Math.min(space.free(), totalBytes());
    }

    public long usedBytes() {
        return totalBytes() - freeBytes();
    }

    /**
     * The blocks the stored files take, counted afresh; more than {@link #totalBytes} only when files were
     * put into a host folder from outside.
     */
    public long storedBytes() {
        return space.stored();
    }

    /** The space a file of {@code size} bytes occupies: {@code size} rounded up to whole blocks. */
    public long allocationFor(long size) {
        return SpaceAccount.allocation(size);
    }

    /** Whether the files live in the JVM heap, so a new file must fit there too. */
    public boolean inHeap() {
        return volume.inHeap();
    }

    /** The bytes of file data this file system keeps in the heap, for the JVM's heap budget. */
    public long heapBytes() {
        return volume.heapBytes();
    }

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
            return virtualFiles.size(path);
        }
        Path file = existingFile(path);
        return volume.size(file, Files.readAttributes(file, BasicFileAttributes.class));
    }

    /** Opens file {@code path} for reading. */
    public InputStream openRead(String path) throws IOException {
        checkReadable(path);
        if (virtualFiles.contains(path)) {
            return virtualFiles.openRead(path);
        }
        return Files.newInputStream(volume.readable(existingFile(path)));
    }

    /**
     * A path to read file {@code path} through, for readers that need one (image checks, TFTP serving);
     * the backing path itself when there is no such file.
     */
    public Path readablePath(String path) {
        Optional<Path> linked = virtualFiles.readablePath(path);
        if (linked.isPresent()) {
            return linked.get();
        }
        Path backing = path(path);
        try {
            return Files.isRegularFile(backing) ? volume.readable(backing) : backing;
        } catch (IOException e) {
            return backing;
        }
    }

    /** The content of file {@code path} as text (for {@code more}). */
    public String readText(String path) throws IOException {
        try (InputStream in = openRead(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The MD5 of file {@code path} in lower-case hex, read in a stream (for {@code verify /md5}). */
    public String md5(String path) throws IOException {
        try (InputStream in = openRead(path)) {
            return Digests.hex("MD5", in);
        }
    }

    /** Deletes file {@code path}; a directory needs {@link #deleteRecursively}. */
    public void delete(String path) throws IOException {
        checkWritable(path);
        if (virtualFiles.contains(path)) {
            virtualFiles.delete(path);
            return;
        }
        commits.remove(existingFile(path));
    }

    /** Deletes {@code path} and, if it is a directory, everything below it. */
    public void deleteRecursively(String path) throws IOException {
        checkWritable(path);
        Path target = path(path);
        if (!Files.isDirectory(target)) {
            delete(path);
        } else if (path.equals("/")) {
            for (FileEntry entry : Listing.list(this, target)) {
                commits.removeTree(path(entry.path()));
            }
        } else {
            commits.removeTree(target);
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
        commits.rename(source, path(to), replaceExisting);
    }

    /** Creates directory {@code path}; its parent must exist. */
    public void mkdir(String path) throws IOException {
        checkWritable(path);
        if (spec.type().isFlat()) {
            throw new AccessDeniedException(path);
        }
        commits.mkdir(path(path));
    }

    /** Removes directory {@code path}, which must be empty. */
    public void rmdir(String path) throws IOException {
        checkWritable(path);
        commits.remove(existingDirectory(path));
    }

    /**
     * Opens file {@code path} for writing through a hidden staging file beside it ({@link Staging}): nothing
     * shows under the name until the commit, and a crash leaves the old file or the new one. The directory
     * must exist; listings never show staging files.
     */
    public Staging openStaged(String path) throws IOException {
        checkWritable(path);
        return virtualFiles.contains(path) ? virtualFiles.openStaged(path) : commits.openStaged(path);
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

    /**
     * Places the shared image bytes {@code blob} at file {@code path}, which must not exist: on a volume that
     * shares them (an overlay) no byte is copied; elsewhere they are written as any file.
     */
    public void placeShared(String path, ImageStore.Blob blob) throws IOException {
        checkWritable(path);
        commits.placeShared(path, blob);
    }

    /** Fails with {@link AccessDeniedException} unless files on this file system may be written. */
    public void checkWritable(String path) throws AccessDeniedException {
        if (!spec.access().canWrite()) {
            throw new ReadOnlyException(path);
        }
    }

    /** Makes {@code path} a read-only file the device supplies on every read ({@code system:running-config}). */
    public void mountVirtual(String path, Supplier<String> content) {
        virtualFiles.mount(path, content);
    }

    /** Makes {@code path} a name for {@code targetPath} of {@code target} (at 0 bytes while absent), index fixed. */
    public void link(String path, LocalFileSystem target, String targetPath, String permissions, long index) {
        virtualFiles.link(path, target, targetPath, permissions, index);
    }

    /** Whether {@code path} is a device-supplied virtual file or a link. */
    public boolean isVirtual(String path) {
        return virtualFiles.contains(path);
    }

    @Override
    public void close() throws IOException {
        volume.close();
    }

    Volume volume() {
        return volume;
    }

    SpaceAccount space() {
        return space;
    }

    Commits commits() {
        return commits;
    }

    Clock clock() {
        return clock;
    }

    /** A fresh staging file name in {@code directory}. */
    Path newStagingName(Path directory) {
        return directory.resolve(STAGING_PREFIX + stagingCounter.incrementAndGet());
    }

    /** The file-system path ({@code /dir/file}) of a backing path. */
    String pathOf(Path backing) {
        return "/"
                + root().relativize(backing)
                        .toString()
                        .replace(backing.getFileSystem().getSeparator(), "/");
    }

    String permissions(boolean directory) {
        return spec.permissions(directory);
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

    Path existingDirectory(String path) throws IOException {
        Path target = path(path);
        if (!Files.exists(target)) {
            throw new NoSuchFileException(path);
        }
        if (!Files.isDirectory(target)) {
            throw new NotDirectoryException(path);
        }
        return target;
    }

    @Override
    public String toString() {
        return "LocalFileSystem[" + prefix() + "]";
    }
}
