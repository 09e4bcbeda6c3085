package dev.iosemu.cli.commands.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copy http:} against a server not ours, Python's {@code http.server} (Debian's python3; skipped
 * without it), reached as a real address with the URL's port.
 */
class HttpInteropIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Pattern SERVING = Pattern.compile("port (\\d+)");

    @TempDir
    Path served;

    private CopyLab lab;
    private Process python;
    private int port;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "python3 is not installed");
        lab = new CopyLab();
        Files.write(served.resolve("image.bin"), lab.serverFile(CopyLab.NEW_IMAGE));
        python = new ProcessBuilder(
                        PYTHON.toString(),
                        "-u",
                        "-m",
                        "http.server",
                        "0",
                        "--bind",
                        "127.0.0.1",
                        "--directory",
                        served.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine(); // "Serving HTTP on 127.0.0.1 port N ...", once it listens
        Matcher matcher = SERVING.matcher(line == null ? "" : line);
        assertThat(matcher.find()).as("http.server said: " + line).isTrue();
        port = Integer.parseInt(matcher.group(1));
        Thread.ofVirtual().start(() -> out.lines().forEach(ignored -> {})); // its request log
    }

    @AfterEach
    void stop() throws Exception {
        if (python != null) {
            python.destroy();
            python.waitFor();
        }
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void downloadFromPythonsServerIsByteForByteAndAMissingFileIsNamed() throws Exception {
        String url = "http://127.0.0.1:" + port;

        String copied = lab.session().exec("copy " + url + "/image.bin flash:", "");
        String missing = lab.session().exec("copy " + url + "/none.bin flash:", "");

        assertThat(copied).contains("Loading " + url + "/image.bin !").contains("1048576 bytes copied in");
        assertThat(Files.readAllBytes(lab.flash().path("/image.bin"))).isEqualTo(lab.serverFile(CopyLab.NEW_IMAGE));
        assertThat(missing).contains("%Error opening " + url + "/none.bin (No such file or directory)");
        assertThat(lab.flash().exists("/none.bin")).isFalse();
    }
}
