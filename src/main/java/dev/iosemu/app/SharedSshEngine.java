package dev.iosemu.app;

import dev.iosemu.net.ssh.SshEngine;

/**
 * The one {@link SshEngine} of the process, started when the first device serves SSH: every device's server
 * shares its few I/O threads, so an idle device holds none of its own. Its threads are daemons; it lives as
 * long as the process.
 */
final class SharedSshEngine {
    private static volatile SshEngine engine;

    private SharedSshEngine() {}

    static SshEngine get() {
        SshEngine started = engine;
        if (started == null) {
            synchronized (SharedSshEngine.class) {
                if (engine == null) {
                    engine = SshEngine.start();
                }
                started = engine;
            }
        }
        return started;
    }
}
