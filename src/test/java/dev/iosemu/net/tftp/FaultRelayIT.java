package dev.iosemu.net.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.net.Ticker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Transfers through a relay that loses, duplicates and reorders datagrams still deliver exact bytes. */
class FaultRelayIT {
    private FileSystem fs;
    private Path root;
    private TftpServer server;

    @BeforeEach
    void startServer() throws Exception {
        fs = Jimfs.newFileSystem(Configuration.unix());
        root = Files.createDirectories(fs.getPath("/srv"));
        server = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(root))
                .writable(true)
                .timeout(Duration.ofMillis(50))
                .retries(40)
                .build());
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
        fs.close();
    }

    private static TftpOptions options(int blockSize, int windowSize) {
        return TftpOptions.builder()
                .blockSize(blockSize)
                .windowSize(windowSize)
                .timeout(Duration.ofMillis(50))
                .retries(40)
                .build();
    }

    @ParameterizedTest(name = "seed {0}, blksize {1}, windowsize {2}")
    @CsvSource({"1, 512, 1", "2, 1468, 1", "3, 512, 16", "4, 8, 4"})
    void downloadThroughAFaultyRelayIsByteExact(long seed, int blockSize, int windowSize) throws Exception {
        byte[] content = TftpEndToEndIT.randomBytes(blockSize * 300 + 17, seed);
        Files.write(root.resolve("f"), content);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (FaultRelay relay = new FaultRelay(server.address(), seed, 0.05, 0.03, 0.03)) {
            TftpClient.create(Ticker.system())
                    .download(
                            relay.address(),
                            "f",
                            Channels.newChannel(received),
                            options(blockSize, windowSize),
                            TftpTransferListener.NONE);
            assertThat(relay.faults()).isPositive();
        }
        assertThat(received.toByteArray()).isEqualTo(content);
    }

    @ParameterizedTest(name = "seed {0}, blksize {1}, windowsize {2}")
    @CsvSource({"5, 512, 1", "6, 1024, 8"})
    void uploadThroughAFaultyRelayIsByteExact(long seed, int blockSize, int windowSize) throws Exception {
        byte[] content = TftpEndToEndIT.randomBytes(blockSize * 200 + 1, seed);
        try (FaultRelay relay = new FaultRelay(server.address(), seed, 0.05, 0.03, 0.03)) {
            TftpClient.create(Ticker.system())
                    .upload(
                            relay.address(),
                            "up",
                            Channels.newChannel(new ByteArrayInputStream(content)),
                            content.length,
                            options(blockSize, windowSize),
                            TftpTransferListener.NONE);
            assertThat(relay.faults()).isPositive();
        }
        assertThat(Files.readAllBytes(root.resolve("up"))).isEqualTo(content);
    }

    /**
     * With the timers left at their defaults (the server's 1 s, the device's 2 s) loss is recovered on the
     * measured round trip, not on those timers: the time is printed, as a figure, not asserted.
     */
    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"11", "12"})
    void megabyteWithDefaultTimersThroughLossDuplicatesAndReorderingArrivesWhole(long seed) throws Exception {
        byte[] content = TftpEndToEndIT.randomBytes(1 << 20, seed);
        Files.write(root.resolve("mib"), content);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        TftpOptions device =
                TftpOptions.builder().timeout(Duration.ofSeconds(2)).retries(5).build();
        try (TftpServer defaults = TftpServer.start(
                        TftpServerConfig.builder(RootDirectoryStore.of(root)).build());
                FaultRelay relay = new FaultRelay(defaults.address(), seed, 0.01, 0.02, 0.01)) {
            long start = System.nanoTime();
            TftpClient.create(Ticker.system())
                    .download(relay.address(), "mib", Channels.newChannel(received), device, TftpTransferListener.NONE);
            System.out.printf(
                    "1 MiB through 1%% loss, 2%% duplicates, 1%% reordering: %.2f s, %d faults%n",
                    (System.nanoTime() - start) / 1e9, relay.faults());
            assertThat(relay.faults()).isPositive();
        }
        assertThat(received.toByteArray()).isEqualTo(content);
    }
}
