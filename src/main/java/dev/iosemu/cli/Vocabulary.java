package dev.iosemu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IOS's words per mode as {@code ios-vocabulary.txt} lists them (its header says the format): sections
 * named by the path to their node, each a list of words with help, privilege and platforms. Immutable.
 */
record Vocabulary(Map<String, List<Entry>> byPath) {
    private static final String RESOURCE = "ios-vocabulary.txt";
    private static final Set<String> PLATFORM_MARKS = Set.of("router", "switch", "classic", "xe");
    /** The marks at a line's end: two spaces, then {@code @word}s. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile(" {2,}((?:@\\S+\\s*)+)$");

    /** One word of a section. */
    record Entry(String word, String help, boolean userExec, Set<String> platforms) {
        boolean appliesTo(Set<String> traits) {
            return traits.containsAll(platforms);
        }

        boolean isArgument() {
            return Character.isUpperCase(word.charAt(0));
        }

        boolean isCr() {
            return word.equals("<cr>");
        }
    }

    /** The file on the class path, beside this class. */
    static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Vocabulary parse(String text) {
        Map<String, List<Entry>> sections = new LinkedHashMap<>();
        List<Entry> current = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ")) {
                current = new ArrayList<>();
                sections.put(line.substring(3).strip(), current);
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("a word before any section: " + line);
            }
            current.add(entry(line));
        }
        Map<String, List<Entry>> frozen = new LinkedHashMap<>();
        sections.forEach((path, entries) -> frozen.put(path, List.copyOf(entries)));
        return new Vocabulary(java.util.Collections.unmodifiableMap(frozen));
    }

    private static Entry entry(String line) {
        java.util.regex.Matcher marked = MARKS.matcher(line);
        String marks = marked.find() ? marked.group(1).strip() : "";
        String[] parts = line.substring(
                        0, line.length() - (marks.isEmpty() ? 0 : marked.group().length()))
                .split(" {2,}", 2);
        boolean userExec = false;
        Set<String> platforms = new java.util.HashSet<>();
        for (String mark : marks.isEmpty() ? new String[0] : marks.split("\\s+")) {
            String name = mark.substring(1);
            if (mark.equals("@1")) {
                userExec = true;
            } else if (PLATFORM_MARKS.contains(name)) {
                platforms.add(name);
            } else {
                throw new IllegalArgumentException("unknown mark '" + mark + "' in: " + line);
            }
        }
        return new Entry(parts[0], parts.length > 1 ? parts[1] : "", userExec, Set.copyOf(platforms));
    }

    Set<String> sections() {
        return byPath.keySet();
    }

    List<Entry> entries(String path) {
        return byPath.getOrDefault(path, List.of());
    }

    /** The privilege level of the words inside EXEC section {@code path}: that of the word naming it. */
    int privilege(String path) {
        int space = path.lastIndexOf(' ');
        if (space < 0) {
            return 15;
        }
        String word = path.substring(space + 1);
        return entries(path.substring(0, space)).stream()
                .filter(e -> e.word().equals(word))
                .findFirst()
                .map(e -> e.userExec() ? 1 : 15)
                .orElse(15);
    }

    /** The mode whose tree a section's first word names. */
    static Mode mode(String tree) {
        return switch (tree) {
            case "exec" -> Mode.PRIVILEGED_EXEC;
            case "config" -> Mode.GLOBAL_CONFIG;
            case "config-if" -> Mode.INTERFACE_CONFIG;
            case "config-line" -> Mode.LINE_CONFIG;
            default -> throw new IllegalArgumentException("unknown mode tree: " + tree);
        };
    }
}
