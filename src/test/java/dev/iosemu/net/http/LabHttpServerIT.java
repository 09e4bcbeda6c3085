package dev.iosemu.net.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iosemu.net.ftp.ExternalProgram;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
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

/** The lab HTTP(S) server against our client and curl (skipped without curl), and its confinement. */
class LabHttpServerIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path base;

    private Path root;
    private LabHttpServer http;
    private LabHttpServer https;

    @BeforeEach
    void start() throws IOException {
        root = Files.createDirectories(base.resolve("srv"));
        Files.writeString(root.resolve("image.bin"), "payload of the image\n");
        Files.writeString(base.resolve("outside.txt"), "never served");
        http = LabHttpServer.start(InetAddress.getLoopbackAddress(), 0, root, false);
        https = LabHttpServer.start(InetAddress.getLoopbackAddress(), 0, root, true);
    }

    @AfterEach
    void stop() {
        http.close();
        https.close();
    }

    @Test
    void ourClientFetchesOverBothAndTrustsTheLabCertificate() throws IOException {
        for (LabHttpServer server : List.of(http, https)) {
            String scheme = server == https ? "https" : "http";
            URI uri = URI.create(scheme + "://127.0.0.1:" + server.address().getPort() + "/image.bin");
            try (HttpFileClient client = HttpFileClient.create(TIMEOUT);
                    HttpFileClient.Download download = client.get(uri, Optional.empty())) {
                assertThat(download.length()).hasValue(21);
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                download.body().transferTo(body);
                assertThat(body.toString()).isEqualTo("payload of the image\n");
            }
        }
    }

    @Test
    void missingFilesAndUploadsAreRefused() throws IOException {
        String at = "http://127.0.0.1:" + http.address().getPort();
        try (HttpFileClient client = HttpFileClient.create(TIMEOUT)) {
            assertThat(status(() -> client.get(URI.create(at + "/none.bin"), Optional.empty())
                            .close()))
                    .isEqualTo(404);
            assertThat(status(() -> client.put(
                            URI.create(at + "/new.bin"),
                            Optional.empty(),
                            Channels.newChannel(new ByteArrayInputStream(new byte[3])),
                            3)))
                    .isEqualTo(405);
        }
        assertThat(root.resolve("new.bin")).doesNotExist();
    }

    @Test
    void curlFetchesOverHttpVerifiesTheHttpsCertificateAndCannotLeaveTheRoot() throws Exception {
        Optional<Path> curl = ExternalProgram.find("curl");
        assumeTrue(curl.isPresent(), "curl is not installed");
        Path pem = Files.writeString(base.resolve("lab.pem"), LabCertificate.pem());
        String plainUrl = "http://127.0.0.1:" + http.address().getPort();

        ExternalProgram.Result plain = curl(curl.get(), plainUrl + "/image.bin");
        ExternalProgram.Result secure = curl(
                curl.get(),
                "--cacert",
                pem.toString(),
                "https://127.0.0.1:" + https.address().getPort() + "/image.bin");
        ExternalProgram.Result escape =
                curl(curl.get(), "--path-as-is", "-o", "/dev/null", "-w", "%{http_code}", plainUrl + "/../outside.txt");

        assertThat(plain.stdout()).isEqualTo("payload of the image\n");
        assertThat(secure.exitCode()).as(secure.stderr()).isZero();
        assertThat(secure.stdout()).isEqualTo("payload of the image\n");
        assertThat(escape.stdout()).isEqualTo("403");
    }

    private static ExternalProgram.Result curl(Path curl, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(curl.toString(), "-sS", "--max-time", "20"));
        command.addAll(List.of(args));
        return ExternalProgram.run(TIMEOUT, command);
    }

    private interface Call {
        void run() throws IOException;
    }

    private static int status(Call call) throws IOException {
        try {
            call.run();
            return 200;
        } catch (HttpException e) {
            return e.status();
        }
    }
}
