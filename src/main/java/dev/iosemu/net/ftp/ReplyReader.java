package dev.iosemu.net.ftp;

import dev.iosemu.net.Ticker;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.util.function.Supplier;

/**
 * The control connection as the client reads server replies, with limits a hostile server cannot pass:
 * Commons Net keeps a whole reply in memory, so an endless greeting ({@code 220-} lines for ever) or a line
 * that never ends would fill the heap, and a server that trickles one byte just inside each read timeout
 * would hold the session for ever. A reply may have at most {@value #MAX_LINES} lines of at most
 * {@value #MAX_LINE_LENGTH} characters and must be complete within the reply time; beyond, the read fails.
 *
 * <p>Confined to the client's calling thread, like the Commons Net client reading through it.
 */
final class ReplyReader extends Reader {
    /** The most characters in one reply line (far beyond any server's text). */
    static final int MAX_LINE_LENGTH = 8192;
    /** The most lines in one reply (a long multi-line greeting or help stays well below). */
    static final int MAX_LINES = 1000;

    private final Supplier<InputStreamReader> source;
    private final Ticker ticker;
    private final long replyNanos;
    private Reader in;
    private int lineLength;
    private int lines;
    private long replyStart;

    /**
     * @param source opens the reader over the socket once it is connected (at the first read)
     * @param replyNanos how long one whole reply may take
     */
    ReplyReader(Supplier<InputStreamReader> source, Ticker ticker, long replyNanos) {
        this.source = source;
        this.ticker = ticker;
        this.replyNanos = replyNanos;
        this.replyStart = ticker.nanos();
    }

    /** A reply is expected now: its line count and time start over. */
    void startReply() {
        lines = 0;
        replyStart = ticker.nanos();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (in == null) {
            in = source.get();
        }
        int n = in.read(buffer, offset, length);
        for (int i = offset; i < offset + Math.max(n, 0); i++) {
            count(buffer[i]);
        }
        if (ticker.nanos() - replyStart > replyNanos) {
            throw new SocketTimeoutException("the server's reply did not end in time");
        }
        return n;
    }

    private void count(char c) throws ReplyTooLongException {
        if (c == '\n') {
            lineLength = 0;
            if (++lines > MAX_LINES) {
                throw new ReplyTooLongException("more than " + MAX_LINES + " lines in one reply");
            }
        } else if (++lineLength > MAX_LINE_LENGTH) {
            throw new ReplyTooLongException("a reply line longer than " + MAX_LINE_LENGTH + " characters");
        }
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
    }

    /** The server broke a reply limit: a protocol error, not a lost connection. */
    static final class ReplyTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        ReplyTooLongException(String message) {
            super(message);
        }
    }

    /** A source over {@code client}'s control input in its control encoding, for after the connect. */
    static Supplier<InputStreamReader> over(Supplier<InputStream> input, Supplier<String> encoding) {
        return () -> new InputStreamReader(input.get(), Charset.forName(encoding.get()));
    }
}
