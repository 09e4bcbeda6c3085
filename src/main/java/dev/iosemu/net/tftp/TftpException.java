package dev.iosemu.net.tftp;

import java.io.IOException;
import java.util.Objects;

/**
 * A failed TFTP transfer or refused request: the failure kind, the TFTP error code involved (the peer's for
 * {@link TftpFailure#PEER_ERROR}, ours otherwise) and how many payload bytes had been moved.
 */
public class TftpException extends IOException {
    private static final long serialVersionUID = 1L;

    private final TftpFailure failure;
    private final TftpError error;
    private final long bytesTransferred;

    public TftpException(TftpFailure failure, TftpError error, String message, long bytesTransferred) {
        this(failure, error, message, bytesTransferred, null);
    }

    public TftpException(TftpFailure failure, TftpError error, String message, long bytesTransferred, Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.error = Objects.requireNonNull(error, "error");
        if (bytesTransferred < 0) {
            throw new IllegalArgumentException("bytesTransferred < 0: " + bytesTransferred);
        }
        this.bytesTransferred = bytesTransferred;
    }

    /** A refusal by this side, as a file store or listener raises it; the code goes to the peer. */
    public static TftpException local(TftpError error, String message) {
        return new TftpException(TftpFailure.LOCAL_ERROR, error, message, 0);
    }

    public static TftpException fileNotFound(String name) {
        return local(TftpError.FILE_NOT_FOUND, "File not found: " + name);
    }

    public static TftpException accessViolation(String why) {
        return local(TftpError.ACCESS_VIOLATION, why);
    }

    public static TftpException diskFull(String why) {
        return local(TftpError.DISK_FULL, why);
    }

    public static TftpException fileExists(String name) {
        return local(TftpError.FILE_EXISTS, "File already exists: " + name);
    }

    public TftpFailure failure() {
        return failure;
    }

    /** The TFTP error code: received from the peer, or sent to it by this side. */
    public TftpError error() {
        return error;
    }

    /** Payload bytes written to the sink or acknowledged by the peer before the failure. */
    public long bytesTransferred() {
        return bytesTransferred;
    }

    /** The same failure with the byte count of the transfer it ended. */
    public TftpException withBytesTransferred(long bytes) {
        if (bytes == bytesTransferred) {
            return this;
        }
        TftpException copy = new TftpException(failure, error, getMessage(), bytes, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
