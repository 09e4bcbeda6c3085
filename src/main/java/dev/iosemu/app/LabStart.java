package dev.iosemu.app;

import dev.iosemu.fs.copy.HeapBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lab's root folder and servers, made once: when the lab is built, or (for a lab that defers them) on their
 * first use, by whichever thread needs them first while any other waits. {@code run --batch} defers them so
 * that the first prompt does not wait for ten images to be copied and five servers to bind; a command that
 * reaches a lab server before then starts them itself or waits for the start under way, so it never fails for
 * being early. Thread-safe: {@code lock} guards the fields and is held while the servers start.
 */
final class LabStart implements AutoCloseable {
    /** What a started lab holds. */
    record Started(LabRoot root, LabServers servers, HeapBudget.Hold held) {}

    /** Makes the root and starts the servers. */
    @FunctionalInterface
    interface Maker {
        Started make() throws IOException;
    }

    private final Maker maker;
    private final ReentrantLock lock = new ReentrantLock();
    private Started started; // guarded by lock; null until made
    private IOException failure; // guarded by lock; why the one start failed, if it did
    private boolean closed; // guarded by lock

    private LabStart(Maker maker) {
        this.maker = maker;
    }

    /** Starts the lab now: a port in use or a missing folder fails the lab's build. */
    static LabStart now(Maker maker) throws IOException {
        LabStart start = new LabStart(maker);
        start.started();
        return start;
    }

    /** A lab started on first use. */
    static LabStart deferred(Maker maker) {
        return new LabStart(maker);
    }

    /** The servers, started first if they are not yet (UncheckedIOException if they could not be). */
    LabServers servers() {
        try {
            return started().servers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the servers have been started (they listen until the lab closes). */
    boolean isStarted() {
        lock.lock();
        try {
            return started != null;
        } finally {
            lock.unlock();
        }
    }

    private Started started() throws IOException {
        lock.lock();
        try {
            if (started == null && failure == null) {
                if (closed) {
                    throw new ClosedChannelException(); // nothing to start for: the lab's devices are gone
                }
                try {
                    started = maker.make();
                } catch (IOException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return started;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            boolean open = !closed;
            closed = true;
            if (started == null || !open) {
                return;
            }
            try {
                started.servers().close();
                started.held().close();
            } finally {
                started.root().close();
            }
        } finally {
            lock.unlock();
        }
    }
}
