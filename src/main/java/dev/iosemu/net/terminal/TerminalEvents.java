package dev.iosemu.net.terminal;

import java.util.function.Consumer;

/**
 * Where the out-of-band events of a {@link RemoteTerminal} are heard. Listeners run on the protocol's own
 * thread and must not block; each kind may be registered more than once, from any thread.
 */
public interface TerminalEvents {
    /** Calls {@code listener} with each new window size the client reports. */
    void onWindowChange(Consumer<WindowSize> listener);

    /** Calls {@code listener} with each out-of-band signal the client sends. */
    void onSignal(Consumer<TerminalSignal> listener);

    /** Calls {@code listener} once when the connection ends, whoever ends it (at once if it has ended). */
    void onClose(Runnable listener);
}
