package dev.iosemu.cli.commands.install;

import dev.iosemu.device.install.InstallRecord;
import dev.iosemu.device.install.InstalledImage;
import dev.iosemu.device.install.PackageState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code show install summary|active|inactive|committed|uncommitted|log}: the package table with its state
 * legend and the auto-abort timer footer, as IOS-XE 17 routers print them. Pure.
 */
final class InstallViews {
    private static final String RULE = "-".repeat(80);

    private InstallViews() {}

    /** Which images a view lists, and its title. */
    enum View {
        SUMMARY("Installed", Set.of(PackageState.values()), ""),
        ACTIVE("Active", Set.of(PackageState.UNCOMMITTED, PackageState.COMMITTED), "No Active Packages"),
        INACTIVE("Inactive", Set.of(PackageState.INACTIVE), "No Inactive Packages"),
        COMMITTED("Committed", Set.of(PackageState.COMMITTED), "No Committed Packages"),
        UNCOMMITTED(
                "Uncommitted", Set.of(PackageState.UNCOMMITTED, PackageState.DEACTIVATED), "No Uncommitted Packages");

        private final String title;
        private final Set<PackageState> states;
        private final String none;

        View(String title, Set<PackageState> states, String none) {
            this.title = title;
            this.states = states;
            this.none = none;
        }
    }

    /** The table of {@code view}; {@code timeLeft} while the auto-abort timer runs. */
    static List<String> table(View view, InstallRecord record, Optional<Duration> timeLeft) {
        List<String> out = new ArrayList<>();
        out.add("[ " + InstallConsole.MEMBER + " ] " + view.title + " Package(s) Information:");
        out.add("State (St): I - Inactive, U - Activated & Uncommitted,");
        out.add("            C - Activated & Committed, D - Deactivated & Uncommitted");
        out.add(RULE);
        out.add("Type  St   Filename/Version");
        out.add(RULE);
        List<InstalledImage> shown = record.images().stream()
                .filter(image -> view.states.contains(image.state()))
                .toList();
        if (shown.isEmpty() && !view.none.isEmpty()) {
            out.add(view.none);
            return out;
        }
        shown.forEach(image -> out.add("IMG   " + image.state().letter() + "    " + image.version()));
        out.add("");
        out.add(RULE);
        out.add("Auto abort timer: " + timeLeft.map(InstallViews::running).orElse("inactive"));
        out.add(RULE);
        return out;
    }

    /** {@code active on install_activate, time before rollback - 01:49:42}. */
    private static String running(Duration left) {
        long seconds = left.toSeconds();
        return String.format(
                Locale.ROOT,
                "active on install_activate, time before rollback - %02d:%02d:%02d",
                seconds / 3600,
                seconds % 3600 / 60,
                seconds % 60);
    }

    /** {@code show install log}: the lines of every operation, oldest first. */
    static List<String> log(InstallRecord record) {
        return record.log();
    }
}
