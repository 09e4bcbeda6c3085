package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Servers that cannot start say which port, in one line, and the command exits at once. */
class StartFailuresIT {
    @TempDir
    Path root;

    @Test
    void busyTftpPortIsNamed() throws Exception {
        try (DatagramSocket busy = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            String port = Integer.toString(busy.getLocalPort());

            Result result = serve(
                    "--tftp-port", port, "--ftp-port", "0", "--scp-port", "0", "--http-port", "0", "--https-port", "0");

            assertThat(result.status()).isEqualTo(Main.FAILED);
            assertThat(result.err()).startsWith("iosemu: cannot start TFTP server on UDP 127.0.0.1:" + port + ": ");
            assertThat(result.err().lines()).hasSize(1);
        }
    }

    @Test
    void busyFtpPortIsNamed() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(busy.getLocalPort());

            Result result = serve(
                    "--tftp-port", "0", "--ftp-port", port, "--scp-port", "0", "--http-port", "0", "--https-port", "0");

            assertThat(result.status()).isEqualTo(Main.FAILED);
            assertThat(result.err()).startsWith("iosemu: cannot start FTP server on TCP 127.0.0.1:" + port + ": ");
            assertThat(result.err().lines()).hasSize(1);
        }
    }

    @Test
    void busyScpPortIsNamed() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(busy.getLocalPort());

            Result result = serve(
                    "--tftp-port", "0", "--ftp-port", "0", "--scp-port", port, "--http-port", "0", "--https-port", "0");

            assertThat(result.status()).isEqualTo(Main.FAILED);
            assertThat(result.err()).startsWith("iosemu: cannot start SCP server on TCP 127.0.0.1:" + port + ": ");
            assertThat(result.err().lines()).hasSize(1);
        }
    }

    private record Result(int status, String err) {}

    private Result serve(String... ports) throws Exception {
        Files.createDirectories(root);
        StringWriter err = new StringWriter();
        String[] args = new String[ports.length + 3];
        args[0] = "serve";
        args[1] = "--root";
        args[2] = root.toString();
        System.arraycopy(ports, 0, args, 3, ports.length);
        int status = Main.commandLine()
                .setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err))
                .execute(args);
        return new Result(status, err.toString());
    }
}
