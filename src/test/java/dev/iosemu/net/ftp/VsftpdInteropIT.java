package dev.iosemu.net.ftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.net.ftp.FtpException.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our client against a private vsftpd on loopback (see {@link VsftpdDaemon} for its setup). */
@Tag("interop")
@Timeout(60)
class VsftpdInteropIT {
    private static final byte[] IMAGE = FtpClientServerIT.randomBytes(5 * FtpClient.BUFFER_SIZE + 7);

    @TempDir
    static Path work;

    private static VsftpdDaemon vsftpd;

    @BeforeAll
    static void startVsftpd() throws IOException {
        vsftpd = VsftpdDaemon.start(ExternalProgram.require("vsftpd"), work);
        Files.write(vsftpd.root.resolve("c2960x-universalk9-mz.152-7.E8.bin"), IMAGE);
    }

    @AfterAll
    static void stopVsftpd() {
        if (vsftpd != null) {
            vsftpd.close();
        }
    }

    private static FtpConnectionSettings.Builder settings(String password) {
        return FtpConnectionSettings.builder("127.0.0.1")
                .port(vsftpd.port())
                .credentials(VsftpdDaemon.USER, password)
                .connectTimeout(Duration.ofSeconds(5))
                .dataTimeout(Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void downloadsInPassiveAndActiveMode(boolean passive) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        RecordingListener listener = new RecordingListener();
        try (FtpClient client = FtpClient.connect(
                settings(VsftpdDaemon.PASSWORD).passive(passive).build(), null)) {
            assertThat(client.size("c2960x-universalk9-mz.152-7.E8.bin")).hasValue(IMAGE.length);
            client.retrieve("c2960x-universalk9-mz.152-7.E8.bin", sink, listener);
        }
        assertThat(sink.toByteArray()).isEqualTo(IMAGE);
        assertThat(listener.bytes).hasValue(IMAGE.length);
        assertThat(listener.trace)
                .contains(passive ? "FTP: ---> PASV" : "FTP: ---> RETR c2960x-universalk9-mz.152-7.E8.bin");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void uploadsInPassiveAndActiveMode(boolean passive) throws IOException {
        String name = "upload/r1-confg-" + (passive ? "passive" : "active");
        try (FtpClient client = FtpClient.connect(
                settings(VsftpdDaemon.PASSWORD).passive(passive).build(), null)) {
            assertThat(client.store(name, new ByteArrayInputStream(IMAGE), null))
                    .isEqualTo(IMAGE.length);
        }
        assertThat(Files.readAllBytes(vsftpd.root.resolve(name))).isEqualTo(IMAGE);
    }

    @Test
    void badPasswordIsLoginFailedAndTheTraceMasksIt() {
        RecordingListener listener = new RecordingListener();
        assertThatThrownBy(() -> FtpClient.connect(settings("wrong@password").build(), listener))
                .isInstanceOfSatisfying(FtpException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.LOGIN_FAILED);
                    assertThat(e.replyCode()).isEqualTo(530);
                });
        assertThat(listener.trace)
                .contains("FTP: ---> USER anonymous", "FTP: ---> PASS *")
                .noneMatch(line -> line.contains("wrong@password"));
    }

    @Test
    void missingFileIsNotFound() throws IOException {
        try (FtpClient client =
                FtpClient.connect(settings(VsftpdDaemon.PASSWORD).build(), null)) {
            assertThatThrownBy(() -> client.retrieve("missing.bin", new ByteArrayOutputStream(), null))
                    .isInstanceOfSatisfying(
                            FtpException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
        }
    }
}
