package dev.iosemu.fs.remote;

/**
 * What a protocol trace line is about, so the console can route it to the debug switch of its protocol
 * without knowing the protocol's wording: each transfer protocol decides which switch shows which kind.
 */
public enum TraceKind {
    /** A step of the transfer: request, start, retransmission, completion ({@code debug tftp events}). */
    EVENT,
    /** One datagram or frame that crossed the wire ({@code debug tftp packets}). */
    PACKET,
    /** A command sent or a reply received on a control connection ({@code debug ip ftp}). */
    DIALOGUE
}
