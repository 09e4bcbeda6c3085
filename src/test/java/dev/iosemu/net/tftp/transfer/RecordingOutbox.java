package dev.iosemu.net.tftp.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.net.tftp.wire.MalformedPacketException;
import dev.iosemu.net.tftp.wire.TftpCodec;
import dev.iosemu.net.tftp.wire.TftpPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.Data;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Records what a machine sends, decoded (DATA payloads copied), and the timer it arms, on a clock the test
 * moves; must end empty.
 */
final class RecordingOutbox implements Outbox {
    private final Deque<TftpPacket> sent = new ArrayDeque<>();
    private long timerNanos = -1;
    private int timerArmings;
    private long now; // the test's clock; stands still unless advanced

    @Override
    public void send(ByteBuffer datagram) {
        try {
            TftpPacket packet = TftpCodec.decode(datagram.duplicate());
            if (packet instanceof Data data) {
                ByteBuffer copy = ByteBuffer.allocate(data.payload().remaining())
                        .put(data.payload())
                        .flip();
                packet = new Data(data.block(), copy);
            }
            sent.add(packet);
        } catch (MalformedPacketException e) {
            throw new UncheckedIOException(e);
        }
        datagram.position(datagram.limit());
    }

    @Override
    public void armTimer(long nanos) {
        timerNanos = nanos;
        timerArmings++;
    }

    @Override
    public long nanos() {
        return now;
    }

    /** Moves the clock on, as a round trip would. */
    void advance(long nanos) {
        now += nanos;
    }

    /** The next packet sent, which must be of {@code type}. */
    <T extends TftpPacket> T take(Class<T> type) {
        assertThat(sent).as("packets sent").isNotEmpty();
        return type.cast(assertThat(sent.poll()).isInstanceOf(type).actual());
    }

    TftpPacket take() {
        assertThat(sent).as("packets sent").isNotEmpty();
        return sent.poll();
    }

    /** Takes DATA packets and returns their block numbers. */
    int[] takeDataBlocks(int count) {
        int[] blocks = new int[count];
        for (int i = 0; i < count; i++) {
            blocks[i] = take(Data.class).block();
        }
        return blocks;
    }

    void assertNothingSent() {
        assertThat(sent).as("packets sent").isEmpty();
    }

    long timerNanos() {
        return timerNanos;
    }

    /** Packets sent and not yet taken. */
    int sentCount() {
        return sent.size();
    }

    int timerArmings() {
        return timerArmings;
    }

    void clear() {
        sent.clear();
    }
}
