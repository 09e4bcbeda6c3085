package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code ./iosemu} on a pseudo-terminal, typed at as a user types ({@code pty_console.py}): RETURN, {@code enable}
 * with the shipped secret, a command, {@code exit}, and one Ctrl-D the moment {@code Press RETURN} shows again,
 * which ends iosemu. Skipped without Python 3.
 */
@Tag("interop")
class PtyConsoleIT {
    private static final String BANNER_AGAIN = "Press RETURN to get started.";

    private static String typeAt(String term) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
        Process process = new ProcessBuilder(
                        python.toString(),
                        "src/test/resources/clients/pty_console.py",
                        term,
                        ProcessHandle.current().info().command().orElse("java"),
                        JarProcess.JAR.toString())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String transcript = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(transcript).isZero(); // ended at the one Ctrl-D
        return transcript.substring(transcript.indexOf("Router>"));
    }

    @Test
    void aDumbTerminalShowsEachCommandOnceAndNeverTheSecret() throws Exception {
        String session = typeAt("dumb");

        assertThat(session)
                .startsWith("Router>enable\r\nPassword: \r\nRouter#show clock\r\n*")
                .contains("\r\nRouter#exit\r\n\r\nRouter con0 is now available\r\n")
                .endsWith(BANNER_AGAIN + "\r\n\r\n\r\n");
        assertThat(session.split("Password:", -1))
                .as("the prompt is written once, never redrawn")
                .hasSize(2);
        assertThat(session).doesNotContain("cisco");
    }

    @Test
    void anXtermShowsNoSecretAndNoKeypadModes() throws Exception {
        String session = typeAt("xterm-256color");

        assertThat(session)
                .contains("Router>enable\r\r\nPassword: \r\r\nRouter#show clock\r\r\n*")
                .contains(BANNER_AGAIN)
                .doesNotContain("cisco")
                .doesNotContain("\u001b[?1h")
                .doesNotContain("\u001b=");
    }
}
