package dev.iosemu.net.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.net.Ticker;
import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.codes.TftpMode;
import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TftpEndToEndIT {
    private FileSystem fs;
    private Path root;
    private TftpServer server;
    private final TftpClient client = TftpClient.create(Ticker.system());

    @BeforeEach
    void startServer() throws Exception {
        fs = Jimfs.newFileSystem(Configuration.unix());
        root = Files.createDirectories(fs.getPath("/srv"));
        server = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(root))
                .writable(true)
                .timeout(Duration.ofMillis(500))
                .retries(10)
                .build());
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
        fs.close();
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private TftpOptions options(int blockSize, int windowSize) {
        return TftpOptions.builder()
                .blockSize(blockSize)
                .windowSize(windowSize)
                .timeout(Duration.ofMillis(500))
                .retries(10)
                .build();
    }

    private byte[] download(String name, TftpOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long bytes =
                client.download(server.address(), name, Channels.newChannel(out), options, TftpTransferListener.NONE);
        assertThat(bytes).isEqualTo(out.size());
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0} bytes, blksize {1}, windowsize {2}")
    @CsvSource({
        "0, 512, 1",
        "1, 512, 1",
        "511, 512, 1",
        "512, 512, 1",
        "513, 512, 1",
        "5120, 512, 1",
        "100000, 8, 1",
        "100000, 1468, 1",
        "100000, 8192, 1",
        "300000, 65464, 1",
        "0, 512, 16",
        "8192, 512, 16",
        "100001, 1468, 16",
        "1000000, 8192, 16",
        "500000, 65464, 16"
    })
    void downloadsByteExact(int size, int blockSize, int windowSize) throws Exception {
        byte[] content = randomBytes(size, size);
        Files.write(root.resolve("f.bin"), content);
        assertThat(download("f.bin", options(blockSize, windowSize))).isEqualTo(content);
    }

    @ParameterizedTest(name = "{0} bytes, blksize {1}, windowsize {2}")
    @CsvSource({"0, 512, 1", "512, 512, 1", "513, 512, 1", "100000, 1468, 1", "100000, 8192, 16", "200000, 65464, 4"})
    void uploadsByteExact(int size, int blockSize, int windowSize) throws Exception {
        byte[] content = randomBytes(size, size + 1);
        long acked = client.upload(
                server.address(),
                "up.bin",
                Channels.newChannel(new java.io.ByteArrayInputStream(content)),
                size,
                options(blockSize, windowSize),
                TftpTransferListener.NONE);
        assertThat(acked).isEqualTo(size);
        assertThat(Files.readAllBytes(root.resolve("up.bin"))).isEqualTo(content);
    }

    @Test
    void reportsTransferSizeBeforeTheFirstBlock() throws Exception {
        Files.write(root.resolve("sized"), new byte[1234]);
        AtomicReference<OptionalLong> announced = new AtomicReference<>();
        client.download(
                server.address(),
                "sized",
                Channels.newChannel(new ByteArrayOutputStream()),
                options(1024, 1),
                new TftpTransferListener() {
                    @Override
                    public void onNegotiated(OptionalLong size, int blockSize, int windowSize) {
                        announced.set(size);
                        assertThat(blockSize).isEqualTo(1024);
                    }
                });
        assertThat(announced.get()).hasValue(1234);
    }

    @Test
    void summarisesPacketsOnlyWhileTheListenerTracesThem() throws Exception {
        Files.write(root.resolve("traced"), new byte[10 * 512 + 100]);
        List<String> traced = new ArrayList<>();
        client.download(
                server.address(),
                "traced",
                Channels.newChannel(new ByteArrayOutputStream()),
                options(512, 1),
                new TftpTransferListener() {
                    private int blocks;

                    @Override
                    public void onBlock(int bytes) {
                        blocks++;
                    }

                    @Override
                    public boolean tracingPackets() {
                        return blocks >= 3; // a debug switch turned on during the transfer
                    }

                    @Override
                    public void onPacket(Direction direction, String summary) {
                        traced.add(direction + " " + summary);
                    }
                });
        assertThat(traced)
                .contains("RECEIVED DATA block 4, 512 bytes", "SENT ACK block 11")
                .noneMatch(line -> line.contains("RRQ") || line.contains("block 1,") || line.contains("block 2,"));
    }

    @Test
    void netasciiRoundTripsLineEnds() throws Exception {
        String text = "line one\nline two\r\n\rbare cr\n";
        Files.writeString(root.resolve("text.txt"), text);
        TftpOptions netascii = options(8, 1).toBuilder().mode(TftpMode.NETASCII).build();
        assertThat(new String(download("text.txt", netascii), StandardCharsets.US_ASCII))
                .isEqualTo(text);
        client.upload(
                server.address(),
                "copy.txt",
                Channels.newChannel(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII))),
                -1,
                netascii,
                TftpTransferListener.NONE);
        assertThat(Files.readString(root.resolve("copy.txt"))).isEqualTo(text);
    }

    @Test
    void blockNumbersRollOverPast65535() throws Exception {
        byte[] content = randomBytes(8 * 70_000 + 3, 7);
        Files.write(root.resolve("big"), content);
        assertThat(download("big", options(8, 16))).isEqualTo(content);
    }

    @Test
    void missingFileIsAPeerErrorFileNotFound() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> download("nope", options(512, 1)))
                .isInstanceOfSatisfying(TftpException.class, e -> {
                    assertThat(e.failure()).isEqualTo(TftpFailure.PEER_ERROR);
                    assertThat(e.error()).isEqualTo(TftpError.FILE_NOT_FOUND);
                });
    }

    @Test
    void servesManyConcurrentTransfers() throws Exception {
        byte[] content = randomBytes(200_000, 11);
        Files.write(root.resolve("shared"), content);
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<byte[]>> downloads = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                TftpOptions options = options(512 << (i % 4), 1 + i % 3);
                downloads.add(pool.submit(() -> download("shared", options)));
            }
            for (Future<byte[]> download : downloads) {
                assertThat(download.get(60, TimeUnit.SECONDS)).isEqualTo(content);
            }
        }
    }
}
