package dev.iosemu.cli.commands.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Golden console transcripts under {@code src/test/resources/transcripts/copy/}: {@code NAME.in}
 * holds the typed lines (commands and prompt answers, one a line, as {@code --batch} reads them) and
 * {@code NAME.txt} the exact console. Run with {@code -Dgolden.update=true} to rewrite the
 * {@code .txt} files after a deliberate change, then review the diff. The FTP server's passive port
 * in {@code debug ip ftp} traces is replaced by {@code p1,p2}.
 */
final class Golden {
    /** The passive data port the FTP server picked; the only part of a transcript that varies. */
    private static final Pattern PASSIVE_PORT = Pattern.compile("\\(127,0,0,1,\\d+,\\d+\\)");

    private static final Path DIR = Path.of("src/test/resources/transcripts/copy");

    private Golden() {}

    /** Feeds {@code NAME.in} to {@code session} and checks the transcript against {@code NAME.txt}. */
    static String check(HeadlessSession session, String name) throws IOException {
        String input = Files.readString(DIR.resolve(name + ".in"), StandardCharsets.UTF_8);
        String actual = PASSIVE_PORT.matcher(session.script(input)).replaceAll("(127,0,0,1,p1,p2)");
        Path expected = DIR.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        return actual;
    }
}
