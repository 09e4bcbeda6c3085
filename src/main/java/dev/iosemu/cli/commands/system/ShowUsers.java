package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CliSession;
import dev.iosemu.device.Line;
import dev.iosemu.device.LineHandle;
import dev.iosemu.device.config.LineConfig;
import dev.iosemu.device.config.LineConfig.LineKind;
import dev.iosemu.device.config.RunningConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code show users}: one row per open session, console first, with {@code *} on the line asking; each
 * line by its absolute number (the console is 0, the aux line 1 on a router, the vty lines after them), its
 * user and, on a vty, where it comes from. The interface table IOS prints below stays empty.
 */
final class ShowUsers {
    private ShowUsers() {}

    static List<String> render(List<LineHandle> open, CliSession asking, RunningConfig config, Instant now) {
        boolean askerListed = open.contains(asking);
        List<String> out = new ArrayList<>();
        out.add("    Line       User       Host(s)              Idle       Location");
        if (!askerListed) {
            out.add(row(asking.line(), true, config, Duration.ZERO));
        }
        for (LineHandle handle : open) {
            boolean asker = handle == asking;
            Duration idle = asker
                    ? Duration.ZERO
                    : handle.lastInput()
                            .map(last -> Duration.between(last, now))
                            .orElse(Duration.ZERO);
            out.add(row(handle.line(), asker, config, idle));
        }
        out.add("");
        out.add("  Interface    User               Mode         Idle     Peer Address");
        out.add("");
        return out;
    }

    private static String row(Line line, boolean asking, RunningConfig config, Duration idle) {
        String name = String.format(
                Locale.ROOT,
                "%s%3d %s %d",
                asking ? "*" : " ",
                absoluteNumber(line, config),
                line.kind().keyword(),
                line.number());
        String row = String.format(
                Locale.ROOT, "%-15s%-11s%-21s%s", name, line.user().orElse(""), "idle", hours(idle));
        return line.peer().map(peer -> row + " " + peer).orElse(row);
    }

    /** An idle time as IOS shows it, {@code 00:04:39}. */
    static String hours(Duration idle) {
        long seconds = Math.max(0, idle.toSeconds());
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** Lines are numbered across kinds in the order con, aux, vty: a router's vty 0 is line 2, a switch's 1. */
    static int absoluteNumber(Line line, RunningConfig config) {
        int before = 0;
        for (LineKind kind : LineKind.values()) {
            if (kind == line.kind()) {
                return before + line.number();
            }
            before += config.lines().blocks().stream()
                    .filter(block -> block.kind() == kind)
                    .mapToInt(LineConfig::count)
                    .sum();
        }
        return line.number();
    }
}
