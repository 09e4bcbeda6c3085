package dev.iosemu.net.tftp.transport;

import dev.iosemu.net.Ticker;
import dev.iosemu.net.TransferLog;
import dev.iosemu.net.datagram.DatagramNetwork;
import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpFileStore.ReadableFile;
import dev.iosemu.net.tftp.TftpFileStore.WritableFile;
import dev.iosemu.net.tftp.TftpServerConfig;
import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.codes.TftpMode;
import dev.iosemu.net.tftp.transfer.Completion;
import dev.iosemu.net.tftp.transfer.NetasciiDecoder;
import dev.iosemu.net.tftp.transfer.NetasciiEncoder;
import dev.iosemu.net.tftp.transfer.Receiver;
import dev.iosemu.net.tftp.transfer.Sender;
import dev.iosemu.net.tftp.transfer.ServerNegotiation;
import dev.iosemu.net.tftp.transfer.ServerNegotiation.Offer;
import dev.iosemu.net.tftp.wire.TftpPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.Ack;
import dev.iosemu.net.tftp.wire.TftpPacket.OptionAck;
import dev.iosemu.net.tftp.wire.TftpPacket.ReadRequest;
import dev.iosemu.net.tftp.wire.TftpPacket.Request;
import dev.iosemu.net.tftp.wire.TftpPacket.WriteRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.OptionalLong;

/**
 * Serves one request on its own socket (the server's TID for this transfer): opens the file, negotiates
 * options, runs the transfer, commits or discards. Runs on the session's thread; holds no shared state.
 */
final class ServerSession {
    private static final System.Logger LOG = System.getLogger(ServerSession.class.getName());

    private final TftpServerConfig config;
    private final ServerNegotiation.Limits limits;
    private final DatagramNetwork network;
    private final Ticker ticker;

    ServerSession(TftpServerConfig config, DatagramNetwork network, Ticker ticker) {
        this.config = config;
        this.network = network;
        this.ticker = ticker;
        this.limits = new ServerNegotiation.Limits(
                config.maxBlockSize(),
                config.maxWindowSize(),
                config.timeout().toNanos(),
                config.maxNegotiatedTimeout().toNanos(),
                config.retries());
    }

    /**
     * Serves {@code request} on the calling thread; failures end here (the client has been told). {@code
     * finished} runs once the transfer has ended, before a receiver dallies over its last block, or not at
     * all when the request was refused before it started.
     */
    void serve(Request request, InetSocketAddress client, Runnable finished) {
        TransferLog log = TransferLog.started(LOG, () -> "TFTP server " + describe(request) + " " + client);
        try (TransferChannel channel = TransferChannel.open(network, config.bindAddress(), client, true, ticker)) {
            try {
                switch (request) {
                    case ReadRequest read -> serveRead(read, channel, finished);
                    case WriteRequest write -> serveWrite(write, channel, finished);
                }
                log.completed();
            } catch (RuntimeException e) {
                // the last resort: a fault of ours ends this transfer alone, and the client hears of it
                LOG.log(System.Logger.Level.WARNING, "TFTP transfer for {0} failed: {1}", client, e);
                channel.sendError(TftpError.NOT_DEFINED, "Internal server error");
            }
        } catch (IOException e) {
            // refused, or failed and the machine told the client, or the socket could not be opened
            log.failed(e);
        }
    }

    private static String describe(Request request) {
        return switch (request) {
            case ReadRequest read -> "read " + read.filename() + " by";
            case WriteRequest write -> "write " + write.filename() + " by";
        };
    }

    private void serveRead(ReadRequest request, TransferChannel channel, Runnable finished) throws IOException {
        try (ReadableFile file = openRead(request, channel)) {
            boolean octet = request.mode() == TftpMode.OCTET;
            Offer offer = ServerNegotiation.negotiate(
                    request.options(), limits, true, octet ? file.size() : OptionalLong.empty());
            ReadableByteChannel source = octet ? file.channel() : new NetasciiEncoder(file.channel());
            OptionAck oack = offer.oack().isEmpty() ? null : new OptionAck(offer.oack());
            Sender sender = new Sender(source, offer.settings(), oack, true, TftpTransferListener.NONE);
            channel.run(sender, TftpTransferListener.NONE, finished);
        }
    }

    /** Opens the file; a refusal is sent to the client, then thrown. */
    private ReadableFile openRead(ReadRequest request, TransferChannel channel) throws TftpException {
        try {
            return config.fileStore().openRead(request.filename());
        } catch (TftpException e) {
            channel.sendError(e.error(), e.getMessage());
            throw e;
        }
    }

    private void serveWrite(WriteRequest request, TransferChannel channel, Runnable finished) throws IOException {
        Offer offer = ServerNegotiation.negotiate(request.options(), limits, false, OptionalLong.empty());
        try (WritableFile file = openWrite(request, offer.clientSize(), channel)) {
            boolean octet = request.mode() == TftpMode.OCTET;
            NetasciiDecoder decoder = octet ? null : new NetasciiDecoder(file.channel());
            WritableByteChannel sink = octet ? file.channel() : decoder;
            TftpPacket first = offer.oack().isEmpty() ? new Ack(0) : new OptionAck(offer.oack());
            Completion commit = () -> {
                if (decoder != null) {
                    decoder.finish();
                }
                file.commit();
            };
            Receiver receiver = new Receiver(sink, offer.settings(), first, true, commit, TftpTransferListener.NONE);
            channel.run(receiver, TftpTransferListener.NONE, finished);
        }
    }

    /** Opens the file; a refusal is sent to the client, then thrown. */
    private WritableFile openWrite(WriteRequest request, OptionalLong size, TransferChannel channel)
            throws TftpException {
        try {
            if (!config.writable()) {
                throw TftpException.accessViolation("Writing is not allowed");
            }
            return config.fileStore().openWrite(request.filename(), size);
        } catch (TftpException e) {
            channel.sendError(e.error(), e.getMessage());
            throw e;
        }
    }
}
