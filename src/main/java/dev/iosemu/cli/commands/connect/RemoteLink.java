package dev.iosemu.cli.commands.connect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An open connection to another device's vty, as bytes both ways, and what ends a typed line on it (a telnet
 * client sends CR LF, an SSH terminal CR).
 */
interface RemoteLink extends AutoCloseable {
    /** What the far end prints; end of stream when it closes the connection. */
    InputStream input();

    /** To the far end; each line is flushed. */
    OutputStream output();

    /** What the Enter key sends. */
    String enter();

    @Override
    void close() throws IOException;
}
