package dev.iosemu.fs.state;

import java.io.IOException;

/** A state folder that cannot be used, with one line saying why and what to do. */
public final class StateFolderException extends IOException {
    public StateFolderException(String message) {
        super(message);
    }
}
