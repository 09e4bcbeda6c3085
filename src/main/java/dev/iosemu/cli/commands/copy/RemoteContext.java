package dev.iosemu.cli.commands.copy;

/**
 * What opening a remote file needs besides its URL and host: the transfer settings of the running
 * configuration, how long to wait for servers, and the device's host name (the anonymous FTP password).
 */
record RemoteContext(CopySettings settings, CopyTimeouts timeouts, String hostname) {}
