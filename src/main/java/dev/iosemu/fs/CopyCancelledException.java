package dev.iosemu.fs;

import java.io.InterruptedIOException;

/** A transfer stopped by a cancel request or a thread interrupt; the destination was left as it was. */
public final class CopyCancelledException extends InterruptedIOException {
    public CopyCancelledException(String message) {
        super(message);
    }
}
