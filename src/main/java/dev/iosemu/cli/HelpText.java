package dev.iosemu.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Renders {@code ?} help: full help ({@code show ?}) as two columns, partial ({@code sh?}) on one line. */
final class HelpText {
    private HelpText() {}

    /** The help for {@code ?} typed after {@code buffer} in {@code mode} by a session at {@code privilege}. */
    static String of(CommandRegistry registry, Mode mode, int privilege, String buffer, int promptLength) {
        List<Token> tokens = Token.split(buffer);
        boolean full = buffer.isEmpty() || Token.isBlank(buffer.charAt(buffer.length() - 1));
        ParseState state = new ParseState(registry, mode, privilege);
        List<Token> before = full ? tokens : tokens.subList(0, tokens.size() - 1);
        Optional<ParseOutcome> failure = Parser.walk(state, before, buffer);
        if (failure.isPresent()) {
            return failureHelp(state, failure.get(), before, buffer, promptLength);
        }
        if (!full) {
            return partial(state, tokens.getLast().text());
        }
        String header = tokens.isEmpty() ? mode.helpHeader() + "\n" : "";
        return header + columns(fullEntries(state));
    }

    private static String failureHelp(
            ParseState state, ParseOutcome failure, List<Token> tokens, String buffer, int promptLength) {
        if (failure instanceof ParseOutcome.Incomplete && !tokens.isEmpty()) {
            String last = tokens.getLast().text();
            List<HelpEntry> numbers = new ArrayList<>();
            for (CommandNode argument : state.arguments()) {
                if (argument.type() instanceof ArgType.Interface i) {
                    numbers.addAll(InterfaceMatcher.numberHelp(i, last));
                }
            }
            if (!numbers.isEmpty()) {
                return columns(numbers);
            }
        }
        return ErrorText.of(failure, buffer, promptLength);
    }

    static List<HelpEntry> fullEntries(ParseState state) {
        List<HelpEntry> plain = new ArrayList<>();
        List<HelpEntry> sorted = new ArrayList<>();
        Optional<CommandNode> last = state.lastArgument();
        if (last.isPresent() && last.get().type() instanceof ArgType.Line) {
            plain.add(new HelpEntry("LINE", last.get().help()));
        }
        for (CommandNode argument : state.arguments()) {
            List<HelpEntry> entries = ArgMatcher.help(argument.type(), argument.help());
            (ArgMatcher.listsWords(argument.type()) ? sorted : plain).addAll(entries);
        }
        for (CommandNode keyword : state.keywords()) {
            if (!keyword.isHidden()) {
                sorted.add(new HelpEntry(keyword.word(), keyword.help()));
            }
        }
        sorted.sort(Comparator.comparing(e -> e.name().toLowerCase(Locale.ROOT)));
        plain.addAll(sorted);
        if (state.complete()) {
            plain.add(new HelpEntry("<cr>", ""));
        }
        return plain;
    }

    static String partial(ParseState state, String typed) {
        List<String> names = new ArrayList<>();
        for (CommandNode argument : state.arguments()) {
            names.addAll(ArgMatcher.partial(argument.type(), typed));
        }
        List<String> words = new ArrayList<>();
        for (CommandNode keyword : state.keywords()) {
            if (!keyword.isHidden() && keyword.matchesWord(typed)) {
                words.add(keyword.word());
            }
        }
        words.sort(Comparator.comparing(w -> w.toLowerCase(Locale.ROOT)));
        names.addAll(words);
        if (names.isEmpty()) {
            return ErrorText.UNRECOGNIZED;
        }
        return String.join("  ", names.stream().distinct().toList()) + "  \n\n";
    }

    /** Two columns: two-space indent, names padded to the longest plus two spaces, then a blank line. */
    static String columns(List<HelpEntry> entries) {
        int width = entries.stream().mapToInt(e -> e.name().length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (HelpEntry e : entries) {
            text.append("  ");
            if (e.description().isEmpty()) {
                text.append(e.name());
            } else {
                text.append(e.name())
                        .append(" ".repeat(width - e.name().length() + 2))
                        .append(e.description());
            }
            text.append('\n');
        }
        return text.append('\n').toString();
    }
}
