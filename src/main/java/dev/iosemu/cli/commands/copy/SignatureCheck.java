package dev.iosemu.cli.commands.copy;

/** Whether a copy checks the image it writes: {@code copy /verify}, {@code copy /noverify}, or neither. */
enum SignatureCheck {
    /** Neither option: {@code file verify auto} decides. */
    AS_CONFIGURED,
    /** {@code /verify}. */
    ALWAYS,
    /** {@code /noverify}. */
    NEVER;

    /** Whether to check, given the {@code file verify auto} setting. */
    boolean wanted(boolean verifyAuto) {
        return this == ALWAYS || (this == AS_CONFIGURED && verifyAuto);
    }
}
