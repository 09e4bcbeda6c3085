package dev.iosemu.net.xmodem;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;

/**
 * One end of a byte stream an XMODEM transfer runs over (a console line in raw mode). Used by one thread at a
 * time; closing it gives the stream back to whoever owned it before (a terminal leaves raw mode).
 */
public interface XmodemLink extends Closeable {
    /** What {@link #read} returns when nothing came within the time given. */
    int TIMEOUT = -2;

    /** The next byte (0 to 255), {@link #TIMEOUT} when none came within {@code timeout}, or -1 at the end. */
    int read(Duration timeout) throws IOException;

    /** Sends {@code bytes} at once (flushed). */
    void write(byte... bytes) throws IOException;

    @Override
    default void close() throws IOException {}
}
