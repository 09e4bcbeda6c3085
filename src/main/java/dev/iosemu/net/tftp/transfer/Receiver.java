package dev.iosemu.net.tftp.transfer;

import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.wire.TftpPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.Data;
import dev.iosemu.net.tftp.wire.TftpPacket.ErrorPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.OptionAck;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * The receiving side of a transfer (RFC 1350, windows of RFC 7440): writes in-order blocks to the sink,
 * acknowledges each full window, acknowledges the last in-order block once when it sees a gap or a
 * retransmitted window, and never answers one duplicate with more than one ACK. Block numbers are tracked as
 * longs so they roll over past 65535. Not thread-safe.
 */
public final class Receiver extends TransferMachine {
    private final WritableByteChannel sink;
    private final TransferSettings settings;
    private final boolean dally;
    private final Completion completion;
    private final ByteBuffer ack = ControlPackets.ackBuffer();
    private ByteBuffer lastControl; // the packet a timeout retransmits: OACK or ACK
    private long expected = 1; // next in-order block, absolute
    private int inWindow; // in-order blocks since the last ACK
    private boolean gapAcknowledged; // ACK(expected - 1) already sent for the current gap
    private final RetransmitTimer timer;
    private long bytes;
    private boolean lingering;

    /**
     * @param firstControl what {@link #start} sends and a timeout before the first block resends (ACK 0 or an
     *     OACK), or null when the peer has already spoken first
     * @param dally whether, after the last block, to linger one timeout re-acknowledging its retransmissions
     * @param completion run after the last block is written, before it is acknowledged
     */
    public Receiver(
            WritableByteChannel sink,
            TransferSettings settings,
            TftpPacket firstControl,
            boolean dally,
            Completion completion,
            TftpTransferListener listener) {
        super(listener);
        this.sink = sink;
        this.completion = completion;
        this.settings = settings;
        if (firstControl != null) {
            this.lastControl = ControlPackets.encode(firstControl);
        }
        this.dally = dally;
        this.timer = new RetransmitTimer(settings);
    }

    @Override
    public void start(Outbox out) {
        if (lastControl != null) {
            emit(lastControl, out);
            timer.sent(out.nanos());
        }
        out.armTimer(timer.nanos());
    }

    @Override
    public void onPacket(TftpPacket packet, Outbox out) {
        if (isFinished()) {
            lingerOn(packet, out);
            return;
        }
        switch (packet) {
            case Data data -> onData(data, out);
            case ErrorPacket error -> failOnPeerError(error);
            case OptionAck oack -> resendHandshakeReply(out);
            default -> failIllegal(packet, out);
        }
    }

    private void onData(Data data, Outbox out) {
        int length = data.payload().remaining();
        if (length > settings.blockSize()) {
            failIllegal(data, out);
        } else if (data.block() == (int) (expected & 0xFFFF)) {
            accept(data.payload(), length, out);
        } else {
            onOutOfOrder(out);
        }
    }

    /**
     * Takes an in-order block. A block that completes a window is acknowledged before it is written, so the
     * sender's next window is under way while we store; the last block is acknowledged only once the file is
     * complete, so the sender never believes in a transfer that failed at our end.
     */
    private void accept(ByteBuffer payload, int length, Outbox out) {
        long block = expected;
        boolean last = length < settings.blockSize();
        timer.heard(out.nanos());
        if (!last && ++inWindow == settings.windowSize()) {
            acknowledge(block, out);
            timer.sent(out.nanos());
        }
        if (!write(payload, out)) {
            return;
        }
        bytes += length;
        listener.onBlock(length);
        gapAcknowledged = false;
        expected++;
        if (last) {
            finish(block, out);
        }
        // a dallying receiver lingers the whole configured timeout; one waiting for data, an adapted one
        out.armTimer(last ? settings.timeoutNanos() : timer.nanos());
    }

    private void finish(long block, Outbox out) {
        try {
            completion.complete();
        } catch (IOException e) {
            failOnOwnFile(TftpError.DISK_FULL, "Cannot store file", e, out);
            return;
        }
        succeed(); // before the last ACK, which lets the peer start its next request
        lingering = dally;
        acknowledge(block, out);
    }

    private boolean write(ByteBuffer payload, Outbox out) {
        try {
            while (payload.hasRemaining()) {
                sink.write(payload);
            }
            return true;
        } catch (IOException e) {
            failOnOwnFile(TftpError.DISK_FULL, "Write failed", e, out);
            return false;
        }
    }

    /** A gap, a duplicate or a retransmitted window: point the sender at the last in-order block, once. */
    private void onOutOfOrder(Outbox out) {
        if (settings.windowSize() == 1 || !gapAcknowledged) {
            gapAcknowledged = true;
            reacknowledge(out);
        }
    }

    /** Sends our last answer again; by Karn's rule, what the sender sends next times no round trip. */
    private void reacknowledge(Outbox out) {
        timer.resent();
        if (expected == 1 && lastControl != null) {
            emit(lastControl, out);
        } else {
            acknowledge(expected - 1, out);
        }
    }

    private void acknowledge(long block, Outbox out) {
        inWindow = 0;
        lastControl = ControlPackets.ack(ack, block);
        emit(lastControl, out);
    }

    /** The sender repeated its OACK: our ACK 0 was lost. */
    private void resendHandshakeReply(Outbox out) {
        if (expected == 1 && lastControl != null) {
            emit(lastControl, out);
        }
    }

    private void lingerOn(TftpPacket packet, Outbox out) {
        if (lingering && packet instanceof Data data && data.block() == (int) ((expected - 1) & 0xFFFF)) {
            emit(lastControl, out);
        }
    }

    @Override
    public void onTimer(Outbox out) {
        if (isFinished()) {
            lingering = false;
        } else if (sendAgain(timer.expired(), true)) {
            gapAcknowledged = false;
            inWindow = 0;
            reacknowledge(out);
            out.armTimer(timer.nanos());
        }
    }

    @Override
    public boolean isLingering() {
        return lingering;
    }

    @Override
    public long bytesTransferred() {
        return bytes;
    }
}
