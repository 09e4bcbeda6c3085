package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.CommandException;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.LocalFileSystem;
import java.util.Objects;

/**
 * A path typed in an EXEC command, resolved to one of the device's local file systems.
 *
 * @param fileSystem where the path lives
 * @param location the parsed path; {@link IosLocation.LocalPath#render()} is how IOS prints it
 *     ({@code flash0:/x} even when {@code flash:x} was typed)
 */
public record LocalTarget(LocalFileSystem fileSystem, IosLocation.LocalPath location) {
    public LocalTarget {
        Objects.requireNonNull(fileSystem, "fileSystem");
        Objects.requireNonNull(location, "location");
    }

    /**
     * Resolves {@code text} ({@code flash:x}, {@code x}, {@code nvram:startup-config}); a name without a
     * prefix is on the default file system. A network location fails with the error line of {@code action}.
     */
    public static LocalTarget resolve(DeviceFileSystems fileSystems, String text, FileAction action)
            throws CommandException {
        try {
            return of(fileSystems, fileSystems.parser().parse(text), text, action);
        } catch (InvalidLocationException e) {
            throw FileErrorText.failure(action, text, FsErrors.NOT_SUPPORTED);
        }
    }

    /** Resolves an answer to a filename question: a bare name stays on this target's file system root. */
    public LocalTarget resolveAnswer(DeviceFileSystems fileSystems, String answer, FileAction action)
            throws CommandException {
        try {
            IosLocation parsed = fileSystems.parser().parse(answer, location.withPath("/"));
            return of(fileSystems, parsed, answer, action);
        } catch (InvalidLocationException e) {
            throw FileErrorText.failure(action, answer, FsErrors.NOT_SUPPORTED);
        }
    }

    private static LocalTarget of(DeviceFileSystems fileSystems, IosLocation parsed, String text, FileAction action)
            throws CommandException {
        if (hasDotSegment(text)) {
            throw FileErrorText.failure(action, text, FsErrors.INVALID_ARGUMENT);
        }
        if (parsed instanceof IosLocation.LocalPath local) {
            return new LocalTarget(fileSystems.resolve(local), local);
        }
        throw FileErrorText.failure(action, text, FsErrors.NOT_SUPPORTED);
    }

    /**
     * Whether the path part of {@code text} names {@code .} or {@code ..}: IOS file commands take no such
     * names, and resolved they would reach the parent or the root ({@code delete /recursive flash:d1/..}).
     */
    private static boolean hasDotSegment(String text) {
        String path = text.substring(text.indexOf(':') + 1);
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The absolute path within the file system ({@code /dir/file}). */
    public String path() {
        return location.path();
    }

    /** How IOS prints this path: {@code flash0:/dir/file}, {@code nvram:startup-config}. */
    public String render() {
        return location.render();
    }

    /** The path without its leading slash ({@code dir/file}), the default of filename questions. */
    public String relativeName() {
        return location.path().substring(1);
    }

    public boolean exists() {
        return fileSystem.exists(path());
    }

    public boolean isDirectory() {
        return fileSystem.isDirectory(path());
    }
}
