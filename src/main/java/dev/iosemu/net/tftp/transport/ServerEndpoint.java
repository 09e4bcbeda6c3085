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
 * The server's listening port: one thread receives requests and runs each transfer on a platform thread of its
 * own, which gets its own port; other datagrams on the listening port are answered with ERROR 4. The listener
 * is a virtual thread (an idle server holds no platform thread) unless the config asks for a platform one
 * ({@link TftpServerConfig#platformListener()}). A transfer thread waits a few seconds after its transfer for
 * the next one, since clients fetch file after file and starting a platform thread took about 150 µs here.
 * Thread-safe: {@link #close()} may be called from any thread.
 */
public final class ServerEndpoint implements Closeable {
    private static final long JOIN_MILLIS = 2000;
    private static final long IDLE_THREAD_SECONDS = 10; // how long a transfer thread waits for the next transfer
    private static final System.Logger LOG = System.getLogger(ServerEndpoint.class.getName());

    private final DatagramPort listening;
    private final ServerSession session;
    private final Thread dispatcher;
    private final Ticker ticker;
    private final ExecutorService transfers; // platform threads, one per running (or dallying) transfer
    private final Semaphore slots; // one per transfer that may still start; dallying transfers hold none

    private ServerEndpoint(TftpServerConfig config, DatagramNetwork network, DatagramPort listening, Ticker ticker) {
        this.listening = listening;
        this.session = new ServerSession(config, network, ticker);
        this.ticker = ticker;
        this.slots = new Semaphore(config.maxConcurrentTransfers());
        String name = "tftp-server-" + address().getPort();
        this.dispatcher = config.platformListener()
                ? Thread.ofPlatform()
                        .daemon()
                        .name(name)
                        .uncaughtExceptionHandler(LastResort.HANDLER)
                        .unstarted(this::dispatch)
                : LastResort.virtual(name).unstarted(this::dispatch);
        ThreadFactory threads = Thread.ofPlatform()
                .daemon()
                .name("tftp-transfer-" + address().getPort() + "-", 1)
                .uncaughtExceptionHandler(LastResort.HANDLER)
                .factory();
        this.transfers = new ThreadPoolExecutor(
                0, Integer.MAX_VALUE, IDLE_THREAD_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
    }

    /** Binds the listening port on {@code network} and starts the dispatcher thread. */
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
        endpoint.dispatcher.start();
        return endpoint;
    }

    public InetSocketAddress address() {
        return listening.localAddress();
    }

    private void dispatch() {
        ByteBuffer buffer = ByteBuffer.allocate(65536);
        while (true) {
            try {
                InetSocketAddress from = listening.receive(buffer, DatagramPort.FOREVER);
                if (from != null) {
                    onDatagram(buffer, from);
                }
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // the last resort: whatever one datagram or a transient error does, the server keeps listening
                LOG.log(System.Logger.Level.WARNING, "TFTP server {0}: datagram dropped: {1}", address(), e);
            }
        }
    }

    private void onDatagram(ByteBuffer buffer, InetSocketAddress client) throws IOException {
        TftpPacket packet;
        try {
            packet = TftpCodec.decode(buffer);
        } catch (MalformedPacketException e) {
            reply(client, TftpError.ILLEGAL_OPERATION, e.getMessage());
            return;
        }
        if (packet instanceof ErrorPacket) {
            return; // never answer an ERROR
        }
        if (!(packet instanceof Request request)) {
            reply(client, TftpError.ILLEGAL_OPERATION, "Expected a read or write request");
        } else if (!slots.tryAcquire()) {
            reply(client, TftpError.NOT_DEFINED, "Server busy");
        } else {
            startTransfer(request, client);
        }
    }

    /**
     * Serves {@code request} on a thread of its own. Its slot is given back the moment the transfer ends, not
     * when the thread does: a receiver dallies one timeout after its last block, and a client uploading file
     * after file must not find the server busy with transfers already done.
     */
    private void startTransfer(Request request, InetSocketAddress client) {
        AtomicBoolean slotHeld = new AtomicBoolean(true);
        Runnable freeSlot = () -> {
            if (slotHeld.getAndSet(false)) {
                slots.release();
            }
        };
        try {
            transfers.execute(() -> {
                try {
                    session.serve(request, client, freeSlot);
                } finally {
                    freeSlot.run();
                }
            });
        } catch (RejectedExecutionException e) {
            freeSlot.run(); // the server is closing: the request goes unanswered, as on a closed port
        }
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
            dispatcher.join(millisLeft(deadline));
            transfers.awaitTermination(millisLeft(deadline), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long millisLeft(long deadlineNanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - ticker.nanos()));
    }
}
