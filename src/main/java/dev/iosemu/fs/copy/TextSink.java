package dev.iosemu.fs.copy;

import java.io.IOException;

/**
 * Text the device consumes whole, such as configuration merged into {@code running-config}; it
 * receives the text only after the whole source arrived.
 */
@FunctionalInterface
public non-sealed interface TextSink extends CopyDestination {
    void accept(String text) throws IOException;
}
