package dev.iosemu.net.ssh.scp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iosemu.net.ftp.ExternalProgram;
import dev.iosemu.net.ssh.SshClient;
import dev.iosemu.net.ssh.SshHostKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab SCP server against our client and against OpenSSH's {@code scp -O} (skipped without it). */
class ScpFileServerIT {
    private static final SshHostKey KEY = SshHostKey.generatedOnFirstUse(1024);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path base;

    private Path root;

    @TempDir
    Path local;

    private ScpFileServer server;

    @BeforeEach
    void start() throws IOException {
        root = base.resolve("srv");
        Files.createDirectories(root.resolve("upload"));
        Files.writeString(root.resolve("image.bin"), "payload of the image\n");
        Files.writeString(base.resolve("outside.txt"), "never served");
        server = ScpFileServer.start(
                InetAddress.getLoopbackAddress(),
                0,
                root,
                List.of(
                        new ScpAccount("cisco", "cisco", ".", false),
                        new ScpAccount("upload", "upload", "upload", true)),
                KEY);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void ourClientFetchesAFileAndSeesItsHeaderFirst() throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        List<ScpHeader> headers = new ArrayList<>();
        try (SshClient client = SshClient.connect(server.address(), "cisco", "cisco", TIMEOUT)) {
            ScpClient.fetch(
                    client,
                    "image.bin",
                    header -> {
                        headers.add(header);
                        return Channels.newChannel(received);
                    },
                    TIMEOUT);
        }

        assertThat(headers).containsExactly(ScpHeader.of(21, "image.bin"));
        assertThat(received.toString()).isEqualTo("payload of the image\n");
    }

    @Test
    void nothingOutsideTheRootIsServedAndNothingOutsideTheHomeWritten() throws IOException {
        try (SshClient client = SshClient.connect(server.address(), "upload", "upload", TIMEOUT)) {
            ScpException escape = org.junit.jupiter.api.Assertions.assertThrows(
                    ScpException.class, () -> ScpClient.fetch(client, "../../outside.txt", header -> null, TIMEOUT));
            assertThat(escape.getMessage()).contains("Permission denied");
            ScpException outsideHome = org.junit.jupiter.api.Assertions.assertThrows(
                    ScpException.class,
                    () -> ScpClient.send(
                            client,
                            "/image.bin",
                            ScpHeader.of(1, "image.bin"),
                            Channels.newChannel(new java.io.ByteArrayInputStream(new byte[1])),
                            TIMEOUT));
            assertThat(outsideHome.getMessage()).contains("Permission denied");
        }
        assertThat(Files.readString(root.resolve("image.bin"))).isEqualTo("payload of the image\n");
    }

    @Test
    void openSshScpFetchesAndUploadsInLegacyMode() throws Exception {
        Optional<Path> scp = ExternalProgram.find("scp");
        Optional<Path> sshpass = ExternalProgram.find("sshpass");
        assumeTrue(scp.isPresent() && sshpass.isPresent(), "OpenSSH scp and sshpass are not installed");
        Path fetched = local.resolve("fetched.bin");
        Path toSend = Files.writeString(local.resolve("config.txt"), "hostname R1\n");

        ExternalProgram.Result get =
                scp(sshpass.get(), scp.get(), "cisco", "cisco@127.0.0.1:image.bin", fetched.toString());
        ExternalProgram.Result put =
                scp(sshpass.get(), scp.get(), "upload", toSend.toString(), "upload@127.0.0.1:sent.txt");
        ExternalProgram.Result denied =
                scp(sshpass.get(), scp.get(), "cisco", toSend.toString(), "cisco@127.0.0.1:sent.txt");

        assertThat(get.exitCode()).as(get.stderr()).isZero();
        assertThat(Files.readString(fetched)).isEqualTo("payload of the image\n");
        assertThat(put.exitCode()).as(put.stderr()).isZero();
        assertThat(Files.readString(root.resolve("upload/sent.txt"))).isEqualTo("hostname R1\n");
        assertThat(denied.exitCode()).isNotZero();
        assertThat(denied.stderr()).contains("Permission denied");
        assertThat(root.resolve("sent.txt")).doesNotExist();
    }

    private ExternalProgram.Result scp(Path sshpass, Path scp, String password, String from, String to)
            throws IOException, InterruptedException {
        return ExternalProgram.run(
                TIMEOUT,
                List.of(
                        sshpass.toString(),
                        "-p",
                        password,
                        scp.toString(),
                        "-O",
                        "-P",
                        Integer.toString(server.address().getPort()),
                        "-o",
                        "StrictHostKeyChecking=no",
                        "-o",
                        "UserKnownHostsFile=/dev/null",
                        from,
                        to));
    }
}
