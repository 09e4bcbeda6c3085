package dev.iosemu.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.fs.local.FileEntry;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.testing.Fuzz;
import dev.iosemu.testing.Gen;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property over the command line of each shipped device in every mode (user and privileged EXEC, global,
 * interface and line configuration): lines made from real commands, cut, mutated or replaced by noise,
 * destructive commands included. Nothing escapes as an internal failure, the session stays usable, and a
 * line the parser rejects, or a command that fails with {@code %Error}, leaves the configuration, flash
 * and nvram exactly as they were.
 */
class CliFuzzTest {
    private static final List<String> EXEC = List.of(
            "show version",
            "show flash: | include bin",
            "dir flash:",
            "show running-config | section interface",
            "show startup-config",
            "show ip route",
            "show ip interface brief",
            "show bootvar",
            "show boot",
            "show users",
            "show hosts",
            "show file systems",
            "show history",
            "verify /md5 flash:x.bin 0123",
            "verify flash:c1900-universalk9-mz.SPA.154-3.M3.bin",
            "more nvram:startup-config",
            "copy running-config startup-config",
            "copy flash:x.bin flash:y.bin",
            "copy tftp://10.9.9.9/x.bin flash:x.bin",
            "copy ftp://u:p@192.168.1.10/x.bin flash:",
            "delete flash:x.bin",
            "delete /force /recursive flash:d1/..",
            "mkdir flash:d1",
            "rmdir flash:d1",
            "rename flash:x.bin flash:y.bin",
            "erase startup-config",
            "write memory",
            "write erase",
            "reload",
            "terminal length 0",
            "ping 192.168.1.10",
            "clock set 10:00:00 1 Mar 2026",
            "debug tftp packets",
            "undebug all",
            "show privilege",
            "enable",
            "disable",
            "configure terminal",
            "exit");
    private static final List<String> CONFIG = List.of(
            "hostname R1",
            "interface GigabitEthernet0/0",
            "ip address 10.0.0.1 255.255.255.0",
            "no shutdown",
            "description uplink to core",
            "line con 0",
            "line vty 0 4",
            "password cisco",
            "login local",
            "exec-timeout 0 0",
            "transport input ssh telnet",
            "logging synchronous",
            "username admin privilege 15 secret cisco",
            "enable secret cisco",
            "ip host labserver 192.168.1.10",
            "ip route 0.0.0.0 0.0.0.0 192.168.1.254",
            "ip default-gateway 192.168.1.254",
            "boot system flash:x.bin",
            "config-register 0x2142",
            "banner motd #Keep out#",
            "ip domain name lab.local",
            "ip name-server 192.168.1.53",
            "ip ftp username cisco",
            "ip tftp blocksize 8192",
            "file prompt quiet",
            "file verify auto",
            "service password-encryption",
            "tftp-server flash:x.bin",
            "do show running-config | include hostname",
            "no ip host labserver",
            "end",
            "exit");
    private static final String[][] MODES = {
        {},
        {"enable"},
        {"enable", "configure terminal"},
        {"enable", "configure terminal", "interface gi0/0"},
        {"enable", "configure terminal", "line con 0"}
    };
    /** What the parser prints when it rejects a line, and what a command prints when it fails. */
    private static final Pattern REJECTED = Pattern.compile(
            "(?m)^(% Invalid input detected|% Incomplete command|% Ambiguous command|% Unrecognized command|%Error )");

    @ParameterizedTest
    @ValueSource(strings = {"c1941", "c2960x", "isr4321"})
    void anyLineInAnyModeIsAnsweredAndARejectedOneChangesNothing(String profile) throws Exception {
        ExecFixture device = ExecFixture.enabled(profile);
        HeadlessSession[] session = {device.session};
        Fuzz.check("command line of " + profile, 150, random -> {
            if (session[0].session().isClosed()) {
                session[0] = device.openSession();
            }
            for (String setup : MODES[random.nextInt(MODES.length)]) {
                session[0].script(setup);
            }
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                String line = line(random);
                State before = State.of(device);
                String shown = session[0].script(line);
                assertThat(shown).as(line).doesNotContain("internal failure");
                if (REJECTED.matcher(shown).find()) {
                    assertThat(State.of(device))
                            .as("state after the rejected line '%s':%n%s", line, shown)
                            .isEqualTo(before);
                }
            }
            session[0].script("\u001a");
        });
        HeadlessSession last = device.openSession();
        last.script("enable");
        assertThat(last.script("show clock")).doesNotContain("%");
    }

    private static String line(Random random) {
        List<String> corpus = random.nextBoolean() ? EXEC : CONFIG;
        return switch (random.nextInt(8)) {
            case 0 -> Gen.noise(random, random.nextInt(30));
            case 1 -> "do " + Gen.line(random, EXEC);
            default -> Gen.line(random, corpus);
        };
    }

    /** The configuration and every file of every local file system (size, and content when small). */
    private record State(List<String> config, TreeMap<String, String> files) {
        static State of(ExecFixture device) throws IOException {
            TreeMap<String, String> files = new TreeMap<>();
            for (LocalFileSystem fs : device.router.fileSystems().all()) {
                for (FileEntry entry : fs.walk()) {
                    String key = fs.prefix() + entry.path();
                    if (entry.directory() || fs.isVirtual(entry.path())) {
                        files.put(key, "dir");
                    } else {
                        long size = fs.size(entry.path());
                        files.put(key, size <= 65_536 ? fs.md5(entry.path()) : Long.toString(size));
                    }
                }
            }
            return new State(device.router.runningConfigText(), files);
        }
    }
}
