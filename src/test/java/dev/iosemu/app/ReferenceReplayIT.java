package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every reference golden ({@link ReferenceGolden}) on a device of its profile with real lab servers
 * and compares the console transcript exactly (measured rates and durations normalised). Whether the
 * transcript reproduces the real block is {@link ReferenceFiguresTest}'s question. Run with {@code
 * -Dgolden.update=true} to rewrite the transcripts after a reviewed change.
 */
class ReferenceReplayIT {
    @TestFactory
    Stream<DynamicTest> everyReferenceGoldenReplaysExactly() throws Exception {
        List<ReferenceGolden> goldens = ReferenceGolden.all();
        assertThat(goldens).isNotEmpty();
        return goldens.stream().map(g -> DynamicTest.dynamicTest(g.file().toString(), () -> check(g)));
    }

    private static void check(ReferenceGolden golden) throws Exception {
        String actual = normalise(ReferenceRun.run(golden));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden.file(), golden.withTranscript(actual), StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).as(golden.file().toString()).isEqualTo(golden.transcript());
    }

    /**
     * Measured figures and made keys vary run to run: rates and durations become fixed placeholders, and an
     * RSA public key in SECSH format (a factory key is made at its first use) one {@code ssh-rsa KEY} line.
     */
    static String normalise(String transcript) {
        return transcript
                .replaceAll("in \\d+\\.\\d+ secs \\(\\d+ bytes/sec\\)", "in N.NNN secs (N bytes/sec)")
                .replaceAll("(?m)^ssh-rsa AAAA[A-Za-z0-9+/=]+(\\n[A-Za-z0-9+/=]{1,80}$)*", "ssh-rsa KEY");
    }
}
