package dev.iosemu.net.ftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.net.ftp.FtpException.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our client against our server on loopback, with the server's tree on jimfs. */
@Timeout(30)
class FtpClientServerIT {
    private static final byte[] IMAGE = randomBytes(3 * FtpClient.BUFFER_SIZE + 12345);

    private FileSystem jimfs;
    private Path root;
    private FtpServer server;

    @BeforeEach
    void startServer() throws IOException {
        jimfs = Jimfs.newFileSystem(Configuration.unix());
        root = Files.createDirectories(jimfs.getPath("/srv/ftp"));
        Files.write(root.resolve("c1900-universalk9-mz.SPA.157-3.M8.bin"), IMAGE);
        Files.createDirectories(root.resolve("uploads"));
        Files.writeString(jimfs.getPath("/srv/secret.txt"), "outside the root");
        server = FtpServer.start(FtpServerConfig.builder(root)
                .account("cisco", "cisco123", "", false)
                .account("writer", "w", "uploads", true)
                .build());
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
        jimfs.close();
    }

    private FtpConnectionSettings.Builder settings(String user, String password) {
        return FtpConnectionSettings.builder("127.0.0.1")
                .port(server.address().getPort())
                .credentials(user, password)
                .connectTimeout(Duration.ofSeconds(5))
                .dataTimeout(Duration.ofSeconds(5));
    }

    private FtpClient connect(FtpConnectionSettings.Builder settings) throws FtpException {
        return FtpClient.connect(settings.build(), FtpTransferListener.NONE);
    }

