package dev.iosemu.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.net.ftp.FtpClient;
import dev.iosemu.net.ftp.FtpConnectionSettings;
import dev.iosemu.net.ftp.FtpException;
import dev.iosemu.net.ftp.FtpServer;
import dev.iosemu.net.ftp.FtpServerConfig;
import dev.iosemu.net.ftp.FtpTransferListener;
import dev.iosemu.net.tftp.RootDirectoryStore;
import dev.iosemu.net.tftp.TftpClient;
import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpOptions;
import dev.iosemu.net.tftp.TftpServer;
import dev.iosemu.net.tftp.TftpServerConfig;
import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.testing.LogCapture;
import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The protocols log each transfer at their edges: start, end and failure at DEBUG (FINE), a failure's stack at TRACE. */
class TransferLogIT {
    private static final TftpOptions QUICK =
            TftpOptions.builder().timeout(Duration.ofMillis(200)).retries(2).build();

    private FileSystem fs;
    private Path root;

    @BeforeEach
    void files() throws Exception {
        fs = Jimfs.newFileSystem(Configuration.unix());
        root = Files.createDirectories(fs.getPath("/srv"));
        Files.writeString(root.resolve("r1.cfg"), "hostname R1\n");
    }

    @AfterEach
    void closeFiles() throws Exception {
        fs.close();
    }

    @Test
    void tftpClientAndServerLogEachTransferAndWhyOneFailed() throws Exception {
        try (LogCapture client = LogCapture.of(TftpClient.class, Level.FINER);
                LogCapture server = LogCapture.named("dev.iosemu.net.tftp.transport.ServerSession", Level.FINE);
                TftpServer tftp = TftpServer.start(
                        TftpServerConfig.builder(RootDirectoryStore.of(root)).build())) {
            TftpClient tftpClient = TftpClient.create(Ticker.system());
            tftpClient.download(tftp.address(), "r1.cfg", sink(), QUICK, TftpTransferListener.NONE);
            assertThatThrownBy(() ->
                            tftpClient.download(tftp.address(), "missing", sink(), QUICK, TftpTransferListener.NONE))
                    .isInstanceOf(TftpException.class);

            String missing = "TFTP client read missing from " + tftp.address();
            assertThat(client.messages())
                    .containsExactly(
                            "TFTP client read r1.cfg from " + tftp.address() + ": started",
                            "TFTP client read r1.cfg from " + tftp.address() + ": complete, 12 bytes",
                            missing + ": started",
                            missing + ": failed: dev.iosemu.net.tftp.TftpException: File not found: missing",
                            missing + ": failure trace");
            assertThat(client.records().get(3).getLevel()).isEqualTo(Level.FINE);
            assertThat(client.records().get(4).getLevel()).isEqualTo(Level.FINER);
            assertThat(client.records().get(4).getThrown()).isInstanceOf(TftpException.class);
            assertThat(server.await(r -> r.getMessage().startsWith("TFTP server read missing by")
                                    && r.getMessage().contains("failed"))
                            .getLevel())
                    .isEqualTo(Level.FINE);
            assertThat(server.await(r -> r.getMessage().startsWith("TFTP server read r1.cfg by")
                                    && r.getMessage().endsWith(": complete"))
                            .getLevel())
                    .isEqualTo(Level.FINE);
        }
    }

    @Test
    void ftpClientAndServerLogARefusedLoginAndAMissingFile() throws Exception {
        try (LogCapture client = LogCapture.of(FtpClient.class, Level.FINE);
                LogCapture server = LogCapture.of(FtpServer.class, Level.FINE);
                FtpServer ftp = FtpServer.start(FtpServerConfig.builder(root)
                        .account("cisco", "cisco", "", false)
                        .build())) {
            FtpConnectionSettings.Builder settings = FtpConnectionSettings.builder("127.0.0.1")
                    .port(ftp.address().getPort())
                    .connectTimeout(Duration.ofSeconds(5))
                    .dataTimeout(Duration.ofSeconds(5));
            assertThatThrownBy(() -> FtpClient.connect(
                            settings.credentials("cisco", "wrong").build(), FtpTransferListener.NONE))
                    .isInstanceOf(FtpException.class);
            try (FtpClient session =
                    FtpClient.connect(settings.credentials("cisco", "cisco").build(), FtpTransferListener.NONE)) {
                assertThatThrownBy(() -> session.retrieve("missing.bin", sink(), FtpTransferListener.NONE))
                        .isInstanceOf(FtpException.class);
            }

            String at = "127.0.0.1:" + ftp.address().getPort();
            assertThat(client.await(r -> r.getMessage().startsWith("FTP client login as cisco to " + at + ": failed"))
                            .getLevel())
                    .isEqualTo(Level.FINE);
            assertThat(client.await(r -> r.getMessage().startsWith("FTP client RETR missing.bin on " + at + ": failed"))
                            .getLevel())
                    .isEqualTo(Level.FINE);
            assertThat(server.await(r -> r.getMessage().startsWith("FTP server RETR missing.bin by ")
                                    && r.getMessage().contains(": failed: 550"))
                            .getLevel())
                    .isEqualTo(Level.FINE);
        }
    }

    private static java.nio.channels.WritableByteChannel sink() {
        return Channels.newChannel(new ByteArrayOutputStream());
    }
}
