package dev.iosemu.lab;

import java.util.Optional;

/**
 * What came back for one packet sent into the network: an answer from some address, or nothing.
 *
 * @param outcome the kind of answer, or {@link Outcome#NONE}
 * @param from who answered, when someone did
 * @param nanos how long the model took to carry the packet there and back (real time, in process)
 */
public record Echo(Outcome outcome, Optional<Ipv4Address> from, long nanos) {
    /** What an answer was. */
    public enum Outcome {
        /** An echo reply (ping {@code !}). */
        REPLY,
        /** Nothing came back in time (ping {@code .}, traceroute {@code *}). */
        NONE,
        /** A router had no route and said so (ping {@code U}, traceroute {@code !H}). */
        UNREACHABLE,
        /** A router on the way dropped it for its time to live (traceroute's hop). */
        TIME_EXCEEDED,
        /** The destination said the probe's port is closed (traceroute's last hop). */
        PORT_UNREACHABLE
    }
}
