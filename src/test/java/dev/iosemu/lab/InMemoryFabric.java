package dev.iosemu.lab;

import dev.iosemu.net.StandardPort;
import dev.iosemu.net.datagram.DatagramNetwork;
import dev.iosemu.net.datagram.DatagramPort;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A lab network in memory for tests: each attached device is a node owning the addresses it says are its
 * own, and a datagram goes to the port bound on the node that owns its destination, or nowhere. No socket is
 * ever opened. A node's source address is its first own address (enough for nodes with one address each).
 * Thread-safe.
 */
public final class InMemoryFabric implements LabFabric {
    private static final InetAddress WILDCARD = new InetSocketAddress(0).getAddress();

    private final List<Node> nodes = new CopyOnWriteArrayList<>();
    private final AtomicInteger delivered = new AtomicInteger();

    @Override
    public DatagramNetwork attach(Supplier<Set<Ipv4Address>> ownAddresses) {
        Node node = new Node(ownAddresses);
        nodes.add(node);
        return node;
    }

    @Override
    public InetSocketAddress serverAddress(StandardPort service, int hostPort) {
        return new InetSocketAddress(WILDCARD, service.number());
    }

    /** Datagrams delivered so far. */
    public int delivered() {
        return delivered.get();
    }

    private Optional<Node> owner(InetAddress address) {
        Optional<Ipv4Address> destination = Ipv4Address.tryParse(address.getHostAddress());
        return nodes.stream()
                .filter(node -> destination.isPresent() && node.own.get().contains(destination.get()))
                .findFirst();
    }

    private record Datagram(byte[] bytes, InetSocketAddress from) {}

    private final class Node implements DatagramNetwork {
        private final Supplier<Set<Ipv4Address>> own;
        private final Map<Integer, Port> ports = new ConcurrentHashMap<>();
        private final AtomicInteger nextEphemeral = new AtomicInteger(49152);

        Node(Supplier<Set<Ipv4Address>> own) {
            this.own = own;
        }

        @Override
        public DatagramPort open(InetSocketAddress local) throws IOException {
            int number = local.getPort() == 0 ? nextEphemeral.getAndIncrement() : local.getPort();
            Port port = new Port(this, new InetSocketAddress(local.getAddress(), number));
            if (ports.putIfAbsent(number, port) != null) {
                throw new BindException("port " + number + " in use");
            }
            return port;
        }

        InetAddress source() {
            return own.get().stream()
                    .findFirst()
                    .map(Ipv4Address::toInetAddress)
                    .orElse(WILDCARD);
        }
    }

    private final class Port implements DatagramPort {
        private static final Datagram CLOSED = new Datagram(new byte[0], null);

        private final Node node;
        private final InetSocketAddress local;
        private final BlockingQueue<Datagram> queue = new LinkedBlockingQueue<>();
        private volatile boolean closed;

        Port(Node node, InetSocketAddress local) {
            this.node = node;
            this.local = local;
        }

        @Override
        public void send(ByteBuffer datagram, InetSocketAddress target) throws IOException {
            if (closed) {
                throw new ClosedChannelException();
            }
            byte[] bytes = new byte[datagram.remaining()];
            datagram.get(bytes);
            InetAddress from = local.getAddress().isAnyLocalAddress() ? node.source() : local.getAddress();
            Optional<Port> to = owner(target.getAddress()).map(owner -> owner.ports.get(target.getPort()));
            if (to.isPresent() && !to.get().closed) {
                to.get().queue.add(new Datagram(bytes, new InetSocketAddress(from, local.getPort())));
                delivered.incrementAndGet();
            }
        }

        @Override
        public InetSocketAddress receive(ByteBuffer buffer, long timeoutNanos) throws IOException {
            if (closed) {
                throw new ClosedChannelException();
            }
            Datagram datagram;
            try {
                datagram = timeoutNanos == FOREVER ? queue.take() : queue.poll(timeoutNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            if (datagram == CLOSED) {
                throw new ClosedChannelException();
            }
            if (datagram == null) {
                return null;
            }
            buffer.clear();
            buffer.put(datagram.bytes()).flip();
            return datagram.from();
        }

        @Override
        public InetSocketAddress localAddress() {
            return local;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                node.ports.remove(local.getPort(), this);
                queue.add(CLOSED);
            }
        }
    }
}
