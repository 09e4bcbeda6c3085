package dev.iosemu.net.terminal;

/**
 * An out-of-band signal a remote client sends beside its keystrokes: telnet's IAC IP and IAC BRK
 * (RFC 854), SSH's {@code signal} and {@code break} channel requests (RFC 4254, RFC 4335).
 *
 * <p>A Ctrl-C typed as the byte 0x03 is a keystroke, not a signal: it stays in {@link
 * RemoteTerminal#input()}, where the line discipline turns it into an interrupt as it does on the local
 * console.
 */
public enum TerminalSignal {
    /** Interrupt the running command (telnet IP, SSH {@code signal INT}, SSH {@code break}). */
    INTERRUPT,
    /** A line break condition (telnet BRK). */
    BREAK
}
