package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import java.util.Locale;
import java.util.Optional;

/** Completes a local source typed as a bare file system ({@code flash:}) with {@code Source filename []?}. */
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

    /** The name an upload offers: {@code <hostname>-confg} for configurations, else the file's name. */
    static String uploadName(CopyRun run, IosLocation.LocalPath source) {
        return ConfigFiles.isConfig(source)
                ? run.device().hostname().toLowerCase(Locale.ROOT) + "-confg"
                : source.fileName();
    }
}
