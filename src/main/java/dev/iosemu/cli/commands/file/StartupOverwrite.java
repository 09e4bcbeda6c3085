package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.CommandException;
import dev.iosemu.device.Router;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The question IOS asks before saving over a startup-config another software version wrote (after an
 * upgrade): {@code write memory} and {@code copy running-config startup-config} both ask it.
 */
public final class StartupOverwrite {
    private StartupOverwrite() {}

    /**
     * Warns and asks when the startup-config was written by another version; true when the save may go on
     * (nothing to ask, or confirmed), false when declined.
     */
    public static boolean allowed(Router router, Predicate<String> confirm, Consumer<String> println)
            throws CommandException {
        try {
            return allowed(router.startupWrittenByAnotherVersion(), confirm, println);
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.OPENING, "nvram:startup-config", e);
        }
    }

    /** The same, told whether another version wrote the startup-config. */
    public static boolean allowed(boolean writtenByAnother, Predicate<String> confirm, Consumer<String> println) {
        if (!writtenByAnother) {
            return true;
        }
        println.accept("Warning: Attempting to overwrite an NVRAM configuration previously written");
        println.accept("by a different version of the system image.");
        return confirm.test("Overwrite the previous NVRAM configuration?[confirm]");
    }
}
