package dev.iosemu.net.tftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.net.Ticker;
import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.codes.TftpMode;
import dev.iosemu.net.tftp.wire.TftpPacket.Ack;
import dev.iosemu.net.tftp.wire.TftpPacket.Data;
import dev.iosemu.net.tftp.wire.TftpPacket.ErrorPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.OptionAck;
import dev.iosemu.net.tftp.wire.TftpPacket.ReadRequest;
import dev.iosemu.net.tftp.wire.TftpPacket.WriteRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How client and server behave when the peer, the network or the request misbehaves. */
class TftpFailuresIT {
    private static final TftpOptions QUICK =
            TftpOptions.builder().timeout(Duration.ofMillis(100)).retries(2).build();

    private FileSystem fs;
    private Path root;
    private TftpServer server;
    private final TftpClient client = TftpClient.create(Ticker.system());

    @BeforeEach
    void startServer() throws Exception {
        fs = Jimfs.newFileSystem(Configuration.unix());
        root = Files.createDirectories(fs.getPath("/srv/tftp"));
        Files.writeString(fs.getPath("/srv/secret"), "secret");
        Files.write(root.resolve("big"), new byte[512 * 20]);
        server = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(root))
                .timeout(Duration.ofMillis(100))
                .retries(2)
                .build());
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
        fs.close();
    }

    private TftpException downloadFailure(java.net.InetSocketAddress from, String file) {
        try {
            client.download(
                    from, file, Channels.newChannel(new ByteArrayOutputStream()), QUICK, TftpTransferListener.NONE);
        } catch (TftpException e) {
            return e;
        }
        throw new AssertionError("download of " + file + " succeeded");
    }

    @Test
    void silentServerTimesOutBeforeStart() throws Exception {
        try (RawPeer silent = new RawPeer()) {
            TftpException e = downloadFailure(silent.address(), "f");
            assertThat(e.failure()).isEqualTo(TftpFailure.TIMED_OUT_BEFORE_START);
            assertThat(e.bytesTransferred()).isZero();
        }
    }

    @Test
    void serverThatDiesMidTransferGivesConnectionTimedOut() throws Exception {
        try (RawPeer dying = new RawPeer();
                RawPeer tid = new RawPeer()) {
            CompletableFuture<TftpException> failure =
                    CompletableFuture.supplyAsync(() -> downloadFailure(dying.address(), "f"));
            assertThat(dying.receive()).isInstanceOf(ReadRequest.class);
            tid.send(new Data(1, ByteBuffer.allocate(512)), dying.lastSender());
            TftpException e = failure.get(10, TimeUnit.SECONDS);
            assertThat(e.failure()).isEqualTo(TftpFailure.TIMED_OUT_MID_TRANSFER);
            assertThat(e.bytesTransferred()).isEqualTo(512);
        }
    }

    @Test
    void traversalAttemptIsAnAccessViolation() {
        TftpException e = downloadFailure(server.address(), "../secret");
        assertThat(e.failure()).isEqualTo(TftpFailure.PEER_ERROR);
        assertThat(e.error()).isEqualTo(TftpError.ACCESS_VIOLATION);
    }

    @Test
    void writeRequestToAReadOnlyServerIsAnAccessViolation() {
        assertThatThrownBy(() -> client.upload(
                        server.address(),
                        "new",
                        Channels.newChannel(new ByteArrayInputStream(new byte[10])),
                        10,
                        QUICK,
                        TftpTransferListener.NONE))
                .isInstanceOfSatisfying(TftpException.class, e -> {
                    assertThat(e.failure()).isEqualTo(TftpFailure.PEER_ERROR);
                    assertThat(e.error()).isEqualTo(TftpError.ACCESS_VIOLATION);
                });
        assertThat(root.resolve("new")).doesNotExist();
    }

    @Test
    void malformedRequestIsAnsweredWithIllegalOperation() throws Exception {
        try (RawPeer peer = new RawPeer()) {
            peer.sendBytes(new byte[] {0, 1, 'f'}, server.address());
            assertThat(((ErrorPacket) peer.receive()).error()).isEqualTo(TftpError.ILLEGAL_OPERATION);
            peer.send(new Ack(3), server.address());
            assertThat(((ErrorPacket) peer.receive()).error()).isEqualTo(TftpError.ILLEGAL_OPERATION);
        }
    }

    @Test
    void malformedPacketDuringATransferIsAnsweredWithIllegalOperation() throws Exception {
        try (RawPeer peer = new RawPeer()) {
            peer.send(new ReadRequest("big", TftpMode.OCTET, Map.of()), server.address());
            assertThat(peer.receive()).isInstanceOf(Data.class);
            peer.sendBytes(new byte[] {0, 9, 9}, peer.lastSender());
            assertThat(peer.receiveError().error()).isEqualTo(TftpError.ILLEGAL_OPERATION);
        }
    }

    @Test
    void strangerGetsUnknownTransferIdWhileTheTransferCompletes() throws Exception {
        try (RawPeer peer = new RawPeer();
                RawPeer stranger = new RawPeer()) {
            peer.send(new ReadRequest("big", TftpMode.OCTET, Map.of("timeout", "5")), server.address());
            assertThat(peer.receive()).isInstanceOf(OptionAck.class);
            peer.send(new Ack(0), peer.lastSender());
            int received = 0;
            for (int block = 1; ; block++) {
                Data data = (Data) peer.receive();
                if (data.block() == block - 1) {
                    // the server's adaptive timer (below the granted timeout) resent the block before our ACK
                    // reached it, as on a busy machine: a duplicate, not a new block
                    block--;
                    continue;
                }
                assertThat(data.block()).isEqualTo(block);
                received += data.payload().remaining();
                if (block == 3) {
                    stranger.send(new Ack(3), peer.lastSender());
                    ErrorPacket error = (ErrorPacket) stranger.receive();
                    assertThat(error.error()).isEqualTo(TftpError.UNKNOWN_TRANSFER_ID);
                }
                peer.send(new Ack(block), peer.lastSender());
                if (data.payload().remaining() < 512) {
                    break;
                }
            }
            assertThat(received).isEqualTo(512 * 20);
        }
    }

    @Test
    void interruptingTheClientCancelsAndTellsTheServer() throws Exception {
        try (RawPeer fake = new RawPeer();
                RawPeer tid = new RawPeer()) {
            CountDownLatch firstBlock = new CountDownLatch(1);
            TftpTransferListener listener = new TftpTransferListener() {
                @Override
                public void onBlock(int bytes) {
                    firstBlock.countDown();
                }
            };
            CompletableFuture<Long> download = new CompletableFuture<>();
            Thread thread = Thread.ofPlatform().start(() -> {
                try {
                    download.complete(client.download(
                            fake.address(),
                            "f",
                            Channels.newChannel(new ByteArrayOutputStream()),
                            TftpOptions.builder()
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            listener));
                } catch (Exception e) {
                    download.completeExceptionally(e);
                }
            });
            assertThat(fake.receive()).isInstanceOf(ReadRequest.class);
            tid.send(new Data(1, ByteBuffer.allocate(512)), fake.lastSender());
            assertThat(tid.receive()).isEqualTo(new Ack(1));
            assertThat(firstBlock.await(5, TimeUnit.SECONDS)).isTrue();
            thread.interrupt();
            assertThat(tid.receiveError().message()).contains("cancelled");
            assertThatThrownBy(() -> download.get(5, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOfSatisfying(TftpCancelledException.class, e -> assertThat(e.bytesTransferred())
                            .isEqualTo(512));
        }
    }

    @Test
    void uploadThatFailsLeavesNoFileBehind() throws Exception {
        TftpServer writable = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(root))
                .writable(true)
                .timeout(Duration.ofMillis(100))
                .retries(1)
                .build());
        try (writable;
                RawPeer peer = new RawPeer()) {
            peer.send(new WriteRequest("partial", TftpMode.OCTET, Map.of("timeout", "5")), writable.address());
            assertThat(peer.receive()).isInstanceOf(OptionAck.class);
            peer.send(new Data(1, ByteBuffer.allocate(512)), peer.lastSender());
            assertThat(peer.receive()).isEqualTo(new Ack(1));
            peer.send(new ErrorPacket(TftpError.NOT_DEFINED, "user gave up"), peer.lastSender());
        }
        try (var listing = Files.list(root)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("big");
        }
    }

    @Test
    void requestBeyondTheConcurrencyLimitIsTurnedAwayAsBusy() throws Exception {
        TftpServer single = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(root))
                .maxConcurrentTransfers(1)
                .timeout(Duration.ofSeconds(5))
                .build());
        try (single;
                RawPeer stalled = new RawPeer();
                RawPeer second = new RawPeer()) {
            stalled.send(new ReadRequest("big", TftpMode.OCTET, Map.of()), single.address());
            assertThat(stalled.receive()).isInstanceOf(Data.class);
            second.send(new ReadRequest("big", TftpMode.OCTET, Map.of()), single.address());
            assertThat(second.receiveError().message()).isEqualTo("Server busy");
        }
    }

    @Test
    void errorFromAStrangerIsNotAnswered() throws Exception {
        try (RawPeer peer = new RawPeer();
                RawPeer stranger = new RawPeer()) {
            peer.send(new ReadRequest("big", TftpMode.OCTET, Map.of("timeout", "5")), server.address());
            assertThat(peer.receive()).isInstanceOf(OptionAck.class);
            stranger.send(new ErrorPacket(TftpError.UNKNOWN_TRANSFER_ID, "who?"), peer.lastSender());
            stranger.send(new Ack(0), peer.lastSender());
            assertThat(stranger.receiveError().message()).isEqualTo("Unknown transfer ID");
            peer.send(new Ack(0), peer.lastSender());
            assertThat(peer.receive()).isInstanceOf(Data.class);
        }
    }
}
