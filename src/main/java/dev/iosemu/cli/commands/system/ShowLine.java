package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CliSession;
import dev.iosemu.device.LineHandle;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.LineConfig;
import dev.iosemu.device.config.LineConfig.ExecTimeout;
import dev.iosemu.device.config.LineConfig.LineKind;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.device.config.TransportInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code show line}: a row per line of the device (the console, the aux port of a router, each vty), {@code
 * *} on those in use, with how many sessions each has had; {@code show line N} adds the line's settings.
 */
final class ShowLine {
    private static final String HEADER =
            "   Tty Typ     Tx/Rx    A Modem  Roty AccO AccI   Uses   Noise  Overruns   Int";

    private ShowLine() {}

    /**
     * One line of the device.
     *
     * @param kind con, aux or vty
     * @param number its number within the kind
     */
    record Target(LineKind kind, int number) {}

    static List<String> table(Router router) {
        List<String> out = new ArrayList<>();
        out.add(HEADER);
        for (Target target : all(router.runningConfig())) {
            out.add(row(router, target));
        }
        return out;
    }

    /** The row and the settings of one line. */
    static List<String> detail(Router router, Target target) {
        RunningConfig config = router.runningConfig();
        LineConfig block =
                block(config, target).orElse(LineConfig.bare(target.kind(), target.number(), target.number()));
        Optional<CliSession> session =
                open(router, target).filter(CliSession.class::isInstance).map(CliSession.class::cast);
        int length = session.map(CliSession::terminalLength).orElse(24);
        int width = session.map(CliSession::terminalWidth).orElse(80);
        ExecTimeout timeout = block.execTimeout().orElse(ExecTimeout.DEFAULT);
        List<String> out = new ArrayList<>();
        out.add(HEADER);
        out.add(row(router, target));
        out.add("");
        out.add("Line " + absolute(config, target) + ", Location: \"\", Type: \"\"");
        out.add("Length: " + length + " lines, Width: " + width + " columns");
        out.add("Baud rate (TX/RX) is 9600/9600");
        out.add("Status: " + (session.isPresent() ? "Ready, Active" : "Ready") + ", No Exit Banner");
        out.add("Capabilities: none");
        out.add("Modem state: Ready");
        out.add("Timeouts:      Idle EXEC    Idle Session   Modem Answer  Session   Dispatch");
        out.add(String.format(
                Locale.ROOT,
                "               %-8s        never                        none     not set",
                timeout.limit().map(limit -> ShowUsers.hours(limit)).orElse("never")));
        out.add("Editing is enabled.");
        out.add("History is enabled, history size is 20.");
        out.add("Allowed input transports are " + String.join(" ", transports(block, target)) + ".");
        out.add("Allowed output transports are telnet ssh.");
        out.add("Preferred transport is telnet.");
        return out;
    }

    /** Line {@code absolute} as {@code show line} numbers them; empty if the device has no such line. */
    static Optional<Target> byAbsolute(Router router, int absolute) {
        return all(router.runningConfig()).stream()
                .filter(target -> absolute(router.runningConfig(), target) == absolute)
                .findFirst();
    }

    /** Line {@code number} of {@code kind}, if the device has it. */
    static Optional<Target> existing(Router router, LineKind kind, int number) {
        Target target = new Target(kind, number);
        return all(router.runningConfig()).contains(target) ? Optional.of(target) : Optional.empty();
    }

    private static List<String> transports(LineConfig block, Target target) {
        if (target.kind() != LineKind.VTY) {
            return List.of("none");
        }
        TransportInput input = block.allowedInput();
        return input.names();
    }

    private static String row(Router router, Target target) {
        RunningConfig config = router.runningConfig();
        boolean active = open(router, target).isPresent();
        String type =
                target.kind() == LineKind.CON ? "CTY" : target.kind().keyword().toUpperCase(Locale.ROOT);
        return String.format(
                Locale.ROOT,
                "%1s%6d %-3s%12s%3s%5s%7s%5s%5s%7d%8d%8s%8s",
                active ? "*" : " ",
                absolute(config, target),
                type,
                target.kind() == LineKind.AUX ? "9600/9600" : "",
                "-",
                "-",
                "-",
                "-",
                "-",
                router.lines().uses(target.kind(), target.number()),
                0,
                "0/0",
                "-");
    }

    private static Optional<LineHandle> open(Router router, Target target) {
        return router.lines().sessions().stream()
                .filter(h -> h.line().kind() == target.kind() && h.line().number() == target.number())
                .findFirst();
    }

    private static Optional<LineConfig> block(RunningConfig config, Target target) {
        return config.lines().blocks().stream()
                .filter(block -> block.covers(target.kind(), target.number()))
                .findFirst();
    }

    private static int absolute(RunningConfig config, Target target) {
        return ShowUsers.absoluteNumber(
                new dev.iosemu.device.Line(target.kind(), target.number(), Optional.empty(), Optional.empty()), config);
    }

    /** Every line the configuration has, in order: con, aux, vty. */
    private static List<Target> all(RunningConfig config) {
        List<Target> out = new ArrayList<>();
        for (LineKind kind : LineKind.values()) {
            config.lines().blocks().stream()
                    .filter(block -> block.kind() == kind)
                    .forEach(block -> {
                        for (int n = block.first(); n <= block.last(); n++) {
                            out.add(new Target(kind, n));
                        }
                    });
        }
        return out;
    }
}
