package dev.iosemu.lab.file;

import java.util.Objects;

/**
 * A cable between two named interfaces of two nodes ({@code r1:GigabitEthernet0/0} to
 * {@code sw1:GigabitEthernet1/0/1}); the lab server's one interface is {@code eth0}.
 *
 * @param a one end
 * @param b the other end
 */
public record LabLink(Endpoint a, Endpoint b) {
    public LabLink {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }

    /**
     * One end of a link.
     *
     * @param node the node's name
     * @param interfaceName the interface's full name ({@code GigabitEthernet0/0})
     */
    public record Endpoint(String node, String interfaceName) {
        public Endpoint {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(interfaceName, "interfaceName");
        }

        @Override
        public String toString() {
            return node + ":" + interfaceName;
        }
    }

    @Override
    public String toString() {
        return a + " -- " + b;
    }
}
