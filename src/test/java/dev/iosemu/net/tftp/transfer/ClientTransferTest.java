package dev.iosemu.net.tftp.transfer;

import static dev.iosemu.net.tftp.transfer.Packets.ack;
import static dev.iosemu.net.tftp.transfer.Packets.bytes;
import static dev.iosemu.net.tftp.transfer.Packets.data;
import static dev.iosemu.net.tftp.transfer.Packets.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpFailure;
import dev.iosemu.net.tftp.TftpOptions;
import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.transfer.Packets.Sink;
import dev.iosemu.net.tftp.wire.TftpPacket.Ack;
import dev.iosemu.net.tftp.wire.TftpPacket.Data;
import dev.iosemu.net.tftp.wire.TftpPacket.ErrorPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.OptionAck;
import dev.iosemu.net.tftp.wire.TftpPacket.ReadRequest;
import dev.iosemu.net.tftp.wire.TftpPacket.WriteRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientTransferTest {
    private final RecordingOutbox out = new RecordingOutbox();
    private final Sink sink = new Sink();
    private final List<String> negotiations = new ArrayList<>();
    private final TftpTransferListener recorder = new TftpTransferListener() {
        @Override
        public void onNegotiated(OptionalLong size, int blockSize, int windowSize) {
            negotiations.add(size + " " + blockSize + " " + windowSize);
        }
    };

    private final TftpOptions options = TftpOptions.builder()
            .blockSize(1468)
            .windowSize(8)
            .timeout(Duration.ofSeconds(2))
            .retries(2)
            .build();

    @AfterEach
    void everythingSentWasChecked() {
        out.assertNothingSent();
    }

    private ClientDownload download(TftpOptions options, TftpTransferListener listener) {
        ClientDownload download = new ClientDownload("f", sink, Completion.NONE, options, listener);
        download.start(out);
        return download;
    }

    @Test
    void readRequestCarriesTheOptionsInOrder() {
        download(options.toBuilder().requestTimeout(true).build(), recorder);
        ReadRequest request = out.take(ReadRequest.class);
        assertThat(request.filename()).isEqualTo("f");
        assertThat(request.options())
                .containsExactly(
                        Map.entry("blksize", "1468"),
                        Map.entry("timeout", "2"),
                        Map.entry("tsize", "0"),
                        Map.entry("windowsize", "8"));
        assertThat(out.timerNanos()).isEqualTo(2_000_000_000L);
    }

    @Test
    void defaultOptionsRequestOnlyTheTransferSizeAndLeaveTheServerItsOwnTimer() {
        download(TftpOptions.defaults(), recorder);
        assertThat(out.take(ReadRequest.class).options()).containsOnlyKeys("tsize");
    }

    @Test
    void timeoutIsAskedOfTheServerOnlyWhenConfigured() {
        download(options, recorder);
        assertThat(out.take(ReadRequest.class).options()).doesNotContainKey("timeout");
    }

    @Test
    void noAnswerAtAllTimesOutBeforeStartAfterTheRetries() {
        ClientDownload download = download(options, recorder);
        out.take(ReadRequest.class);
        download.onTimer(out);
        download.onTimer(out);
        assertThat(out.take(ReadRequest.class)).isEqualTo(out.take(ReadRequest.class));
        download.onTimer(out);
        assertThat(download.failure().failure()).isEqualTo(TftpFailure.TIMED_OUT_BEFORE_START);
    }

    @Test
    void acceptedOptionAckIsAnsweredWithAckZeroAndReportsTheSize() {
        ClientDownload download = download(options, recorder);
        out.take(ReadRequest.class);
        download.onPacket(new OptionAck(Map.of("blksize", "1024", "tsize", "3000", "windowsize", "2")), out);
        assertThat(out.take(Ack.class).block()).isZero();
        assertThat(negotiations).containsExactly("OptionalLong[3000] 1024 2");
        download.onPacket(data(1, 1024), out);
        out.assertNothingSent();
        download.onPacket(data(2, 1024), out);
        assertThat(out.take(Ack.class).block()).isEqualTo(2);
    }

    @Test
    void optionAckWithAnUnrequestedOptionIsRefusedWithError8() {
        ClientDownload download = download(options, recorder);
        out.take(ReadRequest.class);
        download.onPacket(new OptionAck(Map.of("multicast", "1")), out);
        assertThat(out.take(ErrorPacket.class).error()).isEqualTo(TftpError.OPTION_NEGOTIATION);
        assertThat(download.failure().failure()).isEqualTo(TftpFailure.PROTOCOL_ERROR);
        assertThat(negotiations).isEmpty();
    }

    @Test
    void optionAckRaisingTheBlockSizeIsRefused() {
        ClientDownload download = download(options, recorder);
        out.take(ReadRequest.class);
        download.onPacket(new OptionAck(Map.of("blksize", "4096")), out);
        assertThat(out.take(ErrorPacket.class).error()).isEqualTo(TftpError.OPTION_NEGOTIATION);
        assertThat(download.isFinished()).isTrue();
        assertThat(download.failure()).hasMessage("server raised blksize to 4096, asked 1468");
    }

    @Test
    void refusalsNameTheOptionAndTheValue() {
        assertThat(refusal(Map.of("multicast", "1"))).isEqualTo("server added option multicast, not asked for");
        assertThat(refusal(Map.of("tsize", "lots"))).isEqualTo("server sent tsize \"lots\", not a number");
        assertThat(refusal(Map.of("blksize", "4"))).isEqualTo("server sent blksize 4, below 8");
        assertThat(refusal(Map.of("windowsize", "9"))).isEqualTo("server raised windowsize to 9, asked 8");
    }

    private String refusal(Map<String, String> oack) {
        ClientDownload download = download(options, recorder);
        out.take(ReadRequest.class);
        download.onPacket(new OptionAck(oack), out);
        out.take(ErrorPacket.class);
        return download.failure().getMessage();
    }

    @Test
    void serverIgnoringOptionsFallsBackToPlainLockStep() {
        ClientDownload download = download(options, recorder);
        out.take(ReadRequest.class);
        download.onPacket(data(1, 512), out);
        assertThat(out.take(Ack.class).block()).isEqualTo(1);
        assertThat(negotiations).containsExactly("OptionalLong.empty 512 1");
        download.onPacket(data(2, 10), out);
        assertThat(out.take(Ack.class).block()).isEqualTo(2);
        assertThat(download.isFinished()).isTrue();
        assertThat(sink.toByteArray()).hasSize(522);
    }

    @Test
    void listenerRefusalSendsItsErrorBeforeAnyByteIsWritten() {
        TftpTransferListener refusing = new TftpTransferListener() {
            @Override
            public void onNegotiated(OptionalLong size, int blockSize, int windowSize) throws TftpException {
                throw TftpException.diskFull("file too big for flash");
            }
        };
        ClientDownload download = download(options, refusing);
        out.take(ReadRequest.class);
        download.onPacket(new OptionAck(Map.of("tsize", "99999999")), out);
        ErrorPacket error = out.take(ErrorPacket.class);
        assertThat(error.error()).isEqualTo(TftpError.DISK_FULL);
        assertThat(download.failure().error()).isEqualTo(TftpError.DISK_FULL);
        assertThat(download.failure().failure()).isEqualTo(TftpFailure.LOCAL_ERROR);
        assertThat(sink.toByteArray()).isEmpty();
    }

    @Test
    void errorAnswerToTheRequestIsAPeerError() {
        ClientDownload download = download(options, recorder);
        out.take(ReadRequest.class);
        download.onPacket(new ErrorPacket(TftpError.FILE_NOT_FOUND, "File not found"), out);
        assertThat(download.failure().failure()).isEqualTo(TftpFailure.PEER_ERROR);
        assertThat(download.failure().error()).isEqualTo(TftpError.FILE_NOT_FOUND);
    }

    @Test
    void uploadAnnouncesItsSizeAndStartsOnAckZero() {
        ClientUpload upload = new ClientUpload("u", source(bytes(10)), 10, TftpOptions.defaults(), recorder);
        upload.start(out);
        assertThat(out.take(WriteRequest.class).options()).containsEntry("tsize", "10");
        upload.onPacket(ack(0), out);
        assertThat(out.take(Data.class).payload().remaining()).isEqualTo(10);
        upload.onPacket(ack(1), out);
        assertThat(upload.isFinished()).isTrue();
        assertThat(upload.bytesTransferred()).isEqualTo(10);
    }

    @Test
    void releasingAnUploadGivesItsSendersBlockBuffersBack() throws Exception {
        DirectBuffersTest.onNewThread(() -> {
            ClientUpload upload = new ClientUpload("u", source(bytes(10)), 10, TftpOptions.defaults(), recorder);
            upload.start(out);
            out.take(WriteRequest.class);
            upload.release(); // before the server answered: nothing to give back
            assertThat(DirectBuffers.keptBytes()).isZero();
            upload.onPacket(ack(0), out);
            out.take(Data.class);
            upload.onPacket(ack(1), out);

            upload.release();

            assertThat(DirectBuffers.keptBytes()).isEqualTo(4 + 512); // DATA 1: header and a block of 512
        });
    }

    @Test
    void uploadOfUnknownSizeSendsNoTransferSize() {
        ClientUpload upload = new ClientUpload("u", source(bytes(10)), -1, TftpOptions.defaults(), recorder);
        upload.start(out);
        assertThat(out.take(WriteRequest.class).options()).doesNotContainKey("tsize");
    }

    @Test
    void uploadStartsSendingAfterAnAcceptedOptionAck() {
        ClientUpload upload = new ClientUpload("u", source(bytes(3000)), 3000, options, recorder);
        upload.start(out);
        out.take(WriteRequest.class);
        upload.onPacket(new OptionAck(Map.of("blksize", "1000", "windowsize", "2")), out);
        assertThat(out.takeDataBlocks(2)).containsExactly(1, 2);
        upload.onPacket(new OptionAck(Map.of("blksize", "1000", "windowsize", "2")), out);
        out.assertNothingSent();
    }
}
