package dev.iosemu.cli.commands.connect;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An open connection to another device's vty, as bytes both ways.
 *
 * @param input what the far end prints; end of stream when it closes the connection
 * @param output to the far end; each line is flushed
 * @param enter what the Enter key sends (a telnet client sends CR LF, an SSH terminal CR)
 * @param closer ends the connection
 */
record RemoteLink(InputStream input, OutputStream output, String enter, Closeable closer) implements Closeable {
    @Override
    public void close() throws IOException {
        closer.close();
    }
}
