package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code copy xmodem:} over a real terminal: iosemu on a pseudo-terminal, its console in raw mode for the
 * transfer, and lrzsz's {@code sx -k} as the terminal program (joined to the console by pipes, as GNU screen's
 * {@code exec !! sx} joins it). Skipped without Python 3 or lrzsz.
 */
@Tag("interop")
class XmodemTerminalIT {
    @Test
    void theSwitchLoaderTakesAnImageFromSxAndBootsIt() throws Exception {
        String transcript = recover("screen");

        assertThat(transcript)
                .contains("Begin the Xmodem or Xmodem-1K transfer now...")
                .contains("File \"xmodem:\" successfully copied to \"flash:c2960x-universalk9-mz.152-7.E8.bin\"\r\n")
                .containsPattern("Switch>show version \\| include Version 15\r+\nCisco IOS Software, C2960X Software"
                        + " \\(C2960X-UNIVERSALK9-M\\), Version 15\\.2\\(7\\)E8");
    }

    /** A dumb terminal leaves the tty in the kernel's line mode, which the transfer sets raw while it runs. */
    @Test
    void aDumbTerminalCarriesTheTransferToo() throws Exception {
        String transcript = recover("dumb");

        String copied = "File \"xmodem:\" successfully copied to \"flash:c2960x-universalk9-mz.152-7.E8.bin\"";
        assertThat(transcript).contains(copied);
        assertThat(transcript.substring(transcript.indexOf(copied)))
                .contains("Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E8");
    }

    /** The recovery of xmodem_console.py with iosemu under terminal type {@code term}; the script succeeded. */
    private static String recover(String term) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/sx")), "no sx (lrzsz)");
        String image = "images/c2960x-universalk9-mz.152-7.E8.bin";

        Process process = new ProcessBuilder(
                        python.toString(),
                        "src/test/resources/clients/xmodem_console.py",
                        ProcessHandle.current().info().command().orElse("java"),
                        JarProcess.JAR.toString(),
                        image,
                        term)
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String transcript = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(transcript).isZero();
        return transcript;
    }
}
