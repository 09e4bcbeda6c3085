package dev.iosemu.net.tftp.transfer;

import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpFailure;
import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.wire.TftpPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.ErrorPacket;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * One side of one transfer as a pure state machine: the transport feeds it packets from the peer's transfer ID
 * and timer expiries, and it answers through an {@link Outbox}. Not thread-safe: one transport thread owns it.
 */
public abstract class TransferMachine {
    protected final TftpTransferListener listener;
    private boolean finished;
    private TftpException failure;
    private Runnable whenFinished = () -> {};

    protected TransferMachine(TftpTransferListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Runs {@code hook} once, on the machine's thread, the moment the transfer succeeds or fails: a server
     * frees the transfer's slot there, before the last packet lets the peer start its next request.
     */
    public void whenFinished(Runnable hook) {
        this.whenFinished = Objects.requireNonNull(hook, "hook");
    }

    /** Sends the first packet(s), if this side speaks first, and arms the timer. */
    public abstract void start(Outbox out);

    /** A packet arrived from the peer's transfer ID. */
    public abstract void onPacket(TftpPacket packet, Outbox out);

    /** The timer armed last has expired. */
    public abstract void onTimer(Outbox out);

    /**
     * Gives back what the machine holds for its packets (a sender's block buffers) once it has stopped for
     * good; the transport calls it once, on the machine's thread, after the last step.
     */
    public void release() {}

    /** Payload bytes delivered to the sink or acknowledged by the peer so far. */
    public abstract long bytesTransferred();

    /** True once the transfer succeeded or failed; see {@link #failure()}. */
    public boolean isFinished() {
        return finished;
    }

    /** True while a finished receiver still answers retransmissions of the last block (dallying). */
    public boolean isLingering() {
        return false;
    }

    /** Why the transfer failed, or null while running or after success. */
    public TftpException failure() {
        return failure;
    }

    /** Ends the transfer from this side (cancellation, shutdown): tells the peer, records {@code why}. */
    public void abort(TftpException why, Outbox out) {
        if (!finished) {
            sendError(why.error(), why.getMessage(), out);
            fail(why);
        }
    }

    protected final void succeed() {
        finish();
    }

    protected final void fail(TftpException why) {
        failure = why.withBytesTransferred(bytesTransferred());
        finish();
    }

    private void finish() {
        if (!finished) {
            finished = true;
            whenFinished.run();
        }
    }

    /** Tells the peer about a failure of ours and ends the transfer with it. */
    protected final void failLocally(TftpFailure kind, TftpError error, String message, Outbox out) {
        sendError(error, message, out);
        fail(new TftpException(kind, error, message, 0));
    }

    /**
     * Tells the peer that our own file (the sink, the source, or its completion) failed, and ends the transfer
     * with a failure that keeps that exception (see {@link TftpException#ownFailure()}).
     */
    protected final void failOnOwnFile(TftpError error, String what, IOException cause, Outbox out) {
        String message = what + ": " + cause.getMessage();
        sendError(error, message, out);
        fail(TftpException.ownFailure(error, message, cause));
    }

    protected final void failOnPeerError(ErrorPacket error) {
        fail(new TftpException(TftpFailure.PEER_ERROR, error.error(), error.message(), 0));
    }

    protected final void failTimedOut(boolean peerAnswered) {
        TftpFailure kind = peerAnswered ? TftpFailure.TIMED_OUT_MID_TRANSFER : TftpFailure.TIMED_OUT_BEFORE_START;
        String message = peerAnswered ? "Connection timed out" : "Timed out";
        fail(new TftpException(kind, TftpError.NOT_DEFINED, message, 0));
    }

    /**
     * Acts on an expired retransmission wait: gives up when the retries are spent (false), else tells the
     * listener of a wait as long as the timeout and says to send again (true).
     */
    final boolean sendAgain(RetransmitTimer.Expiry expiry, boolean peerAnswered) {
        switch (expiry) {
            case GIVE_UP -> {
                failTimedOut(peerAnswered);
                return false;
            }
            case TIMEOUT -> listener.onTimeout();
            case RESEND -> {
                // an early resend on a quick path: not what a user calls a timeout
            }
        }
        return true;
    }

    /** Answers a packet that has no place in this transfer with ERROR 4 and gives up. */
    protected final void failIllegal(TftpPacket packet, Outbox out) {
        failLocally(
                TftpFailure.PROTOCOL_ERROR, TftpError.ILLEGAL_OPERATION, "Unexpected packet: " + packet.summary(), out);
    }

    protected final void sendError(TftpError error, String message, Outbox out) {
        String text = message == null ? error.description() : message;
        emit(ControlPackets.encode(ErrorPacket.truncated(error, text)), out);
    }

    /** Sends a whole buffer, from index 0. */
    protected final void emit(ByteBuffer datagram, Outbox out) {
        out.send(datagram.position(0));
    }

    /** Calls the listener's onNegotiated; a refusal is sent to the peer and ends the transfer. */
    protected final boolean negotiated(Negotiated settled, Outbox out) {
        try {
            listener.onNegotiated(
                    settled.transferSize(),
                    settled.settings().blockSize(),
                    settled.settings().windowSize());
            return true;
        } catch (TftpException e) {
            sendError(e.error(), e.getMessage(), out);
            fail(e);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            sendError(TftpError.NOT_DEFINED, message, out);
            fail(TftpException.ownFailure(TftpError.NOT_DEFINED, message, e));
        } catch (RuntimeException e) {
            sendError(TftpError.NOT_DEFINED, String.valueOf(e.getMessage()), out);
            fail(new TftpException(
                    TftpFailure.LOCAL_ERROR, TftpError.NOT_DEFINED, String.valueOf(e.getMessage()), 0, e));
        }
        return false;
    }
}
