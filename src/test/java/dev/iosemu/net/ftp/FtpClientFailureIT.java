package dev.iosemu.net.ftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.net.ftp.FtpException.Kind;
import dev.iosemu.net.ftp.ScriptedFtpServer.Fault;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Our client against a scripted server that drops, stalls or never greets. */
@Timeout(30)
class FtpClientFailureIT {
    private static FtpConnectionSettings settings(ScriptedFtpServer server, Duration dataTimeout) {
        return FtpConnectionSettings.builder("127.0.0.1")
                .port(server.port())
                .credentials("cisco", "cisco")
                .connectTimeout(Duration.ofSeconds(5))
                .dataTimeout(dataTimeout)
                .build();
    }

    private static FtpException retrieveFailure(Fault fault, Duration dataTimeout) throws IOException {
        try (ScriptedFtpServer server = new ScriptedFtpServer(fault);
                FtpClient client = FtpClient.connect(settings(server, dataTimeout), null)) {
            RecordingListener listener = new RecordingListener();
            try {
                client.retrieve("image.bin", new ByteArrayOutputStream(), listener);
            } catch (FtpException e) {
                assertThat(e.bytesTransferred()).isEqualTo(listener.bytes.get());
                return e;
            }
            throw new AssertionError("the transfer should have failed");
        }
    }

    @Test
    void dataConnectionDroppedMidTransferIsConnectionLost() throws IOException {
        FtpException e = retrieveFailure(Fault.DROP_DATA, Duration.ofSeconds(10));
        assertThat(e.kind()).isEqualTo(Kind.CONNECTION_LOST);
        assertThat(e.bytesTransferred()).isPositive();
    }

    @Test
    void controlConnectionDroppedMidTransferIsConnectionLost() throws IOException {
        FtpException e = retrieveFailure(Fault.DROP_CONTROL, Duration.ofSeconds(10));
        assertThat(e.kind()).isEqualTo(Kind.CONNECTION_LOST);
        assertThat(e.bytesTransferred()).isEqualTo(100_000);
    }

    @Test
    void stalledDataConnectionTimesOut() throws IOException {
        FtpException e = retrieveFailure(Fault.STALL, Duration.ofMillis(300));
        assertThat(e.kind()).isEqualTo(Kind.TIMED_OUT);
        assertThat(e.bytesTransferred()).isEqualTo(100_000);
    }

    @Test
    void sizeIsEmptyWhenTheServerDoesNotImplementIt() throws IOException {
        try (ScriptedFtpServer server = new ScriptedFtpServer(Fault.STALL);
                FtpClient client = FtpClient.connect(settings(server, Duration.ofSeconds(10)), null)) {
            assertThat(client.size("image.bin")).isEmpty();
        }
    }

    @Test
    void missingGreetingTimesOut() throws IOException {
        try (ScriptedFtpServer server = new ScriptedFtpServer(Fault.SILENT_GREETING)) {
            assertThatThrownBy(() -> FtpClient.connect(
                            settings(server, Duration.ofSeconds(10)).toBuilder()
                                    .connectTimeout(Duration.ofMillis(300))
                                    .build(),
                            null))
                    .isInstanceOfSatisfying(
                            FtpException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMED_OUT));
        }
    }

    @Test
    void interruptingTheTransferThreadCancelsAStalledDownload() throws Exception {
        assertStalledDownloadIsCancelledBy((client, transferThread) -> transferThread.interrupt());
    }

    @Test
    void cancelFromAnotherThreadAbortsAStalledDownload() throws Exception {
        assertStalledDownloadIsCancelledBy((client, transferThread) -> client.cancel());
    }

    /** Starts a download that stalls (with a long timeout), then cancels it while it is blocked. */
    private static void assertStalledDownloadIsCancelledBy(BiConsumer<FtpClient, Thread> cancel) throws Exception {
        try (ScriptedFtpServer server = new ScriptedFtpServer(Fault.STALL);
                FtpClient client = FtpClient.connect(settings(server, Duration.ofMinutes(5)), null)) {
            CountDownLatch started = new CountDownLatch(1);
            FtpTransferListener listener = new FtpTransferListener() {
                @Override
                public void onBytes(long n) {
                    started.countDown();
                }
            };
            CompletableFuture<Long> outcome = new CompletableFuture<>();
            Thread transfer = Thread.ofPlatform().start(() -> {
                try {
                    outcome.complete(client.retrieve("image.bin", new ByteArrayOutputStream(), listener));
                } catch (IOException | RuntimeException e) {
                    outcome.completeExceptionally(e);
                }
            });
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            cancel.accept(client, transfer);
            assertThatThrownBy(() -> outcome.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOfSatisfying(
                            FtpException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CANCELLED));
            assertThat(server.finished.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"ENDLESS_GREETING", "ENDLESS_LINE"})
    void aServerThatNeverEndsItsGreetingIsAProtocolErrorNotAnOutOfMemory(Fault fault) throws IOException {
        try (ScriptedFtpServer server = new ScriptedFtpServer(fault)) {
            assertThatThrownBy(() -> FtpClient.connect(settings(server, Duration.ofSeconds(10)), null))
                    .isInstanceOfSatisfying(
                            FtpException.class, e -> assertThat(e.kind()).isEqualTo(Kind.OTHER));
        }
    }

    @Test
    void anUploadTheServerNeverReadsTimesOut() throws IOException {
        try (ScriptedFtpServer server = new ScriptedFtpServer(Fault.NEVER_READS);
                FtpClient client = FtpClient.connect(settings(server, Duration.ofMillis(500)), null)) {
            assertThatThrownBy(() -> client.store("big.bin", endless(new CountDownLatch(1)), new RecordingListener()))
                    .isInstanceOfSatisfying(
                            FtpException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMED_OUT));
        }
    }

    @Test
    void cancelFromAnotherThreadAbortsAnUploadTheServerNeverReads() throws Exception {
        try (ScriptedFtpServer server = new ScriptedFtpServer(Fault.NEVER_READS);
                FtpClient client = FtpClient.connect(settings(server, Duration.ofMinutes(5)), null)) {
            CountDownLatch sending = new CountDownLatch(1);
            InputStream endless = endless(sending);
            CompletableFuture<Long> outcome = new CompletableFuture<>();
            Thread.ofPlatform().start(() -> {
                try {
                    outcome.complete(client.store("big.bin", endless, null));
                } catch (IOException | RuntimeException e) {
                    outcome.completeExceptionally(e);
                }
            });
            assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();

            client.cancel();

            assertThatThrownBy(() -> outcome.get(10, TimeUnit.SECONDS))
                    .cause()
                    .isInstanceOfSatisfying(
                            FtpException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CANCELLED));
        }
    }

    /** Zeros without end; {@code reading} opens at the first read. */
    private static InputStream endless(CountDownLatch reading) {
        return new InputStream() {
            @Override
            public int read() {
                reading.countDown();
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                reading.countDown();
                return len;
            }
        };
    }
}
