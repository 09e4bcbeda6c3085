/**
 * The lab network: maps lab addresses to real sockets, decides reachability, and says how the devices'
 * datagrams travel ({@link dev.iosemu.lab.LabFabric}: UDP on the host, or a modelled network between them).
 */
package dev.iosemu.lab;
