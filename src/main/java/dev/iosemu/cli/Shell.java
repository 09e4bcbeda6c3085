package dev.iosemu.cli;

import java.util.Optional;

/**
 * What interprets the lines of a console session: the IOS CLI ({@link IosShell}) or another loop that
 * takes the console over (a ROMMON prompt). A session swaps shells with {@link CliSession#replaceShell}.
 */
public interface Shell {
    /** The prompt shown before each command line ({@code Router#}, {@code rommon 1 > }). */
    String prompt(CliSession session);

    /** Interprets one input line; output and sub-prompts go through the session. */
    void execute(CliSession session, String line);

    /**
     * The help text for {@code ?} typed after {@code textBeforeCursor}. Empty means the shell has no
     * immediate help: a terminal then inserts {@code ?} as an ordinary character.
     */
    default String help(CliSession session, String textBeforeCursor) {
        return "";
    }

    /**
     * Whether {@code line} is a complete command the session may run now (what an SSH exec request must be,
     * else IOS refuses it as an invalid autocommand).
     */
    default boolean accepts(CliSession session, String line) {
        return true;
    }

    /** The line after TAB completion of {@code textBeforeCursor}; empty when there is nothing unique. */
    default Optional<String> complete(CliSession session, String textBeforeCursor) {
        return Optional.empty();
    }
}
