package dev.iosemu.net.datagram;

import java.util.concurrent.Semaphore;

/**
 * Places for threads polling for a datagram, at most one per processor in {@link #JVM}, the set all UDP ports
 * of this JVM share. A poll pays only while its thread has a processor to itself; many transfers in one JVM (a
 * lab's devices copying from its server at once) would otherwise each run their trials and spin side by side on
 * too few processors, every poller handing its processor to the next for a whole time slice. A wait that finds
 * no place free sleeps in the selector instead. Thread-safe.
 */
final class Pollers {
    /** One place per processor of the machine, shared by every UDP port of this JVM. */
    static final Pollers JVM = new Pollers(Runtime.getRuntime().availableProcessors());

    private final Semaphore places;

    Pollers(int limit) {
        this.places = new Semaphore(limit);
    }

    /** Takes a place if one is free, without waiting; a caller that got one gives it back with {@link #leave()}. */
    boolean enter() {
        return places.tryAcquire();
    }

    /** Gives back a place taken by {@link #enter()}. */
    void leave() {
        places.release();
    }
}
