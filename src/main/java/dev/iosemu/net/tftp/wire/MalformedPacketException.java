package dev.iosemu.net.tftp.wire;

import java.io.IOException;

/** A datagram that is not a well-formed TFTP packet; the transport answers it with ERROR 4. */
public final class MalformedPacketException extends IOException {
    private static final long serialVersionUID = 1L;

    public MalformedPacketException(String message) {
        super(message);
    }
}
