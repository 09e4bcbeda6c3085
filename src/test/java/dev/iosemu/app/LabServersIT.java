package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.net.Ticker;
import dev.iosemu.net.tftp.TftpClient;
import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpOptions;
import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.net.tftp.codes.TftpError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where TFTP uploads may go: the embedded lab's upload folder, anywhere with serve --writable, nowhere by default. */
class LabServersIT {
    private static final byte[] CONFIG = "hostname R1\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theEmbeddedLabTakesAnUploadIntoItsUploadFolderAndServesItBackByName() throws Exception {
        try (LabRoot lab = LabRoot.practice(1 << 20);
                LabServers servers = LabServers.start(settings(lab, LabServers.TftpWrites.UPLOAD_FOLDER))) {
            upload(servers, "router-confg");

            assertThat(lab.root().resolve("upload/router-confg")).hasBinaryContent(CONFIG);
            assertThat(Files.exists(lab.root().resolve("router-confg"))).isFalse();
            assertThat(download(servers, "router-confg")).isEqualTo(CONFIG);
        }
    }

    @Test
    void anUploadCannotReplaceAPracticeImage() throws Exception {
        try (LabRoot lab = LabRoot.practice(1 << 20);
                LabServers servers = LabServers.start(settings(lab, LabServers.TftpWrites.UPLOAD_FOLDER))) {
            String image = PracticeImages.NAMES.getFirst();
            long size = Files.size(lab.root().resolve(image));

            upload(servers, image);

            assertThat(Files.size(lab.root().resolve(image))).isEqualTo(size);
            assertThat(lab.root().resolve("upload/" + image)).hasBinaryContent(CONFIG);
        }
    }

    @Test
    void withoutWritesEveryUploadIsRefused() throws Exception {
        try (LabRoot lab = LabRoot.practice(1 << 20);
                LabServers servers = LabServers.start(settings(lab, LabServers.TftpWrites.REFUSED))) {
            assertThatThrownBy(() -> upload(servers, "router-confg"))
                    .isInstanceOfSatisfying(
                            TftpException.class, e -> assertThat(e.error()).isEqualTo(TftpError.ACCESS_VIOLATION));
        }
    }

    private static LabServers.Settings settings(LabRoot lab, LabServers.TftpWrites writes) {
        return new LabServers.Settings(
                lab.root(), InetAddress.getLoopbackAddress(), 0, 0, 0, 0, 0, writes, List.of(), false);
    }

    private static void upload(LabServers servers, String name) throws TftpException {
        TftpClient.create(Ticker.system())
                .upload(
                        servers.tftpAddress(),
                        name,
                        Channels.newChannel(new ByteArrayInputStream(CONFIG)),
                        CONFIG.length,
                        TftpOptions.defaults(),
                        new TftpTransferListener() {});
    }

    private static byte[] download(LabServers servers, String name) throws TftpException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TftpClient.create(Ticker.system())
                .download(
                        servers.tftpAddress(),
                        name,
                        Channels.newChannel(bytes),
                        TftpOptions.defaults(),
                        new TftpTransferListener() {});
        return bytes.toByteArray();
    }
}
