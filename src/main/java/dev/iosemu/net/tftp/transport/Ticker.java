package dev.iosemu.net.tftp.transport;

/** A monotonic nanosecond time source, injected so transports can be driven by a test clock. */
@FunctionalInterface
public interface Ticker {
    /** The JVM's monotonic clock. */
    Ticker SYSTEM = System::nanoTime;

    long nanos();
}
