/**
 * Sessions from one device to another's vty: {@code telnet HOST [PORT]} and {@code ssh -l USER [-p PORT] HOST}
 * typed at the EXEC prompt. The lab network decides whether the connection is made (no route, nothing
 * answering, nothing listening each fail as IOS says); a made one runs over a real loopback connection to the
 * other device's telnet or SSH server, and {@link dev.iosemu.cli.commands.connect.RemoteRelay} carries the
 * lines typed here there and what it prints back until it closes, or until the escape sequence suspends it.
 * The session keeps its suspended connections ({@code show sessions}, {@code resume}, {@code disconnect}) and
 * closes them when it ends.
 */
package dev.iosemu.cli.commands.connect;
