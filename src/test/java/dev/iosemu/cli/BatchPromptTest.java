package dev.iosemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A batch session shows each prompt, flushed, before it reads the next line, so a script that waits for
 * {@code Router#} before it writes its next command sees it.
 */
class BatchPromptTest {
    private final DemoDevice device = new DemoDevice();

    /** The output as flushed so far, read at each moment the session asks for input. */
    private final List<String> flushedAtEachRead = new ArrayList<>();

    private final StringWriter flushed = new StringWriter();

    private final StringWriter out = new StringWriter() {
        @Override
        public void flush() {
            flushed.getBuffer().setLength(0);
            flushed.append(getBuffer());
        }
    };

    @Test
    void eachPromptIsFlushedBeforeTheLineIsRead() {
        Reader script = new StringReader("enable\nshow version\n") {
            @Override
            public int read(char[] buffer, int offset, int length) throws java.io.IOException {
                flushedAtEachRead.add(flushed.toString());
                return super.read(buffer, offset, 1); // one character at a time: a reader waiting per line
            }
        };

        HeadlessSession.batch(new IosShell(device.registry, device.settings()), script, out)
                .run();

        assertThat(flushedAtEachRead.getFirst()).isEqualTo("Router>");
        assertThat(flushedAtEachRead).contains("Router>enable\nRouter#");
        assertThat(out.toString())
                .startsWith("Router>enable\nRouter#show version\n")
                .endsWith("Router#");
    }

    @Test
    void eachCommandIsToldWithWhatItPrintedAndAQuietBootShowsNothingBeforeThePrompt() {
        List<CommandResult> results = new ArrayList<>();
        StringBuilder transcript = new StringBuilder();
        CliSession batch = HeadlessSession.batch(
                new IosShell(device.registry, device.settings()),
                new StringReader("enable\nshw ver\n"),
                transcript,
                new BatchOptions(true, results::add));
        batch.io().write("System Bootstrap, Version 15.0(1r)M16\n"); // boot text, before any prompt

        batch.run();

        assertThat(transcript.toString()).startsWith("Router>enable\nRouter#shw ver\n");
        assertThat(results).extracting(CommandResult::line).containsExactly("enable", "shw ver");
        assertThat(results.get(0).failed()).isFalse();
        assertThat(results.get(1).errors()).containsExactly("% Invalid input detected at '^' marker.");
    }

    @Test
    void aMessageWhileAPromptWaitsGoesOnItsOwnLineAndThePromptIsShownAgain() {
        StringBuilder transcript = new StringBuilder();
        AtomicReference<TranscriptIo> io = new AtomicReference<>();
        io.set(new TranscriptIo(
                () -> {
                    io.get().printAbove("*Mar  1 00:00:05.000: %SYS-5-CONFIG_I: Configured from console by vty0");
                    return "show version";
                },
                transcript));

        io.get().readLine("Router#", InputKind.COMMAND);

        assertThat(transcript.toString())
                .isEqualTo("Router#\n*Mar  1 00:00:05.000: %SYS-5-CONFIG_I: Configured from console by vty0\n"
                        + "Router#show version\n");
    }
}
