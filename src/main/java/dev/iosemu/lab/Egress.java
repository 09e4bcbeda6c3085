package dev.iosemu.lab;

/**
 * Where traffic to a destination leaves the device: the interface IOS names in
 * {@code Loading x from host (via GigabitEthernet0/0)} and the source address it uses.
 *
 * @param interfaceName the outgoing interface
 * @param sourceAddress the address of that interface
 */
public record Egress(String interfaceName, Ipv4Address sourceAddress) {}
