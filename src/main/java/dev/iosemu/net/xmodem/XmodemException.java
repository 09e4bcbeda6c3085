package dev.iosemu.net.xmodem;

import java.io.IOException;

/** An XMODEM transfer that did not complete: the message says why, in the words a loader prints. */
public final class XmodemException extends IOException {
    private static final long serialVersionUID = 1L;

    XmodemException(String message) {
        super(message);
    }
}
