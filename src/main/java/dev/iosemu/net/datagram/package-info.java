/**
 * The datagram seam under the protocols that use UDP: a {@link dev.iosemu.net.datagram.DatagramNetwork} opens
 * {@link dev.iosemu.net.datagram.DatagramPort}s, real UDP sockets on the host ({@link
 * dev.iosemu.net.datagram.DatagramNetwork#udp()}) or ports of a modelled lab network that carries datagrams
 * between devices in memory.
 */
package dev.iosemu.net.datagram;
