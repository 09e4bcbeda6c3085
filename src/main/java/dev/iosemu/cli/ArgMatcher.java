package dev.iosemu.cli;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Matches, describes and completes each {@link ArgType}; the one place that knows the kinds. */
final class ArgMatcher {
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,19}");
    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]{1,15}");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{1,2}):(\\d{1,2})");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private ArgMatcher() {}

    /** Matches the words from {@code index}; {@code line} is the raw text a {@code LINE} takes. */
    static ArgMatch match(ArgType type, List<Token> tokens, int index, String line) {
        String text = tokens.get(index).text();
        return switch (type) {
            case ArgType.Word w -> new ArgMatch.Matched(text, 1);
            case ArgType.Line l ->
                new ArgMatch.Matched(
                        line.substring(
                                tokens.get(index).start(), tokens.getLast().end()),
                        tokens.size() - index);
            case ArgType.Number n -> matchNumber(n, text);
            case ArgType.Ipv4 ip -> matchIpv4(text);
            case ArgType.Time t -> matchTime(text);
            case ArgType.Choice c -> matchChoice(c, text);
            case ArgType.Interface i -> InterfaceMatcher.match(i, tokens, index);
            case ArgType.Url u -> UrlMatcher.match(u, text);
        };
    }

    /** The full-help lines this argument contributes under the node's help text. */
    static List<HelpEntry> help(ArgType type, String help) {
        return switch (type) {
            case ArgType.Word w -> List.of(new HelpEntry(w.helpName(), help));
            case ArgType.Line l -> List.of(new HelpEntry("LINE", help));
            case ArgType.Number n -> List.of(new HelpEntry(rangeName(n), help));
            case ArgType.Ipv4 ip -> List.of(new HelpEntry("A.B.C.D", help));
            case ArgType.Time t -> List.of(new HelpEntry("hh:mm:ss", help));
            case ArgType.Choice c -> List.of(new HelpEntry(c.helpName(), help));
            case ArgType.Interface i -> InterfaceMatcher.help(i);
            case ArgType.Url u -> UrlMatcher.help(u);
        };
    }

    /** True for kinds whose help expands into words sorted among keywords. */
    static boolean listsWords(ArgType type) {
        return type instanceof ArgType.Interface || type instanceof ArgType.Url;
    }

    /** Partial-help names for a word being typed: matching prefixes, or the help name if it fits. */
    static List<String> partial(ArgType type, String typed) {
        return switch (type) {
            case ArgType.Interface i -> InterfaceMatcher.partial(i, typed);
            case ArgType.Url u -> UrlMatcher.partial(u, typed);
            case ArgType.Word w -> List.of(w.helpName());
            case ArgType.Line l -> List.of("LINE");
            case ArgType.Number n -> couldBeNumber(n, typed) ? List.of(rangeName(n)) : List.of();
            case ArgType.Ipv4 ip -> typed.matches("[0-9.]+") ? List.of("A.B.C.D") : List.of();
            case ArgType.Time t -> typed.matches("[0-9:]+") ? List.of("hh:mm:ss") : List.of();
            case ArgType.Choice c -> choices(c, typed).isEmpty() ? List.of() : List.of(c.helpName());
        };
    }

    /** Words TAB may complete to (interface types, URL prefixes); empty for free-form kinds. */
    static List<String> completions(ArgType type, String typed) {
        return switch (type) {
            case ArgType.Interface i -> InterfaceMatcher.partial(i, typed);
            case ArgType.Url u ->
                UrlMatcher.partial(u, typed).stream()
                        .map(p -> p.endsWith(":") ? p : p + " ")
                        .toList();
            case ArgType.Word w -> List.of();
            case ArgType.Line l -> List.of();
            case ArgType.Number n -> List.of();
            case ArgType.Ipv4 ip -> List.of();
            case ArgType.Time t -> List.of();
            case ArgType.Choice c ->
                choices(c, typed).stream().map(w -> w + " ").toList();
        };
    }

    static String rangeName(ArgType.Number n) {
        if (n.hexadecimal()) {
            return "<0x" + Long.toHexString(n.min()).toUpperCase(Locale.ROOT) + "-0x"
                    + Long.toHexString(n.max()).toUpperCase(Locale.ROOT) + ">";
        }
        return "<" + n.min() + "-" + n.max() + ">";
    }

    private static boolean couldBeNumber(ArgType.Number n, String typed) {
        if (n.hexadecimal()) {
            return typed.matches("0([xX][0-9a-fA-F]*)?");
        }
        return DECIMAL.matcher(typed).matches();
    }

    private static ArgMatch matchNumber(ArgType.Number n, String text) {
        Pattern syntax = n.hexadecimal() ? HEX : DECIMAL;
        if (!syntax.matcher(text).matches()) {
            return new ArgMatch.NoMatch();
        }
        long value;
        try {
            value = n.hexadecimal() ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException tooLarge) {
            return new ArgMatch.NoMatch();
        }
        if (value < n.min() || value > n.max()) {
            return new ArgMatch.NoMatch();
        }
        return new ArgMatch.Matched(value, 1);
    }

    private static List<String> choices(ArgType.Choice choice, String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        return choice.words().stream()
                .filter(w -> w.toLowerCase(Locale.ROOT).startsWith(lower))
                .toList();
    }

    private static ArgMatch matchChoice(ArgType.Choice choice, String text) {
        for (String word : choice.words()) {
            if (word.equalsIgnoreCase(text)) {
                return new ArgMatch.Matched(word, 1);
            }
        }
        List<String> matches = choices(choice, text);
        return switch (matches.size()) {
            case 0 -> new ArgMatch.NoMatch();
            case 1 -> new ArgMatch.Matched(matches.getFirst(), 1);
            default -> new ArgMatch.Ambiguous(matches);
        };
    }

    private static ArgMatch matchTime(String text) {
        var m = TIME.matcher(text);
        if (!m.matches()) {
            return new ArgMatch.NoMatch();
        }
        int hours = Integer.parseInt(m.group(1));
        int minutes = Integer.parseInt(m.group(2));
        int seconds = Integer.parseInt(m.group(3));
        if (hours > 23 || minutes > 59 || seconds > 59) {
            return new ArgMatch.NoMatch();
        }
        return new ArgMatch.Matched(LocalTime.of(hours, minutes, seconds), 1);
    }

    private static ArgMatch matchIpv4(String text) {
        var m = IPV4.matcher(text);
        if (!m.matches()) {
            return new ArgMatch.NoMatch();
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(m.group(i + 1));
            if (octet > 255) {
                return new ArgMatch.NoMatch();
            }
            bytes[i] = (byte) octet;
        }
        try {
            return new ArgMatch.Matched((Inet4Address) InetAddress.getByAddress(bytes), 1);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }
}
