package dev.iosemu.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of a reference file, each named by its section and its place there ({@code §8.1
 * #3} is the third block under heading 8.1).
 */
final class ReferenceBlocks {
    private static final Pattern HEADING = Pattern.compile("#{2,3} (\\d+(?:\\.\\d+)?)\\b.*");

    private ReferenceBlocks() {}

    /** A block: its id and its text (every line followed by a line break). */
    record Block(String id, String text) {}

    static List<Block> read(Path file) throws IOException {
        List<Block> blocks = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        String section = "0";
        StringBuilder text = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                if (text == null) {
                    text = new StringBuilder();
                } else {
                    int n = counts.merge(section, 1, Integer::sum);
                    blocks.add(new Block("§" + section + " #" + n, text.toString()));
                    text = null;
                }
            } else if (text != null) {
                text.append(line).append('\n');
            } else {
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    section = heading.group(1);
                }
            }
        }
        return blocks;
    }

    /**
     * The team's copy of a reference file, if this checkout sits beside it ({@code ../shared} or {@code
     * ../../shared}, or the folder named by {@code -Diosemu.reference.dir}).
     */
    static Optional<Path> locate(String name) {
        List<Path> places = new ArrayList<>();
        String dir = System.getProperty("iosemu.reference.dir");
        if (dir != null) {
            places.add(Path.of(dir));
        }
        places.add(Path.of("../shared"));
        places.add(Path.of("../../shared"));
        return places.stream()
                .map(p -> p.resolve(name))
                .filter(Files::isRegularFile)
                .findFirst();
    }
}
