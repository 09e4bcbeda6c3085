package dev.iosemu.net.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.net.ftp.ExternalProgram.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** curl against our server, whose root here is on the default file system. */
@Tag("interop")
@Timeout(60)
class ServerAgainstCurlIT {
    private static final byte[] IMAGE = FtpClientServerIT.randomBytes(1_000_003);

    @TempDir
    Path work;

    private Path curl;
    private Path root;
    private FtpServer server;

    @BeforeEach
    void startServer() throws IOException {
        curl = ExternalProgram.require("curl");
        root = Files.createDirectories(work.resolve("root"));
        Files.write(root.resolve("image.bin"), IMAGE);
        Files.createDirectories(root.resolve("incoming"));
        Files.writeString(work.resolve("secret.txt"), "outside the root");
        server = FtpServer.start(FtpServerConfig.builder(root)
                .account("cisco", "cisco123", "", false)
                .account("writer", "w", "incoming", true)
                .build());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private String url(String credentials, String path) {
        return "ftp://" + credentials + "@127.0.0.1:" + server.address().getPort() + "/" + path;
    }

    private Result curl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(curl.toString(), "-sS", "--max-time", "30"));
        command.addAll(List.of(arguments));
        return ExternalProgram.run(Duration.ofSeconds(40), command);
    }

    @Test
    void curlDownloadsInPassiveAndActiveMode() throws Exception {
        Path passive = work.resolve("passive.bin");
        Path active = work.resolve("active.bin");
        assertThat(curl("-o", passive.toString(), url("cisco:cisco123", "image.bin"))
                        .exitCode())
                .isZero();
        assertThat(curl("-P", "127.0.0.1", "-o", active.toString(), url("cisco:cisco123", "image.bin"))
                        .exitCode())
                .isZero();
        assertThat(Files.readAllBytes(passive)).isEqualTo(IMAGE);
        assertThat(Files.readAllBytes(active)).isEqualTo(IMAGE);
    }

    @Test
    void curlListsTheRootWithoutUploadsInProgress() throws Exception {
        Files.writeString(root.resolve(".iosemu-partial-ftp-1234-half.bin"), "half");
        Result result = curl("--list-only", url("cisco:cisco123", ""));
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout().lines()).containsExactlyInAnyOrder("image.bin", "incoming");
    }

    @Test
    void curlUploadsWithT() throws Exception {
        Path local = Files.write(work.resolve("local.bin"), IMAGE);
        Result result = curl("-T", local.toString(), url("writer:w", "r1-confg"));
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(Files.readAllBytes(root.resolve("incoming/r1-confg"))).isEqualTo(IMAGE);
    }

    @Test
    void curlWithABadPasswordIsDenied() throws Exception {
        Result result = curl("-o", work.resolve("x").toString(), url("cisco:nope", "image.bin"));
        assertThat(result.exitCode()).isEqualTo(67); // CURLE_LOGIN_DENIED
    }

    @Test
    void curlCannotClimbOutOfTheRoot() throws Exception {
        Path out = work.resolve("stolen.txt");
        Result viaCwd = curl("--path-as-is", "-o", out.toString(), url("cisco:cisco123", "../secret.txt"));
        Result viaRetr = curl(
                "--path-as-is", "--ftp-method", "nocwd", "-o", out.toString(), url("cisco:cisco123", "../secret.txt"));
        assertThat(viaCwd.exitCode()).isEqualTo(9); // CURLE_REMOTE_ACCESS_DENIED: CWD .. refused
        assertThat(viaRetr.exitCode()).isEqualTo(78); // CURLE_REMOTE_FILE_NOT_FOUND: RETR ../x refused
        assertThat(out).doesNotExist();
    }
}
