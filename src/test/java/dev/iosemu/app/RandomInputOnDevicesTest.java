package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.fs.local.FileEntry;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.testing.LabReady;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of random, truncated and mangled lines (control characters, 10 000-character lines) typed
 * into every mode of each real device: nothing escapes, the session stays usable, and flash and nvram
 * are exactly as they were. Lines that could legitimately change flash or nvram (a word that abbreviates
 * {@code write}, {@code delete}, {@code copy} ...) are left out: the point is bad input, not valid commands.
 */
class RandomInputOnDevicesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    private static final List<String> DESTRUCTIVE = List.of(
            "write",
            "erase",
            "delete",
            "copy",
            "reload",
            "format",
            "rename",
            "mkdir",
            "rmdir",
            "squeeze",
            "tftp-server",
            "boot",
            "config-register",
            "confreg",
            "reset",
            "archive",
            "license",
            "do");
    private static final List<String> WORDS = List.of(
            "show",
            "version",
            "flash:",
            "dir",
            "running-config",
            "interface",
            "gi0/0",
            "ip",
            "address",
            "10.0.0.1",
            "255.255.255.0",
            "hostname",
            "no",
            "shutdown",
            "line",
            "con",
            "0",
            "vty",
            "terminal",
            "length",
            "width",
            "enable",
            "exit",
            "end",
            "?",
            "|",
            "include",
            "begin",
            "section",
            "exclude",
            "ftp",
            "tftp",
            "username",
            "password",
            "7",
            "blocksize",
            "file",
            "prompt",
            "quiet",
            "verify",
            "/md5",
            "more",
            "nvram:",
            "system:",
            "clock",
            "history",
            "bootvar",
            "file systems",
            "description",
            "route",
            "0.0.0.0",
            "default-gateway",
            "domain-lookup",
            "service",
            "password-encryption",
            "secret",
            "\t");
    /** Privileged EXEC from wherever the last round left the session: the shipped enable secret is asked. */
    private static final String ENABLE = "disable\n" + LabReady.ENABLE_LINES;

    private static final String[][] MODES = {
        {},
        {ENABLE},
        {ENABLE, "configure terminal"},
        {ENABLE, "configure terminal", "interface gi0/0"},
        {ENABLE, "configure terminal", "line con 0"}
    };

    @ParameterizedTest
    @ValueSource(strings = {"c1941", "c2960x", "isr4321"})
    void badInputInEveryModeLeavesTheSessionUsableAndStorageUntouched(String profile) throws Exception {
        try (VirtualDevice device = VirtualDevice.builder()
                .profile(profile)
                .labServers(false)
                .clock(CLOCK)
                .build()) {
            device.powerOn();
            TreeMap<String, String> before = storage(device);
            Random random = new Random(profile.hashCode());
            for (String[] mode : MODES) {
                HeadlessSession session = device.openSession();
                for (int round = 0; round < 200; round++) {
                    for (String setup : mode) {
                        session.script(setup);
                    }
                    for (int i = 0; i < 5; i++) {
                        session.script(randomLine(random));
                    }
                    session.script("\u001a"); // Ctrl-Z ends configuration, as a lost user would
                }
                assertThat(session.transcript()).doesNotContain("internal failure");
                assertUsable(session, device);
            }
            assertThat(storage(device)).isEqualTo(before);
        }
    }

    private static void assertUsable(HeadlessSession fuzzed, VirtualDevice device) {
        // a random exit ends the session, as on IOS: then the device must take a new one
        HeadlessSession session = fuzzed.session().isClosed() ? device.openSession() : fuzzed;
        session.script("end");
        session.script("disable");
        // a random "no enable secret" may have taken the shipped secret away: then enable asks nothing
        boolean asks = device.router().runningConfig().security().enableProtected();
        assertThat(asks ? LabReady.enable(session) : session.exec("enable")).doesNotContain("%");
        assertThat(session.exec("show clock")).contains(" UTC ");
    }

    private static String randomLine(Random random) {
        String line;
        do {
            line = switch (random.nextInt(6)) {
                case 0 -> words(random);
                case 1 -> truncate(words(random), random);
                case 2 -> mangle(words(random), random);
                case 3 -> controlCharacters(random);
                case 4 -> "x".repeat(10_000) + words(random);
                default -> noise(random, 1 + random.nextInt(40));
            };
        } while (mayTouchStorage(line));
        return line;
    }

    private static String words(Random random) {
        List<String> picked = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            picked.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return String.join(" ", picked);
    }

    private static String truncate(String line, Random random) {
        return line.substring(0, random.nextInt(line.length() + 1));
    }

    private static String mangle(String line, Random random) {
        char[] chars = line.toCharArray();
        for (int i = 0; i < 1 + chars.length / 8; i++) {
            chars[random.nextInt(chars.length)] = (char) (32 + random.nextInt(95));
        }
        return new String(chars);
    }

    private static String controlCharacters(Random random) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(20); i++) {
            line.append((char) random.nextInt(32)).append(random.nextBoolean() ? "show" : "");
        }
        return line.toString().replace('\n', ' ').replace('\r', ' ');
    }

    private static String noise(Random random, int length) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < length; i++) {
            line.append((char) (32 + random.nextInt(95)));
        }
        return line.toString();
    }

    /** Whether any word of {@code line} abbreviates a command that may legitimately write flash or nvram. */
    private static boolean mayTouchStorage(String line) {
        for (String word : line.toLowerCase(Locale.ROOT).split("[\\s\\p{Cntrl}]+")) {
            if (!word.isEmpty() && DESTRUCTIVE.stream().anyMatch(command -> command.startsWith(word))) {
                return true;
            }
        }
        return false;
    }

    /** Every file of every local file system with its size and hash. */
    private static TreeMap<String, String> storage(VirtualDevice device) throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        for (LocalFileSystem fs : device.router().fileSystems().all()) {
            for (FileEntry entry : fs.walk()) {
                String key = fs.prefix() + entry.path();
                files.put(key, entry.directory() || fs.isVirtual(entry.path()) ? "dir" : fs.md5(entry.path()));
            }
        }
        return files;
    }
}
