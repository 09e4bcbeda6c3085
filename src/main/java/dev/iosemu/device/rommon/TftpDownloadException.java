package dev.iosemu.device.rommon;

import dev.iosemu.lab.Ipv4Address;
import java.io.IOException;
import java.util.Objects;

/**
 * A {@code tftpdnld} that failed, with why as a typed {@link Failure}; its message is what ROMMON prints
 * after {@code ERROR: }, worded in one place ({@link #text}).
 */
public final class TftpDownloadException extends IOException {
    private final transient Failure failure;

    public TftpDownloadException(Failure failure, Throwable cause) {
        super(text(failure), cause);
        this.failure = failure;
    }

    public TftpDownloadException(Failure failure) {
        this(failure, null);
    }

    public Failure failure() {
        return failure;
    }

    /** Why a download failed. */
    public sealed interface Failure {
        /** The next hop on the monitor's subnet never answered ARP. */
        record ArpTimeout(Ipv4Address nextHop) implements Failure {
            public ArpTimeout {
                Objects.requireNonNull(nextHop, "nextHop");
            }
        }

        /** The server stopped answering, or never did. */
        record TimedOut() implements Failure {}

        /** The server sent a TFTP error; {@code name} is the error code's standard name ({@code File not found}). */
        record ServerError(String name) implements Failure {
            public ServerError {
                Objects.requireNonNull(name, "name");
            }
        }

        /** Break or an interrupt stopped it. */
        record Interrupted() implements Failure {}

        /** The transfer broke on our side or by a protocol error. */
        record TransferFailed() implements Failure {}
    }

    /** What ROMMON prints after {@code ERROR: } for {@code failure}. */
    static String text(Failure failure) {
        return switch (failure) {
            case Failure.ArpTimeout arp -> "Timed out waiting for ARP reply from " + arp.nextHop();
            case Failure.TimedOut t -> "Timed out";
            case Failure.ServerError error -> error.name();
            case Failure.Interrupted i -> "Interrupted";
            case Failure.TransferFailed f -> "Transfer failed";
        };
    }
}
