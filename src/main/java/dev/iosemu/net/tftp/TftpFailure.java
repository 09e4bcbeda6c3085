package dev.iosemu.net.tftp;

/** Why a TFTP transfer failed; the device turns each kind into its IOS wording. */
public enum TftpFailure {
    /** The peer never answered the request (IOS: "Timed out"). */
    TIMED_OUT_BEFORE_START,
    /** The peer stopped answering after the transfer had started (IOS: "Connection timed out"). */
    TIMED_OUT_MID_TRANSFER,
    /** The peer sent an ERROR packet; {@link TftpException#error()} holds its code. */
    PEER_ERROR,
    /** This side refused or could not go on (file store, sink, listener); we sent {@link TftpException#error()}. */
    LOCAL_ERROR,
    /** The peer broke the protocol (malformed packet, unacceptable OACK, illegal operation). */
    PROTOCOL_ERROR,
    /** The transfer was cancelled locally (thread interrupt or server shutdown). */
    CANCELLED
}
