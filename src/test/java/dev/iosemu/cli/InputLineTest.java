package dev.iosemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class InputLineTest {
    /** {@code prefix}, then {@code count} times 'x', then {@code suffix}, made as it is read. */
    private static Reader generated(String prefix, long count, String suffix) {
        return new Reader() {
            private final StringReader head = new StringReader(prefix);
            private final StringReader tail = new StringReader(suffix);
            private long left = count;

            @Override
            public int read(char[] buffer, int offset, int length) throws java.io.IOException {
                int n = head.read(buffer, offset, length);
                if (n > 0) {
                    return n;
                }
                if (left > 0) {
                    int run = (int) Math.min(length, left);
                    java.util.Arrays.fill(buffer, offset, offset + run, 'x');
                    left -= run;
                    return run;
                }
                return tail.read(buffer, offset, length);
            }

            @Override
            public void close() {}
        };
    }

    @Test
    void aLineLongerThanTheLimitIsDiscardedWithAnErrorAndTheNextLineRuns() {
        StringBuilder out = new StringBuilder();
        DemoDevice device = new DemoDevice();
        CliSession batch = HeadlessSession.batch(
                new IosShell(device.registry, ShellSettings.defaults()),
                generated("show ", 5_000_000, "\nenable\nshow version\n"),
                out);

        batch.run();

        assertThat(out.toString())
                .startsWith("Router>\n% Input line too long (more than 4096 characters), discarded\n"
                        + "Router>enable\nRouter#show version\n")
                .doesNotContain("xxxx");
    }

    @Test
    void aLineOfExactlyTheLimitIsRun() {
        StringBuilder out = new StringBuilder();
        String line = "show " + "x".repeat(InputLine.MAX_LENGTH - 5);
        CliSession batch = HeadlessSession.batch(
                new IosShell(new DemoDevice().registry, ShellSettings.defaults()),
                new StringReader(line + "\r\n"),
                out);

        batch.run();

        assertThat(out.toString()).contains("% Invalid input detected at '^' marker.");
    }

    @Test
    void linesEndAtLfCrOrCrLf() throws Exception {
        BufferedReader reader = new BufferedReader(new StringReader("a\nb\rc\r\nd"));

        assertThat(InputLine.read(reader)).isEqualTo("a");
        assertThat(InputLine.read(reader)).isEqualTo("b");
        assertThat(InputLine.read(reader)).isEqualTo("c");
        assertThat(InputLine.read(reader)).isEqualTo("d");
        assertThat(InputLine.read(reader)).isNull();
    }
}
