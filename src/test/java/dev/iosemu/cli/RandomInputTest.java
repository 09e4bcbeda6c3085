package dev.iosemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Throws thousands of random, truncated and hostile lines at every mode; nothing may escape. */
class RandomInputTest {
    private static final List<String> SEEDS = List.of(
            "show version",
            "copy tftp://10.1.1.1/a.bin flash:a.bin",
            "copy /erase run start",
            "conf t",
            "interface GigabitEthernet 0/1",
            "description a b c",
            "no ip domain-lookup",
            "do show lines | i 1",
            "hostname R9",
            "config-register 0x2102",
            "terminal length 3",
            "ping 10.0.0.1",
            "reload",
            "enable",
            "line console 0",
            "show ip interface | section x",
            "exit",
            "end",
            "?",
            "sh?",
            "copy ?",
            "| include");
    private static final String ALPHABET =
            "abcdefghijklmnopqrstuvwxyz0123456789 ./:-|?!\"'\\^$*()[]{}\t\u001A\u0003\u0000";

    @Test
    void randomLinesNeverBreakTheSession() {
        Random random = new Random(20261121L);
        DemoDevice device = new DemoDevice();
        HeadlessSession cli = device.headless();
        CliSession session = cli.session();
        Mode[] modes = {
            Mode.USER_EXEC, Mode.PRIVILEGED_EXEC, Mode.GLOBAL_CONFIG, Mode.INTERFACE_CONFIG, Mode.LINE_CONFIG
        };
        int sessions = 1;
        for (int i = 0; i < 5000; i++) {
            if (session.isClosed()) {
                cli = device.headless();
                session = cli.session();
                sessions++;
            }
            session.enterMode(
                    modes[random.nextInt(modes.length)], new ModeTarget.InterfaceTarget("GigabitEthernet0/0"));
            session.setTerminalLength(random.nextInt(4));
            String line = randomLine(random);
            String shown = cli.script(line + "\n" + randomLine(random) + "\n" + randomLine(random) + "\n");
            assertThat(shown).doesNotContain("internal failure");
            session.shell().help(session, line);
            session.shell().complete(session, line);
        }
        assertThat(sessions).as("exit ends sessions now and then").isGreaterThan(1);
        cli = device.headless();
        cli.exec("enable");
        assertThat(cli.exec("show version")).contains("15.7(3)M8");
    }

    @Test
    void hugeLinesAreHandled() {
        HeadlessSession cli = new DemoDevice().headless();
        cli.exec("enable");
        String huge = "show " + "x".repeat(10_000);
        assertThat(cli.exec(huge)).endsWith("% Invalid input detected at '^' marker.\n\n");
        assertThat(cli.exec("do " + "version ".repeat(1500))).isNotEmpty();
        assertThat(cli.session().shell().help(cli.session(), "a ".repeat(5000))).isNotNull();
    }

    private static String randomLine(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> truncate(random, SEEDS.get(random.nextInt(SEEDS.size())));
            case 1 -> mutate(random, SEEDS.get(random.nextInt(SEEDS.size())));
            case 2 -> noise(random, random.nextInt(40));
            default -> random.nextInt(50) == 0 ? noise(random, 10_000) : "";
        };
    }

    private static String truncate(Random random, String seed) {
        return seed.substring(0, random.nextInt(seed.length() + 1));
    }

    private static String mutate(Random random, String seed) {
        StringBuilder text = new StringBuilder(seed);
        int position = random.nextInt(text.length() + 1);
        text.insert(position, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return text.toString();
    }

    private static String noise(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
