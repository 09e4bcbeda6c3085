package dev.iosemu.fs.remote;

import dev.iosemu.net.tftp.TftpServer;
import dev.iosemu.net.tftp.TftpServerConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The device acting as a TFTP server ({@code tftp-server flash:FILE [alias NAME]}): serves files of
 * its own file systems, read-only, under the names clients ask for. The set of files is replaced with
 * {@link #serve} whenever the configuration changes; transfers already running keep their file.
 * Thread-safe.
 */
public final class DeviceTftpServer implements AutoCloseable {
    private final ServedFiles files;
    private final TftpServer server;

    private DeviceTftpServer(ServedFiles files, TftpServer server) {
        this.files = files;
        this.server = server;
    }

    /** Starts serving nothing yet on {@code bindAddress}:{@code port} (0 picks a free port). */
    public static DeviceTftpServer start(InetAddress bindAddress, int port) throws IOException {
        Objects.requireNonNull(bindAddress, "bindAddress");
        ServedFiles files = new ServedFiles();
        TftpServerConfig config = TftpServerConfig.builder(files)
                .bindAddress(bindAddress)
                .port(port)
                .build();
        return new DeviceTftpServer(files, TftpServer.start(config));
    }

    /**
     * Serves exactly {@code files}: each key is a name a client may request, each value the device
     * file it gets. Replaces the previous set.
     */
    public void serve(Map<String, Path> files) {
        this.files.replace(files);
    }

    /** The real socket the server listens on. */
    public InetSocketAddress address() {
        return server.address();
    }

    @Override
    public void close() {
        server.close();
    }
}
