package dev.iosemu.net.telnet;

/** Counts the JVM's live platform threads, to check that idle connections hold none of their own. */
final class PlatformThreads {
    private PlatformThreads() {}

    static long count() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !thread.isVirtual())
                .count();
    }
}
