package dev.iosemu.net.datagram;

import dev.iosemu.net.Ticker;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A UDP socket as a {@link DatagramPort}. A port that only ever waits {@link #FOREVER} stays a blocking
 * channel, on which a virtual thread parks without holding a platform thread (a server's listener); the first
 * timed receive makes it non-blocking with a selector, and from then on a receive polls briefly before it
 * sleeps when {@link ReplyPolling} has measured that this pays (a transfer on loopback, processors free). Sending and
 * receiving are confined to one thread; {@link #close()} may come from any.
 */
final class UdpPort implements DatagramPort {
    private static final int SEND_ATTEMPTS = 64;
    private static final Consumer<SelectionKey> IGNORE_KEY = key -> {};

    private final DatagramChannel channel;
    private final Ticker ticker;
    private final InetSocketAddress local;
    private final ReplyPolling polling = new ReplyPolling(PollingVerdict.JVM);
    private Selector selector; // null while the channel blocks
    private boolean sentSinceReceive; // an answer is now awaited, so sleep before trying to receive

    UdpPort(DatagramChannel channel, Ticker ticker) throws IOException {
        this.channel = channel;
        this.ticker = ticker;
        this.local = (InetSocketAddress) channel.getLocalAddress();
    }

    @Override
    public void send(ByteBuffer datagram, InetSocketAddress target) throws IOException {
        sentSinceReceive = true;
        // A full socket buffer makes a non-blocking send return 0; wait for the kernel a little, then treat
        // the datagram as lost, which the protocol recovers from by retransmission.
        for (int attempt = 0; attempt < SEND_ATTEMPTS && channel.send(datagram, target) == 0; attempt++) {
            Thread.onSpinWait();
        }
    }

    /**
     * Receives one datagram. Timed: it polls briefly first if {@link ReplyPolling} says so and a processor is
     * free for it ({@link Pollers}); otherwise, when
     * nothing was sent since the last datagram (the middle of a window) more is probably queued, so it tries
     * once before sleeping in the selector, and when an answer is awaited it sleeps first, saving a system
     * call that would find the queue empty.
     */
    @Override
    public InetSocketAddress receive(ByteBuffer buffer, long timeoutNanos) throws IOException {
        if (selector == null && timeoutNanos == FOREVER) {
            buffer.clear();
            InetSocketAddress from = (InetSocketAddress) channel.receive(buffer);
            buffer.flip();
            return from;
        }
        Selector waiting = selector();
        InetSocketAddress from;
        if (polling.shouldPoll() && Pollers.JVM.enter()) {
            try {
                from = poll(buffer);
            } finally {
                Pollers.JVM.leave();
            }
        } else {
            from = sentSinceReceive ? null : tryReceive(buffer);
        }
        if (from == null) {
            if (timeoutNanos == FOREVER) {
                waiting.select(IGNORE_KEY);
            } else {
                waiting.select(IGNORE_KEY, Math.max(1, TimeUnit.NANOSECONDS.toMillis(timeoutNanos + 999_999)));
            }
            from = tryReceive(buffer);
        }
        sentSinceReceive = false;
        polling.received(from != null, ticker.nanos());
        return from;
    }

    private Selector selector() throws IOException {
        if (selector == null) {
            channel.configureBlocking(false);
            Selector opened = Selector.open();
            try {
                channel.register(opened, SelectionKey.OP_READ);
            } catch (IOException | RuntimeException e) {
                opened.close();
                throw e;
            }
            selector = opened;
        }
        return selector;
    }

    /**
     * Tries to receive until a datagram comes or the poll time is up, yielding the processor between
     * attempts: a peer sharing it then runs at once and sends on without waking us, and a peer on another
     * processor finds us awake.
     */
    private InetSocketAddress poll(ByteBuffer buffer) throws IOException {
        long end = ticker.nanos() + ReplyPolling.POLL_NANOS;
        InetSocketAddress from = tryReceive(buffer);
        for (int attempt = 1;
                from == null && attempt < ReplyPolling.MAX_ATTEMPTS && end - ticker.nanos() > 0;
                attempt++) {
            Thread.yield();
            from = tryReceive(buffer);
        }
        polling.polled(from != null);
        return from;
    }

    private InetSocketAddress tryReceive(ByteBuffer buffer) throws IOException {
        buffer.clear();
        InetSocketAddress from = (InetSocketAddress) channel.receive(buffer);
        buffer.flip();
        return from;
    }

    @Override
    public InetSocketAddress localAddress() {
        return local;
    }

    @Override
    public void close() {
        try {
            if (selector != null) {
                selector.close();
            }
        } catch (IOException e) {
            // closing is best effort; the channel is closed next either way
        } finally {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing to release beyond what close already let go
            }
        }
    }
}
