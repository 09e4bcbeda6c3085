package dev.iosemu.lab;

/**
 * An Ethernet frame as the model carries it: addresses, an 802.1Q tag (0 when untagged) and what it holds.
 *
 * @param source the sender's hardware address
 * @param destination the receiver's, or broadcast
 * @param vlan the tag on a trunk, 0 when untagged
 * @param payload an ARP message or an IP packet
 */
record Frame(MacAddress source, MacAddress destination, int vlan, Payload payload) {
    Frame tagged(int tag) {
        return new Frame(source, destination, tag, payload);
    }

    /** Its size on the wire, for the interface counters: 60 bytes at least, an echo's 100 bytes plus headers. */
    int size() {
        return payload instanceof Payload.Ip ? 114 : 60;
    }

    /** What a frame carries. */
    sealed interface Payload {
        /** An ARP request or reply (RFC 826). */
        record Arp(boolean request, Ipv4Address senderIp, MacAddress senderMac, Ipv4Address targetIp)
                implements Payload {}

        /** An IP packet carrying ICMP or a traceroute probe; {@code id} ties an answer to its question. */
        record Ip(Ipv4Address source, Ipv4Address destination, int ttl, Kind kind, int id) implements Payload {
            Ip hop() {
                return new Ip(source, destination, ttl - 1, kind, id);
            }
        }
    }

    /** The kinds of packet the model sends: ICMP messages (RFC 792) and the UDP probe of traceroute. */
    enum Kind {
        ECHO,
        ECHO_REPLY,
        PROBE,
        HOST_UNREACHABLE,
        PORT_UNREACHABLE,
        TIME_EXCEEDED;

        boolean isAnswer() {
            return this != ECHO && this != PROBE;
        }
    }
}
