package dev.iosemu.cli;

import java.util.ArrayList;
import java.util.List;

/** Parses and explains the {@code | include REGEX} part of an EXEC line. */
final class PipeParser {
    /** A parsed filter, or the failure to report; both null when the line has no {@code |}. */
    record Result(PipeFilter filter, ParseOutcome failure) {}

    static final Result NONE = new Result(null, null);

    private PipeParser() {}

    /** Parses what follows the {@code |} at column {@code bar} of {@code line}. */
    static Result parse(String line, int bar) {
        List<Token> tokens = Token.split(line.substring(bar + 1));
        if (tokens.isEmpty()) {
            return new Result(null, new ParseOutcome.Incomplete());
        }
        Token word = tokens.getFirst();
        List<PipeFilter.Kind> kinds = matching(word.text());
        if (kinds.size() > 1) {
            return new Result(
                    null,
                    new ParseOutcome.Ambiguous(
                            kinds.stream().map(PipeFilter.Kind::word).toList()));
        }
        if (kinds.isEmpty()) {
            return new Result(null, new ParseOutcome.Invalid(bar + 1 + word.start()));
        }
        String regex = line.substring(bar + 1 + word.end()).stripLeading();
        if (regex.isEmpty()) {
            return new Result(null, new ParseOutcome.Incomplete());
        }
        return new Result(new PipeFilter(kinds.getFirst(), regex), null);
    }

    /** Help for {@code ?} typed after the {@code |}. */
    static String help(String afterBar) {
        List<Token> tokens = Token.split(afterBar);
        boolean full = afterBar.isEmpty() || Token.isBlank(afterBar.charAt(afterBar.length() - 1));
        if (tokens.isEmpty()) {
            return HelpText.columns(PipeFilter.help());
        }
        if (tokens.size() == 1 && !full) {
            List<String> words = matching(tokens.getFirst().text()).stream()
                    .map(PipeFilter.Kind::word)
                    .toList();
            return words.isEmpty() ? ErrorText.UNRECOGNIZED : String.join("  ", words) + "  \n\n";
        }
        return HelpText.columns(List.of(new HelpEntry("LINE", "Regular Expression")));
    }

    private static List<PipeFilter.Kind> matching(String typed) {
        List<PipeFilter.Kind> kinds = new ArrayList<>();
        for (PipeFilter.Kind kind : PipeFilter.Kind.values()) {
            if (kind.word().startsWith(typed.toLowerCase(java.util.Locale.ROOT))) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
