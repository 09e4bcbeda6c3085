package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.CommandException;
import dev.iosemu.fs.FsErrors;
import java.io.IOException;

/**
 * The one place the EXEC commands turn a file failure into IOS text:
 * {@code %Error opening flash0:/x (No such file or directory)}. The reason in parentheses comes from
 * {@link FsErrors}, which owns those strings.
 */
public final class FileErrorText {
    private FileErrorText() {}

    /** The error line for {@code failure} while doing {@code action} on {@code location}. */
    public static String of(FileAction action, String location, IOException failure) {
        return of(action, location, FsErrors.reason(failure));
    }

    /** The error line with an explicit reason (one of the {@link FsErrors} constants, or a few words). */
    public static String of(FileAction action, String location, String reason) {
        return "%Error " + action.verb() + " " + location + " (" + reason + ")";
    }

    /** A command failure that prints {@link #of(FileAction, String, IOException)}. */
    public static CommandException failure(FileAction action, String location, IOException failure) {
        return new CommandException(of(action, location, failure), failure);
    }

    /** A command failure that prints {@link #of(FileAction, String, String)}. */
    public static CommandException failure(FileAction action, String location, String reason) {
        return new CommandException(of(action, location, reason));
    }
}
