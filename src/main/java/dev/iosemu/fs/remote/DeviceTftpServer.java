package dev.iosemu.fs.remote;

import dev.iosemu.net.Ticker;
import dev.iosemu.net.datagram.DatagramNetwork;
import dev.iosemu.net.tftp.TftpServer;
import dev.iosemu.net.tftp.TftpServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The device acting as a TFTP server ({@code tftp-server flash:FILE [alias NAME]}): serves files of its own
 * file systems, read-only, under the names clients ask for. It listens only while the configuration names a
 * file: the first {@code tftp-server} line starts it and removing the last one stops it, so a device that
 * serves nothing holds no port and no thread. The set of files is replaced with {@link #serve} whenever the
 * configuration changes; transfers already running keep their file. Thread-safe: {@link #lock} guards the
 * server's start and stop.
 */
public final class DeviceTftpServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DeviceTftpServer.class.getName());

    private final ServedFiles files = new ServedFiles();
    private final DatagramNetwork network;
    private final InetSocketAddress bindAddress;
    private final ReentrantLock lock = new ReentrantLock();
    private TftpServer server; // null while nothing is served; guarded by lock

    private DeviceTftpServer(DatagramNetwork network, InetSocketAddress bindAddress) {
        this.network = network;
        this.bindAddress = bindAddress;
    }

    /** A server that will listen at {@code bindAddress} on {@code network} once there is a file to serve. */
    public static DeviceTftpServer on(DatagramNetwork network, InetSocketAddress bindAddress) {
        return new DeviceTftpServer(
                Objects.requireNonNull(network, "network"), Objects.requireNonNull(bindAddress, "bindAddress"));
    }

    /**
     * Serves exactly {@code files}: each key is a name a client may request, each value the device file it
     * gets. Replaces the previous set, starting the server for the first file and stopping it after the last.
     *
     * @throws UncheckedIOException the server could not start (its port is taken)
     */
    public void serve(Map<String, Path> files) {
        this.files.replace(files);
        lock.lock();
        try {
            if (files.isEmpty()) {
                stop();
            } else if (server == null) {
                server = TftpServer.start(
                        TftpServerConfig.builder(this.files)
                                .bindAddress(bindAddress.getAddress())
                                .port(bindAddress.getPort())
                                .build(),
                        network,
                        Ticker.system());
                LOG.log(System.Logger.Level.DEBUG, "device TFTP server listening on {0}", server.address());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    /** Where the server listens, while it does. */
    public Optional<InetSocketAddress> address() {
        lock.lock();
        try {
            return Optional.ofNullable(server).map(TftpServer::address);
        } finally {
            lock.unlock();
        }
    }

    private void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            stop();
        } finally {
            lock.unlock();
        }
    }
}
