package dev.iosemu.lab.file;

import java.util.HashMap;
import java.util.Map;

/** The fixed loopback ports a lab file asks for, each given to one node and one service only. */
final class Ports {
    private final YamlFields fields;
    private final Map<Integer, String> taken = new HashMap<>(); // port -> the field that asked for it

    Ports(YamlFields fields) {
        this.fields = fields;
    }

    /**
     * The port {@code key} of {@code ports} asks for (0, a free one, when absent); a fleet of {@code count}
     * takes it and the {@code count - 1} ports after it.
     */
    int port(YamlNode.Mapping ports, String path, String key, int count) throws LabFileException {
        if (ports == null || !ports.entries().containsKey(key)) {
            return 0;
        }
        YamlNode node = ports.entries().get(key);
        String field = path + "." + key;
        int port = fields.number(node, field, 0, 65535);
        if (port == 0) {
            return 0;
        }
        if (port + count - 1 > 65535) {
            throw fields.error(
                    node, field, count + " devices need ports " + port + "-" + (port + count - 1) + ", beyond 65535");
        }
        for (int p = port; p < port + count; p++) {
            String other = taken.putIfAbsent(p, field);
            if (other != null) {
                throw fields.error(node, field, "port " + p + " is also " + other);
            }
        }
        return port;
    }
}
