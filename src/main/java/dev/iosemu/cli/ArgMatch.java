package dev.iosemu.cli;

import java.util.List;

/** What an argument kind makes of the words at the parse position. */
sealed interface ArgMatch {
    /** Accepted: the parsed value and how many words it took. */
    record Matched(Object value, int consumed) implements ArgMatch {}

    /** Not this kind of argument. */
    record NoMatch() implements ArgMatch {}

    /** An abbreviation that fits several choices ({@code f} for {@code flash:} and {@code ftp:}). */
    record Ambiguous(List<String> candidates) implements ArgMatch {}

    /** A valid start that needs another word ({@code GigabitEthernet} without a number). */
    record Unfinished() implements ArgMatch {}
}
