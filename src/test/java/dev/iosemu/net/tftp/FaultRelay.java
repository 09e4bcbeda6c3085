package dev.iosemu.net.tftp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A UDP relay for one TFTP transfer that drops, duplicates and reorders datagrams with a seeded random
 * source. The client talks to {@link #address()}; the relay talks to the server from a second socket and
 * follows the server's transfer ID, so each side sees one consistent peer.
 */
final class FaultRelay implements AutoCloseable {
    private final DatagramSocket front; // faces the client
    private final DatagramSocket back; // faces the server
    private final Random random;
    private final double drop;
    private final double duplicate;
    private final double reorder;
    private final Thread toServer;
    private final Thread toClient;
    private final AtomicInteger faults = new AtomicInteger();
    private volatile InetSocketAddress client; // written by the client-side thread, read by the other
    private volatile InetSocketAddress server;
    private final InetSocketAddress listening; // the server's request port

    FaultRelay(InetSocketAddress server, long seed, double drop, double duplicate, double reorder) throws IOException {
        this.front = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        this.back = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        this.server = server;
        this.listening = server;
        this.random = new Random(seed);
        this.drop = drop;
        this.duplicate = duplicate;
        this.reorder = reorder;
        this.toServer = Thread.ofPlatform().daemon().start(() -> pump(front, back, true));
        this.toClient = Thread.ofPlatform().daemon().start(() -> pump(back, front, false));
    }

    InetSocketAddress address() {
        return (InetSocketAddress) front.getLocalSocketAddress();
    }

    /** How many datagrams were dropped, duplicated or reordered so far. */
    int faults() {
        return faults.get();
    }

    private void pump(DatagramSocket from, DatagramSocket to, boolean towardsServer) {
        byte[] buffer = new byte[65536];
        byte[] held = null;
        try {
            from.setSoTimeout(20);
            while (!from.isClosed()) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                try {
                    from.receive(packet);
                } catch (SocketTimeoutException e) {
                    held = release(held, to, towardsServer);
                    continue;
                }
                learnPeer(packet, towardsServer);
                byte[] bytes = Arrays.copyOf(packet.getData(), packet.getLength());
                held = forward(bytes, held, to, towardsServer);
            }
        } catch (IOException e) {
            // closed
        }
    }

    private void learnPeer(DatagramPacket packet, boolean towardsServer) {
        InetSocketAddress source = (InetSocketAddress) packet.getSocketAddress();
        if (towardsServer) {
            client = source;
        } else {
            server = source; // the server's transfer ID, after its first answer
        }
    }

    private byte[] forward(byte[] bytes, byte[] held, DatagramSocket to, boolean towardsServer) throws IOException {
        double roll = nextDouble();
        if (roll < drop) {
            faults.incrementAndGet();
            return held;
        }
        if (roll < drop + reorder && held == null) {
            faults.incrementAndGet();
            return bytes; // sent after the next datagram
        }
        send(bytes, to, towardsServer);
        if (roll < drop + reorder + duplicate) {
            faults.incrementAndGet();
            send(bytes, to, towardsServer);
        }
        return release(held, to, towardsServer);
    }

    private byte[] release(byte[] held, DatagramSocket to, boolean towardsServer) throws IOException {
        if (held != null) {
            send(held, to, towardsServer);
        }
        return null;
    }

    private void send(byte[] bytes, DatagramSocket to, boolean towardsServer) throws IOException {
        boolean request = bytes.length > 1 && bytes[0] == 0 && (bytes[1] == 1 || bytes[1] == 2);
        InetSocketAddress target = towardsServer ? (request ? listening : server) : client;
        to.send(new DatagramPacket(bytes, bytes.length, target));
    }

    private double nextDouble() {
        synchronized (random) {
            return random.nextDouble();
        }
    }

    @Override
    public void close() throws InterruptedException {
        front.close();
        back.close();
        toServer.join(2000);
        toClient.join(2000);
    }
}