    private static void assertRetrieveNotFound(FtpClient client, String... paths) {
        for (String path : paths) {
            assertThatThrownBy(() -> client.retrieve(path, new ByteArrayOutputStream(), null))
                    .as(path)
                    .isInstanceOfSatisfying(
                            FtpException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void retrieveDownloadsTheWholeFileInPassiveAndActiveMode(boolean passive) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (FtpClient client = connect(settings("cisco", "cisco123").passive(passive))) {
            long n = client.retrieve("c1900-universalk9-mz.SPA.157-3.M8.bin", sink, FtpTransferListener.NONE);
            assertThat(n).isEqualTo(IMAGE.length);
        }
        assertThat(sink.toByteArray()).isEqualTo(IMAGE);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void storeUploadsTheWholeFileInPassiveAndActiveMode(boolean passive) throws IOException {
        try (FtpClient client = connect(settings("writer", "w").passive(passive))) {
            long n = client.store("r1-confg", new ByteArrayInputStream(IMAGE), FtpTransferListener.NONE);
            assertThat(n).isEqualTo(IMAGE.length);
        }
        assertThat(Files.readAllBytes(root.resolve("uploads/r1-confg"))).isEqualTo(IMAGE);
    }

    @Test
    void activeModeListensOnTheConfiguredAddress() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (FtpClient client = connect(settings("cisco", "cisco123")
                .passive(false)
                .activeAddress(loopback)
                .localAddress(loopback))) {
            client.retrieve("/c1900-universalk9-mz.SPA.157-3.M8.bin", sink, FtpTransferListener.NONE);
        }
        assertThat(sink.size()).isEqualTo(IMAGE.length);
    }

    @Test
    void channelsWorkAsSinkAndSource() throws IOException {
        Path local = jimfs.getPath("/flash.bin");
        try (FtpClient client = connect(settings("writer", "w"));
                FileChannel sink = FileChannel.open(local, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            client.store("copy.bin", Channels.newChannel(new ByteArrayInputStream(IMAGE)), FtpTransferListener.NONE);
            assertThat(client.retrieve("copy.bin", sink, FtpTransferListener.NONE))
                    .isEqualTo(IMAGE.length);
        }
        assertThat(Files.readAllBytes(local)).isEqualTo(IMAGE);
    }

    @Test
    void sizeReportsTheFileLength() throws IOException {
        try (FtpClient client = connect(settings("cisco", "cisco123"))) {
            assertThat(client.size("c1900-universalk9-mz.SPA.157-3.M8.bin")).isEqualTo(OptionalLong.of(IMAGE.length));
        }
    }

    @Test
    void missingFileIsNotFoundForSizeAndRetrieve() throws IOException {
        try (FtpClient client = connect(settings("cisco", "cisco123"))) {
            assertThatThrownBy(() -> client.size("nope.bin")).isInstanceOfSatisfying(FtpException.class, e -> {
                assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
                assertThat(e.replyCode()).isEqualTo(550);
            });
            assertRetrieveNotFound(client, "nope.bin");
        }
    }

    @Test
    void wrongPasswordIsLoginFailed() {
        assertThatThrownBy(() -> connect(settings("cisco", "wrong"))).isInstanceOfSatisfying(FtpException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.LOGIN_FAILED);
            assertThat(e.replyCode()).isEqualTo(530);
        });
    }

    @Test
    void anonymousIsRefusedUnlessEnabled() {
        assertThatThrownBy(() -> connect(settings("anonymous", "router@lab")))
                .isInstanceOfSatisfying(
                        FtpException.class, e -> assertThat(e.kind()).isEqualTo(Kind.LOGIN_FAILED));
    }

    @Test
    void anonymousReadsTheRootWhenEnabled() throws IOException {
        server.close();
        server = FtpServer.start(
                FtpServerConfig.builder(root).anonymousEnabled(true).build());
        try (FtpClient client = connect(settings("anonymous", "router@lab"))) {
            assertThat(client.size("c1900-universalk9-mz.SPA.157-3.M8.bin")).hasValue(IMAGE.length);
            assertThatThrownBy(() -> client.store("x", new ByteArrayInputStream(IMAGE), null))
                    .isInstanceOfSatisfying(
                            FtpException.class, e -> assertThat(e.kind()).isEqualTo(Kind.PERMISSION_DENIED));
        }
    }

    @Test
    void loginsBeyondTheLimitAreRefused() throws IOException {
        server.close();
        server = FtpServer.start(FtpServerConfig.builder(root)
                .account("cisco", "cisco123", "", false)
                .maxLogins(1)
                .build());
        try (FtpClient first = connect(settings("cisco", "cisco123"))) {
            assertThat(first.size("c1900-universalk9-mz.SPA.157-3.M8.bin")).hasValue(IMAGE.length);
            assertThatThrownBy(() -> connect(settings("cisco", "cisco123")))
                    .isInstanceOfSatisfying(
                            FtpException.class, e -> assertThat(e.replyCode()).isEqualTo(421));
        }
    }

    @Test
    void readOnlyUserUploadIsPermissionDenied() throws IOException {
        try (FtpClient client = connect(settings("cisco", "cisco123"))) {
            assertThatThrownBy(() -> client.store("new.bin", new ByteArrayInputStream(IMAGE), null))
                    .isInstanceOfSatisfying(FtpException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.PERMISSION_DENIED);
                        assertThat(e.replyCode()).isEqualTo(550);
                    });
        }
        assertThat(root.resolve("new.bin")).doesNotExist();
    }

    @Test
    void pathsClimbingOutOfTheHomeAreRefused() throws IOException {
        try (FtpClient client = connect(settings("cisco", "cisco123"))) {
            assertRetrieveNotFound(
                    client,
                    "../secret.txt",
                    "/../secret.txt",
                    "uploads/../../secret.txt",
                    "../c1900-universalk9-mz.SPA.157-3.M8.bin");
        }
    }

    @Test
    void writerIsConfinedToItsHomeFolder() throws IOException {
        try (FtpClient client = connect(settings("writer", "w"))) {
            assertThatThrownBy(() -> client.store("../escaped.bin", new ByteArrayInputStream(IMAGE), null))
                    .isInstanceOfSatisfying(
                            FtpException.class, e -> assertThat(e.kind()).isEqualTo(Kind.PERMISSION_DENIED));
            assertThatThrownBy(() -> client.size("/c1900-universalk9-mz.SPA.157-3.M8.bin"))
                    .isInstanceOfSatisfying(
                            FtpException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
        }
        assertThat(root.resolve("escaped.bin")).doesNotExist();
    }

    @Test
    void symbolicLinksLeadingOutOfTheHomeAreRefused() throws IOException {
        Files.createSymbolicLink(root.resolve("link.txt"), jimfs.getPath("/srv/secret.txt"));
        Files.createSymbolicLink(root.resolve("outside"), jimfs.getPath("/srv"));
        try (FtpClient client = connect(settings("cisco", "cisco123"))) {
            assertRetrieveNotFound(client, "link.txt", "outside/secret.txt");
        }
    }

    @Test
    void connectingToAClosedPortIsConnectionRefused() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> connect(settings("cisco", "cisco123").port(closedPort)))
                .isInstanceOfSatisfying(
                        FtpException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONNECTION_REFUSED));
    }

    @Test
    void debugTraceShowsTheDialogueWithThePasswordMasked() throws IOException {
        RecordingListener listener = new RecordingListener();
        try (FtpClient client = FtpClient.connect(settings("cisco", "cisco123").build(), listener)) {
            client.size("c1900-universalk9-mz.SPA.157-3.M8.bin", listener);
            client.retrieve("c1900-universalk9-mz.SPA.157-3.M8.bin", new ByteArrayOutputStream(), listener);
        }
        assertThat(listener.trace)
                .contains("FTP: ---> SIZE c1900-universalk9-mz.SPA.157-3.M8.bin", "FTP: 213 " + IMAGE.length)
                .contains("FTP: ---> USER cisco", "FTP: ---> PASS *", "FTP: ---> TYPE I", "FTP: ---> PASV")
                .contains("FTP: ---> RETR c1900-universalk9-mz.SPA.157-3.M8.bin")
                .anyMatch(line -> line.startsWith("FTP: 331 "))
                .anyMatch(line -> line.startsWith("FTP: 226 "))
                .noneMatch(line -> line.contains("cisco123"));
    }

    @Test
    void listenerByteCountsAddUpExactly() throws IOException {
        RecordingListener down = new RecordingListener();
        RecordingListener up = new RecordingListener();
        try (FtpClient client = connect(settings("writer", "w"))) {
            client.store("counted.bin", new ByteArrayInputStream(IMAGE), up);
            client.retrieve("counted.bin", new ByteArrayOutputStream(), down);
        }
        assertThat(up.bytes).hasValue(IMAGE.length);
        assertThat(down.bytes).hasValue(IMAGE.length);
        assertThat(down.chunks.get()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void emptyFileTransfersAsZeroBytes() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (FtpClient client = connect(settings("writer", "w"))) {
            assertThat(client.store("empty", new ByteArrayInputStream(new byte[0]), null))
                    .isZero();
            assertThat(client.retrieve("empty", sink, null)).isZero();
        }
        assertThat(root.resolve("uploads/empty")).isEmptyFile();
    }

    @Test
    void uploadsLeaveNoHiddenFilesBehind() throws IOException {
        try (FtpClient client = connect(settings("writer", "w"))) {
            client.store("a.bin", new ByteArrayInputStream(IMAGE), null);
            client.store("a.bin", new ByteArrayInputStream(new byte[] {1, 2, 3}), null);
        }
        try (var entries = Files.list(root.resolve("uploads"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("a.bin");
        }
        assertThat(Files.readAllBytes(root.resolve("uploads/a.bin"))).containsExactly(1, 2, 3);
    }

    @Test
    void failingLocalSinkReachesTheCallerUnchanged() throws IOException {
        IOException full = new IOException("No space left on device");
        try (FtpClient client = connect(settings("cisco", "cisco123"))) {
            assertThatThrownBy(() -> client.retrieve(
                            "c1900-universalk9-mz.SPA.157-3.M8.bin",
                            new java.io.OutputStream() {
                                @Override
                                public void write(int b) throws IOException {
                                    throw full;
                                }

                                @Override
                                public void write(byte[] b, int off, int len) throws IOException {
                                    throw full;
                                }
                            },
                            null))
                    .isSameAs(full);
        }
    }

    @Test
    void failingLocalSourceReachesTheCallerUnchanged() throws IOException {
        IOException unreadable = new IOException("flash read error");
        try (FtpClient client = connect(settings("writer", "w"))) {
            assertThatThrownBy(() -> client.store(
                            "broken.bin",
                            new java.io.InputStream() {
                                @Override
                                public int read() throws IOException {
                                    throw unreadable;
                                }

                                @Override
                                public int read(byte[] b, int off, int len) throws IOException {
                                    throw unreadable;
                                }
                            },
                            null))
                    .isSameAs(unreadable);
        }
    }

    static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(1941).nextBytes(bytes);
        return bytes;
    }
}
