package dev.iosemu.cli;

import java.util.Objects;

/** A command failure whose message is already the IOS text to print ({@code %Error opening …}). */
public class CommandException extends Exception {
    private static final long serialVersionUID = 1L;

    public CommandException(String iosText) {
        super(Objects.requireNonNull(iosText, "iosText"));
    }

    public CommandException(String iosText, Throwable cause) {
        super(Objects.requireNonNull(iosText, "iosText"), cause);
    }
}
