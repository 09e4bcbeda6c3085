package dev.iosemu.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the parser makes of a whole command line; rendered by {@link ErrorText} or executed. */
sealed interface ParseOutcome {
    /** The line names a command: run {@code handler}; {@code execMode} is set after {@code do}. */
    record Complete(CommandHandler handler, Arguments arguments, boolean negated, Optional<Mode> execMode)
            implements ParseOutcome {}

    /** The line stops before a command is complete: {@code % Incomplete command.} */
    record Incomplete() implements ParseOutcome {}

    /** A word abbreviates several choices: {@code % Ambiguous command:  "show i"}. */
    record Ambiguous(List<String> candidates) implements ParseOutcome {}

    /** Nothing accepts the word starting at {@code column}: the caret goes there. */
    record Invalid(int column) implements ParseOutcome {}

    /** Parsed values by key (a list for a repeated key) and the flags typed. */
    record Arguments(Map<Arg<?>, Object> values, Set<Flag> flags) {
        public Arguments {
            values = Map.copyOf(values);
            flags = Set.copyOf(flags);
        }
    }
}
