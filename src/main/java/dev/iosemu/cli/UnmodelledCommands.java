package dev.iosemu.cli;

import java.util.List;

/**
 * Real IOS 15 EXEC words iosemu does not model. They take part in abbreviation as on IOS, so {@code s} is
 * ambiguous ({@code % Ambiguous command:  "s"}) rather than taken for {@code show}, they are listed by
 * {@code ?}, and typed they answer in one {@code %} line that iosemu does not model them, so a learner is
 * never told a real command does not exist. A word some command area already registered is left alone.
 * Only the words sharing first letters with modelled commands are here; issue 17 grows this into IOS's
 * whole vocabulary.
 */
public final class UnmodelledCommands {
    private record Word(String word, String help, int privilege) {}

    private static final Arg<String> ARGUMENTS = Arg.line("arguments", "Arguments (not modelled)");

    private static final List<Word> EXEC = List.of(
            new Word("send", "Send a message to other tty lines", 15),
            new Word("set", "Set system parameter (not config)", 15),
            new Word("slip", "Start Serial-line IP (SLIP)", 1),
            new Word("ssh", "Open a secure shell client connection", 1),
            new Word("start-chat", "Start a chat-script on a line", 15),
            new Word("systat", "Display information about terminal lines", 1));

    private UnmodelledCommands() {}

    /** Adds the words to the EXEC modes of {@code registry}; call after every command area registered. */
    public static void register(CommandRegistry registry) {
        CommandNode exec = registry.root(Mode.PRIVILEGED_EXEC);
        for (Word word : EXEC) {
            boolean taken = exec.children().stream()
                    .anyMatch(c ->
                            c.role() == CommandNode.Role.KEYWORD && c.word().equalsIgnoreCase(word.word()));
            if (!taken) {
                CommandHandler refuse = ctx -> {
                    throw new CommandException("% \"" + word.word() + "\" is a real IOS command iosemu does not model");
                };
                CommandNode node = exec.keyword(word.word(), word.help()).privilege(word.privilege());
                node.executes(refuse);
                node.argument(ARGUMENTS).executes(refuse);
            }
        }
    }
}
