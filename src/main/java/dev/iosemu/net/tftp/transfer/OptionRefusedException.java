package dev.iosemu.net.tftp.transfer;

/** An OACK the client cannot accept; it answers ERROR 8 (RFC 2347). */
public final class OptionRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public OptionRefusedException(String message) {
        super(message);
    }
}
