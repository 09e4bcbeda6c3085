package dev.iosemu.cli;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An output filter after {@code |}: {@code include}, {@code exclude}, {@code begin} or {@code section}
 * with a regular expression (java.util.regex, close to IOS's). Stateful; one instance per command,
 * used by the session thread.
 */
final class PipeFilter {
    private static final String BANNER_DELIMITER = "^C";

    enum Kind {
        BEGIN("Begin with the line that matches"),
        EXCLUDE("Exclude lines that match"),
        INCLUDE("Include lines that match"),
        SECTION("Filter a section of output");

        final String help;

        Kind(String help) {
            this.help = help;
        }

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Kind kind;
    private final Pattern pattern;
    private boolean begun;
    private boolean inSection;
    private boolean inBanner; // inside a configuration banner's text, which a section keeps whole

    PipeFilter(Kind kind, String regex) {
        this.kind = kind;
        this.pattern = compile(regex);
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return Pattern.compile(Pattern.quote(regex));
        }
    }

    /** True when {@code line} (without its line end) passes; the match is done within {@code work}. */
    boolean accept(String line, MatchWork work) throws FilterStoppedException {
        boolean match = work.find(pattern, line);
        return switch (kind) {
            case INCLUDE -> match;
            case EXCLUDE -> !match;
            case BEGIN -> begun |= match;
            case SECTION -> section(line, match);
        };
    }

    private boolean section(String line, boolean match) {
        boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
        boolean continued = inBanner;
        inBanner = bannerContinues(line, continued);
        if (continued) {
            return inSection || match;
        }
        if (!indented) {
            inSection = match;
            return match;
        }
        return inSection || match;
    }

    /**
     * Whether a banner's text goes on after {@code line}: configurations write banners between {@code ^C}
     * delimiters, and a multi-line banner's text lines are not indented, yet belong to its section.
     */
    private static boolean bannerContinues(String line, boolean inBanner) {
        int delimiters = line.split(Pattern.quote(BANNER_DELIMITER), -1).length - 1;
        boolean opens = !inBanner && line.startsWith("banner ");
        return (inBanner || opens) && delimiters % 2 == (opens ? 1 : 0);
    }

    /** The filter keywords, for help after {@code |}. */
    static List<HelpEntry> help() {
        return List.of(Kind.values()).stream()
                .map(k -> new HelpEntry(k.word(), k.help))
                .toList();
    }
}
