package dev.iosemu.net.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.net.Ticker;
import dev.iosemu.net.datagram.DatagramNetwork;
import dev.iosemu.testing.Fuzz;
import dev.iosemu.testing.Gen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property over the TFTP server's datagrams: requests with crafted names, modes and options, stray DATA,
 * ACK, ERROR and OACK packets and plain noise, sent in bursts; afterwards the server still serves a
 * download and no file outside its root or on it has changed.
 */
@Timeout(120)
class TftpServerFuzzIT {
    private static final TftpOptions QUICK =
            TftpOptions.builder().timeout(Duration.ofMillis(300)).retries(3).build();
    private static final List<String> NAMES =
            List.of("hello.txt", "../secret.txt", "/etc/passwd", "dir/", "h\u00e9llo.txt", "", "a".repeat(600));
    private static final List<String> MODES = List.of("octet", "netascii", "mail", "OCTET", "");
    private static final List<String> OPTIONS =
            List.of("blksize", "tsize", "timeout", "windowsize", "BLKSIZE", "x".repeat(300));
    private static final List<String> VALUES = List.of("512", "8", "65464", "0", "-1", "99999999999", "1", "");

    private FileSystem fs;
    private Path root;
    private TftpServer server;

    @BeforeEach
    void start() throws IOException {
        fs = Jimfs.newFileSystem(Configuration.unix());
        root = Files.createDirectories(fs.getPath("/srv"));
        Files.writeString(root.resolve("hello.txt"), "hello");
        Files.writeString(fs.getPath("/secret.txt"), "outside");
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        fs.close();
    }

    /** Either listener: a virtual thread that hands requests on, or transfer threads taking turns. */
    @ParameterizedTest(name = "platform listener: {0}")
    @ValueSource(booleans = {false, true})
    void anyBurstOfDatagramsLeavesTheServerServingAndTheFilesAsTheyWere(boolean platformListener) throws Exception {
        server = TftpServer.start(
                TftpServerConfig.builder(RootDirectoryStore.of(root))
                        .writable(true)
                        .timeout(Duration.ofMillis(100))
                        .retries(1)
                        .platformListener(platformListener)
                        .build(),
                DatagramNetwork.udp(),
                Ticker.system());
        Fuzz.check("TFTP server datagrams", 60, random -> {
            try (RawPeer peer = new RawPeer()) {
                for (int i = 0; i < 1 + random.nextInt(20); i++) {
                    peer.sendBytes(datagram(random), server.address());
                }
            }
        });

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TftpClient.create(Ticker.system())
                .download(server.address(), "hello.txt", Channels.newChannel(bytes), QUICK, TftpTransferListener.NONE);
        assertThat(bytes.toString(StandardCharsets.US_ASCII)).isEqualTo("hello");
        assertThat(Files.readString(fs.getPath("/secret.txt"))).isEqualTo("outside");
    }

    private static byte[] datagram(Random random) {
        byte[] packet =
                switch (random.nextInt(5)) {
                    case 0, 1 -> request(random);
                    case 2 -> block(random);
                    case 3 -> Gen.mutate(random, request(random), 1 + random.nextInt(6));
                    default -> noise(random);
                };
        return packet.length > 65_000 ? Arrays.copyOf(packet, 65_000) : packet;
    }

    /** RRQ or WRQ (and now and then another opcode) with a name, a mode and some options. */
    private static byte[] request(Random random) {
        ByteBuffer out = ByteBuffer.allocate(8192);
        out.putShort((short) (random.nextInt(10) == 0 ? random.nextInt(8) : 1 + random.nextInt(2)));
        string(out, Gen.pick(random, NAMES));
        string(out, Gen.pick(random, MODES));
        for (int i = 0; i < random.nextInt(4); i++) {
            string(out, Gen.pick(random, OPTIONS));
            string(out, Gen.pick(random, VALUES));
        }
        if (random.nextInt(6) == 0) {
            out.position(out.position() - 1); // no final NUL
        }
        return Arrays.copyOf(out.array(), out.position());
    }

    /** DATA, ACK, ERROR or OACK with a random block number and body. */
    private static byte[] block(Random random) {
        byte[] body = new byte[random.nextInt(600)];
        random.nextBytes(body);
        return ByteBuffer.allocate(4 + body.length)
                .putShort((short) (3 + random.nextInt(4)))
                .putShort((short) random.nextInt(65536))
                .put(body)
                .array();
    }

    private static byte[] noise(Random random) {
        byte[] bytes = new byte[random.nextInt(100)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void string(ByteBuffer out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (out.remaining() > bytes.length + 1) {
            out.put(bytes).put((byte) 0);
        }
    }
}
