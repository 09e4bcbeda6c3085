package dev.iosemu.fs.state;

import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.DeviceStorage;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.net.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One device's state folder, locked for this process while open. Layout:
 *
 * <pre>
 * DIR/flash0/            plain files of flash0: (one folder per sized file system, named by its prefix)
 * DIR/nvram/             startup-config (a 2960's is flash/config.text), private-config, the loader environment
 * DIR/lab/upload/        the lab server's upload area
 * DIR/.iosemu/state      "iosemu state 1" and the device profile; written once the first start is complete
 * DIR/.iosemu/lock       held by the process using the folder
 * DIR/.iosemu/*.index    the index numbers dir shows, per file system
 * </pre>
 *
 * A folder is accepted when it is new, empty, holds only file-system folders (a user may drop images into
 * {@code flash0/} before the first start), or is the state of the same device profile; anything else is
 * refused with one line. A lab keeps one such folder per node under its own.
 */
public final class StateFolder implements AutoCloseable {
    private static final String META = ".iosemu";
    private static final String HEADER = "iosemu state 1";
    private static final String LAB = "lab";

    private final Path root;
    private final String device;
    private final boolean restoring;
    private final StateLock lock;

    private StateFolder(Path root, String device, boolean restoring, StateLock lock) {
        this.root = root;
        this.device = device;
        this.restoring = restoring;
        this.lock = lock;
    }

    /**
     * Opens {@code dir} as the state of a device made from profile {@code device}, locking it; {@code
     * fileSystems} are the folder names of its sized file systems ({@code flash0}, {@code nvram}).
     *
     * @throws StateFolderException the folder is not a state folder, holds another device, or is in use
     */
    public static StateFolder open(Path dir, String device, Set<String> fileSystems) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new StateFolderException("--state " + dir + " is a file, not a folder");
        }
        Optional<String> owner = owner(root);
        if (owner.isEmpty()) {
            checkFresh(root, dir, fileSystems);
        } else if (!owner.get().equals(device)) {
            throw new StateFolderException("state folder " + dir + " holds a " + owner.get() + " device, not a "
                    + device + " (use another folder, or --device " + owner.get() + ")");
        }
        Files.createDirectories(root.resolve(META));
        StateLock lock = StateLock.acquire(root.resolve(META).resolve("lock"), dir);
        try {
            cleanUnfinished(root.resolve(LAB));
            return new StateFolder(root, device, owner.isPresent(), lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Where the device's file systems live: restored as left when the folder holds the device already. */
    public DeviceStorage storage() {
        return DeviceStorage.folder(root, root.resolve(META), restoring);
    }

    /** The folder the lab servers serve, with the upload area below it. */
    public Path labFolder() throws IOException {
        return Files.createDirectories(root.resolve(LAB));
    }

    /**
     * Checks that every file system fits its declared size (a file dropped in may not) and, after the first
     * start, records that the folder now holds this device.
     *
     * @throws StateFolderException a file system holds more than its size
     */
    public void opened(DeviceFileSystems fileSystems) throws IOException {
        for (LocalFileSystem fs : fileSystems.all()) {
            if (fs.spec().hasSize() && fs.storedBytes() > fs.totalBytes()) {
                throw new StateFolderException(tooLarge(fs));
            }
        }
        if (!restoring) {
            Path state = root.resolve(META).resolve("state");
            byte[] text = (HEADER + "\ndevice " + device + "\n").getBytes(StandardCharsets.UTF_8);
            AtomicWrite.write(state.resolveSibling(AtomicWrite.STAGING_PREFIX + "state"), state, text);
        }
    }

    /** Whether the folder held this device already (its files are restored, not placed). */
    public boolean restoring() {
        return restoring;
    }

    /** Releases the folder for another process. */
    @Override
    public void close() {
        lock.close();
    }

    private String tooLarge(LocalFileSystem fs) {
        Path folder = ((DeviceStorage.Folder) storage()).folderOf(fs.prefix());
        return folder + " holds " + fs.storedBytes() + " bytes, more than " + fs.prefix() + " can (" + fs.totalBytes()
                + " bytes): remove files from it";
    }

    /** The device profile the folder holds, empty when it holds none yet. */
    private static Optional<String> owner(Path root) throws IOException {
        Path state = root.resolve(META).resolve("state");
        if (!Files.isRegularFile(state)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(state, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("device ")) {
            throw new StateFolderException(state + " is not an iosemu state file (version " + HEADER + " expected)");
        }
        return Optional.of(lines.get(1).substring(7));
    }

    /**
     * A folder without a device yet must be new, empty, or hold only what a state folder holds (file-system
     * folders a user filled, the lab folder, the metadata of a first start cut short).
     */
    private static void checkFresh(Path root, Path dir, Set<String> fileSystems) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> entries = Files.list(root)) {
            Optional<Path> foreign = entries.filter(entry -> {
                        String name = entry.getFileName().toString();
                        boolean ours = name.equals(META) || name.equals(LAB) || fileSystems.contains(name);
                        return !ours || !Files.isDirectory(entry);
                    })
                    .findFirst();
            if (foreign.isPresent()) {
                throw new StateFolderException("--state " + dir + " is not an iosemu state folder (it holds "
                        + foreign.get().getFileName() + "); give a new or empty folder");
            }
        }
    }

    /** Removes the staging files of lab uploads a crash cut short. */
    private static void cleanUnfinished(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> unfinished;
        try (Stream<Path> tree = Files.walk(folder)) {
            unfinished = tree.filter(AtomicWrite::isStaging).toList();
        }
        for (Path file : unfinished) {
            Files.deleteIfExists(file);
        }
    }
}
