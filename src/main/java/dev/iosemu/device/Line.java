package dev.iosemu.device;

import dev.iosemu.device.config.LineConfig.LineKind;
import java.util.Objects;
import java.util.Optional;

/**
 * Which terminal line a session runs on, fixed when the session opens: its kind and number, the peer it
 * came from (a vty's client address), and the user who logged in on it, once one has.
 *
 * @param kind console, aux or vty
 * @param number the line's number within its kind ({@code vty 3} is 3)
 * @param user the local user logged in, if the line's login asked for one
 * @param peer where a vty session comes from ({@code 10.1.1.5}); empty on the console
 */
public record Line(LineKind kind, int number, Optional<String> user, Optional<String> peer) {
    public Line {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(peer, "peer");
        if (number < 0) {
            throw new IllegalArgumentException("line number must be >= 0: " + number);
        }
    }

    /** The console line, {@code con 0}, nobody logged in. */
    public static Line console() {
        return new Line(LineKind.CON, 0, Optional.empty(), Optional.empty());
    }

    /** Virtual terminal {@code number}, reached from {@code peer}. */
    public static Line vty(int number, String peer) {
        return new Line(LineKind.VTY, number, Optional.empty(), Optional.of(peer));
    }

    /** The same line with {@code name} logged in. */
    public Line loggedIn(String name) {
        return new Line(kind, number, Optional.of(name), peer);
    }

    /** The same line with nobody logged in (a fresh login). */
    public Line loggedOut() {
        return new Line(kind, number, Optional.empty(), peer);
    }

    public boolean isConsole() {
        return kind == LineKind.CON;
    }

    /** The short name IOS logs and greets with: {@code con0}, {@code vty2}. */
    public String name() {
        return kind.keyword() + number;
    }

    /**
     * Who did something, as log messages name them: {@code console} on the console; on another line the user
     * (if any), the line and the peer, as in {@code admin on vty0 (10.1.1.5)}.
     */
    public String requester() {
        if (isConsole()) {
            return "console";
        }
        return user.map(name -> name + " on ").orElse("")
                + name()
                + peer.map(p -> " (" + p + ")").orElse("");
    }
}
