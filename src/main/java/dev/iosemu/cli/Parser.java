package dev.iosemu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks a line through a mode's command tree: exact keywords first, then unique abbreviations, then
 * arguments in registration order. Stateless; each call gets its own {@link ParseState}.
 */
final class Parser {
    private Parser() {}

    /** Parses a whole line typed in {@code mode} at the privilege level the mode implies (1 or 15). */
    static ParseOutcome parse(CommandRegistry registry, Mode mode, String line) {
        return parse(registry, mode, mode.privilege(), line);
    }

    /** Parses a whole line typed in {@code mode} by a session at {@code privilege}. */
    static ParseOutcome parse(CommandRegistry registry, Mode mode, int privilege, String line) {
        List<Token> tokens = Token.split(line);
        ParseState state = new ParseState(registry, mode, privilege);
        return walk(state, tokens, line).orElseGet(state::finish);
    }

    /** Consumes all {@code tokens}; returns the failure if one of them does not fit. */
    static Optional<ParseOutcome> walk(ParseState state, List<Token> tokens, String line) {
        int i = 0;
        while (i < tokens.size()) {
            Step step = step(state, tokens, i, line);
            if (step.failure() != null) {
                return Optional.of(step.failure());
            }
            i += step.consumed();
        }
        return Optional.empty();
    }

    private record Step(int consumed, ParseOutcome failure) {
        static Step taken(int consumed) {
            return new Step(consumed, null);
        }

        static Step failed(ParseOutcome failure) {
            return new Step(0, failure);
        }
    }

    private static Step step(ParseState state, List<Token> tokens, int i, String line) {
        Token token = tokens.get(i);
        List<CommandNode> keywords = state.keywords();
        for (CommandNode k : keywords) {
            if (k.word().equalsIgnoreCase(token.text())) {
                if (k.isUnavailable()) {
                    return Step.failed(new ParseOutcome.Invalid(token.start()));
                }
                state.take(k);
                return Step.taken(1);
            }
        }
        List<CommandNode> prefixed = keywords.stream()
                .filter(k -> !k.isHidden() && k.abbreviatedBy(token.text()))
                .toList();
        if (prefixed.size() > 1) {
            return Step.failed(new ParseOutcome.Ambiguous(words(prefixed)));
        }
        if (prefixed.size() == 1) {
            state.take(prefixed.getFirst());
            return Step.taken(1);
        }
        if (keywords.stream().anyMatch(k -> !k.isHidden() && k.tooShort(token.text()))) {
            return Step.failed(new ParseOutcome.Incomplete());
        }
        return argumentStep(state, tokens, i, line);
    }

    private static Step argumentStep(ParseState state, List<Token> tokens, int i, String line) {
        boolean unfinished = false;
        for (CommandNode argument : state.arguments()) {
            switch (ArgMatcher.match(argument.type(), tokens, i, line)) {
                case ArgMatch.Matched m -> {
                    state.take(argument, m.value());
                    return Step.taken(m.consumed());
                }
                case ArgMatch.Ambiguous a -> {
                    return Step.failed(new ParseOutcome.Ambiguous(a.candidates()));
                }
                case ArgMatch.Unfinished u -> unfinished = true;
                case ArgMatch.NoMatch n -> {}
            }
        }
        if (unfinished) {
            return Step.failed(new ParseOutcome.Incomplete());
        }
        Token token = tokens.get(i);
        return Step.failed(new ParseOutcome.Invalid(token.start() + matchedLength(state.keywords(), token.text())));
    }

    /**
     * How many leading characters of {@code typed} some visible keyword here accepts: IOS puts the caret
     * under the first character no command could continue with ({@code erase} in user EXEC fails at
     * {@code r}, after {@code e} matched {@code enable}).
     */
    private static int matchedLength(List<CommandNode> keywords, String typed) {
        int best = 0;
        for (CommandNode k : keywords) {
            if (!k.isHidden()) {
                best = Math.max(best, commonPrefix(k.word(), typed));
            }
        }
        return Math.min(best, Math.max(0, typed.length() - 1));
    }

    private static int commonPrefix(String word, String typed) {
        int n = 0;
        while (n < word.length()
                && n < typed.length()
                && Character.toLowerCase(word.charAt(n)) == Character.toLowerCase(typed.charAt(n))) {
            n++;
        }
        return n;
    }

    private static List<String> words(List<CommandNode> nodes) {
        List<String> words = new ArrayList<>();
        nodes.forEach(n -> words.add(n.word()));
        return words;
    }
}
