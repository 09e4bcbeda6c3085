package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import java.util.Locale;
import java.util.Optional;

/**
 * Completes local names with the prompts IOS asks: a source typed as a bare file system ({@code flash:})
 * with {@code Source filename []?}, and every local destination with {@code Destination filename}.
 */
final class LocalNames {
    private LocalNames() {}

    static Optional<IosLocation.LocalPath> completeSource(CopyRun run, IosLocation.LocalPath source)
            throws InvalidLocationException {
        if (!source.isRoot()) {
            return Optional.of(source);
        }
        String answer = run.ask("Source filename", "");
        if (!answer.isEmpty() && run.parseAnswer(answer, source) instanceof IosLocation.LocalPath path) {
            return Optional.of(path);
        }
        run.error(CopyErrorText.INVALID_FILENAME);
        return Optional.empty();
    }

    /**
     * Asks the destination name, offering the name in {@code destination} or, when that is a bare file
     * system, {@code sourceName}; an answer that is no local path is refused.
     */
    static Optional<IosLocation.LocalPath> completeDestination(
            CopyRun run, IosLocation.LocalPath destination, String sourceName) throws InvalidLocationException {
        String defaultName = destination.isRoot() ? sourceName : destination.fileName();
        IosLocation answer = run.parseAnswer(run.ask("Destination filename", defaultName), destination);
        if (answer instanceof IosLocation.LocalPath target) {
            return Optional.of(target);
        }
        run.error(CopyErrorText.line(CopyErrorText.Verb.OPENING, answer.render(), FsErrors.INVALID_ARGUMENT));
        return Optional.empty();
    }

    /** The name an upload offers: {@code <hostname>-confg} for configurations, else the file's name. */
    static String uploadName(CopyRun run, IosLocation.LocalPath source) {
        return ConfigFiles.isConfig(source)
                ? run.device().hostname().toLowerCase(Locale.ROOT) + "-confg"
                : source.fileName();
    }
}
