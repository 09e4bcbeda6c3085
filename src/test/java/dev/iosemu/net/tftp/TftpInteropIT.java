package dev.iosemu.net.tftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iosemu.net.Ticker;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our client against tftpd-hpa, and curl, tftp-hpa and atftp against our server; skipped when absent. */
@Tag("interop")
class TftpInteropIT {
    @TempDir
    Path dir;

    private Path served;
    private Path downloads;
    private Process tftpd;
    private TftpServer server;

    @BeforeEach
    void createDirectories() throws IOException {
        served = Files.createDirectory(dir.resolve("served"));
        downloads = Files.createDirectory(dir.resolve("downloads"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(served, PosixFilePermissions.fromString("rwxrwxrwx"));
    }

    @AfterEach
    void stopPeers() throws InterruptedException {
        TftpPeers.stop(tftpd);
        if (server != null) {
            server.close();
        }
    }

    private Path serve(String name, int size) throws IOException {
        Path file = served.resolve(name);
        Files.write(file, TftpEndToEndIT.randomBytes(size, size));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private InetSocketAddress startTftpd() throws IOException {
        Path program = TftpPeers.find("in.tftpd").orElse(null);
        assumeTrue(program != null, "tftpd-hpa (in.tftpd) is not installed");
        int port = TftpPeers.freeUdpPort();
        tftpd = TftpPeers.startTftpdHpa(program, served, port, true);
        return new InetSocketAddress("127.0.0.1", port);
    }

    private InetSocketAddress startOurServer() throws IOException {
        server = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(served))
                .writable(true)
                .timeout(Duration.ofMillis(200))
                .build());
        return server.address();
    }

    private static Path program(String name) {
        Path program = TftpPeers.find(name).orElse(null);
        assumeTrue(program != null, name + " is not installed");
        return program;
    }

    /** Patient enough for a peer process that is still starting up. */
    private static TftpOptions.Builder patient() {
        return TftpOptions.builder().timeout(Duration.ofMillis(200)).retries(10);
    }

    private void download(InetSocketAddress from, String name, TftpOptions options) throws Exception {
        Path out = downloads.resolve(name);
        try (FileChannel sink = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            long bytes =
                    TftpClient.create(Ticker.system()).download(from, name, sink, options, TftpTransferListener.NONE);
            assertThat(bytes).isEqualTo(Files.size(served.resolve(name)));
        }
        assertThat(sha256(out)).isEqualTo(sha256(served.resolve(name)));
    }

    @ParameterizedTest(name = "{0} bytes, blksize {1}, windowsize {2}, tsize {3}")
    @CsvSource({
        "0, 512, 1, false",
        "513, 512, 1, false",
        "100000, 512, 1, true",
        "100000, 1468, 1, true",
        "1000000, 8192, 16, true",
        "300000, 65464, 1, true"
    })
    void ourClientDownloadsFromTftpdHpa(int size, int blockSize, int windowSize, boolean tsize) throws Exception {
        InetSocketAddress tftpdAddress = startTftpd();
        serve("f" + size, size);
        download(
                tftpdAddress,
                "f" + size,
                patient()
                        .blockSize(blockSize)
                        .windowSize(windowSize)
                        .requestTransferSize(tsize)
                        .build());
    }

    @Test
    void ourClientRollsBlockNumbersOverWithTftpdHpa() throws Exception {
        InetSocketAddress tftpdAddress = startTftpd();
        serve("rollover", 8 * 66_000 + 5);
        download(tftpdAddress, "rollover", patient().blockSize(8).build());
    }

    @Test
    void ourClientUploadsToTftpdHpa() throws Exception {
        InetSocketAddress tftpdAddress = startTftpd();
        Path source = downloads.resolve("local");
        Files.write(source, TftpEndToEndIT.randomBytes(70_000, 3));
        try (FileChannel channel = FileChannel.open(source)) {
            TftpClient.create(Ticker.system())
                    .upload(
                            tftpdAddress,
                            "uploaded",
                            channel,
                            Files.size(source),
                            patient().blockSize(1468).build(),
                            TftpTransferListener.NONE);
        }
        assertThat(sha256(served.resolve("uploaded"))).isEqualTo(sha256(source));
    }

    // curl 7.88 fails every empty download (error 71, getpeername) whatever the server, so sizes start at 1.
    @ParameterizedTest(name = "{0} bytes, blksize {1}")
    @CsvSource({"1, 512", "512, 512", "100001, 1468", "1000000, 8192", "1000000, 65464"})
    void curlDownloadsFromOurServer(int size, int blockSize) throws Exception {
        Path curl = program("curl");
        InetSocketAddress address = startOurServer();
        Path file = serve("c" + size, size);
        Path out = downloads.resolve("c" + size);
        TftpPeers.run(
                List.of(
                        curl.toString(),
                        "-sS",
                        "-o",
                        out.toString(),
                        "--tftp-blksize",
                        Integer.toString(blockSize),
                        "tftp://127.0.0.1:" + address.getPort() + "/c" + size),
                60);
        assertThat(sha256(out)).isEqualTo(sha256(file));
    }

    @Test
    void curlUploadsToOurServer() throws Exception {
        Path curl = program("curl");
        InetSocketAddress address = startOurServer();
        Path source = downloads.resolve("upload.bin");
        Files.write(source, TftpEndToEndIT.randomBytes(123_457, 9));
        TftpPeers.run(
                List.of(
                        curl.toString(),
                        "-sS",
                        "-T",
                        source.toString(),
                        "--tftp-blksize",
                        "1024",
                        "tftp://127.0.0.1:" + address.getPort() + "/upload.bin"),
                60);
        assertThat(sha256(served.resolve("upload.bin"))).isEqualTo(sha256(source));
    }

    @Test
    void tftpHpaClientDownloadsFromOurServer() throws Exception {
        Path tftp = program("tftp");
        InetSocketAddress address = startOurServer();
        Path file = serve("h.bin", 200_003);
        Path out = downloads.resolve("h.bin");
        String output = TftpPeers.run(
                List.of(
                        tftp.toString(),
                        "-v",
                        "-m",
                        "binary",
                        "127.0.0.1",
                        Integer.toString(address.getPort()),
                        "-c",
                        "get",
                        "h.bin",
                        out.toString()),
                60);
        assertThat(output).contains("Received");
        assertThat(sha256(out)).isEqualTo(sha256(file));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"blksize 8192;tsize;windowsize 16", "blksize 65464;windowsize 16", "blksize 1468;tsize", "tsize"})
    void atftpDownloadsFromOurServer(String options) throws Exception {
        Path atftp = program("atftp");
        InetSocketAddress address = startOurServer();
        Path file = serve("a.bin", 300_001);
        Path out = downloads.resolve("a.bin");
        List<String> command = new ArrayList<>(List.of(atftp.toString()));
        for (String option : options.split(";")) {
            command.addAll(List.of("--option", option));
        }
        command.addAll(
                List.of("-g", "-r", "a.bin", "-l", out.toString(), "127.0.0.1", Integer.toString(address.getPort())));
        TftpPeers.run(command, 120);
        assertThat(sha256(out)).isEqualTo(sha256(file));
    }
}
