package dev.iosemu.net.ftp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A private vsftpd on 127.0.0.1 for interop tests: anonymous only, served from {@code root}, uploads
 * allowed into {@code root/upload}, and the anonymous password checked against one accepted address
 * ({@link #PASSWORD}) so that a wrong password is refused with 530.
 *
 * <p>{@code run_as_launching_user=YES} lets it run without root and without a chroot or an {@code ftp}
 * system user; it is a test peer, never exposed beyond loopback.
 */
public final class VsftpdDaemon implements AutoCloseable {
    public static final String USER = "anonymous";
    public static final String PASSWORD = "router@lab.example";

    private final Process process;
    private final int port;
    public final Path root;

    private VsftpdDaemon(Process process, int port, Path root) {
        this.process = process;
        this.port = port;
        this.root = root;
    }

    /** Starts vsftpd serving a fresh {@code root} inside {@code work}; returns once it accepts connections. */
    public static VsftpdDaemon start(Path vsftpd, Path work) throws IOException {
        Path root = Files.createDirectories(work.resolve("root"));
        Path upload = Files.createDirectories(root.resolve("upload"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(upload, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path empty = Files.createDirectories(work.resolve("empty"));
        Path emails = Files.writeString(work.resolve("emails"), PASSWORD + "\n");
        int port = freePort();
        Path config = Files.writeString(work.resolve("vsftpd.conf"), config(port, root, empty, emails));
        Process process = new ProcessBuilder(vsftpd.toString(), config.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("vsftpd.out").toFile())
                .start();
        VsftpdDaemon daemon = new VsftpdDaemon(process, port, root);
        daemon.awaitListening(Duration.ofSeconds(10));
        return daemon;
    }

    private static String config(int port, Path root, Path empty, Path emails) {
        return String.join(
                "\n",
                List.of(
                        "listen=YES",
                        "listen_ipv6=NO",
                        "listen_address=127.0.0.1",
                        "listen_port=" + port,
                        "background=NO",
                        "run_as_launching_user=YES",
                        "anonymous_enable=YES",
                        "local_enable=NO",
                        "anon_root=" + root,
                        "write_enable=YES",
                        "anon_upload_enable=YES",
                        "anon_umask=022",
                        "secure_email_list_enable=YES",
                        "email_password_file=" + emails,
                        "secure_chroot_dir=" + empty,
                        "seccomp_sandbox=NO",
                        "pasv_enable=YES",
                        "pasv_address=127.0.0.1",
                        "port_enable=YES",
                        "connect_from_port_20=NO",
                        "ftp_username=nobody",
                        "xferlog_enable=NO",
                        ""));
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /**
     * vsftpd gives no readiness signal, so this polls its port until a connection succeeds (pausing 20 ms
     * between refused attempts), failing if the process dies or the deadline passes.
     */
    private void awaitListening(Duration limit) throws IOException {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return;
            } catch (IOException refused) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    close();
                    throw new IOException("vsftpd did not start listening on port " + port, refused);
                }
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
