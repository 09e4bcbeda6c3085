package dev.iosemu.lab.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a lab file's {@code links}: each two endpoints {@code node:interface} that exist and are free. */
final class LinkReader {
    private final YamlFields fields;
    private final Map<String, LabNode> nodes;
    private final LabServerNode server;
    private final Map<String, String> cabled = new HashMap<>(); // endpoint -> the link field that took it

    LinkReader(YamlFields fields, Map<String, LabNode> nodes, LabServerNode server) {
        this.fields = fields;
        this.nodes = nodes;
        this.server = server;
    }

    List<LabLink> links(YamlNode value) throws LabFileException {
        if (value == null) {
            return List.of();
        }
        YamlNode.Sequence sequence = fields.sequence(value, "links", "a list of links (- endpoints: [a:IF, b:IF])");
        List<LabLink> links = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            links.add(link(sequence.items().get(i), "links[" + i + "]"));
        }
        return links;
    }

    private LabLink link(YamlNode item, String path) throws LabFileException {
        YamlNode.Mapping link = fields.mapping(item, path, "a mapping (endpoints)");
        fields.knownKeys(link, path, Set.of("endpoints"));
        String field = path + ".endpoints";
        YamlNode ends = fields.required(link, path, "endpoints");
        YamlNode.Sequence pair = fields.sequence(ends, field, "two endpoints, [node:interface, node:interface]");
        if (pair.items().size() != 2) {
            throw fields.error(
                    ends, field, "must name two endpoints (has " + pair.items().size() + ")");
        }
        LabLink.Endpoint a = endpoint(pair.items().get(0), field + "[0]");
        LabLink.Endpoint b = endpoint(pair.items().get(1), field + "[1]");
        if (a.node().equals(b.node())) {
            throw fields.error(ends, field, "a link joins two different nodes (both ends on " + a.node() + ")");
        }
        take(a, pair.items().get(0), field + "[0]");
        take(b, pair.items().get(1), field + "[1]");
        return new LabLink(a, b);
    }

    private LabLink.Endpoint endpoint(YamlNode node, String field) throws LabFileException {
        String text = fields.text(node, field);
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw fields.error(node, field, "must be node:interface, like r1:GigabitEthernet0/0 (was '" + text + "')");
        }
        String name = text.substring(0, colon);
        String interfaceName = text.substring(colon + 1);
        if (name.equals(server.name())) {
            if (!interfaceName.equals(LabServerNode.INTERFACE)) {
                throw fields.error(
                        node,
                        field,
                        "the lab server's interface is " + LabServerNode.INTERFACE + " (was '" + interfaceName + "')");
            }
            return new LabLink.Endpoint(name, interfaceName);
        }
        LabNode device = nodes.get(name);
        if (device == null) {
            throw fields.error(node, field, "no node " + name + " in this lab");
        }
        if (!device.hasInterface(interfaceName)) {
            throw fields.error(node, field, name + " (" + device.profileName() + ") has no interface " + interfaceName);
        }
        return new LabLink.Endpoint(name, interfaceName);
    }

    private void take(LabLink.Endpoint end, YamlNode node, String field) throws LabFileException {
        String other = cabled.putIfAbsent(end.toString(), field);
        if (other != null) {
            throw fields.error(node, field, end + " is already cabled (" + other + ")");
        }
    }
}
