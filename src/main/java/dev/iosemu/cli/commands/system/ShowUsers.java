package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CliSession;
import dev.iosemu.device.Line;
import dev.iosemu.device.LineHandle;
import dev.iosemu.device.config.LineConfig;
import dev.iosemu.device.config.LineConfig.LineKind;
import dev.iosemu.device.config.RunningConfig;
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

    static List<String> render(List<LineHandle> open, CliSession asking, RunningConfig config) {
        List<Line> lines = new ArrayList<>();
        boolean askerListed = false;
        for (LineHandle handle : open) {
            lines.add(handle.line());
            askerListed |= handle == asking;
        }
        List<String> out = new ArrayList<>();
        out.add("    Line       User       Host(s)              Idle       Location");
        if (!askerListed) {
            out.add(row(asking.line(), true, config));
        }
        for (int i = 0; i < open.size(); i++) {
            out.add(row(lines.get(i), open.get(i) == asking, config));
        }
        out.add("");
        out.add("  Interface    User               Mode         Idle     Peer Address");
        out.add("");
        return out;
    }

    private static String row(Line line, boolean asking, RunningConfig config) {
        String name = String.format(
                Locale.ROOT,
                "%s%3d %s %d",
                asking ? "*" : " ",
                absoluteNumber(line, config),
                line.kind().keyword(),
                line.number());
        String row = String.format(
                Locale.ROOT, "%-15s%-11s%-21s%s", name, line.user().orElse(""), "idle", "00:00:00");
        return line.peer().map(peer -> row + " " + peer).orElse(row);
    }

    /** Lines are numbered across kinds in the order con, aux, vty: a router's vty 0 is line 2, a switch's 1. */
    private static int absoluteNumber(Line line, RunningConfig config) {
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
