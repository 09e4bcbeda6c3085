package dev.iosemu.cli.commands.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.commands.ExecFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every golden transcript under {@code transcripts/exec/<profile>/}: boots a device from the
 * profile, feeds the input lines through a headless session with the real parser and compares the console
 * transcript exactly (only measured timings are normalised). Run with {@code -Dgolden.update=true} to
 * rewrite the expected part after a reviewed change.
 */
class GoldenTranscriptTest {
    static final Path ROOT = Path.of("src/test/resources/transcripts/exec");

    @TestFactory
    Stream<DynamicTest> everyTranscriptReplaysExactly() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> check(file)));
    }

    private static void check(Path file) throws Exception {
        GoldenTranscript golden = GoldenTranscript.parse(Files.readString(file, StandardCharsets.UTF_8));
        String profile = file.getParent().getFileName().toString();
        String actual = GoldenTranscript.normalise(new TranscriptRun(ExecFixture.enabled(profile)).run(golden.input()));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, golden.withExpected(actual), StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).as(file.toString()).isEqualTo(golden.expected());
    }

    /** Runs the input of one transcript: command lines in chunks, fixture actions between them. */
    record TranscriptRun(ExecFixture fixture) {
        String run(List<String> input) throws Exception {
            StringBuilder out = new StringBuilder();
            List<String> chunk = new ArrayList<>();
            for (String line : input) {
                if (line.startsWith("@")) {
                    flush(chunk, out, true);
                    FixtureAction.apply(fixture, line);
                } else {
                    chunk.add(line);
                }
            }
            flush(chunk, out, false);
            return out.toString();
        }

        /** Runs the chunk; a chunk followed by an action drops its trailing prompt, which the next repeats. */
        private void flush(List<String> chunk, StringBuilder out, boolean more) {
            if (chunk.isEmpty()) {
                return;
            }
            String text = fixture.session.script(String.join("\n", chunk) + "\n");
            chunk.clear();
            String prompt = fixture.session.session().prompt();
            out.append(more && text.endsWith(prompt) ? text.substring(0, text.length() - prompt.length()) : text);
        }
    }
}
