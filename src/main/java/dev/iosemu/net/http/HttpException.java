package dev.iosemu.net.http;

import java.io.IOException;

/** A server that answered a transfer with an HTTP error status. */
public final class HttpException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public HttpException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The status code the server sent: 404, 401, 405 ... */
    public int status() {
        return status;
    }
}
