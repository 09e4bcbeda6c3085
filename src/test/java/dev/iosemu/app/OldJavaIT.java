package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iosemu.testing.LabReady;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar target/iosemu.jar} with a Java older than 21 (the machine's Java 17, when it has one): the
 * launcher moves to a JDK 21+, says so in one line, and the run is the same, exit status included.
 */
class OldJavaIT {
    /** The java of an installed JDK older than 21, if the machine has one. */
    private static Optional<Path> oldJava() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> home.getFileName().toString().matches(".*-(8|11|17)-.*|.*-1[17]\\..*"))
                    .map(home -> home.resolve("bin/java"))
                    .filter(Files::isExecutable)
                    .findFirst();
        }
    }

    @Test
    void anOldDefaultJavaRunsTheJarThroughAJdk21AndPassesTheExitStatusBack() throws Exception {
        Optional<Path> java = oldJava();
        assumeTrue(java.isPresent(), "no JDK older than 21 in /usr/lib/jvm");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                java.get().toString(),
                "-jar",
                JarProcess.JAR.toString(),
                "--batch",
                "--quiet-boot",
                "--no-lab",
                "--fail-on-error"));
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write((LabReady.ENABLE_LINES + "show version\nshw ver\n").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(err).isEqualTo(RunCommand.COMMAND_ERRORS);
        assertThat(err).containsPattern("(?m)^iosemu: using JDK \\d+ at .* \\(this java is (1\\.8|11|17)\\)$");
        assertThat(out).startsWith("Router>enable\nPassword: \nRouter#show version\nCisco IOS Software");
    }
}
