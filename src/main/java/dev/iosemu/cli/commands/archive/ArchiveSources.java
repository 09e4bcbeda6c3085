package dev.iosemu.cli.commands.archive;

import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.commands.copy.UrlFetch;
import dev.iosemu.device.Router;
import dev.iosemu.device.archive.ArchiveSource;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.local.LocalFileSystem;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** Where an archive comes from: a network URL, fetched whole, or a file on a local file system. */
final class ArchiveSources {
    private ArchiveSources() {}

    /** The archive {@code typed} names; empty after printing why there is none. */
    static Optional<ArchiveSource> open(CommandContext ctx, String typed, Router router, UrlFetch fetch) {
        if (fetch.isNetwork(typed)) {
            return fetch.fetch(ctx, typed).map(ArchiveSource::of);
        }
        try {
            if (router.fileSystems().parser().parse(typed) instanceof IosLocation.LocalPath local) {
                LocalFileSystem fs = router.fileSystems().resolve(local);
                if (!fs.exists(local.path()) || fs.isDirectory(local.path())) {
                    ctx.out().println("%Error opening " + local.renderTyped() + " (" + FsErrors.NO_SUCH_FILE + ")");
                    return Optional.empty();
                }
                return Optional.of(() -> FileChannel.open(fs.readablePath(local.path()), StandardOpenOption.READ));
            }
        } catch (InvalidLocationException e) {
            // reported below
        }
        ctx.out().println("%Error opening " + typed + " (" + FsErrors.NOT_SUPPORTED + ")");
        return Optional.empty();
    }
}
