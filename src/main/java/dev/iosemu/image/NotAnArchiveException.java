package dev.iosemu.image;

import java.io.IOException;

/** The bytes are not a ustar archive iosemu can read: a bad header, an unsupported member, a cut-off end. */
public final class NotAnArchiveException extends IOException {
    private static final long serialVersionUID = 1L;

    public NotAnArchiveException(String reason) {
        super(reason);
    }
}
