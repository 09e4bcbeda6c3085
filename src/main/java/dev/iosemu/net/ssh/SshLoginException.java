package dev.iosemu.net.ssh;

import java.io.IOException;

/** The SSH server refused the client's login (wrong user or password, or no method left to try). */
public final class SshLoginException extends IOException {
    private static final long serialVersionUID = 1L;

    SshLoginException(String message, Throwable cause) {
        super(message, cause);
    }
}
