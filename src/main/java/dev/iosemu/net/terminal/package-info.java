/**
 * What a remote terminal connection offers a line editor, whichever protocol carries it: {@link
 * dev.iosemu.net.terminal.RemoteTerminal} (keystroke and screen streams, terminal type, window size and its
 * changes, out-of-band signals, the peer), implemented by the SSH and telnet servers beside this package.
 */
package dev.iosemu.net.terminal;
