package dev.iosemu.net.tftp.transfer;

import dev.iosemu.net.tftp.TftpOptions;
import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.net.tftp.wire.TftpPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.Ack;
import dev.iosemu.net.tftp.wire.TftpPacket.WriteRequest;
import java.nio.channels.ReadableByteChannel;
import java.util.OptionalLong;

/** A client write (WRQ): request, then send the source. Not thread-safe. */
public final class ClientUpload extends ClientTransfer {
    private final ReadableByteChannel source;

    /** @param size the source's size (sent as tsize), or -1 if unknown */
    public ClientUpload(
            String file, ReadableByteChannel source, long size, TftpOptions options, TftpTransferListener listener) {
        super(
                new WriteRequest(file, options.mode(), ClientNegotiation.requestOptions(options, true, size)),
                options,
                listener);
        this.source = source;
    }

    @Override
    TransferMachine afterOptionAck(Negotiated negotiated, Outbox out) {
        return startSending(negotiated.settings(), out);
    }

    @Override
    TransferMachine afterPlainAnswer(TftpPacket packet, Outbox out) {
        if (!(packet instanceof Ack ack) || ack.block() != 0) {
            return null; // not an answer to our request: keep waiting
        }
        TransferSettings settings = ClientNegotiation.plainSettings(options);
        return negotiated(new Negotiated(settings, OptionalLong.empty()), out) ? startSending(settings, out) : null;
    }

    private TransferMachine startSending(TransferSettings settings, Outbox out) {
        Sender sender = new Sender(source, settings, null, true, listener);
        sender.start(out);
        return sender;
    }
}
