package dev.iosemu.app;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder the embedded lab servers serve: an in-memory copy of {@code images/} plus an empty
 * {@code upload/} folder for the writable FTP account, so a lab session never writes into the project
 * and nothing on the host is reachable through the servers.
 */
final class LabRoot implements AutoCloseable {
    private final FileSystem fileSystem = Jimfs.newFileSystem(Configuration.unix());
    private final Path root = fileSystem.getPath("/lab");

    private LabRoot() {}

    /** A lab root holding a copy of every regular file directly in {@code images} (if it exists). */
    static LabRoot of(Path images) throws IOException {
        LabRoot lab = new LabRoot();
        Files.createDirectories(lab.root.resolve("upload"));
        if (Files.isDirectory(images)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(images, Files::isRegularFile)) {
                for (Path file : files) {
                    Files.copy(file, lab.root.resolve(file.getFileName().toString()));
                }
            }
        }
        return lab;
    }

    Path root() {
        return root;
    }

    @Override
    public void close() throws IOException {
        fileSystem.close();
    }
}
