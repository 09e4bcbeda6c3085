package dev.iosemu.cli.commands.copy;

import dev.iosemu.net.datagram.DatagramNetwork;

/**
 * What opening a remote file needs besides its URL and host: the transfer settings of the running
 * configuration, how long to wait for servers, the device's host name (the anonymous FTP password), and the
 * network its datagrams travel on.
 */
record RemoteContext(CopySettings settings, CopyTimeouts timeouts, String hostname, DatagramNetwork datagrams) {}
