package dev.iosemu.cli.commands.show;

import dev.iosemu.device.DeviceIdentity;
import dev.iosemu.image.ImageFamily;
import dev.iosemu.profile.InventoryItem;
import dev.iosemu.profile.LicenseFeature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The views of an upgrade checklist that name the hardware and its licences: {@code show inventory},
 * {@code show license udi}, {@code show license}, {@code show platform} (IOS-XE) and {@code show redundancy}
 * (IOS-XE, a router without a standby). Pure: the device's identity and times come in as arguments.
 */
final class InventoryViews {
    private static final String PLUSES = "+".repeat(71);
    private static final Pattern ROM_VERSION = Pattern.compile("Version ([^,\\s]+)");

    private InventoryViews() {}

    /** {@code show inventory}: the IOS-XE licensing banner first, then one padded entry per part. */
    static List<String> inventory(DeviceIdentity identity) {
        List<String> out = new ArrayList<>();
        boolean xe = identity.platform().train() == ImageFamily.IOS_XE;
        if (xe) {
            out.add("");
            out.add(PLUSES);
            out.add("INFO: Please use \"show license UDI\" to get serial number for licensing.");
            out.add(PLUSES);
            out.add("");
        }
        for (InventoryItem item : identity.inventory()) {
            out.add("NAME: \"" + item.name() + "\", DESCR: \"" + item.descr() + "\"");
            out.add(String.format(
                    Locale.ROOT,
                    "PID: %-18s, VID: %-" + (xe ? 5 : 4) + "s, SN: %-11s",
                    item.pid(),
                    item.vid(),
                    item.sn()));
            out.add("");
        }
        return out;
    }

    /** {@code show license udi}: the classic table with the chassis as {@code *0}, or the IOS-XE one-liner. */
    static List<String> udi(DeviceIdentity identity) {
        String udi = identity.model() + ":" + identity.processorBoardId();
        if (identity.platform().train() == ImageFamily.IOS_XE) {
            return List.of("UDI: PID:" + identity.model() + ",SN:" + identity.processorBoardId());
        }
        return List.of(
                "Device#   PID               SN              UDI",
                "-".repeat(68),
                String.format(
                        Locale.ROOT, "*0        %-17s %-15s %s", identity.model(), identity.processorBoardId(), udi));
    }

    /** {@code show license}: each feature with its period, type, state, count and priority. */
    static List<String> licenses(List<LicenseFeature> features) {
        List<String> out = new ArrayList<>();
        int index = 1;
        for (LicenseFeature feature : features) {
            out.add(String.format(Locale.ROOT, "Index %d Feature: %-31s", index++, feature.feature()));
            if (feature.permanent()) {
                out.add("        Period left: Life time");
                out.add("        License Type: Permanent");
                out.add("        License State: Active, In Use");
                out.add("        License Count: Non-Counted");
                out.add("        License Priority: Medium");
            } else {
                out.add("        Period left: Not Activated");
                out.add("        Period Used: 0  minute  0  second");
                out.add("        License Type: EvalRightToUse");
                out.add("        License State: Active, Not in Use, EULA not accepted");
                out.add("        License Count: Non-Counted");
                out.add("        License Priority: None");
            }
        }
        return out;
    }

    /**
     * {@code show platform}: the chassis type, the slots with their state and time since insertion (the
     * device's uptime), then the CPLD and firmware (ROMMON) versions of the modules.
     */
    static List<String> platform(DeviceIdentity identity, Duration uptime) {
        List<InventoryItem> slots = slotted(identity);
        String inserted = insertTime(uptime);
        List<String> out = new ArrayList<>();
        out.add("Chassis type: " + identity.model());
        out.add("");
        out.add("Slot      Type                State                 Insert time (ago) ");
        out.add("--------- ------------------- --------------------- ----------------- ");
        for (InventoryItem item : slots) {
            String state = item.slot().startsWith("R") || item.slot().startsWith("F") ? "ok, active" : "ok";
            String slot = item.slot().contains("/") ? " " + item.slot() : item.slot();
            out.add(String.format(Locale.ROOT, "%-9s %-19s %-21s %-14s", slot, item.pid(), state, inserted));
        }
        out.add("");
        out.add("Slot      CPLD Version        Firmware Version                        ");
        out.add("--------- ------------------- --------------------------------------- ");
        String firmware = romVersion(identity.rommonVersion());
        for (InventoryItem item : slots) {
            if (item.slot().matches("\\d+|[RF]\\d+")) {
                out.add(String.format(Locale.ROOT, "%-9s %-19s %-36s", item.slot(), "17100927", firmware));
            }
        }
        return out;
    }

