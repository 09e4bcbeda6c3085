package dev.iosemu.testing;

import java.io.Closeable;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A name server on loopback for tests (RFC 1035, UDP): answers an A query for a name it was given with that
 * address, and any other with NXDOMAIN, recording each name asked. One question a query, no compression in
 * questions, no other record types: just enough for a client under test.
 */
public final class FakeDnsServer implements Closeable {
    private static final int HEADER = 12;

    private final DatagramSocket socket;
    private final Map<String, Inet4Address> records = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final Thread thread;

    private FakeDnsServer(DatagramSocket socket) {
        this.socket = socket;
        this.thread = Thread.ofPlatform().daemon().name("fake-dns").start(this::serve);
    }

    /** A server on 127.0.0.1 and a free port. */
    public static FakeDnsServer start() throws SocketException {
        return new FakeDnsServer(new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
    }

    /** Answers {@code name} (in any case) with {@code address} from now on. */
    public FakeDnsServer add(String name, String address) throws IOException {
        records.put(name.toLowerCase(Locale.ROOT), (Inet4Address) InetAddress.getByName(address));
        return this;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** The names asked so far, lower case, in order. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    private void serve() {
        byte[] buffer = new byte[512];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                byte[] answer = answer(Arrays.copyOf(buffer, packet.getLength()));
                socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
            } catch (IOException | RuntimeException e) {
                // closed, or a datagram that is not a query: nothing to answer
            }
        }
    }

    private byte[] answer(byte[] query) {
        StringBuilder name = new StringBuilder();
        int at = HEADER;
        for (int length = query[at] & 0xFF; length > 0; length = query[at] & 0xFF) {
            name.append(name.isEmpty() ? "" : ".").append(new String(query, at + 1, length, StandardCharsets.US_ASCII));
            at += length + 1;
        }
        int questionEnd = at + 5; // the root label, then QTYPE and QCLASS
        String key = name.toString().toLowerCase(Locale.ROOT);
        asked.add(key);
        Inet4Address address = records.get(key);
        ByteBuffer reply = ByteBuffer.allocate(questionEnd + 16);
        reply.put(query, 0, 2).putShort((short) (address != null ? 0x8180 : 0x8183)); // response, NOERROR|NXDOMAIN
        reply.putShort((short) 1).putShort((short) (address != null ? 1 : 0)).putInt(0);
        reply.put(query, HEADER, questionEnd - HEADER);
        if (address != null) {
            reply.putShort((short) 0xC00C)
                    .putShort((short) 1)
                    .putShort((short) 1)
                    .putInt(60); // name, A, IN, TTL
            reply.putShort((short) 4).put(address.getAddress());
        }
        return Arrays.copyOf(reply.array(), reply.position());
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
