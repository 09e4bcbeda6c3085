package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The choice in a JVM of its own, as {@link Main} makes it: the JDK reads the property once, at its first selector. */
@EnabledOnOs(OS.LINUX)
class SelectorChoiceIT {
    /** Makes the choice, then prints the class of the selector the JDK opens. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            SelectorChoice.install();
            try (Selector selector = Selector.open()) {
                System.out.print(selector.getClass().getName());
            }
        }
    }

    @Test
    void theExecutablesSelectorsWaitInPoll() throws Exception {
        assertThat(probe()).isEqualTo("sun.nio.ch.PollSelectorImpl");
    }

    @Test
    void aProviderNamedOnTheCommandLineIsTheOneUsed() throws Exception {
        assertThat(probe("-D" + SelectorChoice.PROPERTY + "=sun.nio.ch.EPollSelectorProvider"))
                .isEqualTo("sun.nio.ch.EPollSelectorImpl");
    }

    private static String probe(String... options) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(options));
        command.add("-cp");
        command.add(location(SelectorChoice.class) + File.pathSeparator + location(Probe.class));
        command.add(Probe.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }
}
