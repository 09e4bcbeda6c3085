package dev.iosemu.net.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.net.Ticker;
import dev.iosemu.net.datagram.DatagramNetwork;
import dev.iosemu.net.datagram.DatagramPort;
import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.codes.TftpMode;
import dev.iosemu.net.tftp.wire.TftpPacket.ErrorPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.ReadRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** No datagram, however crafted, stops one of our TFTP servers from answering the next request. */
class ServerRobustnessIT {
    private static final TftpOptions QUICK =
            TftpOptions.builder().timeout(Duration.ofMillis(200)).retries(2).build();

    private FileSystem fs;
    private TftpServer server;

    private Path start(Configuration configuration, DatagramNetwork network) throws IOException {
        fs = Jimfs.newFileSystem(configuration);
        Path root = Files.createDirectories(fs.getPath(configuration == WINDOWS ? "C:\\srv" : "/srv"));
        Files.writeString(root.resolve("hello.txt"), "hello");
        server = TftpServer.start(
                TftpServerConfig.builder(RootDirectoryStore.of(root))
                        .timeout(Duration.ofMillis(200))
                        .retries(2)
                        .build(),
                network,
                Ticker.system());
        return root;
    }

    private static final Configuration WINDOWS = Configuration.windows();

    @AfterEach
    void stop() throws IOException {
        server.close();
        fs.close();
    }

    private void assertStillServes() throws TftpException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TftpClient.create(Ticker.system())
                .download(server.address(), "hello.txt", Channels.newChannel(bytes), QUICK, TftpTransferListener.NONE);
        assertThat(bytes.toString(StandardCharsets.US_ASCII)).isEqualTo("hello");
    }

    @Test
    void requestWhoseModeIsLongInvalidUtf8IsRefusedAndTheServerKeepsAnswering() throws Exception {
        start(Configuration.unix(), DatagramNetwork.udp());
        byte[] mode = new byte[194];
        Arrays.fill(mode, (byte) 0xff);
        ByteBuffer request =
                ByteBuffer.allocate(512).putShort((short) 1).put((byte) 'f').put((byte) 0);
        request.put(mode).put((byte) 0);

        try (RawPeer peer = new RawPeer()) {
            peer.sendBytes(Arrays.copyOf(request.array(), request.position()), server.address());
            ErrorPacket error = peer.receiveError();

            assertThat(error.error()).isEqualTo(TftpError.ILLEGAL_OPERATION);
            assertThat(error.message().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(500);
        }
        assertStillServes();
    }

    @Test
    void refusalNamingALongMultibyteFileStillReachesTheClient() throws Exception {
        start(Configuration.unix(), DatagramNetwork.udp());
        String name = "\u20ac".repeat(600); // three bytes each in UTF-8

        try (RawPeer peer = new RawPeer()) {
            peer.send(new ReadRequest(name, TftpMode.OCTET, Map.of()), server.address());
            ErrorPacket error = peer.receiveError();

            assertThat(error.error()).isEqualTo(TftpError.FILE_NOT_FOUND);
            assertThat(error.message()).startsWith("File not found: \u20ac\u20ac");
            assertThat(error.message().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(500);
        }
        assertStillServes();
    }

    @Test
    void nameTheServedFileSystemCannotRepresentIsAnAccessViolation() throws Exception {
        start(WINDOWS, DatagramNetwork.udp());

        try (RawPeer peer = new RawPeer()) {
            peer.send(new ReadRequest("a<b|c", TftpMode.OCTET, Map.of()), server.address());

            assertThat(peer.receiveError().error()).isEqualTo(TftpError.ACCESS_VIOLATION);
        }
        assertStillServes();
    }

    @Test
    void failureInsideTheListenerIsSurvived() throws Exception {
        AtomicBoolean failed = new AtomicBoolean();
        DatagramNetwork udp = DatagramNetwork.udp();
        DatagramNetwork failingOnce = local -> new FailingOnce(udp.open(local), failed);
        start(Configuration.unix(), failingOnce);

        assertStillServes();
        assertThat(failed).isTrue();
    }

    /** A port whose first receive throws what no protocol code expects. */
    private record FailingOnce(DatagramPort port, AtomicBoolean failed) implements DatagramPort {
        @Override
        public void send(ByteBuffer datagram, InetSocketAddress target) throws IOException {
            port.send(datagram, target);
        }

        @Override
        public InetSocketAddress receive(ByteBuffer buffer, long timeoutNanos) throws IOException {
            InetSocketAddress from = port.receive(buffer, timeoutNanos);
            if (from != null && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("injected failure");
            }
            return from;
        }

        @Override
        public InetSocketAddress localAddress() {
            return port.localAddress();
        }

        @Override
        public void close() {
            port.close();
        }
    }
}
