package dev.iosemu.net.tftp;

import dev.iosemu.net.tftp.codes.TftpError;

/** A transfer aborted locally (the calling thread was interrupted); the peer was sent an ERROR. */
public final class TftpCancelledException extends TftpException {
    private static final long serialVersionUID = 1L;

    public TftpCancelledException(String message, long bytesTransferred) {
        super(TftpFailure.CANCELLED, TftpError.NOT_DEFINED, message, bytesTransferred);
    }

    @Override
    public TftpCancelledException withBytesTransferred(long bytes) {
        return bytes == bytesTransferred() ? this : new TftpCancelledException(getMessage(), bytes);
    }
}
