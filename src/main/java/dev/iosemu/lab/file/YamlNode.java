package dev.iosemu.lab.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree in which every node knows the line it starts on, so that a bad lab file can be
 * named by line as well as by field (a bound record forgets where its values came from). Immutable.
 */
sealed interface YamlNode {
    /** The line (from 1) the node starts on. */
    int line();

    /** A mapping, keys in file order, each with the line it is written on. */
    record Mapping(int line, Map<String, YamlNode> entries, Map<String, Integer> keyLines) implements YamlNode {}

    /** A sequence. */
    record Sequence(int line, List<YamlNode> items) implements YamlNode {}

    /** A scalar as written; null for YAML's null ({@code ~} or nothing after the colon). */
    record Scalar(int line, String text) implements YamlNode {}

    YAMLFactory FACTORY = new YAMLFactory();

    /**
     * Reads one document.
     *
     * @throws DuplicateKey for a key written twice in one mapping; Jackson's exception, with its line, for bad YAML
     */
    static YamlNode parse(String yaml) throws IOException {
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Scalar(1, null);
            }
            return read(parser);
        }
    }

    private static YamlNode read(JsonParser parser) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            Map<String, Integer> keyLines = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                if (entries.put(key, read(parser)) != null) {
                    throw new DuplicateKey(key, keyLine);
                }
                keyLines.put(key, keyLine);
            }
            return new Mapping(line, Collections.unmodifiableMap(entries), Collections.unmodifiableMap(keyLines));
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(parser));
            }
            return new Sequence(line, List.copyOf(items));
        }
        return new Scalar(line, token == JsonToken.VALUE_NULL ? null : parser.getText());
    }

    /** A key written twice in one mapping: YAML allows neither, and the second would silently win. */
    final class DuplicateKey extends IOException {
        private static final long serialVersionUID = 1L;
        final String key;
        final int line;

        DuplicateKey(String key, int line) {
            super("duplicate key '" + key + "'");
            this.key = key;
            this.line = line;
        }
    }
}
