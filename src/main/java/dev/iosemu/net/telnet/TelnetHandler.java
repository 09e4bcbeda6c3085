package dev.iosemu.net.telnet;

import dev.iosemu.net.terminal.RemoteTerminal;

/** Serves one telnet connection: what the caller of {@link TelnetServer} supplies. */
@FunctionalInterface
public interface TelnetHandler {
    /**
     * Serves the connection on a virtual thread of its own, once the client has answered the option
     * greeting; the connection closes when this returns or throws.
     */
    void serve(RemoteTerminal terminal) throws Exception;
}
