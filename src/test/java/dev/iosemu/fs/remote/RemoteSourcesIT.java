package dev.iosemu.fs.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.fs.NotEnoughSpaceException;
import dev.iosemu.net.Ticker;
import dev.iosemu.net.ftp.FtpConnectionSettings;
import dev.iosemu.net.ftp.FtpServer;
import dev.iosemu.net.ftp.FtpServerConfig;
import dev.iosemu.net.tftp.RootDirectoryStore;
import dev.iosemu.net.tftp.TftpClient;
import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpOptions;
import dev.iosemu.net.tftp.TftpServer;
import dev.iosemu.net.tftp.TftpServerConfig;
import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.testing.BreakingChannel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The TFTP and FTP sources and sinks against the embedded servers on loopback. */
class RemoteSourcesIT {
    private final FileSystem serverFs = Jimfs.newFileSystem(Configuration.unix());
    private final Path root = serverFs.getPath("/srv");
    private final byte[] content = new byte[300_000];
    private final Recorder events = new Recorder();
    private TftpServer tftp;
    private FtpServer ftp;

    @BeforeEach
    void startServers() throws Exception {
        new Random(1).nextBytes(content);
        Files.createDirectories(root);
        Files.write(root.resolve("image.bin"), content);
        tftp = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(root))
                .writable(true)
                .build());
        ftp = FtpServer.start(
                FtpServerConfig.builder(root).account("u", "p", ".", true).build());
    }

    @AfterEach
    void stopServers() throws Exception {
        tftp.close();
        ftp.close();
        serverFs.close();
    }

    @Test
    void tftpSourceStreamsTheWholeFileAndAnnouncesItsSize() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        List<Long> sizes = new ArrayList<>();

        tftpFile().transferTo(Channels.newChannel(sink), sizes::add);

        assertThat(sink.toByteArray()).isEqualTo(content);
        assertThat(sizes).containsExactly((long) content.length);
        assertThat(events.started).containsExactly(OptionalLong.of(content.length));
        assertThat(events.bytes).isEqualTo(content.length);
    }

    @Test
    void tftpSourceRefusedOnTsizeRethrowsTheSpaceErrorBeforeAnyData() {
        NotEnoughSpaceException full = new NotEnoughSpaceException("/image.bin", content.length, 10);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();

        assertThatThrownBy(() -> tftpFile().transferTo(Channels.newChannel(sink), size -> {
                    throw full;
                }))
                .isSameAs(full);
        assertThat(sink.size()).isZero();
        assertThat(events.started).isEmpty();
    }

    @Test
    void tftpSourceRethrowsWhatTheDestinationThrewMidTransfer() {
        IOException full = new IOException("flash full");
        BreakingChannel fillsUp = new BreakingChannel(100_000, full);

        assertThatThrownBy(() -> tftpFile().transferTo(fillsUp, size -> {})).isSameAs(full);
    }

    @Test
    void tftpSinkRethrowsWhatTheSourceThrewMidTransfer() {
        IOException unreadable = new IOException("bad block");
        BreakingChannel breaks = new BreakingChannel(100_000, unreadable);

        assertThatThrownBy(() -> new TftpFile(
                                TftpClient.create(Ticker.system()), tftp.address(), "by-tftp.bin", options(), events)
                        .upload(breaks, content.length))
                .isSameAs(unreadable);
        assertThat(root.resolve("by-tftp.bin")).doesNotExist();
    }

    @Test
    void tftpSourceRefusedByTheServerStaysATftpFailure() {
        TftpFile missing =
                new TftpFile(TftpClient.create(Ticker.system()), tftp.address(), "missing.bin", options(), events);

        assertThatThrownBy(() -> missing.transferTo(Channels.newChannel(new ByteArrayOutputStream()), size -> {}))
                .isInstanceOfSatisfying(TftpException.class, e -> {
                    assertThat(e.error()).isEqualTo(TftpError.FILE_NOT_FOUND);
                    assertThat(e.ownFailure()).isEmpty();
                });
    }

    @Test
    void ftpSourceAsksSizeBeforeOpeningTheDataConnection() {
        NotEnoughSpaceException full = new NotEnoughSpaceException("/image.bin", content.length, 10);

        assertThatThrownBy(() -> new FtpFile(ftpSettings(), "image.bin", events)
                        .transferTo(Channels.newChannel(new ByteArrayOutputStream()), size -> {
                            throw full;
                        }))
                .isSameAs(full);
        assertThat(events.commands).contains("SIZE image.bin").noneMatch(c -> c.startsWith("RETR"));
        assertThat(events.commands).noneMatch(c -> c.startsWith("PASV") || c.startsWith("EPSV"));
    }

    @Test
    void ftpSourceStreamsTheWholeFile() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();

        new FtpFile(ftpSettings(), "image.bin", events).transferTo(Channels.newChannel(sink), size -> {});

        assertThat(sink.toByteArray()).isEqualTo(content);
        assertThat(events.bytes).isEqualTo(content.length);
    }

    @Test
    void sinksWriteTheFileOnBothServers() throws Exception {
        new TftpFile(TftpClient.create(Ticker.system()), tftp.address(), "by-tftp.bin", options(), events)
                .upload(Channels.newChannel(new java.io.ByteArrayInputStream(content)), content.length);
        new FtpFile(ftpSettings(), "by-ftp.bin", events)
                .upload(Channels.newChannel(new java.io.ByteArrayInputStream(content)), content.length);

        assertThat(Files.readAllBytes(root.resolve("by-tftp.bin"))).isEqualTo(content);
        assertThat(Files.readAllBytes(root.resolve("by-ftp.bin"))).isEqualTo(content);
    }

    private TftpFile tftpFile() {
        return new TftpFile(TftpClient.create(Ticker.system()), tftp.address(), "image.bin", options(), events);
    }

    private static TftpOptions options() {
        return TftpOptions.builder().timeout(Duration.ofMillis(200)).retries(2).build();
    }

    private FtpConnectionSettings ftpSettings() {
        return FtpConnectionSettings.builder(ftp.address().getAddress().getHostAddress())
                .port(ftp.address().getPort())
                .credentials("u", "p")
                .build();
    }

    /** Records what a transfer reported. */
    private static final class Recorder implements RemoteTransferEvents {
        final List<OptionalLong> started = new ArrayList<>();
        final List<String> commands = new ArrayList<>();
        long bytes;

        @Override
        public void started(OptionalLong size) {
            started.add(size);
        }

        @Override
        public void transferred(long n) {
            bytes += n;
        }

        @Override
        public void trace(TraceKind kind, String line) {
            if (kind == TraceKind.DIALOGUE && line.startsWith("FTP: ---> ")) {
                commands.add(line.substring("FTP: ---> ".length()));
            }
        }
    }
}
