package dev.iosemu.lab;

/**
 * A learned entry of a switch's MAC address table.
 *
 * @param vlan the VLAN it was learned in
 * @param mac the address
 * @param port the port it was learned on
 */
public record MacEntry(int vlan, MacAddress mac, String port) {}
