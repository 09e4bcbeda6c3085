package dev.iosemu.net.tftp;

import dev.iosemu.net.Ticker;
import dev.iosemu.net.TransferLog;
import dev.iosemu.net.datagram.DatagramNetwork;
import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.codes.TftpMode;
import dev.iosemu.net.tftp.transfer.ClientDownload;
import dev.iosemu.net.tftp.transfer.ClientUpload;
import dev.iosemu.net.tftp.transfer.Completion;
import dev.iosemu.net.tftp.transfer.NetasciiDecoder;
import dev.iosemu.net.tftp.transfer.NetasciiEncoder;
import dev.iosemu.net.tftp.transfer.TransferMachine;
import dev.iosemu.net.tftp.transport.TransferChannel;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A TFTP client (RFC 1350 with options of RFC 2347, 2348, 2349, 7440). Each transfer runs on the calling
 * thread over its own ephemeral port of a {@link DatagramNetwork} (UDP unless another is given); interrupting
 * that thread cancels the transfer (the peer is sent an ERROR, the interrupt status is consumed and {@link
 * TftpCancelledException} thrown). Immutable and thread-safe: one instance may run many transfers at once.
 */
public final class TftpClient {
    private static final System.Logger LOG = System.getLogger(TftpClient.class.getName());

    private final DatagramNetwork network;
    private final InetAddress localAddress;
    private final Ticker ticker;

    private TftpClient(DatagramNetwork network, InetAddress localAddress, Ticker ticker) {
        this.network = Objects.requireNonNull(network, "network");
        this.localAddress = localAddress;
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /** A client over UDP on the host whose ports bind to the wildcard address, timing out by {@code ticker}. */
    public static TftpClient create(Ticker ticker) {
        return create(DatagramNetwork.udp(), ticker);
    }

    /** A client over {@code network} whose ports bind to the wildcard address, timing out by {@code ticker}. */
    public static TftpClient create(DatagramNetwork network, Ticker ticker) {
        return new TftpClient(network, null, ticker);
    }

    /**
     * A client over UDP whose ports bind to {@code localAddress} (IOS {@code ip tftp source-interface}), timing
     * out by {@code ticker}.
     */
    public static TftpClient boundTo(InetAddress localAddress, Ticker ticker) {
        return new TftpClient(DatagramNetwork.udp(), Objects.requireNonNull(localAddress, "localAddress"), ticker);
    }

    /** The address sockets bind to; empty means the wildcard address. */
    public Optional<InetAddress> localAddress() {
        return Optional.ofNullable(localAddress);
    }

    /**
     * Reads {@code file} from {@code server} into {@code sink} (RRQ). The sink is written in order and is not
     * closed; in netascii mode it receives local text (LF line ends).
     *
     * @return the number of bytes written to the sink
     * @throws TftpException on timeout, peer ERROR, protocol violation or local refusal
     * @throws TftpCancelledException if the calling thread is interrupted
     */
    public long download(
            InetSocketAddress server,
            String file,
            WritableByteChannel sink,
            TftpOptions options,
            TftpTransferListener listener)
            throws TftpException {
        Objects.requireNonNull(sink, "sink");
        Supplier<String> transfer = () -> "read " + file + " from " + server;
        if (options.mode() == TftpMode.NETASCII) {
            NetasciiDecoder decoder = new NetasciiDecoder(sink);
            ClientDownload machine = new ClientDownload(file, decoder, decoder::finish, options, listener);
            return run(server, machine, listener, transfer, decoder::bytesWritten);
        }
        ClientDownload machine = new ClientDownload(file, sink, Completion.NONE, options, listener);
        return run(server, machine, listener, transfer, machine::bytesTransferred);
    }

    /**
     * Writes {@code source} to {@code file} on {@code server} (WRQ). The source is read to its end and is not
     * closed.
     *
     * @param size the number of bytes the source holds (sent as tsize in octet mode), or -1 if unknown
     * @return the number of source bytes the server acknowledged
     * @throws TftpException on timeout, peer ERROR, protocol violation or local failure
     * @throws TftpCancelledException if the calling thread is interrupted
     */
    public long upload(
            InetSocketAddress server,
            String file,
            ReadableByteChannel source,
            long size,
            TftpOptions options,
            TftpTransferListener listener)
            throws TftpException {
        Objects.requireNonNull(source, "source");
        Supplier<String> transfer = () -> "write " + file + " to " + server;
        if (options.mode() == TftpMode.NETASCII) {
            NetasciiEncoder encoder = new NetasciiEncoder(source);
            ClientUpload machine = new ClientUpload(file, encoder, -1, options, listener);
            return run(server, machine, listener, transfer, encoder::bytesRead);
        }
        ClientUpload machine = new ClientUpload(file, source, size, options, listener);
        return run(server, machine, listener, transfer, machine::bytesTransferred);
    }

    /**
     * Runs {@code machine} to its end, logged at the client's edge as {@code transfer} ({@link TransferLog});
     * returns the payload bytes {@code bytes} counts.
     */
    private long run(
            InetSocketAddress server,
            TransferMachine machine,
            TftpTransferListener listener,
            Supplier<String> transfer,
            LongSupplier bytes)
            throws TftpException {
        TransferLog log = TransferLog.started(LOG, () -> "TFTP client " + transfer.get());
        try {
            exchange(server, machine, listener);
        } catch (TftpException e) {
            log.failed(e);
            throw e;
        }
        log.completed(bytes.getAsLong());
        return bytes.getAsLong();
    }

    private void exchange(InetSocketAddress server, TransferMachine machine, TftpTransferListener listener)
            throws TftpException {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(listener, "listener");
        if (server.isUnresolved()) {
            throw new TftpException(TftpFailure.LOCAL_ERROR, TftpError.NOT_DEFINED, "Unknown host " + server, 0);
        }
        try (TransferChannel channel = TransferChannel.open(network, localAddress, server, false, ticker)) {
            channel.run(machine, listener);
        } catch (TftpException e) {
            throw e;
        } catch (IOException e) {
            throw new TftpException(TftpFailure.LOCAL_ERROR, TftpError.NOT_DEFINED, e.getMessage(), 0, e);
        }
    }
}
