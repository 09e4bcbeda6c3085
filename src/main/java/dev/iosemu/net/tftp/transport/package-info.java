/**
 * The transport of TFTP over any {@link dev.iosemu.net.datagram.DatagramNetwork}: one ephemeral port
 * (transfer ID) per transfer pumping datagrams into a state machine, and the server's listening port that
 * dispatches requests. Internal to {@code dev.iosemu.net.tftp}.
 */
package dev.iosemu.net.tftp.transport;
