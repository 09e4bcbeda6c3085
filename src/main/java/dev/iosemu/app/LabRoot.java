package dev.iosemu.app;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder the embedded lab servers serve: an in-memory copy of {@code images/} plus an empty
 * {@code upload/} folder for the writable FTP account, so a lab session never writes into the project
 * and nothing on the host is reachable through the servers. Being in the heap, it is sized to hold the
 * images plus a quarter of the heap for uploads: an upload beyond that is refused as a full disk
 * instead of running the emulator out of memory.
 */
final class LabRoot implements AutoCloseable {
    private static final long MIN_UPLOAD_BYTES = 64L << 20;

    private final FileSystem fileSystem; // null for a host folder
    private final Path root;

    private LabRoot(long maxSize) {
        fileSystem = Jimfs.newFileSystem(
                Configuration.unix().toBuilder().setMaxSize(maxSize).build());
        root = fileSystem.getPath("/lab");
    }

    private LabRoot(Path hostFolder) {
        fileSystem = null;
        root = hostFolder;
    }

    /**
     * A lab root in host folder {@code folder} ({@code --state}), whose upload area outlives the process;
     * the images are put in afresh at each start ({@link LabFolder}).
     */
    static LabRoot onDisk(Path images, Path folder) throws IOException {
        return new LabRoot(LabFolder.prepare(images, folder));
    }

    /** A lab root holding a copy of every regular file directly in {@code images} (if it exists). */
    static LabRoot of(Path images) throws IOException {
        return of(images, Math.max(MIN_UPLOAD_BYTES, Runtime.getRuntime().maxMemory() / 4));
    }

    /** The same with {@code uploadBytes} of room beyond the images. */
    static LabRoot of(Path images, long uploadBytes) throws IOException {
        List<Path> files = new ArrayList<>();
        long imageBytes = 0;
        if (Files.isDirectory(images)) {
            try (DirectoryStream<Path> found = Files.newDirectoryStream(images, Files::isRegularFile)) {
                for (Path file : found) {
                    files.add(file);
                    imageBytes += Files.size(file);
                }
            }
        }
        // jimfs rounds each file up to whole blocks (8 KiB by default): allow a block per file for that
        LabRoot lab = new LabRoot(imageBytes + (files.size() + 1) * 8192L + uploadBytes);
        Files.createDirectories(lab.root.resolve("upload"));
        for (Path file : files) {
            Files.copy(file, lab.root.resolve(file.getFileName().toString()));
        }
        return lab;
    }

    Path root() {
        return root;
    }

    @Override
    public void close() throws IOException {
        if (fileSystem != null) {
            fileSystem.close();
        }
    }
}
