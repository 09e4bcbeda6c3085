package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.testing.LabReady;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar iosemu.jar} with a start-up cache beside the jar: the launcher runs the jar again with the
 * cache, and that second JVM is what the user talks to (same output and exit status) and ends with the
 * launcher however the launcher ends. The cache here is a file the JVM cannot use, which it ignores as it
 * would a stale one: what is tested is the relaunch, not the JVM's cache.
 */
class StartupCacheIT {
    @TempDir
    static Path dir;

    private static Path jar;

    @BeforeAll
    static void aJarWithACacheBesideIt() throws IOException {
        jar = Files.copy(JarProcess.JAR, dir.resolve("iosemu.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Path cache = Files.writeString(dir.resolve(cacheName()), "not a cache the JVM can map");
        Files.setLastModifiedTime(cache, FileTime.from(Instant.now().plusSeconds(60)));
    }

    private static String cacheName() {
        return Runtime.version().feature() >= 25 ? "iosemu.aot" : "iosemu.jsa";
    }

    @Test
    void theRelaunchedJvmRunsTheSessionWithTheCacheAndPassesTheExitStatusBack() throws Exception {
        Process launcher = start();
        try (InputStream out = launcher.getInputStream()) {
            String prompt = upTo(out, "Router>");

            ProcessHandle child = relaunched(launcher);
            assertThat(child.info().arguments().map(Arrays::asList).orElse(List.of()))
                    .anyMatch(word -> word.contains(dir.resolve(cacheName()).toString()))
                    .contains("--fail-on-error");
            try (var in = launcher.getOutputStream()) {
                in.write((LabReady.ENABLE_LINES + "show version\nshw ver\n").getBytes(StandardCharsets.UTF_8));
            }
            String transcript = prompt + new String(out.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(launcher.waitFor()).isEqualTo(RunCommand.COMMAND_ERRORS);
            assertThat(transcript).startsWith("Router>enable\nPassword: \nRouter#show version\nCisco IOS Software");
        } finally {
            launcher.destroyForcibly();
        }
    }

    @Test
    void aLauncherToldToStopStopsItsJvmFirst() throws Exception {
        Process launcher = start();
        try (InputStream out = launcher.getInputStream()) {
            upTo(out, "Router>");
            ProcessHandle child = relaunched(launcher);

            launcher.destroy(); // SIGTERM

            assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.isAlive()).as("the relaunched JVM was waited for").isFalse();
        } finally {
            launcher.destroyForcibly();
        }
    }

    @Test
    void aLauncherKilledOutrightTakesItsJvmWithIt() throws Exception {
        Process launcher = start();
        try (InputStream out = launcher.getInputStream()) {
            upTo(out, "Router>");
            ProcessHandle child = relaunched(launcher);

            launcher.destroyForcibly(); // SIGKILL: no shutdown hook runs

            assertThat(child.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
        } finally {
            launcher.destroyForcibly();
        }
    }

    private static Process start() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                java, "-jar", jar.toString(), "--batch", "--quiet-boot", "--no-lab", "--fail-on-error");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("IOSEMU_NO_ARCHIVE");
        return builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The JVM the launcher started: by now it has printed, so it exists. */
    private static ProcessHandle relaunched(Process launcher) {
        List<ProcessHandle> children = launcher.children().toList();
        assertThat(children).hasSize(1);
        return children.getFirst();
    }

    /** Reads {@code out} up to and including {@code text}, byte by byte, so nothing after it is consumed. */
    private static String upTo(InputStream out, String text) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        while (!seen.toString(StandardCharsets.UTF_8).endsWith(text)) {
            int b = out.read();
            if (b < 0) {
                throw new AssertionError("output ended before " + text + ": " + seen.toString(StandardCharsets.UTF_8));
            }
            seen.write(b);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }
}
