package dev.iosemu.fs.remote;

import java.util.OptionalLong;

/**
 * What one remote transfer tells the console while it runs: when data starts to flow (the
 * {@code Loading} line), progress ({@code !}), retransmissions ({@code .}) and the protocol traces
 * {@code debug tftp packets} and {@code debug ip ftp} print. Called on the transferring thread; every
 * method defaults to nothing and must return quickly.
 */
public interface RemoteTransferEvents {
    /** Ignores everything. */
    RemoteTransferEvents NONE = new RemoteTransferEvents() {};

    /** The server answered and payload is about to move; {@code size} when the server told it. */
    default void started(OptionalLong size) {}

    /** {@code bytes} more payload bytes were received (download) or acknowledged (upload). */
    default void transferred(long bytes) {}

    /** A timeout expired and the last packets are being sent again. */
    default void retransmitting() {}

    /** A TFTP packet crossed the wire, summarised ({@code RRQ file octet blksize 1024}). */
    default void tftpPacket(boolean sent, String summary) {}

    /** An FTP command was sent; the password is already masked. */
    default void ftpCommand(String line) {}

    /** An FTP reply arrived. */
    default void ftpReply(int code, String text) {}
}
