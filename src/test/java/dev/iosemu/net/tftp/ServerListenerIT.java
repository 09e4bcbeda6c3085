package dev.iosemu.net.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.net.Ticker;
import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The thread that listens for requests: virtual by default, a platform thread when the config asks. */
class ServerListenerIT {
    private FileSystem fs;
    private Path root;

    @BeforeEach
    void createRoot() throws Exception {
        fs = Jimfs.newFileSystem(Configuration.unix());
        root = Files.createDirectories(fs.getPath("/srv"));
        Files.write(root.resolve("f"), new byte[3000]);
    }

    @AfterEach
    void closeRoot() throws Exception {
        fs.close();
    }

    @Test
    void platformListenerServesAndEndsWithTheServer() throws Exception {
        Thread listener;
        try (TftpServer server = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(root))
                .platformListener(true)
                .build())) {
            listener =
                    platformThread("tftp-server-" + server.address().getPort()).orElseThrow();

            assertThat(download(server)).isEqualTo(3000);
            assertThat(listener.isAlive()).isTrue();
        }
        listener.join(); // close() has closed the port the thread was blocked on
        assertThat(listener.isAlive()).isFalse();
    }

    @Test
    void listenerIsVirtualByDefault() throws Exception {
        try (TftpServer server = TftpServer.start(
                TftpServerConfig.builder(RootDirectoryStore.of(root)).build())) {
            assertThat(download(server)).isEqualTo(3000);
            assertThat(platformThread("tftp-server-" + server.address().getPort()))
                    .isEmpty();
        }
    }

    private static long download(TftpServer server) throws Exception {
        return TftpClient.create(Ticker.system())
                .download(
                        server.address(),
                        "f",
                        Channels.newChannel(new ByteArrayOutputStream()),
                        TftpOptions.defaults(),
                        TftpTransferListener.NONE);
    }

    private static Optional<Thread> platformThread(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst();
    }
}
