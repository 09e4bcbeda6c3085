package dev.iosemu.cli.commands.connect;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.SessionKey;
import dev.iosemu.lab.Ipv4Address;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The open connections of one session to other devices, as IOS keeps them for a line: numbered from 1 (the
 * lowest number free), the current one the last used, all closed when the session ends. Thread-safe: the
 * session thread uses it, and the session's end may come from another thread.
 */
final class Connections {
    private static final SessionKey<Connections> KEY = SessionKey.of("outgoing connections");
    private static final String HEADER = "Conn Host                Address             Byte  Idle Conn Name";

    private final List<Connection> open = new ArrayList<>(); // guarded by this; by number
    private Connection current; // guarded by this

    private Connections() {}

    /** The connections of {@code session}, made (and closed with it) the first time. */
    static Connections of(CliSession session) {
        return session.computeIfAbsent(KEY, () -> {
            Connections made = new Connections();
            session.onClose(made::closeAll);
            return made;
        });
    }

    /** Whether {@code session} has an open connection. */
    static boolean any(CliSession session) {
        return session.get(KEY).map(connections -> !connections.isEmpty()).orElse(false);
    }

    /** Numbers a new connection to {@code host} at {@code address}, the current one from now. */
    synchronized Connection add(String host, Ipv4Address address, RemoteRelay relay, Instant now) {
        int number = 1;
        while (find(number).isPresent()) {
            number++;
        }
        boolean named = open.stream().anyMatch(c -> c.name().equalsIgnoreCase(host));
        Connection made = new Connection(number, host, address, named ? "" : host, relay, now);
        open.add(made);
        open.sort(Comparator.comparingInt(Connection::number));
        current = made;
        return made;
    }

    /** {@code connection} was used (resumed, suspended) now: it is the current one. */
    synchronized void used(Connection connection, Instant now) {
        connection.used(now);
        current = connection;
    }

    /** Forgets a closed connection; the current one is then the last used of the rest. */
    synchronized void remove(Connection connection) {
        open.remove(connection);
        if (current == connection) {
            current = open.stream()
                    .max(Comparator.comparing(Connection::lastUsed))
                    .orElse(null);
        }
    }

    synchronized Optional<Connection> find(int number) {
        return open.stream().filter(c -> c.number() == number).findFirst();
    }

    synchronized Optional<Connection> current() {
        return Optional.ofNullable(current);
    }

    synchronized boolean isEmpty() {
        return open.isEmpty();
    }

    /**
     * {@code show sessions}: a line per connection under IOS's header, {@code *} on the current one, the
     * characters waiting to be shown and the minutes idle.
     */
    synchronized List<String> table(Instant now) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (Connection c : open) {
            long idle = Math.max(0, Duration.between(c.lastUsed(), now).toMinutes());
            lines.add(String.format(
                    "%c%3d %-19s %-19s %4d %5d %s",
                    c == current ? '*' : ' ',
                    c.number(),
                    c.host(),
                    c.address(),
                    c.relay().unread(),
                    idle,
                    c.name()));
        }
        return lines;
    }

    /** Closes every connection (the session ended). */
    void closeAll() {
        List<Connection> closing;
        synchronized (this) {
            closing = List.copyOf(open);
            open.clear();
            current = null;
        }
        closing.forEach(c -> c.relay().close());
    }
}
