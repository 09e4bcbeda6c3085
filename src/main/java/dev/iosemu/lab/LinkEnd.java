package dev.iosemu.lab;

import java.util.Objects;

/**
 * One end of a cable: a node and one of its interfaces, by full name.
 *
 * @param node the node
 * @param interfaceName the interface's full IOS name
 */
public record LinkEnd(NetworkNode node, String interfaceName) {
    public LinkEnd {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(interfaceName, "interfaceName");
    }

    @Override
    public String toString() {
        return node.name() + " " + interfaceName;
    }
}
