package dev.iosemu.net.tftp.transfer;

import dev.iosemu.net.tftp.TftpOptions;
import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.net.tftp.wire.TftpPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.Ack;
import dev.iosemu.net.tftp.wire.TftpPacket.Data;
import dev.iosemu.net.tftp.wire.TftpPacket.ReadRequest;
import java.nio.channels.WritableByteChannel;
import java.util.OptionalLong;

/** A client read (RRQ): request, then receive into the sink. Not thread-safe. */
public final class ClientDownload extends ClientTransfer {
    private final WritableByteChannel sink;
    private final Completion completion;

    /** @param completion run after the last block is written, before it is acknowledged */
    public ClientDownload(
            String file,
            WritableByteChannel sink,
            Completion completion,
            TftpOptions options,
            TftpTransferListener listener) {
        super(
                new ReadRequest(file, options.mode(), ClientNegotiation.requestOptions(options, false, -1)),
                options,
                listener);
        this.sink = sink;
        this.completion = completion;
    }

    @Override
    TransferMachine afterOptionAck(Negotiated negotiated, Outbox out) {
        Receiver receiver = new Receiver(sink, negotiated.settings(), new Ack(0), false, completion, listener);
        receiver.start(out);
        return receiver;
    }

    @Override
    TransferMachine afterPlainAnswer(TftpPacket packet, Outbox out) {
        if (!(packet instanceof Data data) || data.block() != 1) {
            return null; // not an answer to our request: keep waiting
        }
        TransferSettings settings = ClientNegotiation.plainSettings(options);
        if (!negotiated(new Negotiated(settings, OptionalLong.empty()), out)) {
            return null;
        }
        Receiver receiver = new Receiver(sink, settings, null, false, completion, listener);
        receiver.start(out);
        receiver.onPacket(packet, out);
        return receiver;
    }
}
