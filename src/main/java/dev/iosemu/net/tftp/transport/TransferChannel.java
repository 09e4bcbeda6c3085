package dev.iosemu.net.tftp.transport;

import dev.iosemu.net.Ticker;
import dev.iosemu.net.datagram.DatagramNetwork;
import dev.iosemu.net.datagram.DatagramPort;
import dev.iosemu.net.tftp.TftpCancelledException;
import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpFailure;
import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.net.tftp.TftpTransferListener.Direction;
import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.transfer.DirectBuffers;
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
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * One transfer's datagram port, i.e. its transfer ID (RFC 1350 section 4): pumps datagrams from the peer into
 * a {@link TransferMachine}, answers strangers with ERROR 5 without disturbing the transfer, and runs the
 * machine's timer. The receive buffer is direct and reused, so DATA payloads go to the sink without copies;
 * it comes from the thread's {@link DirectBuffers}. Owned by the single thread that opens it and calls {@link
 * #run}.
 */
public final class TransferChannel implements Outbox, Closeable {
    private static final long IDLE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1); // wait step with no timer armed

    private final DatagramPort port;
    private final Ticker ticker;
    private final InetSocketAddress requestTarget; // where packets go until the peer's TID is known
    private final ByteBuffer datagram = DirectBuffers.take(65536);
    private final Thread owner = Thread.currentThread();
    private boolean closed;
    private InetSocketAddress peer; // the peer's TID; null until a client hears the server's first answer
    private long deadline; // ticker time at which the timer fires, valid while timerArmed
    private long now; // ticker time read at the start of the step, or when its datagram came
    private boolean timerArmed;
    private IOException sendFailure;
    private TftpTransferListener tracer; // the listener, if it traces packets; else null

    private TransferChannel(DatagramPort port, Ticker ticker, InetSocketAddress target) {
        this.port = port;
        this.ticker = ticker;
        this.requestTarget = target;
    }

    /**
     * Opens an ephemeral port on {@code network}.
     *
     * @param localAddress the address to bind, or null for the wildcard address of the peer's family
     * @param peer the peer; its port is the TID itself if {@code peerKnown}, else the server's request port
     */
    public static TransferChannel open(
            DatagramNetwork network, InetAddress localAddress, InetSocketAddress peer, boolean peerKnown, Ticker ticker)
            throws IOException {
        DatagramPort port = network.open(new InetSocketAddress(bindAddress(localAddress, peer), 0));
        TransferChannel transfer = new TransferChannel(port, ticker, peer);
        transfer.peer = peerKnown ? peer : null;
        return transfer;
    }

    private static InetAddress bindAddress(InetAddress localAddress, InetSocketAddress peer)
            throws java.net.UnknownHostException {
        if (localAddress != null) {
            return localAddress;
        }
        byte[] wildcard = new byte[peer.getAddress() instanceof Inet6Address ? 16 : 4];
        return InetAddress.getByAddress(wildcard);
    }

    /** The local end: the transfer ID of this side. */
    public InetSocketAddress localAddress() {
        return port.localAddress();
    }

    /**
     * Runs {@code machine} until it finishes (and stops lingering).
     *
     * @throws TftpException the machine's failure; {@link TftpCancelledException} on interrupt
     */
    public void run(TransferMachine machine, TftpTransferListener listener) throws TftpException {
        run(machine, listener, () -> {});
    }

    /**
     * Runs {@code machine} until it finishes and stops lingering; {@code finished} runs once, the moment the
     * transfer succeeds or fails (before its last packet goes out, and before any lingering).
     *
     * @throws TftpException the machine's failure; {@link TftpCancelledException} on interrupt
     */
    public void run(TransferMachine machine, TftpTransferListener listener, Runnable finished) throws TftpException {
        tracer = PacketTrace.wanted(listener) ? listener : null;
        machine.whenFinished(finished);
        now = ticker.nanos();
        try {
            machine.start(this);
            while (!machine.isFinished() || machine.isLingering()) {
                step(machine);
            }
        } finally {
            machine.release();
        }
        if (machine.failure() != null) {
            throw machine.failure();
        }
    }

    private void step(TransferMachine machine) throws TftpException {
        now = ticker.nanos();
        if (Thread.interrupted()) {
            machine.abort(new TftpCancelledException("Transfer cancelled", 0), this);
        } else if (sendFailure != null) {
            machine.abort(failure(TftpFailure.LOCAL_ERROR, "Send failed: " + sendFailure.getMessage()), this);
        } else if (timerArmed && deadline - now <= 0) {
            timerArmed = false;
            machine.onTimer(this);
        } else {
            InetSocketAddress from = receive(timerArmed ? deadline - now : IDLE_WAIT_NANOS);
            now = ticker.nanos();
            if (from != null) {
                dispatch(from, machine);
            }
        }
    }

    private InetSocketAddress receive(long timeoutNanos) throws TftpException {
        try {
            return port.receive(datagram, timeoutNanos);
        } catch (IOException e) {
            throw failure(TftpFailure.LOCAL_ERROR, "Receive failed: " + e.getMessage());
        }
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
        if (tracer != null && tracer.tracingPackets()) {
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
        ByteBuffer buffer = ByteBuffer.allocate(ErrorPacket.MAX_MESSAGE_BYTES + 8);
        TftpCodec.encode(ErrorPacket.truncated(error, message), buffer);
        send(buffer.flip());
    }

    @Override
    public void send(ByteBuffer packet) {
        if (tracer != null && tracer.tracingPackets()) {
            tracer.onPacket(Direction.SENT, PacketTrace.summarize(packet));
        }
        sendTo(packet, peer != null ? peer : requestTarget);
    }

    private void sendTo(ByteBuffer packet, InetSocketAddress target) {
        try {
            port.send(packet, target);
        } catch (IOException e) {
            sendFailure = e;
        }
    }

    /** The ticker's time when this step began or its datagram came: one reading serves the whole step. */
    @Override
    public long nanos() {
        return now;
    }

    @Override
    public void armTimer(long nanos) {
        deadline = now + nanos;
        timerArmed = true;
    }

    private static TftpException failure(TftpFailure kind, String message) {
        return new TftpException(kind, TftpError.NOT_DEFINED, message, 0);
    }

    /** Closes the port; on the owning thread the receive buffer goes back to its {@link DirectBuffers}. */
    @Override
    public void close() {
        port.close();
        if (!closed && Thread.currentThread() == owner) {
            DirectBuffers.give(datagram);
        }
        closed = true;
    }
}
