package dev.iosemu.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.net.xmodem.XmodemLink;
import dev.iosemu.net.xmodem.XmodemPipe;
import dev.iosemu.net.xmodem.XmodemReceiver;
import dev.iosemu.net.xmodem.XmodemSender;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

/**
 * XMODEM over a terminal with a line discipline (JLine's external terminal, which treats input as a tty does):
 * every byte value reaches the loader, Ctrl-C, XON/XOFF and carriage returns included, and the terminal's
 * settings come back afterwards.
 */
class TerminalLinkTest {
    /** The master side of the terminal, wired to one end of a pipe whose other end a terminal program uses. */
    private static InputStream from(XmodemLink link) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                int b;
                do {
                    b = link.read(Duration.ofSeconds(1));
                } while (b == XmodemLink.TIMEOUT);
                return b;
            }
        };
    }

    private static OutputStream to(XmodemLink link) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                link.write((byte) b);
            }
        };
    }

    @Test
    void everyByteValueCrossesTheTerminalAndItsSettingsComeBack() throws Exception {
        byte[] file = new byte[3 * 256 + 100];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) i;
        }
        XmodemPipe pipe = new XmodemPipe();
        XmodemLink master = pipe.near();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Terminal terminal = TerminalBuilder.builder()
                        .system(false)
                        .streams(from(master), to(master))
                        .type("xterm")
                        .build();
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            TerminalConsole console = new TerminalConsole(terminal);
            Attributes before = new Attributes(terminal.getAttributes());
            Future<Long> sender = threads.submit(
                    () -> XmodemSender.send(pipe.far(), Channels.newChannel(new ByteArrayInputStream(file))));

            try (XmodemLink link = console.openTransfer().orElseThrow()) {
                XmodemReceiver.receive(link, Channels.newChannel(received));
            }

            assertThat(sender.get(30, TimeUnit.SECONDS)).isEqualTo(file.length);
            assertThat(terminal.getAttributes().getLocalFlags()).isEqualTo(before.getLocalFlags());
            assertThat(terminal.getAttributes().getInputFlags()).isEqualTo(before.getInputFlags());
            pipe.far().close();
        }
        assertThat(Arrays.copyOf(received.toByteArray(), file.length)).isEqualTo(file);
    }
}
