package dev.iosemu.lab.file;

import dev.iosemu.lab.Ipv4Address;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few edits a lab makes to a profile's startup-config: a node's hostname and management address. */
final class StartupConfigs {
    private static final Pattern HOSTNAME = Pattern.compile("(?m)^hostname \\S+$");
    private static final Pattern ADDRESS =
            Pattern.compile("(?m)^(\\s+)ip address (\\d+\\.\\d+\\.\\d+\\.\\d+) (\\d+\\.\\d+\\.\\d+\\.\\d+)\\s*$");

    private StartupConfigs() {}

    /**
     * {@code config} with {@code hostname} in its {@code hostname} line (one is added at the top if it has
     * none) and {@code address}/{@code mask} on its first interface address, if it has one.
     */
    static String withIdentity(String config, String hostname, Ipv4Address address, Ipv4Address mask) {
        Matcher host = HOSTNAME.matcher(config);
        String named = host.find()
                ? host.replaceFirst(Matcher.quoteReplacement("hostname " + hostname))
                : "hostname " + hostname + "\n" + config;
        Matcher first = ADDRESS.matcher(named);
        if (!first.find()) {
            return named;
        }
        return named.substring(0, first.start())
                + first.group(1) + "ip address " + address + " " + mask
                + named.substring(first.end());
    }

    /** The first interface address of {@code config} as {@code 192.168.1.1/24}, if it has one. */
    static Optional<String> firstAddress(String config) {
        Matcher first = ADDRESS.matcher(config);
        if (!first.find()) {
            return Optional.empty();
        }
        return Ipv4Address.tryParse(first.group(3)).map(mask -> first.group(2) + "/" + mask.prefixLength());
    }
}
