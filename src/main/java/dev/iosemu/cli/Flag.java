package dev.iosemu.cli;

import java.util.Objects;

/**
 * A typed key for a flag such as {@code /force}: typed at most once, in any order among the flags of its
 * node. Declare it once beside the handler, register it with {@link CommandNode#option(Flag)} and test it
 * with {@link CommandContext#has(Flag)}:
 *
 * <pre>{@code
 * static final Flag RECURSIVE = Flag.of("/recursive", "Delete recursively");
 * delete.option(RECURSIVE).argument(PATH).executes(ctx -> remove(ctx.get(PATH), ctx.has(RECURSIVE)));
 * }</pre>
 *
 * <p>Flags compare by identity, so a flag and an argument can never be confused.
 */
public final class Flag {
    private final String word;
    private final String help;

    private Flag(String word, String help) {
        this.word = Objects.requireNonNull(word, "word");
        this.help = Objects.requireNonNull(help, "help");
    }

    /** The flag {@code word} (spelled as IOS lists it, {@code /force}) with its help text. */
    public static Flag of(String word, String help) {
        return new Flag(word, help);
    }

    /** The flag as typed in full ({@code /force}). */
    public String word() {
        return word;
    }

    String help() {
        return help;
    }

    @Override
    public String toString() {
        return "Flag[" + word + "]";
    }
}
