package dev.iosemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Replays a scripted session line by line and compares it with the recorded transcript. */
class GoldenTranscriptTest {
    @Test
    void demoSessionMatchesItsTranscript() throws IOException {
        HeadlessSession cli = new DemoDevice().headless();
        String actual = cli.script(resource("demo-session.in"));
        if (Boolean.getBoolean("transcripts.print")) {
            System.out.print(actual);
        }
        assertThat(actual).isEqualTo(resource("demo-session.out"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GoldenTranscriptTest.class.getResourceAsStream("/transcripts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
