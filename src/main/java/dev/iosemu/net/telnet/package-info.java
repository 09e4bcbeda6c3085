/**
 * Telnet (RFC 854 with ECHO RFC 857, SUPPRESS-GO-AHEAD RFC 858, TERMINAL-TYPE RFC 1091, NAWS RFC 1073)
 * for remote consoles: {@link dev.iosemu.net.telnet.TelnetServer} accepts connections and hands each, as a
 * {@link dev.iosemu.net.terminal.RemoteTerminal}, to a caller's {@link dev.iosemu.net.telnet.TelnetHandler}
 * on a virtual thread.
 *
 * <p>Inside, three layers stay apart as in TFTP: a pure codec ({@code TelnetDecoder}, {@code
 * TelnetEncoder}), the option state machine ({@code OptionNegotiation}, RFC 1143's Q method), and the
 * transport that owns the sockets ({@code TelnetConnection}, {@code TelnetServer}).
 */
package dev.iosemu.net.telnet;
