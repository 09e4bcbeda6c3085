package dev.iosemu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** TAB: completes the last word when exactly one keyword, flag or prefix fits it. */
final class LineCompletion {
    private LineCompletion() {}

    /** The line after TAB at the end of {@code buffer}, for a session at {@code privilege} in {@code mode}. */
    static Optional<String> complete(CommandRegistry registry, Mode mode, int privilege, String buffer) {
        if (buffer.isEmpty() || Token.isBlank(buffer.charAt(buffer.length() - 1))) {
            return Optional.empty();
        }
        List<Token> tokens = Token.split(buffer);
        ParseState state = new ParseState(registry, mode, privilege);
        if (Parser.walk(state, tokens.subList(0, tokens.size() - 1), buffer).isPresent()) {
            return Optional.empty();
        }
        Token last = tokens.getLast();
        List<String> choices = choices(state, last.text());
        if (choices.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(buffer.substring(0, last.start()) + choices.getFirst());
    }

    private static List<String> choices(ParseState state, String typed) {
        List<String> choices = new ArrayList<>();
        for (CommandNode keyword : state.keywords()) {
            if (keyword.word().equalsIgnoreCase(typed)) {
                return List.of(keyword.word() + " ");
            }
            if (!keyword.isHidden() && keyword.matchesWord(typed)) {
                choices.add(keyword.word() + " ");
            }
        }
        for (CommandNode argument : state.arguments()) {
            choices.addAll(ArgMatcher.completions(argument.type(), typed));
        }
        return choices.stream().distinct().toList();
    }
}
