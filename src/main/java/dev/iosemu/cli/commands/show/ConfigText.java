package dev.iosemu.cli.commands.show;

import dev.iosemu.device.Router;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code show running-config} (and {@code write terminal}) and {@code show startup-config}: the headers IOS
 * prints around the configuration text the device renders.
 */
public final class ConfigText {
    private ConfigText() {}

    /** {@code Building configuration...}, the byte count, then the running configuration. */
    public static List<String> showRunning(Router router) {
        return showRunning(router.runningConfigText());
    }

    static List<String> showRunning(List<String> body) {
        List<String> out = new ArrayList<>(body.size() + 3);
        out.add("Building configuration...");
        out.add("");
        out.add("Current configuration : " + byteCount(body) + " bytes");
        out.addAll(body);
        return out;
    }

    /** The usage line and the saved text, or {@code startup-config is not present}. */
    public static List<String> showStartup(Router router) throws IOException {
        long capacity =
                router.fileSystems().find("nvram:").map(fs -> fs.totalBytes()).orElse(0L);
        return showStartup(router.startupConfigText(), capacity);
    }

    static List<String> showStartup(Optional<String> text, long capacity) {
        if (text.isEmpty()) {
            return List.of("startup-config is not present");
        }
        List<String> out = new ArrayList<>();
        out.add("Using " + text.get().length() + " out of " + capacity + " bytes");
        out.addAll(text.get().lines().toList());
        return out;
    }

    /** The size of the text as stored: each line and its newline. */
    static int byteCount(List<String> lines) {
        int total = 0;
        for (String line : lines) {
            total += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return total;
    }
}
