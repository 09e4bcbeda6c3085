package dev.iosemu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** URL-like arguments: {@code flash:x}, {@code tftp://h/p}, {@code running-config}, abbreviated stems. */
final class UrlMatcher {
    private UrlMatcher() {}

    static ArgMatch match(ArgType.Url type, String text) {
        List<UrlPrefix> prefixes = List.copyOf(type.prefixes().get());
        int colon = text.indexOf(':');
        if (colon >= 0) {
            String head = text.substring(0, colon + 1);
            for (UrlPrefix p : prefixes) {
                if (p.prefix().equalsIgnoreCase(head)) {
                    return new ArgMatch.Matched(p.prefix() + text.substring(colon + 1), 1);
                }
            }
            return new ArgMatch.NoMatch();
        }
        return matchStem(type, prefixes, text);
    }

    private static ArgMatch matchStem(ArgType.Url type, List<UrlPrefix> prefixes, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> hits = new ArrayList<>();
        for (UrlPrefix p : prefixes) {
            if (p.stem().equalsIgnoreCase(text)) {
                return new ArgMatch.Matched(p.prefix(), 1);
            }
            if (p.stem().toLowerCase(Locale.ROOT).startsWith(lower)) {
                hits.add(p.prefix());
            }
        }
        if (type.bareNames()) {
            return new ArgMatch.Matched(text, 1);
        }
        return switch (hits.size()) {
            case 0 -> new ArgMatch.NoMatch();
            case 1 -> new ArgMatch.Matched(hits.getFirst(), 1);
            default -> new ArgMatch.Ambiguous(hits);
        };
    }

    static List<HelpEntry> help(ArgType.Url type) {
        List<HelpEntry> entries = new ArrayList<>();
        for (UrlPrefix p : type.prefixes().get()) {
            entries.add(new HelpEntry(p.prefix(), p.description()));
        }
        if (type.bareNames()) {
            entries.add(new HelpEntry("WORD", "File name"));
        }
        return entries;
    }

    static List<String> partial(ArgType.Url type, String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        return type.prefixes().get().stream()
                .map(UrlPrefix::prefix)
                .filter(p -> p.toLowerCase(Locale.ROOT).startsWith(lower))
                .toList();
    }
}
