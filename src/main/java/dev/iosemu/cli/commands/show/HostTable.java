package dev.iosemu.cli.commands.show;

import dev.iosemu.device.config.HostEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code show hosts}: the resolver settings and the static host table; every {@code ip host} entry is
 * permanent and valid. Answers of name servers are not cached, so none is listed.
 */
final class HostTable {
    private HostTable() {}

    static List<String> render(
            boolean domainLookup, Optional<String> domainName, List<String> nameServers, List<HostEntry> hosts) {
        List<String> lines = new ArrayList<>(List.of(
                domainName.map(name -> "Default domain is " + name).orElse("Default domain is not set"),
                domainLookup ? "Name/address lookup uses domain service" : "Name/address lookup uses static mappings",
                "Name servers are " + String.join(", ", nameServers),
                "",
                "Codes: UN - unknown, EX - expired, OK - OK, ?? - revalidate",
                "       temp - temporary, perm - permanent",
                "       NA - Not Applicable None - Not defined",
                "",
                "Host                      Port  Flags      Age Type   Address(es)"));
        for (HostEntry host : hosts) {
            lines.add(String.format(
                    Locale.ROOT, "%-25s None  (perm, OK)  0   IP    %s", host.name(), host.addressText()));
        }
        return lines;
    }
}
