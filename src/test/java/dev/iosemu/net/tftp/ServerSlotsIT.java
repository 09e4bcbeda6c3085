package dev.iosemu.net.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.net.Ticker;
import dev.iosemu.net.tftp.codes.TftpMode;
import dev.iosemu.net.tftp.wire.TftpPacket.OptionAck;
import dev.iosemu.net.tftp.wire.TftpPacket.ReadRequest;
import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A server's transfer slots go back as soon as a transfer ends, and a silent peer holds one only briefly. */
class ServerSlotsIT {
    private FileSystem fs;
    private Path root;

    @BeforeEach
    void createRoot() throws Exception {
        fs = Jimfs.newFileSystem(Configuration.unix());
        root = Files.createDirectories(fs.getPath("/srv"));
        Files.write(root.resolve("big"), new byte[512 * 20]);
    }

    @AfterEach
    void closeRoot() throws Exception {
        fs.close();
    }

    @Test
    void finishedUploadsFreeTheirSlotAtOnceThoughTheyStillDally() throws Exception {
        try (TftpServer server = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(root))
                .writable(true)
                .maxConcurrentTransfers(2)
                .timeout(Duration.ofSeconds(5)) // each upload dallies this long after its last block
                .build())) {
            TftpClient client = TftpClient.create(Ticker.system());
            for (int i = 0; i < 10; i++) {
                byte[] content = ("upload " + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                client.upload(
                        server.address(),
                        "up" + i,
                        Channels.newChannel(new ByteArrayInputStream(content)),
                        content.length,
                        TftpOptions.defaults(),
                        TftpTransferListener.NONE);
            }
        }
        assertThat(root.resolve("up9")).hasContent("upload 9");
    }

    @Test
    void peerAskingForALongTimeoutDoesNotGetItAndIsGivenUpOnTheServersOwnTimer() throws Exception {
        try (TftpServer server = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(root))
                        .maxConcurrentTransfers(1)
                        .timeout(Duration.ofMillis(100))
                        .retries(2)
                        .build());
                RawPeer silent = new RawPeer()) {
            silent.send(
                    new ReadRequest("big", TftpMode.OCTET, Map.of("timeout", "255", "tsize", "0")), server.address());

            OptionAck first = (OptionAck) silent.receive();
            OptionAck again = (OptionAck) silent.receive(); // retransmitted on the server's 100 ms timer

            assertThat(first.options()).containsOnlyKeys("tsize");
            assertThat(again).isEqualTo(first);
        }
    }
}
