package dev.iosemu.lab;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the network remembers for one node: its ARP cache (four hours, as IOS keeps entries), its MAC address
 * table (five minutes), its interface counters, and when it last sent an ICMP unreachable (one per 500 ms).
 * Not thread-safe: used under the network's lock.
 */
final class NodeState {
    static final Duration ARP_TIMEOUT = Duration.ofHours(4);
    static final Duration MAC_AGING = Duration.ofMinutes(5);
    static final Duration UNREACHABLE_INTERVAL = Duration.ofMillis(500);

    record Learned(MacAddress mac, String interfaceName, Instant at) {}

    record MacKey(int vlan, MacAddress mac) {}

    private final Map<Ipv4Address, Learned> arp = new LinkedHashMap<>();
    private final Map<MacKey, Learned> macs = new LinkedHashMap<>();
    private final Map<String, long[]> counters = new HashMap<>(); // in packets, in bytes, out packets, out bytes
    private Instant lastUnreachable = Instant.MIN;

    void learnArp(Ipv4Address address, MacAddress mac, String interfaceName, Instant now) {
        arp.put(address, new Learned(mac, interfaceName, now));
    }

    Optional<Learned> arp(Ipv4Address address, Instant now) {
        Learned entry = arp.get(address);
        if (entry == null || entry.at().plus(ARP_TIMEOUT).isBefore(now)) {
            arp.remove(address);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    Map<Ipv4Address, Learned> arpEntries(Instant now) {
        arp.values().removeIf(entry -> entry.at().plus(ARP_TIMEOUT).isBefore(now));
        return Map.copyOf(arp);
    }

    void clearArp() {
        arp.clear();
    }

    void learnMac(int vlan, MacAddress mac, String port, Instant now) {
        macs.put(new MacKey(vlan, mac), new Learned(mac, port, now));
    }

    Optional<String> macPort(int vlan, MacAddress mac, Instant now) {
        Learned entry = macs.get(new MacKey(vlan, mac));
        if (entry == null || entry.at().plus(MAC_AGING).isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(entry.interfaceName());
    }

    List<MacEntry> macEntries(Instant now) {
        List<MacEntry> entries = new ArrayList<>();
        macs.forEach((key, entry) -> {
            if (!entry.at().plus(MAC_AGING).isBefore(now)) {
                entries.add(new MacEntry(key.vlan(), key.mac(), entry.interfaceName()));
            }
        });
        return entries;
    }

    /** Forgets what was learned on a port whose link went down, as a switch flushes it. */
    void portDown(String port) {
        macs.values().removeIf(entry -> entry.interfaceName().equals(port));
    }

    void count(String interfaceName, boolean in, int bytes) {
        long[] c = counters.computeIfAbsent(interfaceName, unused -> new long[4]);
        int at = in ? 0 : 2;
        c[at]++;
        c[at + 1] += bytes;
    }

    PortCounters counters(String interfaceName) {
        long[] c = counters.getOrDefault(interfaceName, new long[4]);
        return new PortCounters(c[0], c[1], c[2], c[3]);
    }

    /** Whether an ICMP unreachable may go now (IOS sends at most one per 500 ms); takes the slot if so. */
    boolean mayReportUnreachable(Instant now) {
        if (now.isBefore(lastUnreachable.plus(UNREACHABLE_INTERVAL))) {
            return false;
        }
        lastUnreachable = now;
        return true;
    }
}
