package dev.iosemu.cli;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a batch console ({@link HeadlessSession#batch}) shows its session to a script.
 *
 * @param quietBoot whether the transcript starts at the first prompt, without the boot text before it
 * @param commands told each command line and what it printed once it is finished (to see IOS errors)
 * @param transfer what the console sends when a boot loader asks for an XMODEM transfer (a script's text lines
 *     cannot carry one)
 */
public record BatchOptions(boolean quietBoot, Consumer<CommandResult> commands, ConsoleTransfer transfer) {
    /** The whole transcript, nobody told. */
    public static final BatchOptions DEFAULT = new BatchOptions(false, result -> {});

    public BatchOptions {
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(transfer, "transfer");
    }

    /** Options of a console that carries no XMODEM transfer. */
    public BatchOptions(boolean quietBoot, Consumer<CommandResult> commands) {
        this(quietBoot, commands, ConsoleTransfer.NONE);
    }
}
