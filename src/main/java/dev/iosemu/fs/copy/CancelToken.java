package dev.iosemu.fs.copy;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets another thread stop a copy; the copy checks it between chunks. Thread-safe. */
public final class CancelToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
