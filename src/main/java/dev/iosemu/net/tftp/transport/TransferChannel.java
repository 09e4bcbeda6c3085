package dev.iosemu.net.tftp.transport;

import dev.iosemu.net.Ticker;
import dev.iosemu.net.tftp.TftpCancelledException;
import dev.iosemu.net.tftp.TftpError;
import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpFailure;
import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.net.tftp.TftpTransferListener.Direction;
import dev.iosemu.net.tftp.transfer.Outbox;
import dev.iosemu.net.tftp.transfer.TransferMachine;
import dev.iosemu.net.tftp.wire.MalformedPacketException;
import dev.iosemu.net.tftp.wire.Opcode;
import dev.iosemu.net.tftp.wire.TftpCodec;
import dev.iosemu.net.tftp.wire.TftpPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.ErrorPacket;
import java.io.Closeable;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One transfer's UDP socket, i.e. its transfer ID (RFC 1350 section 4): pumps datagrams from the peer into a
 * {@link TransferMachine}, answers strangers with ERROR 5 without disturbing the transfer, and runs the
 * machine's timer. The receive buffer is direct and reused, so DATA payloads go to the sink without copies.
 * Owned by the single thread that calls {@link #run}.
 */
public final class TransferChannel implements Outbox, Closeable {
    private static final int RECEIVE_BUFFER_BYTES = 4 << 20;
    private static final int SEND_ATTEMPTS = 64;
    private static final Consumer<SelectionKey> IGNORE_KEY = key -> {};
    private static final long IDLE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1); // wait step with no timer armed

    private final DatagramChannel channel;
    private final Selector selector;
    private final Ticker ticker;
    private final InetSocketAddress requestTarget; // where packets go until the peer's TID is known
    private final ByteBuffer datagram = ByteBuffer.allocateDirect(65536);
    private InetSocketAddress peer; // the peer's TID; null until a client hears the server's first answer
    private long deadline; // ticker time at which the timer fires, valid while timerArmed
    private boolean timerArmed;
    private IOException sendFailure;
    private TftpTransferListener tracer; // the listener, if it traces packets; else null
    private boolean sentSinceReceive; // an answer is now awaited, so sleep before trying to receive
    private final ReplyPolling polling = new ReplyPolling();

    private TransferChannel(DatagramChannel channel, Selector selector, Ticker ticker, InetSocketAddress target) {
        this.channel = channel;
        this.selector = selector;
        this.ticker = ticker;
        this.requestTarget = target;
    }

    /**
     * Opens an ephemeral socket.
     *
     * @param localAddress the address to bind, or null for the wildcard address
     * @param peer the peer; its port is the TID itself if {@code peerKnown}, else the server's request port
     */
    public static TransferChannel open(
            InetAddress localAddress, InetSocketAddress peer, boolean peerKnown, Ticker ticker) throws IOException {
        StandardProtocolFamily family =
                peer.getAddress() instanceof Inet6Address ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
        DatagramChannel channel = DatagramChannel.open(family);
        try {
            channel.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER_BYTES);
            channel.setOption(StandardSocketOptions.SO_SNDBUF, RECEIVE_BUFFER_BYTES);
            channel.bind(new InetSocketAddress(localAddress, 0));
            channel.configureBlocking(false);
            Selector selector = Selector.open();
            channel.register(selector, SelectionKey.OP_READ);
            TransferChannel transfer = new TransferChannel(channel, selector, ticker, peer);
            transfer.peer = peerKnown ? peer : null;
            return transfer;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The local end: the transfer ID of this side. */
    public InetSocketAddress localAddress() throws IOException {
        return (InetSocketAddress) channel.getLocalAddress();
    }

    /**
     * Runs {@code machine} until it finishes (and stops lingering).
     *
     * @throws TftpException the machine's failure; {@link TftpCancelledException} on interrupt
     */
    public void run(TransferMachine machine, TftpTransferListener listener) throws TftpException {
        tracer = PacketTrace.wanted(listener) ? listener : null;
        machine.start(this);
        while (!machine.isFinished() || machine.isLingering()) {
            step(machine);
        }
        if (machine.failure() != null) {
            throw machine.failure();
        }
    }

    private void step(TransferMachine machine) throws TftpException {
        if (Thread.interrupted()) {
            machine.abort(new TftpCancelledException("Transfer cancelled", 0), this);
        } else if (sendFailure != null) {
            machine.abort(failure(TftpFailure.LOCAL_ERROR, "Send failed: " + sendFailure.getMessage()), this);
        } else if (timerArmed && deadline - ticker.nanos() <= 0) {
            timerArmed = false;
            machine.onTimer(this);
        } else {
            SocketAddress from = receive();
            if (from != null) {
                dispatch((InetSocketAddress) from, machine);
            }
        }
    }

    /**
     * Receives one datagram, or returns null when the wait ended without one. It polls briefly first if
     * {@link ReplyPolling} says so; otherwise, when nothing was sent since the last datagram (the middle of a
     * window) more is probably queued, so it tries once before sleeping in the selector, and when an answer
     * is awaited it sleeps first, saving a system call that would find the queue empty.
     */
    private SocketAddress receive() throws TftpException {
        try {
            SocketAddress from = polling.shouldPoll() ? poll() : sentSinceReceive ? null : tryReceive();
            if (from == null) {
                long waitNanos = timerArmed ? deadline - ticker.nanos() : IDLE_WAIT_NANOS;
                selector.select(IGNORE_KEY, Math.max(1, TimeUnit.NANOSECONDS.toMillis(waitNanos + 999_999)));
                from = tryReceive();
            }
            sentSinceReceive = false;
            return from;
        } catch (IOException e) {
            throw failure(TftpFailure.LOCAL_ERROR, "Receive failed: " + e.getMessage());
        }
    }

    /**
     * Tries to receive until a datagram comes or the poll time is up, yielding the processor between
     * attempts: a peer sharing it then runs at once and sends on without waking us, and a peer on another
     * processor finds us awake.
     */
    private SocketAddress poll() throws IOException {
        long end = ticker.nanos() + ReplyPolling.POLL_NANOS;
        SocketAddress from = tryReceive();
        for (int attempt = 1;
                from == null && attempt < ReplyPolling.MAX_ATTEMPTS && end - ticker.nanos() > 0;
                attempt++) {
            Thread.yield();
            from = tryReceive();
        }
        polling.polled(from != null);
        return from;
    }

    private SocketAddress tryReceive() throws IOException {
        datagram.clear();
        SocketAddress from = channel.receive(datagram);
        datagram.flip();
        return from;
    }

    private void dispatch(InetSocketAddress from, TransferMachine machine) {
        if (peer == null && from.getAddress().equals(requestTarget.getAddress())) {
            peer = from; // the server's first answer fixes its transfer ID
        }
        if (!from.equals(peer)) {
            if (!isError(datagram)) {
                rejectStranger(from); // never answer an ERROR: two confused peers would do so forever
            }
            return;
        }
        TftpPacket packet;
        try {
            packet = TftpCodec.decode(datagram);
        } catch (MalformedPacketException e) {
            machine.abort(
                    new TftpException(TftpFailure.PROTOCOL_ERROR, TftpError.ILLEGAL_OPERATION, e.getMessage(), 0),
                    this);
            return;
        }
        if (tracer != null) {
            tracer.onPacket(Direction.RECEIVED, packet.summary());
        }
        machine.onPacket(packet, this);
    }

    private static boolean isError(ByteBuffer datagram) {
        return datagram.remaining() >= 2 && datagram.getShort(datagram.position()) == Opcode.ERROR.code();
    }

    /** A datagram from another transfer ID: tell its sender, leave this transfer alone (RFC 1350 section 4). */
    private void rejectStranger(InetSocketAddress stranger) {
        ByteBuffer error = ByteBuffer.allocate(64);
        TftpCodec.encode(new ErrorPacket(TftpError.UNKNOWN_TRANSFER_ID, "Unknown transfer ID"), error);
        sendTo(error.flip(), stranger);
    }

    /** Sends an ERROR to the peer outside any machine, e.g. when a request is refused before it starts. */
    public void sendError(TftpError error, String message) {
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        TftpCodec.encode(new ErrorPacket(error, message.length() > 500 ? message.substring(0, 500) : message), buffer);
        send(buffer.flip());
    }

    @Override
    public void send(ByteBuffer packet) {
        if (tracer != null) {
            tracer.onPacket(Direction.SENT, PacketTrace.summarize(packet));
        }
        sentSinceReceive = true;
        sendTo(packet, peer != null ? peer : requestTarget);
    }

    private void sendTo(ByteBuffer packet, InetSocketAddress target) {
        try {
            // A full socket buffer makes a non-blocking send return 0; wait for the kernel a little, then
            // treat the datagram as lost, which the protocol recovers from by retransmission.
            for (int attempt = 0; attempt < SEND_ATTEMPTS && channel.send(packet, target) == 0; attempt++) {
                Thread.onSpinWait();
            }
        } catch (IOException e) {
            sendFailure = e;
        }
    }

    @Override
    public void armTimer(long nanos) {
        deadline = ticker.nanos() + nanos;
        timerArmed = true;
    }

    private static TftpException failure(TftpFailure kind, String message) {
        return new TftpException(kind, TftpError.NOT_DEFINED, message, 0);
    }

    @Override
    public void close() throws IOException {
        try {
            selector.close();
        } finally {
            channel.close();
        }
    }
}
