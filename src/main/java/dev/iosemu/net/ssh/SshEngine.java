package dev.iosemu.net.ssh;

import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.common.helpers.AbstractFactoryManager;
import org.apache.sshd.common.io.nio2.Nio2ServiceFactory;
import org.apache.sshd.common.util.threads.ThreadUtils;
import org.apache.sshd.core.CoreModuleProperties;

/**
 * The threads the SSH servers and clients of one JVM share: a small pool of I/O threads over one socket
 * channel group, and one timer for login and close timeouts. A lab of many devices starts one engine and
 * passes it to each {@link SshServer}, so an idle device holds no thread of its own; a single server may
 * also own a private engine.
 *
 * <p>Thread-safe. {@link #close()} stops every server and client still using it.
 */
public final class SshEngine implements AutoCloseable {
    private final Nio2ServiceFactory io;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SshEngine(Nio2ServiceFactory io, ScheduledExecutorService timer) {
        this.io = io;
        this.timer = timer;
    }

    /** An engine with one I/O thread per processor, plus one. */
    public static SshEngine start() {
        return start(Runtime.getRuntime().availableProcessors() + 1);
    }

    /** An engine with {@code ioThreads} I/O threads (started as they are needed). */
    public static SshEngine start(int ioThreads) {
        if (ioThreads < 1) {
            throw new IllegalArgumentException("ioThreads must be positive: " + ioThreads);
        }
        // The shared service reads its socket settings from one manager; this one exists only to hold them.
        org.apache.sshd.server.SshServer socketSettings = new org.apache.sshd.server.SshServer();
        CoreModuleProperties.TCP_NODELAY.set(socketSettings, true); // keystrokes are echoed one by one
        CoreModuleProperties.NIO_WORKERS.set(socketSettings, ioThreads);
        Nio2ServiceFactory io = new Nio2ServiceFactory(
                socketSettings,
                ThreadUtils.newFixedThreadPool("iosemu-ssh-io", ioThreads),
                ThreadUtils.newFixedThreadPool("iosemu-ssh-resume", ioThreads));
        return new SshEngine(io, ThreadUtils.newSingleThreadScheduledExecutor("iosemu-ssh-timer"));
    }

    /** Points a MINA server or client at the shared I/O service and timer. */
    void adopt(AbstractFactoryManager manager) {
        if (closed.get()) {
            throw new IllegalStateException("SSH engine is closed");
        }
        manager.setIoServiceFactoryFactory(new SharedIo(io));
        manager.setScheduledExecutorService(timer, false);
    }

    /** Stops the threads, ending every connection still open. Safe to call more than once. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                io.close();
            } catch (IOException e) {
                // the threads are told to stop either way
            }
            timer.shutdownNow();
        }
    }
}
