/**
 * The lab network: maps lab addresses to real sockets, decides reachability, and says how the devices'
 * datagrams travel ({@link dev.iosemu.lab.LabFabric}: UDP on the host, or a modelled network between them).
 * A lab may model its network ({@link dev.iosemu.lab.LabNetwork}): nodes ({@link dev.iosemu.lab.NetworkNode},
 * a device or a {@link dev.iosemu.lab.LabHost}) cabled by named interfaces ({@link dev.iosemu.lab.Link}),
 * each interface's carrier following its cable and its far end, and frames carried in process between them
 * (ARP, switching by VLAN and MAC table, IP hop by hop, ICMP echo, unreachable and time exceeded), with the
 * delays a real device shows taken from a {@link dev.iosemu.lab.LabTimer}.
 */
package dev.iosemu.lab;
