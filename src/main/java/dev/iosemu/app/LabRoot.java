package dev.iosemu.app;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The folder the embedded lab servers serve: an in-memory copy of the practice images (or of a folder the
 * user names) plus an empty {@code upload/} folder for uploads, so a lab session never writes into the
 * project and nothing on the host is reachable through the servers. Being in the heap, it is sized to
 * hold the images plus a quarter of the heap for uploads: an upload beyond that is refused as a full disk
 * instead of running the emulator out of memory. With {@code --state} it is a host folder instead. One lab
 * has one lab root, whatever its number of devices.
 */
final class LabRoot implements AutoCloseable {
    private static final long MIN_UPLOAD_BYTES = 64L << 20;
    /** jimfs rounds each file up to whole blocks (8 KiB by default): a block per file is allowed for that. */
    private static final long BLOCK = 8192;

    private final FileSystem fileSystem; // null for a host folder
    private final Path root;

    private LabRoot(long imageBytes, int files, long uploadBytes) throws IOException {
        fileSystem = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setMaxSize(imageBytes + (files + 1) * BLOCK + uploadBytes)
                .build());
        root = fileSystem.getPath("/lab");
        Files.createDirectories(root.resolve("upload"));
    }

    private LabRoot(Path hostFolder) {
        fileSystem = null;
        root = hostFolder;
    }

    /**
     * A lab root in host folder {@code folder} ({@code --state}), whose upload area outlives the process;
     * the images (those of {@code images}, else the practice images) are put in afresh at each start
     * ({@link LabFolder}).
     */
    static LabRoot onDisk(Optional<Path> images, Path folder) throws IOException {
        if (images.isPresent()) {
            return new LabRoot(LabFolder.prepare(checkedFolder(images.get()), folder));
        }
        return new LabRoot(LabFolder.prepare(PracticeImages.load(), folder));
    }

    /** A lab root holding the practice images shipped on the class path. */
    static LabRoot practice() throws IOException {
        return practice(defaultUploadBytes());
    }

    /** The same with {@code uploadBytes} of room beyond the images. */
    static LabRoot practice(long uploadBytes) throws IOException {
        Map<String, byte[]> images = PracticeImages.load();
        long imageBytes = images.values().stream().mapToLong(b -> b.length).sum();
        LabRoot lab = new LabRoot(imageBytes, images.size(), uploadBytes);
        for (Map.Entry<String, byte[]> image : images.entrySet()) {
            Files.write(lab.root.resolve(image.getKey()), image.getValue());
        }
        return lab;
    }

    /**
     * A lab root holding a copy of every regular file directly in {@code images}.
     *
     * @throws NoSuchFileException if there is no such folder ({@link NotDirectoryException} if it is a file)
     */
    static LabRoot of(Path images) throws IOException {
        return of(images, defaultUploadBytes());
    }

    /** The same with {@code uploadBytes} of room beyond the images. */
    static LabRoot of(Path images, long uploadBytes) throws IOException {
        List<Path> files = new ArrayList<>();
        long imageBytes = 0;
        try (DirectoryStream<Path> found = Files.newDirectoryStream(checkedFolder(images), Files::isRegularFile)) {
            for (Path file : found) {
                files.add(file);
                imageBytes += Files.size(file);
            }
        }
        LabRoot lab = new LabRoot(imageBytes, files.size(), uploadBytes);
        for (Path file : files) {
            Files.copy(file, lab.root.resolve(file.getFileName().toString()));
        }
        return lab;
    }

    /** {@code images} if it is a folder; one clear error if not. */
    private static Path checkedFolder(Path images) throws IOException {
        if (!Files.exists(images)) {
            throw new NoSuchFileException(images.toString(), null, "no such image folder");
        }
        if (!Files.isDirectory(images)) {
            throw new NotDirectoryException(images.toString());
        }
        return images;
    }

    private static long defaultUploadBytes() {
        return Math.max(MIN_UPLOAD_BYTES, Runtime.getRuntime().maxMemory() / 4);
    }

    Path root() {
        return root;
    }

    /** The bytes its files take in the heap (images and uploads), which the JVM's heap budget counts. */
    long heapBytes() {
        if (fileSystem == null) {
            return 0; // a host folder takes no heap
        }
        try {
            FileStore store = Files.getFileStore(root);
            return store.getTotalSpace() - store.getUnallocatedSpace();
        } catch (IOException e) {
            throw new UncheckedIOException("an open jimfs store cannot fail", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (fileSystem != null) {
            fileSystem.close();
        }
    }
}
