package dev.iosemu.cli;

/** What a line read from the console is for; decides echo and whether {@code ?} and TAB act. */
public enum InputKind {
    /** A command at the CLI prompt: {@code ?} gives help, TAB completes, history applies. */
    COMMAND,
    /** The answer to a sub-prompt ({@code Destination filename [x]? }), echoed as typed. */
    ANSWER,
    /** A secret ({@code Password: }), not echoed. */
    SECRET
}
