package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.testing.LabReady;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --state DIR} through the jar: what one process leaves, the next finds exactly. */
class StateIT {
    private static final String NEW_IMAGE = "c1900-universalk9-mz.SPA.157-3.M8.bin";

    @TempDir
    Path dir;

    @Test
    void flashStartupConfigBootSystemAndRegisterOutliveTheProcess() throws Exception {
        Path state = dir.resolve("r1");
        String first = JarProcess.run(
                String.join(
                        "\n",
                        "enable",
                        LabReady.SECRET,
                        "copy tftp://192.168.1.10/" + NEW_IMAGE + " flash:",
                        "",
                        "configure terminal",
                        "hostname Kept",
                        "boot system flash:" + NEW_IMAGE,
                        "config-register 0x2122",
                        "end",
                        "write memory",
                        "reload",
                        "",
                        "enable",
                        LabReady.SECRET,
                        "dir flash:",
                        "show version | include image|register",
                        ""),
                "--batch",
                "--state",
                state.toString());
        assertThat(first).contains("System image file is \"flash:" + NEW_IMAGE + "\"");

        String second = JarProcess.run(
                String.join("\n", "enable", LabReady.SECRET, "dir flash:", "show version | include image|register", ""),
                "--batch",
                "--state",
                state.toString());

        assertThat(section(second, "Kept#dir flash:")).isEqualTo(section(first, "Kept#dir flash:"));
        assertThat(second)
                .contains("System image file is \"flash:" + NEW_IMAGE + "\"")
                .contains("Configuration register is 0x2122")
                .doesNotContain("will be");
        assertThat(Files.readString(state.resolve("nvram/startup-config"), StandardCharsets.UTF_8))
                .contains("hostname Kept")
                .contains("boot system flash:" + NEW_IMAGE)
                .contains("config-register 0x2122");
        assertThat(state.resolve("flash0/" + NEW_IMAGE)).hasSameBinaryContentAs(Path.of("images", NEW_IMAGE));
    }

    @Test
    void anImageDroppedIntoTheFlashFolderShowsUpInDir() throws Exception {
        Path state = dir.resolve("r2");
        JarProcess.run("", "--batch", "--no-lab", "--state", state.toString());
        Files.copy(Path.of("images", NEW_IMAGE), state.resolve("flash0/" + NEW_IMAGE));

        String transcript = JarProcess.run(
                LabReady.ENABLE_LINES + "dir flash:\n", "--batch", "--no-lab", "--state", state.toString());

        assertThat(transcript).containsPattern("    4  -rw-     1048576 .*  " + NEW_IMAGE.replace(".", "\\."));
    }

    @Test
    void aSecondProcessOnTheFolderRefusesWithOneLine() throws Exception {
        Path state = dir.resolve("r3");
        Process first = JarProcess.start("--batch", "--no-lab", "--state", state.toString());
        try {
            first.getOutputStream().write("show clock\n".getBytes(StandardCharsets.UTF_8));
            first.getOutputStream().flush();
            waitFor(first, "#show clock\n", "Router>show clock\n");

            Process second = JarProcess.start("--batch", "--no-lab", "--state", state.toString());
            second.getOutputStream().close();
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(second.waitFor()).isEqualTo(Main.FAILED);
            // the holder is the first process, or the JVM its launcher started with a start-up cache
            List<String> holders = Stream.concat(Stream.of(first.toHandle()), first.descendants())
                    .map(process -> "iosemu: state folder " + state + " is in use by another iosemu (process "
                            + process.pid() + ")")
                    .toList();
            assertThat(output.strip()).isIn(holders);
        } finally {
            first.getOutputStream().close();
            first.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFolderThatIsNotAStateFolderIsRefusedWithOneLine() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");

        Process process = JarProcess.start("--batch", "--no-lab", "--state", dir.toString());
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(Main.FAILED);
        assertThat(output.strip())
                .isEqualTo("iosemu: --state " + dir + " is not an iosemu state folder (it holds notes.txt); give a new"
                        + " or empty folder");
    }

    /** Reads the process's output until one of {@code markers} has appeared. */
    private static void waitFor(Process process, String... markers) throws IOException {
        StringBuilder seen = new StringBuilder();
        var in = process.getInputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            seen.append((char) b);
            for (String marker : markers) {
                if (seen.indexOf(marker) >= 0) {
                    return;
                }
            }
        }
        throw new AssertionError("process ended before " + String.join(" or ", markers) + ":\n" + seen);
    }

    /** The text from {@code start} to the next prompt line. */
    private static String section(String transcript, String start) {
        int from = transcript.lastIndexOf(start);
        int end = transcript.indexOf("Kept#", from + start.length());
        return transcript.substring(from, end);
    }
}
