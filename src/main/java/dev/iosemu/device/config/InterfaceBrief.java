package dev.iosemu.device.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The interface table of {@code show ip interface brief} and of the configuration dialog's {@code Current
 * interface summary}: one row per interface in IOS's fixed columns. An interface that is not shut down
 * counts as up with its line protocol up (the emulated cabling is always connected).
 */
public final class InterfaceBrief {
    private static final String ROW = "%-26s %-15s %-3s %-6s %-21s %s";

    private InterfaceBrief() {}

    public static List<String> render(List<InterfaceConfig> interfaces) {
        List<String> lines = new ArrayList<>();
        lines.add(format("Interface", "IP-Address", "OK?", "Method", "Status", "Protocol"));
        for (InterfaceConfig i : interfaces) {
            String address = i.address().map(a -> a.address().toString()).orElse("unassigned");
            String method = i.address().isPresent() ? "manual" : "unset";
            String status = i.shutdown() ? "administratively down" : "up";
            String protocol = i.shutdown() ? "down" : "up";
            lines.add(format(i.name(), address, "YES", method, status, protocol));
        }
        return lines;
    }

    private static String format(
            String name, String address, String ok, String method, String status, String protocol) {
        return String.format(Locale.ROOT, ROW, name, address, ok, method, status, protocol);
    }
}
