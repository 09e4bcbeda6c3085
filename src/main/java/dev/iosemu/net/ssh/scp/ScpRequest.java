package dev.iosemu.net.ssh.scp;

import java.util.Objects;
import java.util.Optional;

/**
 * An SCP exec request as a client sends it: {@code scp -t flash:/x.bin} (the server receives) or {@code scp
 * -f flash:/x.bin} (the server sends), with any of {@code -v -p -d -r} before. The path is everything after
 * the options, taken literally (no shell unquoting, as on IOS), and is never empty.
 *
 * @param direction which way the file goes
 * @param path the path as sent
 * @param recursive {@code -r}: the client offers directories, which no IOS file system takes
 */
public record ScpRequest(Direction direction, String path, boolean recursive) {
    /** Which way the file goes, seen from the server. */
    public enum Direction {
        /** {@code -t}: the client sends, the server is the sink. */
        RECEIVE,
        /** {@code -f}: the server is the source. */
        SEND
    }

    public ScpRequest {
        Objects.requireNonNull(direction, "direction");
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("path must not be empty");
        }
    }

    /** The request {@code command} makes, if it is an SCP request at all. */
    public static Optional<ScpRequest> parse(String command) {
        if (!command.startsWith("scp ")) {
            return Optional.empty();
        }
        String rest = command.substring(4);
        Direction direction = null;
        boolean recursive = false;
        while (true) {
            rest = rest.stripLeading();
            int space = rest.indexOf(' ');
            if (!rest.startsWith("-") || space < 0) {
                break;
            }
            String option = rest.substring(0, space);
            for (char letter : option.substring(1).toCharArray()) {
                switch (letter) {
                    case 't' -> direction = Direction.RECEIVE;
                    case 'f' -> direction = Direction.SEND;
                    case 'r' -> recursive = true;
                    case 'v', 'p', 'd' -> {}
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            rest = rest.substring(space);
            if (option.equals("--")) {
                rest = rest.stripLeading();
                break;
            }
        }
        return direction == null || rest.isEmpty()
                ? Optional.empty()
                : Optional.of(new ScpRequest(direction, rest, recursive));
    }
}
