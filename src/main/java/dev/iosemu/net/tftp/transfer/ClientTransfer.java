package dev.iosemu.net.tftp.transfer;

import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpFailure;
import dev.iosemu.net.tftp.TftpOptions;
import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.wire.TftpPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.ErrorPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.OptionAck;
import dev.iosemu.net.tftp.wire.TftpPacket.Request;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * A client transfer: sends the request until the server answers, settles options from its OACK (or falls
 * back to plain RFC 1350 when it answers without one), then hands over to a {@link Sender} or {@link
 * Receiver}. Not thread-safe.
 */
abstract sealed class ClientTransfer extends TransferMachine permits ClientDownload, ClientUpload {
    protected final TftpOptions options;
    private final Map<String, String> requested;
    private final ByteBuffer request;
    private int retriesLeft;
    private TransferMachine delegate; // set once the server has answered
    private Runnable finishedHook = () -> {};

    ClientTransfer(Request request, TftpOptions options, TftpTransferListener listener) {
        super(listener);
        this.options = options;
        this.requested = request.options();
        this.request = ControlPackets.encode(request);
        this.retriesLeft = options.retries();
    }

    /** Creates and starts the machine for the rest of the transfer after an OACK was accepted. */
    abstract TransferMachine afterOptionAck(Negotiated negotiated, Outbox out);

    /** Handles a first answer without OACK (DATA 1 or ACK 0); returns the machine for the rest, or null. */
    abstract TransferMachine afterPlainAnswer(TftpPacket packet, Outbox out);

    @Override
    public final void start(Outbox out) {
        emit(request, out);
        out.armTimer(options.timeout().toNanos());
    }

    @Override
    public final void onPacket(TftpPacket packet, Outbox out) {
        if (delegate != null) {
            delegate.onPacket(packet, out);
            return;
        }
        switch (packet) {
            case ErrorPacket error -> failOnPeerError(error);
            case OptionAck oack -> onOptionAck(oack, out);
            default -> adopt(afterPlainAnswer(packet, out));
        }
    }

    /** Hands the rest of the transfer to {@code machine} (null: not yet), which may have finished already. */
    private void adopt(TransferMachine machine) {
        delegate = machine;
        if (machine != null) {
            machine.whenFinished(finishedHook);
            if (machine.isFinished()) {
                finishedHook.run();
            }
        }
    }

    @Override
    public final void whenFinished(Runnable hook) {
        super.whenFinished(hook);
        finishedHook = hook;
    }

    private void onOptionAck(OptionAck oack, Outbox out) {
        try {
            Negotiated negotiated = ClientNegotiation.accept(options, requested, oack.options());
            if (negotiated(negotiated, out)) {
                adopt(afterOptionAck(negotiated, out));
            }
        } catch (OptionRefusedException e) {
            failLocally(TftpFailure.PROTOCOL_ERROR, TftpError.OPTION_NEGOTIATION, e.getMessage(), out);
        }
    }

    @Override
    public final void onTimer(Outbox out) {
        if (delegate != null) {
            delegate.onTimer(out);
        } else if (retriesLeft-- == 0) {
            failTimedOut(false);
        } else {
            listener.onTimeout();
            emit(request, out);
            out.armTimer(options.timeout().toNanos());
        }
    }

    @Override
    public final boolean isFinished() {
        return delegate != null ? delegate.isFinished() : super.isFinished();
    }

    @Override
    public final TftpException failure() {
        return delegate != null ? delegate.failure() : super.failure();
    }

    @Override
    public final void abort(TftpException why, Outbox out) {
        if (delegate != null) {
            delegate.abort(why, out);
        } else {
            super.abort(why, out);
        }
    }

    @Override
    public final void release() {
        if (delegate != null) {
            delegate.release();
        }
    }

    @Override
    public final long bytesTransferred() {
        return delegate != null ? delegate.bytesTransferred() : 0;
    }
}
