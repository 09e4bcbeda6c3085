package dev.iosemu.app;

import java.util.ArrayList;
import java.util.List;

/** The table {@code lab} prints: node, profile, telnet console port, SSH port, management address. */
final class LabTable {
    private static final List<String> HEADINGS = List.of("node", "profile", "console", "ssh", "address");

    private LabTable() {}

    static String render(RunningLab lab) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (RunningLab.Node node : lab.nodes()) {
            rows.add(List.of(
                    node.name(),
                    node.profile(),
                    node.console().map(a -> String.valueOf(a.getPort())).orElse("-"),
                    node.ssh().map(a -> String.valueOf(a.getPort())).orElse("-"),
                    node.managementAddress().orElse("-")));
        }
        int[] widths = new int[HEADINGS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(String.format("%-" + (widths[i] + 2) + "s", row.get(i)));
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        return table.toString();
    }
}
