package dev.iosemu.net.tftp.transfer;

import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.wire.TftpPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.Ack;
import dev.iosemu.net.tftp.wire.TftpPacket.ErrorPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.OptionAck;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * The sending side of a transfer (RFC 1350, windows of RFC 7440): sends a window of DATA blocks, and on an ACK
 * that advances sends the next window from the block after it, so a receiver reporting a gap gets the rest
 * again. Duplicate and stale ACKs are ignored (no Sorcerer's Apprentice); only a timeout resends. Block
 * numbers are tracked as longs so they roll over past 65535. Not thread-safe.
 */
public final class Sender extends TransferMachine {
    private final TransferSettings settings;
    private final BlockWindow window;
    private ByteBuffer handshake; // the request or OACK awaiting ACK 0; null once sending
    private long base = 1; // oldest unacknowledged block, absolute
    private long next = 1; // next block to send, absolute
    private final RetransmitTimer timer;
    private long bytes;
    private boolean peerAnswered;

    /**
     * @param handshake a packet to send and resend until the peer answers ACK 0 (a server's OACK), or null to
     *     start with DATA 1 (a server without options, or a client whose WRQ was answered)
     * @param peerAnswered whether the peer has spoken already (it has, unless we speak first)
     */
    public Sender(
            ReadableByteChannel source,
            TransferSettings settings,
            TftpPacket handshake,
            boolean peerAnswered,
            TftpTransferListener listener) {
        super(listener);
        this.settings = settings;
        this.window = new BlockWindow(source, settings.blockSize(), settings.windowSize());
        this.timer = new RetransmitTimer(settings);
        this.peerAnswered = peerAnswered;
        if (handshake != null) {
            this.handshake = ControlPackets.encode(handshake);
        }
    }

    @Override
    public void start(Outbox out) {
        if (handshake != null) {
            emit(handshake, out);
            timer.sent(out.nanos());
            out.armTimer(timer.nanos());
        } else {
            sendWindow(out);
        }
    }

    @Override
    public void onPacket(TftpPacket packet, Outbox out) {
        peerAnswered = true;
        switch (packet) {
            case Ack ack -> onAck(ack.block(), out);
            case ErrorPacket error -> failOnPeerError(error);
            case OptionAck oack -> {
                // a repeated OACK: our answer to the first one is already on its way
            }
            default -> failIllegal(packet, out);
        }
    }

    private void onAck(int block, Outbox out) {
        if (handshake != null) {
            if (block == 0) {
                handshake = null;
                timer.heard(out.nanos());
                sendWindow(out);
            }
            return;
        }
        long acked = resolve(block);
        if (acked >= base) {
            advanceTo(acked, out);
        }
    }

    /** Maps a 16-bit ACK to the absolute block in [base - 1, next - 1], or -1 if it is stale or bogus. */
    private long resolve(int block) {
        long lowest = base - 1;
        long delta = (block - lowest) & 0xFFFF;
        return delta <= next - 1 - lowest ? lowest + delta : -1;
    }

    private void advanceTo(long acked, Outbox out) {
        for (long b = base; b <= acked; b++) {
            int length = window.payloadLength(b);
            bytes += length;
            listener.onBlock(length);
        }
        base = acked + 1;
        timer.heard(out.nanos());
        if (acked == window.finalBlock()) {
            succeed();
        } else {
            next = base;
            sendWindow(out);
        }
    }

    /** Sends a window for the first time: its acknowledgement times the round trip. */
    private void sendWindow(Outbox out) {
        timer.sent(out.nanos());
        resendWindow(out);
    }

    /**
     * Sends blocks from {@code next} up to the end of the window or the last block, arms the timer, and reads
     * the next window while the peer takes this one in.
     */
    private void resendWindow(Outbox out) {
        long end = base + settings.windowSize();
        try {
            while (next < end && (window.finalBlock() < 0 || next <= window.finalBlock())) {
                ByteBuffer frame = window.frame(next, end);
                emit(frame, out);
                next++;
            }
            out.armTimer(timer.nanos());
            window.prefetch(next, settings.windowSize());
        } catch (IOException e) {
            failOnOwnFile(TftpError.NOT_DEFINED, "Read failed", e, out);
        }
    }

    @Override
    public void onTimer(Outbox out) {
        if (!sendAgain(timer.expired(), peerAnswered)) {
            return;
        }
        if (handshake != null) {
            emit(handshake, out);
            out.armTimer(timer.nanos());
        } else {
            next = base;
            resendWindow(out);
        }
    }

    @Override
    public void release() {
        window.release();
    }

    @Override
    public long bytesTransferred() {
        return bytes;
    }
}
