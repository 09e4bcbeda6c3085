package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Golden transcripts of a device against real servers, under {@code src/test/resources/transcripts/interop/}:
 * {@code NAME.in} holds the typed lines with {@code PORT} standing for the server's port, {@code NAME.txt}
 * the console with the port written back as {@code PORT} and FTP passive ports as {@code p1,p2}. Run with
 * {@code -Dgolden.update=true} to rewrite the {@code .txt} files after a deliberate change, then review.
 */
final class InteropGolden {
    private static final Path DIR = Path.of("src/test/resources/transcripts/interop");
    private static final Pattern PASSIVE_PORT = Pattern.compile("\\(127,0,0,1,\\d+,\\d+\\)");

    private InteropGolden() {}

    /** Feeds {@code NAME.in} (port filled in) to {@code console} and checks the normalised transcript. */
    static String check(HeadlessSession console, String name, int port) throws IOException {
        String input = Files.readString(DIR.resolve(name + ".in"), StandardCharsets.UTF_8)
                .replace("127.0.0.1:PORT", "127.0.0.1:" + port);
        String actual = normalise(console.script(input), port);
        Path expected = DIR.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        return actual;
    }

    static String normalise(String transcript, int port) {
        String ports = transcript.replace("127.0.0.1:" + port, "127.0.0.1:PORT");
        return PASSIVE_PORT.matcher(ports).replaceAll("(127,0,0,1,p1,p2)");
    }
}
