package dev.iosemu.lab;

import java.time.Instant;
import java.util.Optional;

/**
 * A row of {@code show ip arp}: an address, its hardware address and interface, and when it was learned
 * (empty for the node's own addresses, which IOS lists with age {@code -}).
 *
 * @param address the IP address
 * @param learned when the entry was learned, or empty for an own address
 * @param mac the hardware address
 * @param interfaceName the interface it is reached on
 */
public record ArpEntry(Ipv4Address address, Optional<Instant> learned, MacAddress mac, String interfaceName) {}