    /**
     * {@code show redundancy} of a router without a standby processor: simplex hardware, the active processor's
     * uptime, software and boot variable ({@code ,1} retries, as IOS-XE writes it here).
     */
    static List<String> redundancy(Duration uptime, List<String> softwareBanner, List<String> boot, int register) {
        String up = IosTime.uptime(uptime);
        List<String> out = new ArrayList<>();
        out.add("Redundant System Information :");
        out.add("------------------------------");
        out.add("       Available system uptime = " + up);
        out.add("Switchovers system experienced = 0");
        out.add("              Standby failures = 0");
        out.add("        Last switchover reason = none");
        out.add("");
        out.add("                 Hardware Mode = Simplex");
        out.add("    Configured Redundancy Mode = Non-redundant");
        out.add("     Operating Redundancy Mode = Non-redundant");
        out.add("              Maintenance Mode = Disabled");
        out.add("                Communications = Down      Reason: Failure");
        out.add("");
        out.add("Current Processor Information :");
        out.add("-------------------------------");
        out.add("               Active Location = slot 0");
        out.add("        Current Software state = ACTIVE");
        out.add("       Uptime in current state = " + up);
        // IOS-XE's banner opens with its own "Cisco IOS XE Software" line; the image version is IOSd's line
        List<String> banner = softwareBanner.getFirst().startsWith("Cisco IOS XE")
                ? softwareBanner.subList(1, softwareBanner.size())
                : softwareBanner;
        out.add("                 Image Version = " + banner.getFirst());
        out.addAll(banner.subList(1, banner.size()));
        StringBuilder bootVariable = new StringBuilder();
        boot.forEach(entry -> bootVariable.append(entry).append(",1;"));
        out.add("                          BOOT = " + bootVariable);
        out.add(String.format(Locale.ROOT, "        Configuration register = 0x%X", register));
        out.add("");
        out.add("Peer (slot: 0) information is not available because it is in 'DISABLED' state");
        return out;
    }

    /** The parts with a slot, in show platform's order: numbered slots, then route, forwarding, power. */
    private static List<InventoryItem> slotted(DeviceIdentity identity) {
        return identity.inventory().stream()
                .filter(item -> !item.slot().isEmpty())
                .sorted(Comparator.comparing(InventoryViews::slotOrder))
                .toList();
    }

    private static String slotOrder(InventoryItem item) {
        String slot = item.slot();
        char first = slot.charAt(0);
        int group = Character.isDigit(first) ? 0 : first == 'R' ? 1 : first == 'F' ? 2 : 3;
        return group + slot;
    }

    /** {@code 00:05:12} within a day, {@code 2d03h} within a week, {@code 3w5d} after. */
    static String insertTime(Duration uptime) {
        long seconds = Math.max(0, uptime.toSeconds());
        long days = seconds / 86_400;
        if (days >= 7) {
            return days / 7 + "w" + days % 7 + "d";
        }
        if (days >= 1) {
            return String.format(Locale.ROOT, "%dd%02dh", days, seconds % 86_400 / 3600);
        }
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }

    private static String romVersion(String rommonLine) {
        Matcher m = ROM_VERSION.matcher(rommonLine);
        return m.find() ? m.group(1) : rommonLine;
    }
}
