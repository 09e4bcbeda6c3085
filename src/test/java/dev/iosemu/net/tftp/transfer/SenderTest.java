package dev.iosemu.net.tftp.transfer;

import static dev.iosemu.net.tftp.transfer.Packets.ack;
import static dev.iosemu.net.tftp.transfer.Packets.bytes;
import static dev.iosemu.net.tftp.transfer.Packets.settings;
import static dev.iosemu.net.tftp.transfer.Packets.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.net.tftp.TftpFailure;
import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.wire.TftpPacket.Data;
import dev.iosemu.net.tftp.wire.TftpPacket.ErrorPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.OptionAck;
import dev.iosemu.testing.BreakingChannel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ScatteringByteChannel;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SenderTest {
    private final RecordingOutbox out = new RecordingOutbox();

    @AfterEach
    void everythingSentWasChecked() {
        out.assertNothingSent();
    }

    private Sender started(byte[] content, int blockSize, int windowSize) {
        Sender sender =
                new Sender(source(content), settings(blockSize, windowSize, 3), null, true, TftpTransferListener.NONE);
        sender.start(out);
        return sender;
    }

    @Test
    void sendsEachBlockAfterTheAckOfThePreviousAndEndsOnAShortBlock() {
        Sender sender = started(bytes(20), 8, 1);
        assertThat(out.take(Data.class).block()).isEqualTo(1);
        sender.onPacket(ack(1), out);
        assertThat(out.take(Data.class).block()).isEqualTo(2);
        sender.onPacket(ack(2), out);
        Data last = out.take(Data.class);
        assertThat(last.block()).isEqualTo(3);
        assertThat(last.payload().remaining()).isEqualTo(4);
        assertThat(sender.isFinished()).isFalse();
        sender.onPacket(ack(3), out);
        assertThat(sender.isFinished()).isTrue();
        assertThat(sender.failure()).isNull();
        assertThat(sender.bytesTransferred()).isEqualTo(20);
    }

    @Test
    void releaseGivesTheBlockBuffersBackForTheThreadsNextSender() throws Exception {
        DirectBuffersTest.onNewThread(() -> {
            Sender first = started(bytes(20), 8, 1);
            for (int block = 1; block <= 3; block++) {
                assertThat(out.take(Data.class).block()).isEqualTo(block);
                first.onPacket(ack(block), out);
            }
            assertThat(DirectBuffers.keptBytes()).isZero();

            first.release();
            int kept = DirectBuffers.keptBytes();
            assertThat(kept).isPositive().isEqualTo(kept / 12 * 12); // whole 12-byte frames: header and 8 bytes

            byte[] other = bytes(12);
            other[0] = 42;
            Sender second = started(other, 8, 1);
            Data data = out.take(Data.class);
            assertThat(DirectBuffers.keptBytes()).isLessThan(kept);
            assertThat(data.payload().get(0)).isEqualTo((byte) 42);
            second.onPacket(ack(1), out);
            assertThat(out.take(Data.class).payload().remaining()).isEqualTo(4);
            second.onPacket(ack(2), out);
            assertThat(second.isFinished()).isTrue();
        });
    }

    @Test
    void sizeThatIsAMultipleOfTheBlockSizeEndsWithAnEmptyBlock() {
        Sender sender = started(bytes(16), 8, 1);
        sender.onPacket(ack(1), out);
        sender.onPacket(ack(2), out);
        assertThat(out.takeDataBlocks(2)).containsExactly(1, 2);
        Data empty = out.take(Data.class);
        assertThat(empty.block()).isEqualTo(3);
        assertThat(empty.payload().remaining()).isZero();
        sender.onPacket(ack(3), out);
        assertThat(sender.isFinished()).isTrue();
    }

    @Test
    void emptySourceSendsOneEmptyBlock() {
        Sender sender = started(new byte[0], 512, 1);
        assertThat(out.take(Data.class).payload().remaining()).isZero();
        sender.onPacket(ack(1), out);
        assertThat(sender.isFinished()).isTrue();
    }

    @Test
    void duplicateAckDoesNotResendBlock() {
        Sender sender = started(bytes(40), 8, 1);
        out.take(Data.class);
        sender.onPacket(ack(1), out);
        assertThat(out.take(Data.class).block()).isEqualTo(2);
        sender.onPacket(ack(1), out);
        sender.onPacket(ack(1), out);
        out.assertNothingSent();
    }

    @Test
    void timeoutResendsTheUnacknowledgedBlockFromTheSameBytes() {
        byte[] content = bytes(20);
        Sender sender = started(content, 8, 1);
        Data first = out.take(Data.class);
        sender.onTimer(out);
        Data again = out.take(Data.class);
        assertThat(again.block()).isEqualTo(1);
        assertThat(again.payload()).isEqualTo(first.payload());
    }

    @Test
    void retriesExhaustedFailsMidTransferWithTheBytesAcknowledged() {
        Sender sender = started(bytes(40), 8, 1);
        out.take(Data.class);
        out.advance(Packets.TIMEOUT); // a receiver as slow as the timeout: each expiry spends a retry
        sender.onPacket(ack(1), out);
        out.take(Data.class);
        for (int i = 0; i < 3; i++) {
            sender.onTimer(out);
            assertThat(out.take(Data.class).block()).isEqualTo(2);
        }
        sender.onTimer(out);
        assertThat(sender.isFinished()).isTrue();
        assertThat(sender.failure().failure()).isEqualTo(TftpFailure.TIMED_OUT_MID_TRANSFER);
        assertThat(sender.failure().bytesTransferred()).isEqualTo(8);
    }

    @Test
    void windowSendsWindowSizeBlocksThenWaitsForTheAck() {
        Sender sender = started(bytes(8 * 10), 8, 4);
        assertThat(out.takeDataBlocks(4)).containsExactly(1, 2, 3, 4);
        out.assertNothingSent();
        sender.onPacket(ack(4), out);
        assertThat(out.takeDataBlocks(4)).containsExactly(5, 6, 7, 8);
    }

    @Test
    void ackInsideTheWindowResendsFromTheFollowingBlock() {
        Sender sender = started(bytes(8 * 10), 8, 4);
        out.takeDataBlocks(4);
        sender.onPacket(ack(2), out);
        assertThat(out.takeDataBlocks(4)).containsExactly(3, 4, 5, 6);
        assertThat(sender.bytesTransferred()).isEqualTo(16);
    }

    @Test
    void nextWindowIsReadWhileTheCurrentOneAwaitsItsAck() {
        ByteArrayInputStream input = new ByteArrayInputStream(bytes(8 * 8 + 4));
        Sender sender =
                new Sender(Channels.newChannel(input), settings(8, 2, 3), null, true, TftpTransferListener.NONE);
        sender.start(out);
        assertThat(out.takeDataBlocks(2)).containsExactly(1, 2);
        assertThat(input.available()).as("blocks 3 to 6 read ahead").isEqualTo(8 * 2 + 4);
        sender.onPacket(ack(2), out);
        assertThat(out.takeDataBlocks(2)).containsExactly(3, 4);
        assertThat(input.available())
                .as("nothing more read while blocks 5 and 6 are in hand")
                .isEqualTo(8 * 2 + 4);
        sender.onPacket(ack(4), out);
        assertThat(out.takeDataBlocks(2)).containsExactly(5, 6);
        assertThat(input.available())
                .as("the rest read ahead, short block 9 included")
                .isZero();
        sender.onPacket(ack(6), out);
        assertThat(out.takeDataBlocks(2)).containsExactly(7, 8);
        sender.onPacket(ack(8), out);
        assertThat(out.take(Data.class).payload().remaining()).isEqualTo(4);
        sender.onPacket(ack(9), out);
        assertThat(sender.isFinished()).isTrue();
    }

    @Test
    void readsAheadTwiceAsManyBlocksEachTimeUpToSixtyFourKibibytes() {
        int blockSize = 512;
        byte[] content = bytes(blockSize * 300);
        CountingSource source = new CountingSource(content);
        Sender sender = new Sender(source, settings(blockSize, 1, 3), null, true, TftpTransferListener.NONE);
        sender.start(out);
        for (int block = 1; block <= 300; block++) {
            assertThat(out.take(Data.class).block()).isEqualTo(block);
            sender.onPacket(ack(block), out);
        }
        assertThat(out.take(Data.class).payload().remaining()).isZero();
        sender.onPacket(ack(301), out);
        assertThat(sender.isFinished()).isTrue();
        // 1, 2, 4, ... 64 blocks, then 128 (64 KiB) at a time: the 301 blocks in 9 reads, not 301
        assertThat(source.blocksPerRead).containsExactly(1, 2, 4, 8, 16, 32, 64, 128, 128);
    }

    @Test
    void failureAfterTheBlocksAskedForIsKeptUntilTheBlockItCost() {
        IOException broken = new IOException("flash read error");
        Sender sender = new Sender(
                new BreakingChannel(8 * 5, broken), settings(8, 1, 3), null, true, TftpTransferListener.NONE);
        sender.start(out);
        for (int block = 1; block <= 4; block++) {
            assertThat(out.take(Data.class).block()).isEqualTo(block);
            out.assertNothingSent();
            sender.onPacket(ack(block), out);
        }
        // blocks 4 and 5 came in the read that failed; the failure ends the transfer when block 6 is wanted, as
        // a read of block 6 alone would have
        assertThat(out.take(Data.class).block()).isEqualTo(5);
        assertThat(out.take(ErrorPacket.class).message()).isEqualTo("Read failed: flash read error");
        assertThat(sender.failure().ownFailure()).containsSame(broken);
        assertThat(sender.bytesTransferred()).isEqualTo(8 * 4);
    }

    @Test
    void everyBlockCarriesItsOwnBytesWhenAcksFallInsideWindowsReadAhead() {
        byte[] content = bytes(8 * 12 + 5);
        Sender sender = started(content, 8, 4);
        assertPayloads(content, 1, 2, 3, 4);
        sender.onPacket(ack(2), out);
        assertPayloads(content, 3, 4, 5, 6);
        sender.onPacket(ack(5), out);
        assertPayloads(content, 6, 7, 8, 9);
        sender.onTimer(out);
        assertPayloads(content, 6, 7, 8, 9);
        sender.onPacket(ack(9), out);
        assertPayloads(content, 10, 11, 12, 13);
        sender.onPacket(ack(13), out);
        assertThat(sender.isFinished()).isTrue();
        assertThat(sender.failure()).isNull();
    }

    private void assertPayloads(byte[] content, int... blocks) {
        for (int block : blocks) {
            Data data = out.take(Data.class);
            assertThat(data.block()).isEqualTo(block);
            byte[] payload = new byte[data.payload().remaining()];
            data.payload().get(payload);
            int from = (block - 1) * 8;
            assertThat(payload)
                    .as("block %d", block)
                    .isEqualTo(Arrays.copyOfRange(content, from, Math.min(content.length, from + 8)));
        }
    }

    @Test
    void sourceFailureIsSentAsAnErrorAndKeptAsOurOwn() {
        IOException broken = new IOException("flash read error");
        Sender sender =
                new Sender(new BreakingChannel(0, broken), settings(8, 1, 3), null, true, TftpTransferListener.NONE);
        sender.start(out);
        assertThat(out.take(ErrorPacket.class).message()).isEqualTo("Read failed: flash read error");
        assertThat(sender.failure().failure()).isEqualTo(TftpFailure.LOCAL_ERROR);
        assertThat(sender.failure().ownFailure()).containsSame(broken);
    }

    @Test
    void sourceFailureWhileReadingAheadEndsTheTransferAfterTheBlocksAlreadySent() {
        IOException broken = new IOException("flash read error");
        Sender sender =
                new Sender(new BreakingChannel(16, broken), settings(8, 2, 3), null, true, TftpTransferListener.NONE);
        sender.start(out);
        assertThat(out.takeDataBlocks(2)).containsExactly(1, 2);
        assertThat(out.take(ErrorPacket.class).error()).isEqualTo(TftpError.NOT_DEFINED);
        assertThat(sender.failure().ownFailure()).containsSame(broken);
    }

    @Test
    void timeoutResendsTheWholeUnacknowledgedWindow() {
        Sender sender = started(bytes(8 * 10), 8, 4);
        out.takeDataBlocks(4);
        sender.onTimer(out);
        assertThat(out.takeDataBlocks(4)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void staleAckFromBeforeTheWindowIsIgnored() {
        Sender sender = started(bytes(8 * 10), 8, 4);
        out.takeDataBlocks(4);
        sender.onPacket(ack(4), out);
        out.takeDataBlocks(4);
        sender.onPacket(ack(2), out);
        sender.onPacket(ack(4), out);
        sender.onPacket(ack(60000), out);
        out.assertNothingSent();
    }

    @Test
    void windowStopsAtTheLastBlock() {
        Sender sender = started(bytes(8 * 2 + 3), 8, 16);
        assertThat(out.takeDataBlocks(3)).containsExactly(1, 2, 3);
        sender.onPacket(ack(3), out);
        assertThat(sender.isFinished()).isTrue();
    }

    @Test
    void blockNumbersRollOverFrom65535ToZero() {
        int blocks = 65_540;
        byte[] content = bytes(8 * blocks - 1);
        Sender sender = started(content, 8, 16);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        long block = 0;
        while (!sender.isFinished()) {
            for (int i = 0; i < 16 && block < blocks; i++) {
                Data data = out.take(Data.class);
                block++;
                assertThat(data.block()).isEqualTo((int) (block & 0xFFFF));
                received.write(data.payload().array(), 0, data.payload().remaining());
            }
            sender.onPacket(ack(block), out);
        }
        assertThat(received.toByteArray()).isEqualTo(content);
        assertThat(sender.failure()).isNull();
    }

    @Test
    void scatteringSourceThatReadsLittleAtATimeStillFillsWholeBlocks() {
        byte[] content = bytes(8 * 5 + 3);
        Sender sender =
                new Sender(new TrickleSource(content), settings(8, 4, 3), null, true, TftpTransferListener.NONE);
        sender.start(out);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        for (int block = 1; block <= 4; block++) {
            Data data = out.take(Data.class);
            assertThat(data.payload().remaining()).isEqualTo(8);
            received.write(data.payload().array(), 0, 8);
        }
        sender.onPacket(ack(4), out);
        Data fifth = out.take(Data.class);
        Data last = out.take(Data.class);
        received.write(fifth.payload().array(), 0, fifth.payload().remaining());
        received.write(last.payload().array(), 0, last.payload().remaining());
        sender.onPacket(ack(6), out);
        assertThat(sender.isFinished()).isTrue();
        assertThat(received.toByteArray()).isEqualTo(content);
    }

    /** A scattering channel over bytes in memory, handing out at most {@link #most} bytes per buffer. */
    private abstract static class MemorySource implements ScatteringByteChannel {
        final ByteBuffer content;

        MemorySource(byte[] content) {
            this.content = ByteBuffer.wrap(content);
        }

        abstract int most();

        @Override
        public abstract long read(ByteBuffer[] dsts, int offset, int length);

        @Override
        public long read(ByteBuffer[] dsts) {
            return read(dsts, 0, dsts.length);
        }

        @Override
        public int read(ByteBuffer dst) {
            if (!content.hasRemaining()) {
                return -1;
            }
            int n = Math.min(most(), Math.min(dst.remaining(), content.remaining()));
            dst.put(content.slice(content.position(), n));
            content.position(content.position() + n);
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {}
    }

    /** Fills whole buffers, and records how many blocks each read was given to fill. */
    private static final class CountingSource extends MemorySource {
        private final List<Integer> blocksPerRead = new java.util.ArrayList<>();

        CountingSource(byte[] content) {
            super(content);
        }

        @Override
        int most() {
            return Integer.MAX_VALUE;
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) {
            if (!content.hasRemaining()) {
                return -1;
            }
            blocksPerRead.add(length);
            long total = 0;
            for (int i = offset; i < offset + length && content.hasRemaining(); i++) {
                total += read(dsts[i]);
            }
            return total;
        }
    }

    /** Hands out at most three bytes per call. */
    private static final class TrickleSource extends MemorySource {
        TrickleSource(byte[] content) {
            super(content);
        }

        @Override
        int most() {
            return 3;
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (dsts[i].hasRemaining()) {
                    return read(dsts[i]);
                }
            }
            return 0;
        }
    }

    @Test
    void optionAckIsResentUntilAckZeroThenDataStarts() {
        Sender sender = new Sender(
                source(bytes(4)),
                settings(8, 1, 3),
                new OptionAck(Map.of("blksize", "8")),
                true,
                TftpTransferListener.NONE);
        sender.start(out);
        assertThat(out.take(OptionAck.class).options()).containsEntry("blksize", "8");
        sender.onTimer(out);
        out.take(OptionAck.class);
        sender.onPacket(ack(1), out);
        out.assertNothingSent();
        sender.onPacket(ack(0), out);
        assertThat(out.take(Data.class).block()).isEqualTo(1);
    }

    @Test
    void errorFromThePeerEndsTheTransferWithItsCode() {
        Sender sender = started(bytes(40), 8, 1);
        out.take(Data.class);
        sender.onPacket(new ErrorPacket(TftpError.DISK_FULL, "full"), out);
        assertThat(sender.failure().failure()).isEqualTo(TftpFailure.PEER_ERROR);
        assertThat(sender.failure().error()).isEqualTo(TftpError.DISK_FULL);
        assertThat(sender.failure().getMessage()).isEqualTo("full");
    }

    @Test
    void dataSentToASenderIsAnIllegalOperation() {
        Sender sender = started(bytes(40), 8, 1);
        out.take(Data.class);
        sender.onPacket(Packets.data(1, 8), out);
        assertThat(out.take(ErrorPacket.class).error()).isEqualTo(TftpError.ILLEGAL_OPERATION);
        assertThat(sender.failure().failure()).isEqualTo(TftpFailure.PROTOCOL_ERROR);
    }

    @Test
    void listenerHearsOfEachAcknowledgedBlockAndEachTimeout() {
        List<String> events = new java.util.ArrayList<>();
        TftpTransferListener listener = new TftpTransferListener() {
            @Override
            public void onBlock(int bytes) {
                events.add("block " + bytes);
            }

            @Override
            public void onTimeout() {
                events.add("timeout");
            }
        };
        Sender sender = new Sender(source(bytes(10)), settings(8, 1, 3), null, true, listener);
        sender.start(out);
        sender.onTimer(out);
        sender.onPacket(ack(1), out);
        sender.onPacket(ack(2), out);
        out.takeDataBlocks(3);
        assertThat(events).containsExactly("timeout", "block 8", "block 2");
    }

    @Test
    void readFailureIsReportedToThePeer() {
        Sender sender = new Sender(
                Channels.newChannel(new java.io.InputStream() {
                    @Override
                    public int read() throws java.io.IOException {
                        throw new java.io.IOException("bad sector");
                    }
                }),
                settings(8, 1, 3),
                null,
                true,
                TftpTransferListener.NONE);
        sender.start(out);
        assertThat(out.take(ErrorPacket.class).message()).contains("bad sector");
        assertThat(sender.failure().failure()).isEqualTo(TftpFailure.LOCAL_ERROR);
    }

    @Test
    void quickAcknowledgementsShortenTheWaitForTheNext() {
        Sender sender = started(bytes(40), 8, 1);
        out.take(Data.class);
        assertThat(out.timerNanos()).isEqualTo(Packets.TIMEOUT);

        out.advance(2_000_000);
        sender.onPacket(ack(1), out);
        out.take(Data.class);

        assertThat(out.timerNanos()).isEqualTo(RetransmitTimer.MIN_NANOS + 2_000_000);
    }
}
