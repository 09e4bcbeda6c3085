package dev.iosemu.net.terminal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The listeners of one {@link RemoteTerminal}, kept for its implementations: registered from any thread,
 * fired on the protocol's thread. A listener that throws is logged and does not stop the others.
 *
 * <p>Thread-safe.
 */
public final class TerminalListeners implements TerminalEvents {
    private static final System.Logger LOG = System.getLogger(TerminalListeners.class.getName());

    private final List<Consumer<WindowSize>> windowChanges = new CopyOnWriteArrayList<>();
    private final List<Consumer<TerminalSignal>> signals = new CopyOnWriteArrayList<>();
    private final List<Runnable> closes = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public void onWindowChange(Consumer<WindowSize> listener) {
        windowChanges.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void onSignal(Consumer<TerminalSignal> listener) {
        signals.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Registers a close listener; one registered after the close runs at once, on the caller's thread. */
    @Override
    public void onClose(Runnable listener) {
        closes.add(Objects.requireNonNull(listener, "listener"));
        if (closed.get()) {
            runOnce(listener);
        }
    }

    public void windowChanged(WindowSize size) {
        windowChanges.forEach(listener -> guarded(() -> listener.accept(size)));
    }

    public void signalled(TerminalSignal signal) {
        signals.forEach(listener -> guarded(() -> listener.accept(signal)));
    }

    /** Runs each close listener once; later calls do nothing. */
    public void closed() {
        if (closed.compareAndSet(false, true)) {
            closes.forEach(this::runOnce);
        }
    }

    /** Whether {@link #closed()} has run. */
    public boolean isClosed() {
        return closed.get();
    }

    // removal is atomic, so a listener runs once even when a registration races the close
    private void runOnce(Runnable listener) {
        if (closes.remove(listener)) {
            guarded(listener);
        }
    }

    private static void guarded(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "remote terminal listener failed", e);
        }
    }
}
