/**
 * The UDP transport of TFTP: one ephemeral {@link java.nio.channels.DatagramChannel} (transfer ID) per
 * transfer pumping datagrams into a state machine, and the server's listening socket that dispatches
 * requests. Internal to {@code dev.iosemu.net.tftp}.
 */
package dev.iosemu.net.tftp.transport;
