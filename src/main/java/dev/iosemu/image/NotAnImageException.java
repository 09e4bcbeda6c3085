package dev.iosemu.image;

import java.io.IOException;

/** Thrown when bytes are not a synthetic image header; {@link #reason()} says why in a few words. */
public final class NotAnImageException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String reason;

    /** Creates the exception with a short reason such as {@code no image magic}. */
    public NotAnImageException(String reason) {
        super(reason);
        this.reason = reason;
    }

    /** Why the bytes are not an image. */
    public String reason() {
        return reason;
    }
}
