package dev.iosemu.net.tftp.transport;

import dev.iosemu.net.LastResort;
import dev.iosemu.net.Ticker;
import dev.iosemu.net.datagram.DatagramNetwork;
import dev.iosemu.net.datagram.DatagramPort;
import dev.iosemu.net.tftp.TftpServerConfig;
import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.wire.MalformedPacketException;
import dev.iosemu.net.tftp.wire.TftpCodec;
import dev.iosemu.net.tftp.wire.TftpPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.ErrorPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.Request;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The server's listening port: requests that come there are each served on a platform thread of its own, which
 * gets its own port; other datagrams are answered with ERROR 4. By default a virtual thread listens (an idle
 * server holds no platform thread) and hands each request to a transfer thread. With {@link
 * TftpServerConfig#platformListener()} the transfer threads take turns at listening instead: the one that
 * receives a request hands the port to another and serves the request itself, so no thread has to wake up
 * between a request and its answer. A transfer thread waits a few seconds after its transfer for the next task,
 * since clients fetch file after file and starting a platform thread took about 150 µs here. Thread-safe:
 * {@link #close()} may be called from any thread.
 */
public final class ServerEndpoint implements Closeable {
    private static final long JOIN_MILLIS = 2000;
    private static final long IDLE_THREAD_SECONDS = 10; // how long a transfer thread waits for the next task
    private static final System.Logger LOG = System.getLogger(ServerEndpoint.class.getName());

    private final DatagramPort listening;
    private final ServerSession session;
    private final Thread dispatcher; // the virtual listener; null where the transfer threads take turns
    private final Ticker ticker;
    private final ExecutorService transfers; // platform threads, one per running (or dallying) transfer
    private final Semaphore slots; // one per transfer that may still start; dallying transfers hold none
    // what the listener receives into: one listener at a time, and a request is decoded before the next one
    // starts (whose start the executor orders after it), so threads taking turns share it
    private final ByteBuffer received = ByteBuffer.allocate(65536);

    private ServerEndpoint(TftpServerConfig config, DatagramNetwork network, DatagramPort listening, Ticker ticker) {
        this.listening = listening;
        this.session = new ServerSession(config, network, ticker);
        this.ticker = ticker;
        this.slots = new Semaphore(config.maxConcurrentTransfers());
        this.dispatcher = config.platformListener()
                ? null
                : LastResort.virtual("tftp-server-" + address().getPort()).unstarted(this::listen);
        ThreadFactory threads = Thread.ofPlatform()
                .daemon()
                .name("tftp-transfer-" + address().getPort() + "-", 1)
                .uncaughtExceptionHandler(LastResort.HANDLER)
                .factory();
        this.transfers = new ThreadPoolExecutor(
                0, Integer.MAX_VALUE, IDLE_THREAD_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
    }

    /** Binds the listening port on {@code network} and starts listening. */
    public static ServerEndpoint start(TftpServerConfig config, DatagramNetwork network, Ticker ticker)
            throws IOException {
        InetSocketAddress local = new InetSocketAddress(config.bindAddress(), config.port());
        DatagramPort listening;
        try {
            listening = network.open(local);
        } catch (IOException e) {
            throw new IOException(
                    "cannot start TFTP server on UDP " + local.getAddress().getHostAddress() + ":" + local.getPort()
                            + ": " + e.getMessage(),
                    e);
        }
        ServerEndpoint endpoint = new ServerEndpoint(config, network, listening, ticker);
        if (endpoint.dispatcher != null) {
            endpoint.dispatcher.start();
        } else {
            endpoint.transfers.execute(endpoint::listen);
        }
        return endpoint;
    }

    public InetSocketAddress address() {
        return listening.localAddress();
    }

    /**
     * Receives datagrams until the port closes; where the transfer threads take turns, only until this one has
     * a request to serve.
     */
    private void listen() {
        while (true) {
            InetSocketAddress client;
            Request request;
            try {
                client = listening.receive(received, DatagramPort.FOREVER);
                request = client == null ? null : admit(received, client);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // the last resort: whatever one datagram or a transient error does, the server keeps listening
                LOG.log(System.Logger.Level.WARNING, "TFTP server {0}: datagram dropped: {1}", address(), e);
                continue;
            }
            if (request != null && dispatcher != null) {
                startTransfer(request, client);
            } else if (request != null) {
                serveInTurn(request, client);
                return;
            }
        }
    }

    /**
     * The request {@code buffer} holds, with a transfer slot taken for it; anything else is answered here (a
     * malformed packet, a stray one, a request beyond the slots) and gives null.
     */
    private Request admit(ByteBuffer buffer, InetSocketAddress client) throws IOException {
        TftpPacket packet;
        try {
            packet = TftpCodec.decode(buffer);
        } catch (MalformedPacketException e) {
            reply(client, TftpError.ILLEGAL_OPERATION, e.getMessage());
            return null;
        }
        if (packet instanceof ErrorPacket) {
            return null; // never answer an ERROR
        }
        if (!(packet instanceof Request request)) {
            reply(client, TftpError.ILLEGAL_OPERATION, "Expected a read or write request");
            return null;
        }
        if (!slots.tryAcquire()) {
            reply(client, TftpError.NOT_DEFINED, "Server busy");
            return null;
        }
        return request;
    }

    /** Serves {@code request} on a transfer thread while the virtual listener goes on listening. */
    private void startTransfer(Request request, InetSocketAddress client) {
        Runnable freeSlot = slotRelease();
        try {
            transfers.execute(() -> serve(request, client, freeSlot));
        } catch (RejectedExecutionException e) {
            freeSlot.run(); // the server is closing: the request goes unanswered, as on a closed port
        }
    }

    /** Hands the listening port to another transfer thread and serves {@code request} on this one. */
    private void serveInTurn(Request request, InetSocketAddress client) {
        Runnable freeSlot = slotRelease();
        try {
            transfers.execute(this::listen);
        } catch (RejectedExecutionException e) {
            freeSlot.run(); // the server is closing: the request goes unanswered, as on a closed port
            return;
        }
        serve(request, client, freeSlot);
    }

    /**
     * Serves {@code request}. Its slot is given back the moment the transfer ends, not when the thread is done:
     * a receiver dallies one timeout after its last block, and a client uploading file after file must not find
     * the server busy with transfers already done.
     */
    private void serve(Request request, InetSocketAddress client, Runnable freeSlot) {
        try {
            session.serve(request, client, freeSlot);
        } finally {
            freeSlot.run();
        }
    }

    /** Gives a taken slot back, once however often it runs. */
    private Runnable slotRelease() {
        AtomicBoolean slotHeld = new AtomicBoolean(true);
        return () -> {
            if (slotHeld.getAndSet(false)) {
                slots.release();
            }
        };
    }

    private void reply(InetSocketAddress client, TftpError error, String message) throws IOException {
        ByteBuffer out = ByteBuffer.allocate(ErrorPacket.MAX_MESSAGE_BYTES + 8);
        TftpCodec.encode(ErrorPacket.truncated(error, message), out);
        listening.send(out.flip(), client);
    }

    /** Stops listening, interrupts running transfers (each tells its client) and waits for them briefly. */
    @Override
    public void close() {
        listening.close();
        transfers.shutdownNow();
        long deadline = ticker.nanos() + TimeUnit.MILLISECONDS.toNanos(JOIN_MILLIS);
        try {
            if (dispatcher != null) {
                dispatcher.join(millisLeft(deadline));
            }
            transfers.awaitTermination(millisLeft(deadline), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long millisLeft(long deadlineNanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - ticker.nanos()));
    }
}
