package dev.iosemu.net.ftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReplyReaderTest {
    private final AtomicLong now = new AtomicLong();

    private ReplyReader reader(InputStream server, long replyNanos) {
        return new ReplyReader(() -> new InputStreamReader(server, StandardCharsets.US_ASCII), now::get, replyNanos);
    }

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String readAll(ReplyReader reader) throws Exception {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[100];
        for (int n = reader.read(buffer, 0, buffer.length); n >= 0; n = reader.read(buffer, 0, buffer.length)) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    @Test
    void repliesWithinTheLimitsPassUnchanged() throws Exception {
        String greeting = "220-Welcome\r\n".repeat(ReplyReader.MAX_LINES - 1) + "220 " + "x".repeat(8000) + "\r\n";

        assertThat(readAll(reader(text(greeting), Long.MAX_VALUE))).isEqualTo(greeting);
    }

    @Test
    void aLineLongerThanTheLimitFails() {
        ReplyReader reader = reader(text("220 " + "x".repeat(ReplyReader.MAX_LINE_LENGTH)), Long.MAX_VALUE);

        assertThatThrownBy(() -> readAll(reader)).isInstanceOf(ReplyReader.ReplyTooLongException.class);
    }

    @Test
    void moreLinesThanTheLimitInOneReplyFailButEachReplyStartsAfresh() throws Exception {
        ReplyReader reader = reader(text("220-x\r\n".repeat(ReplyReader.MAX_LINES + 1)), Long.MAX_VALUE);
        char[] half = new char[7 * (ReplyReader.MAX_LINES / 2)];

        assertThat(reader.read(half, 0, half.length)).isEqualTo(half.length);
        reader.startReply();
        assertThat(readAll(reader)).hasSize(7 * (ReplyReader.MAX_LINES + 1) - half.length);
        assertThatThrownBy(() -> readAll(reader(text("220-x\r\n".repeat(ReplyReader.MAX_LINES + 1)), 1L << 62)))
                .isInstanceOf(ReplyReader.ReplyTooLongException.class);
    }

    @Test
    void aReplyTrickledPastTheReplyTimeTimesOut() throws Exception {
        InputStream trickle = new InputStream() {
            @Override
            public int read() {
                now.addAndGet(1_000_000_000L); // a byte a second, each just inside a read timeout
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                b[off] = (byte) read();
                return 1;
            }
        };
        ReplyReader reader = reader(trickle, 30_000_000_000L);
        reader.startReply();

        assertThatThrownBy(() -> readAll(reader)).isInstanceOf(SocketTimeoutException.class);
        assertThat(now.get()).isLessThanOrEqualTo(40_000_000_000L);
    }
}
