package dev.iosemu.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What loopback UDP itself allows a Java program, with no TFTP at all: one thread sends datagrams of a DATA
 * packet's size through unconnected non-blocking channels, as our transport does, and another takes them in
 * and answers every {@code window}-th with a 4-byte acknowledgement; both wait by polling and yielding. The
 * rate with windows of 1 against larger windows bounds the speed-up windowsize can bring on this machine.
 */
final class UdpCeiling {
    private static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(2); // a datagram was lost: give up

    private UdpCeiling() {}

    /** MB/s of sending {@code bytes} in datagrams of {@code datagramSize}, acknowledged every {@code window}. */
    static double rate(int datagramSize, int window, long bytes) throws Exception {
        int count = (int) (bytes / datagramSize);
        try (DatagramChannel sender = open();
                DatagramChannel receiver = open()) {
            InetSocketAddress senderAddress = (InetSocketAddress) sender.getLocalAddress();
            InetSocketAddress receiverAddress = (InetSocketAddress) receiver.getLocalAddress();
            IOException[] receiverFailure = new IOException[1];
            Thread acknowledger = Thread.ofPlatform().start(() -> {
                try {
                    acknowledge(receiver, senderAddress, count, window);
                } catch (IOException e) {
                    receiverFailure[0] = e;
                }
            });
            long start = System.nanoTime();
            send(sender, receiverAddress, datagramSize, count, window);
            double seconds = (System.nanoTime() - start) / 1e9;
            acknowledger.join();
            if (receiverFailure[0] != null) {
                throw receiverFailure[0];
            }
            return (double) count * datagramSize / seconds / 1e6;
        }
    }

    /** One line comparing lock-step with windows of {@code window}, best of {@code runs} each. */
    static String summary(int datagramSize, int window, long bytes, int runs) throws Exception {
        double lockStep = 0;
        double windowed = 0;
        for (int run = 0; run < runs; run++) {
            lockStep = Math.max(lockStep, rate(datagramSize, 1, bytes));
            windowed = Math.max(windowed, rate(datagramSize, window, bytes));
        }
        return String.format(
                Locale.ROOT,
                "Raw loopback UDP in Java, no TFTP, %d-byte datagrams, best of %d: lock-step %.1f MB/s,"
                        + " windows of %d %.1f MB/s (%.2fx)",
                datagramSize,
                runs,
                lockStep,
                window,
                windowed,
                windowed / lockStep);
    }

    private static DatagramChannel open() throws IOException {
        DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        channel.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20);
        channel.setOption(StandardSocketOptions.SO_SNDBUF, 4 << 20);
        channel.bind(new InetSocketAddress("127.0.0.1", 0));
        channel.configureBlocking(false);
        return channel;
    }

    private static void send(DatagramChannel channel, InetSocketAddress to, int size, int count, int window)
            throws IOException {
        ByteBuffer datagram = ByteBuffer.allocateDirect(size);
        ByteBuffer ack = ByteBuffer.allocateDirect(16);
        int sent = 0;
        int acknowledged = 0;
        while (acknowledged < count) {
            while (sent < count && sent < acknowledged + window) {
                if (channel.send(datagram.clear(), to) > 0) {
                    sent++;
                }
            }
            awaitDatagram(channel, ack.clear());
            acknowledged = ack.flip().getInt();
        }
    }

    private static void acknowledge(DatagramChannel channel, InetSocketAddress to, int count, int window)
            throws IOException {
        ByteBuffer datagram = ByteBuffer.allocateDirect(65536);
        ByteBuffer ack = ByteBuffer.allocateDirect(4);
        for (int received = 1; received <= count; received++) {
            awaitDatagram(channel, datagram.clear());
            if (received % window == 0 || received == count) {
                channel.send(ack.clear().putInt(0, received), to);
            }
        }
    }

    /** Polls for a datagram, yielding between attempts; throws if none comes for a while (one was lost). */
    private static void awaitDatagram(DatagramChannel channel, ByteBuffer into) throws IOException {
        long start = System.nanoTime();
        while (channel.receive(into) == null) {
            if (System.nanoTime() - start > STALL_NANOS) {
                throw new IOException("a datagram was lost");
            }
            Thread.yield();
        }
    }
}
