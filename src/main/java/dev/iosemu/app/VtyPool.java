package dev.iosemu.app;

import dev.iosemu.device.LineHandle;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.LineConfig;
import dev.iosemu.device.config.LineConfig.LineKind;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.device.config.TransportInput.Protocol;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Which vty line a new connection gets, as IOS chooses it: the lowest line that is free and whose {@code
 * transport input} allows the connection's protocol. A line is held from the moment it is chosen until its
 * session is listed among the device's open lines, so two connections arriving together never share one.
 *
 * <p>Thread-safe: {@code lock} guards {@code held} and orders the choices.
 */
final class VtyPool {
    private final Router router;
    private final ReentrantLock lock = new ReentrantLock();
    private final Set<Integer> held = new HashSet<>(); // guarded by lock

    VtyPool(Router router) {
        this.router = router;
    }

    /** A line for a connection by {@code protocol}, held until {@link #release}; empty when none is free. */
    OptionalInt take(Protocol protocol) {
        RunningConfig config = router.runningConfig();
        lock.lock();
        try {
            Set<Integer> busy = new HashSet<>(held);
            for (LineHandle handle : router.lines().sessions()) {
                if (handle.line().kind() == LineKind.VTY) {
                    busy.add(handle.line().number());
                }
            }
            for (LineConfig block : config.lines().blocks()) {
                if (block.kind() != LineKind.VTY || !block.allowedInput().allows(protocol)) {
                    continue;
                }
                for (int number = block.first(); number <= block.last(); number++) {
                    if (!busy.contains(number)) {
                        held.add(number);
                        return OptionalInt.of(number);
                    }
                }
            }
            return OptionalInt.empty();
        } finally {
            lock.unlock();
        }
    }

    /** The line's session is listed now (or never will be): the line is no longer held. */
    void release(int number) {
        lock.lock();
        try {
            held.remove(number);
        } finally {
            lock.unlock();
        }
    }

    /** Whether any vty line lets {@code protocol} in at all (else its listener stays closed, as on IOS). */
    static boolean anyAllows(RunningConfig config, Protocol protocol) {
        return config.lines().blocks().stream()
                .anyMatch(block ->
                        block.kind() == LineKind.VTY && block.allowedInput().allows(protocol));
    }

    /**
     * Whether an SSH login of a user from the {@code username} table is possible: a vty line lets SSH in and
     * does not check a line password (IOS refuses every SSH login on {@code login} lines).
     */
    static boolean sshLoginsPossible(RunningConfig config) {
        return config.lines().blocks().stream()
                .anyMatch(block -> block.kind() == LineKind.VTY
                        && block.allowedInput().allows(Protocol.SSH)
                        && block.login() != LineConfig.Login.LINE);
    }
}
