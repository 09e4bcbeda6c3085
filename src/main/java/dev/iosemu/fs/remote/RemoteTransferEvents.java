package dev.iosemu.fs.remote;

import java.util.OptionalLong;

/**
 * What one remote transfer tells the console while it runs: when data starts to flow (the
 * {@code Loading} line), progress ({@code !}), retransmissions ({@code .}) and protocol trace lines,
 * already worded as the debug output prints them. Called on the transferring thread; every method
 * defaults to nothing and must return quickly.
 */
public interface RemoteTransferEvents {
    /** Ignores everything. */
    RemoteTransferEvents NONE = new RemoteTransferEvents() {};

    /** The server answered and payload is about to move; {@code size} when the server told it. */
    default void started(OptionalLong size) {}

    /**
     * The file was described before its bytes, in the protocol's own words: SCP's {@code C} line
     * ({@code C0644 7569 name}), the server's for a download, ours for an upload.
     */
    default void described(String header) {}

    /** {@code bytes} more payload bytes were received (download) or acknowledged (upload). */
    default void transferred(long bytes) {}

    /** A timeout expired and the last packets are being sent again. */
    default void retransmitting() {}

    /**
     * One trace line of {@code kind} ({@code TFTP: Sent RRQ file octet}, {@code FTP: ---> USER cisco});
     * passwords are already masked. It may hold several lines, each with its protocol's prefix.
     */
    default void trace(TraceKind kind, String line) {}

    /**
     * Whether a {@link #trace} line of {@code kind} would be shown now, so a transfer builds none per packet
     * while no debug switch asks for them. It may change during a transfer.
     */
    default boolean tracing(TraceKind kind) {
        return true;
    }
}
