package dev.iosemu.net.ssh.scp;

import java.io.IOException;
import java.util.Objects;

/** An SCP transfer that failed, and how: the peer's refusal keeps the text it sent. */
public final class ScpException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why a transfer failed. */
    public enum Kind {
        /** The peer answered with an error status ({@code \x01text}); the message is its text. */
        REFUSED,
        /** The peer sent something SCP does not allow at that point. */
        PROTOCOL,
        /** The channel ended before the transfer did. */
        CONNECTION_LOST
    }

    private final Kind kind;

    public ScpException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
