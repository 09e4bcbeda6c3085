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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    void withPlatformListenerTransferThreadsTakeTurnsAndEndWithTheServer() throws Exception {
        List<Thread> threads;
        try (TftpServer server = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(root))
                .platformListener(true)
                .build())) {
            String prefix = "tftp-transfer-" + server.address().getPort() + "-";
            assertThat(platformThreads(prefix)).hasSize(1); // the one listening, before any request

            for (int i = 0; i < 3; i++) {
                assertThat(download(server)).isEqualTo(3000);
            }

            threads = platformThreads(prefix);
            assertThat(threads).isNotEmpty();
            assertThat(platformThreads("tftp-server-")).isEmpty();
        }
        for (Thread thread : threads) {
            thread.join(); // close() has closed the port the listener was blocked on
        }
    }

    @Test
    void transferThreadsTakingTurnsServeConcurrentClients() throws Exception {
        try (TftpServer server = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(root))
                        .platformListener(true)
                        .build());
                ExecutorService clients = Executors.newFixedThreadPool(6)) {
            List<Future<Long>> downloads = new ArrayList<>();
            for (int i = 0; i < 18; i++) {
                downloads.add(clients.submit(() -> download(server)));
            }
            for (Future<Long> download : downloads) {
                assertThat(download.get()).isEqualTo(3000);
            }
        }
    }

    @Test
    void listenerIsVirtualByDefault() throws Exception {
        try (TftpServer server = TftpServer.start(
                TftpServerConfig.builder(RootDirectoryStore.of(root)).build())) {
            // an idle server holds no platform thread: transfer threads start with the first request
            assertThat(platformThreads("tftp-transfer-" + server.address().getPort() + "-"))
                    .isEmpty();

            assertThat(download(server)).isEqualTo(3000);
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

    /** The live platform threads whose names start with {@code prefix} (virtual threads are never listed). */
    private static List<Thread> platformThreads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(prefix))
                .toList();
    }
}
