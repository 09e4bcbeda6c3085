package dev.iosemu.device.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The interface table of {@code show ip interface brief} and of the configuration dialog's {@code Current
 * interface summary}: one row per interface in IOS's fixed columns, Status and Protocol from its
 * configuration (shutdown) and its runtime link state together.
 */
public final class InterfaceBrief {
    private static final String ROW = "%-26s %-15s %-3s %-6s %-21s %s";

    private InterfaceBrief() {}

    /** The table with every link up, as the configuration dialog shows it before any cable is modelled. */
    public static List<String> render(List<InterfaceConfig> interfaces) {
        return render(interfaces, ifc -> true);
    }

    /** The table with each interface's link up as {@code linkUp} says (the device's runtime link state). */
    public static List<String> render(List<InterfaceConfig> interfaces, Predicate<InterfaceConfig> linkUp) {
        List<String> lines = new ArrayList<>();
        lines.add(format("Interface", "IP-Address", "OK?", "Method", "Status", "Protocol"));
        for (InterfaceConfig i : interfaces) {
            String address = i.address().map(a -> a.address().toString()).orElse("unassigned");
            String method = i.address().isPresent() ? "manual" : "unset";
            boolean up = !i.shutdown() && linkUp.test(i);
            String status = i.shutdown() ? "administratively down" : up ? "up" : "down";
            String protocol = up ? "up" : "down";
            lines.add(format(i.name(), address, "YES", method, status, protocol));
        }
        return lines;
    }

    private static String format(
            String name, String address, String ok, String method, String status, String protocol) {
        return String.format(Locale.ROOT, ROW, name, address, ok, method, status, protocol);
    }
}
