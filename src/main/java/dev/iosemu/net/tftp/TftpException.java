package dev.iosemu.net.tftp;

import dev.iosemu.net.tftp.codes.TftpError;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A failed TFTP transfer or refused request: the failure kind, the TFTP error code involved (the peer's for
 * {@link TftpFailure#PEER_ERROR}, ours otherwise) and how many payload bytes had been moved.
 */
public class TftpException extends IOException {
    private static final long serialVersionUID = 1L;

    private final TftpFailure failure;
    private final TftpError error;
    private final long bytesTransferred;
    private final boolean ownFailure; // the cause is what our own file or listener threw

    public TftpException(TftpFailure failure, TftpError error, String message, long bytesTransferred) {
        this(failure, error, message, bytesTransferred, null);
    }

    public TftpException(TftpFailure failure, TftpError error, String message, long bytesTransferred, Throwable cause) {
        this(failure, error, message, bytesTransferred, cause, false);
    }

    private TftpException(
            TftpFailure failure,
            TftpError error,
            String message,
            long bytesTransferred,
            Throwable cause,
            boolean ownFailure) {
        super(message, cause);
        this.ownFailure = ownFailure;
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

    /**
     * A transfer ended because our own side failed: the sink or source threw, or a listener refused with an
     * I/O error (e.g. not enough space); {@code cause} is kept as it was thrown, see {@link #ownFailure()}.
     */
    public static TftpException ownFailure(TftpError error, String message, IOException cause) {
        return new TftpException(
                TftpFailure.LOCAL_ERROR, error, message, 0, Objects.requireNonNull(cause, "cause"), true);
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

    /** What our own file or listener threw, if that ended the transfer, rather than the network or the peer. */
    public Optional<IOException> ownFailure() {
        return ownFailure ? Optional.of((IOException) getCause()) : Optional.empty();
    }

    /** The same failure with the byte count of the transfer it ended. */
    public TftpException withBytesTransferred(long bytes) {
        if (bytes == bytesTransferred) {
            return this;
        }
        TftpException copy = new TftpException(failure, error, getMessage(), bytes, getCause(), ownFailure);
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
