package dev.iosemu.lab.file;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads typed values out of a {@link YamlNode} tree; each refusal names the file, the line and the field. */
final class YamlFields {
    private final String source;

    YamlFields(String source) {
        this.source = source;
    }

    LabFileException error(YamlNode at, String field, String problem) {
        return new LabFileException(source, at.line(), field, problem);
    }

    YamlNode.Mapping mapping(YamlNode node, String field, String what) throws LabFileException {
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        throw error(node, field, "must be " + what);
    }

    YamlNode.Sequence sequence(YamlNode node, String field, String what) throws LabFileException {
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence;
        }
        throw error(node, field, "must be " + what);
    }

    String text(YamlNode node, String field) throws LabFileException {
        if (node instanceof YamlNode.Scalar(int line, String text) && text != null && !text.isBlank()) {
            return text;
        }
        throw error(node, field, node instanceof YamlNode.Scalar ? "must not be empty" : "must be text");
    }

    int number(YamlNode node, String field, int min, int max) throws LabFileException {
        String text = text(node, field);
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw error(node, field, "must be a number " + min + "-" + max + " (was '" + text + "')");
    }

    Optional<YamlNode> optional(YamlNode.Mapping mapping, String key) {
        YamlNode value = mapping.entries().get(key);
        return value instanceof YamlNode.Scalar(int line, String text) && text == null
                ? Optional.empty()
                : Optional.ofNullable(value);
    }

    YamlNode required(YamlNode.Mapping mapping, String path, String key) throws LabFileException {
        return optional(mapping, key).orElseThrow(() -> error(mapping, join(path, key), "missing (a required field)"));
    }

    /** Refuses the first key of {@code mapping} that is not one of {@code known}, listing those. */
    void knownKeys(YamlNode.Mapping mapping, String path, Set<String> known) throws LabFileException {
        for (String key : mapping.entries().keySet()) {
            if (!known.contains(key)) {
                throw new LabFileException(
                        source,
                        mapping.keyLines().get(key),
                        join(path, key),
                        "unknown field (expected one of " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
