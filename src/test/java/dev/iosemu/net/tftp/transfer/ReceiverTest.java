package dev.iosemu.net.tftp.transfer;

import static dev.iosemu.net.tftp.transfer.Packets.bytes;
import static dev.iosemu.net.tftp.transfer.Packets.data;
import static dev.iosemu.net.tftp.transfer.Packets.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.net.tftp.TftpFailure;
import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.transfer.Packets.Sink;
import dev.iosemu.net.tftp.wire.TftpPacket.Ack;
import dev.iosemu.net.tftp.wire.TftpPacket.ErrorPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.OptionAck;
import dev.iosemu.testing.BreakingChannel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReceiverTest {
    private final RecordingOutbox out = new RecordingOutbox();
    private final Sink sink = new Sink();

    @AfterEach
    void everythingSentWasChecked() {
        out.assertNothingSent();
    }

    private Receiver started(int blockSize, int windowSize) {
        Receiver receiver = new Receiver(
                sink,
                settings(blockSize, windowSize, 3),
                new Ack(0),
                false,
                Completion.NONE,
                TftpTransferListener.NONE);
        receiver.start(out);
        assertThat(out.take(Ack.class).block()).isZero();
        return receiver;
    }

    private int ackedBlock() {
        return out.take(Ack.class).block();
    }

    @Test
    void acknowledgesEachBlockAndEndsOnAShortOne() {
        byte[] content = bytes(20);
        Receiver receiver = started(8, 1);
        receiver.onPacket(data(1, content, 8), out);
        assertThat(ackedBlock()).isEqualTo(1);
        receiver.onPacket(data(2, content, 8), out);
        assertThat(ackedBlock()).isEqualTo(2);
        receiver.onPacket(data(3, content, 8), out);
        assertThat(ackedBlock()).isEqualTo(3);
        assertThat(receiver.isFinished()).isTrue();
        assertThat(receiver.failure()).isNull();
        assertThat(sink.toByteArray()).isEqualTo(content);
        assertThat(receiver.bytesTransferred()).isEqualTo(20);
    }

    @Test
    void finishHookRunsOnceBeforeTheLastAcknowledgementLeaves() {
        byte[] content = bytes(5);
        Receiver receiver = started(8, 1);
        List<Integer> acksSentWhenFinished = new ArrayList<>();
        receiver.whenFinished(() -> acksSentWhenFinished.add(out.sentCount()));

        receiver.onPacket(data(1, content, 8), out);
        receiver.onPacket(data(1, content, 8), out); // a retransmission after the end: no second finish

        assertThat(acksSentWhenFinished).containsExactly(0);
        assertThat(ackedBlock()).isEqualTo(1);
    }

    @Test
    void emptyFinalBlockEndsAFileThatIsAMultipleOfTheBlockSize() {
        Receiver receiver = started(8, 1);
        receiver.onPacket(data(1, 8), out);
        receiver.onPacket(data(2, 0), out);
        assertThat(ackedBlock()).isEqualTo(1);
        assertThat(ackedBlock()).isEqualTo(2);
        assertThat(receiver.isFinished()).isTrue();
        assertThat(sink.toByteArray()).hasSize(8);
    }

    @Test
    void duplicateDataIsAcknowledgedAgainButWrittenOnce() {
        Receiver receiver = started(8, 1);
        receiver.onPacket(data(1, 8), out);
        assertThat(ackedBlock()).isEqualTo(1);
        receiver.onPacket(data(1, 8), out);
        assertThat(ackedBlock()).isEqualTo(1);
        assertThat(sink.toByteArray()).hasSize(8);
    }

    @Test
    void lostAckIsRecoveredByRetransmittingItOnTimeout() {
        Receiver receiver = started(8, 1);
        receiver.onPacket(data(1, 8), out);
        assertThat(ackedBlock()).isEqualTo(1);
        receiver.onTimer(out);
        assertThat(ackedBlock()).isEqualTo(1);
        receiver.onPacket(data(2, 3), out);
        assertThat(ackedBlock()).isEqualTo(2);
        assertThat(receiver.isFinished()).isTrue();
    }

    @Test
    void timeoutBeforeTheFirstBlockResendsTheOptionAck() {
        Receiver receiver = new Receiver(
                sink,
                settings(8, 1, 3),
                new OptionAck(Map.of("blksize", "8")),
                true,
                Completion.NONE,
                TftpTransferListener.NONE);
        receiver.start(out);
        out.take(OptionAck.class);
        receiver.onTimer(out);
        out.take(OptionAck.class);
    }

    @Test
    void retriesExhaustedFailsWithAMidTransferTimeout() {
        Receiver receiver = started(8, 1);
        out.advance(Packets.TIMEOUT); // a sender as slow as the timeout: each expiry spends a retry
        receiver.onPacket(data(1, 8), out);
        ackedBlock();
        for (int i = 0; i < 3; i++) {
            receiver.onTimer(out);
            assertThat(ackedBlock()).isEqualTo(1);
        }
        receiver.onTimer(out);
        assertThat(receiver.failure().failure()).isEqualTo(TftpFailure.TIMED_OUT_MID_TRANSFER);
        assertThat(receiver.failure().bytesTransferred()).isEqualTo(8);
    }

    @Test
    void windowIsAcknowledgedOnlyWhenComplete() {
        Receiver receiver = started(8, 4);
        for (int block = 1; block <= 3; block++) {
            receiver.onPacket(data(block, 8), out);
        }
        out.assertNothingSent();
        receiver.onPacket(data(4, 8), out);
        assertThat(ackedBlock()).isEqualTo(4);
    }

    @Test
    void gapInAWindowAcknowledgesTheLastInOrderBlockOnce() {
        Receiver receiver = started(8, 4);
        receiver.onPacket(data(1, 8), out);
        receiver.onPacket(data(3, 8), out);
        assertThat(ackedBlock()).isEqualTo(1);
        receiver.onPacket(data(4, 8), out);
        out.assertNothingSent();
        receiver.onPacket(data(2, 8), out);
        receiver.onPacket(data(3, 8), out);
        receiver.onPacket(data(4, 8), out);
        receiver.onPacket(data(5, 8), out);
        assertThat(ackedBlock()).isEqualTo(5);
        assertThat(sink.toByteArray()).hasSize(40);
    }

    @Test
    void retransmittedWindowAfterALostAckIsAcknowledgedOnce() {
        Receiver receiver = started(8, 2);
        receiver.onPacket(data(1, 8), out);
        receiver.onPacket(data(2, 8), out);
        assertThat(ackedBlock()).isEqualTo(2);
        receiver.onPacket(data(1, 8), out);
        receiver.onPacket(data(2, 8), out);
        assertThat(ackedBlock()).isEqualTo(2);
        assertThat(sink.toByteArray()).hasSize(16);
    }

    @Test
    void reorderedBlocksAreNeverWrittenOutOfOrder() {
        byte[] content = bytes(8 * 4 + 1);
        Receiver receiver = started(8, 4);
        receiver.onPacket(data(2, content, 8), out);
        assertThat(ackedBlock()).isZero();
        for (int block = 1; block <= 5; block++) {
            receiver.onPacket(data(block, content, 8), out);
        }
        assertThat(ackedBlock()).isEqualTo(4);
        assertThat(ackedBlock()).isEqualTo(5);
        assertThat(sink.toByteArray()).isEqualTo(content);
    }

    @Test
    void blockNumbersRollOverPast65535() {
        int blocks = 65_600;
        Receiver receiver = started(8, 16);
        for (int block = 1; block <= blocks; block++) {
            receiver.onPacket(data(block, block == blocks ? 5 : 8), out);
        }
        out.clear();
        assertThat(receiver.isFinished()).isTrue();
        assertThat(receiver.bytesTransferred()).isEqualTo(8L * (blocks - 1) + 5);
    }

    @Test
    void blockLargerThanNegotiatedIsAnIllegalOperation() {
        Receiver receiver = started(8, 1);
        receiver.onPacket(data(1, 9), out);
        assertThat(out.take(ErrorPacket.class).error()).isEqualTo(TftpError.ILLEGAL_OPERATION);
        assertThat(receiver.failure().failure()).isEqualTo(TftpFailure.PROTOCOL_ERROR);
    }

    @Test
    void errorFromThePeerEndsTheTransferWithItsCodeAndText() {
        Receiver receiver = started(8, 1);
        receiver.onPacket(new ErrorPacket(TftpError.ACCESS_VIOLATION, "no"), out);
        assertThat(receiver.failure().failure()).isEqualTo(TftpFailure.PEER_ERROR);
        assertThat(receiver.failure().error()).isEqualTo(TftpError.ACCESS_VIOLATION);
    }

    @Test
    void completionRunsBeforeTheFinalAck() {
        List<String> order = new ArrayList<>();
        Receiver receiver = new Receiver(
                sink, settings(8, 1, 3), new Ack(0), false, () -> order.add("commit"), TftpTransferListener.NONE);
        receiver.start(out);
        out.take(Ack.class);
        receiver.onPacket(data(1, 2), out);
        order.add("ack " + ackedBlock());
        assertThat(order).containsExactly("commit", "ack 1");
    }

    @Test
    void failedCompletionIsReportedInsteadOfTheFinalAck() {
        Receiver receiver = new Receiver(
                sink,
                settings(8, 1, 3),
                new Ack(0),
                false,
                () -> {
                    throw new IOException("flash full");
                },
                TftpTransferListener.NONE);
        receiver.start(out);
        out.take(Ack.class);
        receiver.onPacket(data(1, 2), out);
        assertThat(out.take(ErrorPacket.class).error()).isEqualTo(TftpError.DISK_FULL);
        assertThat(receiver.failure().failure()).isEqualTo(TftpFailure.LOCAL_ERROR);
        assertThat(receiver.failure().ownFailure())
                .get()
                .extracting(Throwable::getMessage)
                .isEqualTo("flash full");
    }

    @Test
    void fullWindowIsAcknowledgedBeforeItsLastBlockIsStoredButTheLastBlockOnlyAfter() {
        List<String> order = new ArrayList<>();
        WritableByteChannel recording = new WritableByteChannel() {
            @Override
            public int write(ByteBuffer source) {
                int n = source.remaining();
                source.position(source.limit());
                order.add("store " + n + " with " + out.sentCount() + " sent");
                return n;
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {}
        };
        Receiver receiver = new Receiver(
                recording,
                settings(8, 2, 3),
                null,
                false,
                () -> order.add("complete with " + out.sentCount() + " sent"),
                TftpTransferListener.NONE);
        receiver.start(out);

        receiver.onPacket(data(1, 8), out);
        receiver.onPacket(data(2, 8), out);
        receiver.onPacket(data(3, 5), out);

        assertThat(order)
                .containsExactly(
                        "store 8 with 0 sent", "store 8 with 1 sent", "store 5 with 1 sent", "complete with 1 sent");
        assertThat(ackedBlock()).isEqualTo(2);
        assertThat(ackedBlock()).isEqualTo(3);
    }

    @Test
    void sinkFailureIsSentAsDiskFullAndKeptAsOurOwn() {
        IOException full = new IOException("No space left on device");
        BreakingChannel failing = new BreakingChannel(0, full);
        Receiver receiver =
                new Receiver(failing, settings(8, 1, 3), null, false, Completion.NONE, TftpTransferListener.NONE);
        receiver.start(out);
        receiver.onPacket(data(1, 8), out);
        assertThat(ackedBlock())
                .as("a full window is acknowledged before it is stored")
                .isEqualTo(1);
        ErrorPacket error = out.take(ErrorPacket.class);
        assertThat(error.error()).isEqualTo(TftpError.DISK_FULL);
        assertThat(error.message()).isEqualTo("Write failed: No space left on device");
        assertThat(receiver.failure().ownFailure()).containsSame(full);
        assertThat(receiver.failure().bytesTransferred()).isZero();
    }

    @Test
    void dallyingReceiverAcknowledgesARetransmittedLastBlockUntilItsTimerFires() {
        Receiver receiver =
                new Receiver(sink, settings(8, 1, 3), new Ack(0), true, Completion.NONE, TftpTransferListener.NONE);
        receiver.start(out);
        out.take(Ack.class);
        receiver.onPacket(data(1, 3), out);
        assertThat(ackedBlock()).isEqualTo(1);
        assertThat(receiver.isFinished()).isTrue();
        assertThat(receiver.isLingering()).isTrue();
        receiver.onPacket(data(1, 3), out);
        assertThat(ackedBlock()).isEqualTo(1);
        receiver.onTimer(out);
        assertThat(receiver.isLingering()).isFalse();
        assertThat(sink.toByteArray()).hasSize(3);
    }

    @Test
    void repeatedOptionAckIsAnsweredWithAckZeroAgain() {
        Receiver receiver = started(8, 1);
        receiver.onPacket(new OptionAck(Map.of()), out);
        assertThat(ackedBlock()).isZero();
    }

    @Test
    void aQuickSenderIsWaitedForLessAndAnExpiryDoublesTheWaitUpToTheTimeout() {
        Receiver receiver = started(8, 1);
        for (int block = 1; block <= 4; block++) {
            out.advance(1_000_000); // a one-millisecond round trip
            receiver.onPacket(data(block, 8), out);
            assertThat(ackedBlock()).isEqualTo(block);
        }
        assertThat(out.timerNanos()).isEqualTo(RetransmitTimer.MIN_NANOS + 1_000_000);

        long waited = out.timerNanos();
        for (int expiry = 0; expiry < 8; expiry++) {
            receiver.onTimer(out);
            assertThat(ackedBlock()).isEqualTo(4);
            assertThat(out.timerNanos()).isEqualTo(Math.min(Packets.TIMEOUT, waited * 2));
            waited = out.timerNanos();
        }
        assertThat(receiver.failure())
                .as("still within its retries at the full timeout")
                .isNull();
    }

    @Test
    void blockAfterAResentAcknowledgementTimesNoRoundTrip() {
        Receiver receiver = started(8, 1);
        out.advance(1_000_000);
        receiver.onPacket(data(1, 8), out);
        ackedBlock();
        long adapted = out.timerNanos();
        receiver.onTimer(out); // our ACK 1 again, and the wait doubled
        ackedBlock();
        out.advance(Packets.TIMEOUT / 2);
        receiver.onPacket(data(2, 8), out); // answers one of the two ACKs: no sample (Karn)
        ackedBlock();

        assertThat(adapted).isEqualTo(RetransmitTimer.MIN_NANOS + 1_000_000);
        assertThat(out.timerNanos())
                .as("kept backed off, not stretched to half the timeout")
                .isEqualTo(2 * adapted);
    }
}
