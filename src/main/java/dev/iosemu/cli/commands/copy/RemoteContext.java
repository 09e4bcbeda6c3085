package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.remote.SshIdentity;
import dev.iosemu.net.datagram.DatagramNetwork;

/**
 * What opening a remote file needs besides its URL and host: the transfer settings of the running
 * configuration, how long to wait for servers, the device's host name (the anonymous FTP password), the
 * network its datagrams travel on, and what the device's SSH client logs in with (its key, the password
 * prompt).
 */
record RemoteContext(
        CopySettings settings, CopyTimeouts timeouts, String hostname, DatagramNetwork datagrams, SshIdentity ssh) {}
