package dev.iosemu.app;

import java.util.Properties;
import java.util.function.Predicate;

/**
 * On Linux the executable's selectors wait in {@code poll(2)}, not in {@code epoll_wait}, unless the command
 * line names a selector provider. A transfer's port is the only socket in its selector, and a peer's datagram
 * wakes a thread that sleeps in {@code poll} sooner: lock-step TFTP gained 2 to 4% with a core busy, and the
 * quiet figures held (README, "Transfers on a busy machine"). Code that embeds iosemu keeps its JVM's choice.
 * Called once, by {@link Main}, before anything opens a selector.
 */
final class SelectorChoice {
    /** The system property the JDK reads, once, for its selector provider. */
    static final String PROPERTY = "java.nio.channels.spi.SelectorProvider";

    /** The JDK's provider of selectors that wait in {@code poll(2)}. */
    static final String POLL = "sun.nio.ch.PollSelectorProvider";

    private SelectorChoice() {}

    static void install() {
        choose(System.getProperties(), System.getProperty("os.name", ""), SelectorChoice::present);
    }

    /**
     * Names the poll provider in {@code properties} when the system is Linux, no provider is named yet and the
     * JDK has the provider; returns whether it did.
     */
    static boolean choose(Properties properties, String osName, Predicate<String> jdkHas) {
        if (!osName.equals("Linux") || properties.getProperty(PROPERTY) != null || !jdkHas.test(POLL)) {
            return false;
        }
        properties.setProperty(PROPERTY, POLL);
        return true;
    }

    /** Whether the JDK has class {@code name}; it is loaded, not initialised. */
    private static boolean present(String name) {
        try {
            Class.forName(name, false, ClassLoader.getSystemClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
