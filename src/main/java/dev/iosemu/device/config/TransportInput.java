package dev.iosemu.device.config;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code transport input ...} on a line: the protocols a connection to it may come in by. Only SSH and telnet
 * reach a vty here; the other protocols IOS names are accepted and kept, as a saved configuration may list
 * them.
 *
 * @param protocols the protocols allowed; all of them for {@code all}, none for {@code none}
 */
public record TransportInput(Set<Protocol> protocols) {
    /** The protocols of {@code transport input}, in the order IOS lists them. */
    public enum Protocol {
        LAT,
        PAD,
        MOP,
        TELNET,
        RLOGIN,
        UDPTN,
        NASI,
        SSH;

        // made once: every device's command tree holds each protocol's keyword
        private final String keyword = name().toLowerCase(Locale.ROOT);

        /** The keyword, {@code telnet}. */
        public String keyword() {
            return keyword;
        }
    }

    /** {@code transport input all}, also what a line allows when nothing is configured. */
    public static final TransportInput ALL = new TransportInput(EnumSet.allOf(Protocol.class));

    public TransportInput {
        protocols = protocols.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(protocols));
    }

    /** Whether a connection by {@code protocol} may use the line. */
    public boolean allows(Protocol protocol) {
        return protocols.contains(protocol);
    }

    /** The words after {@code transport input}: {@code all}, {@code none} or the protocols in IOS's order. */
    public String render() {
        if (protocols.size() == Protocol.values().length) {
            return "all";
        }
        if (protocols.isEmpty()) {
            return "none";
        }
        return EnumSet.copyOf(protocols).stream().map(Protocol::keyword).collect(Collectors.joining(" "));
    }

    /** The protocols {@code show line} names: {@code ssh telnet}, or {@code none}. */
    public List<String> names() {
        return protocols.isEmpty()
                ? List.of("none")
                : EnumSet.copyOf(protocols).stream().map(Protocol::keyword).toList();
    }
}
