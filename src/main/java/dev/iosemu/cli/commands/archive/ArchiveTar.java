package dev.iosemu.cli.commands.archive;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.commands.copy.UrlFetch;
import dev.iosemu.device.Router;
import dev.iosemu.device.archive.ArchiveException;
import dev.iosemu.device.archive.ArchiveSource;
import dev.iosemu.device.archive.ExtractListener;
import dev.iosemu.device.archive.TarFiles;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.local.LocalFileSystem;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code archive tar /table SOURCE}, {@code archive tar /xtract SOURCE DIRECTORY} and {@code archive tar /create
 * DESTINATION DIRECTORY}, with a line per member as a Catalyst prints them.
 */
final class ArchiveTar {
    final Arg<String> source;
    final Arg<String> extractTo;
    final Arg<String> created;
    final Arg<String> archived;
    private final Router router;
    private final UrlFetch fetch;

    ArchiveTar(Router router, UrlFetch fetch) {
        this.router = router;
        this.fetch = fetch;
        this.source = Arg.url("source", () -> ArchiveCommands.prefixes(router), "Archive file");
        this.extractTo = Arg.file("directory", () -> ArchiveCommands.local(router), "Destination directory");
        this.created = Arg.file("destination", () -> ArchiveCommands.local(router), "Archive file to create");
        this.archived = Arg.file("directory", () -> ArchiveCommands.local(router), "Directory to archive");
    }

    void table(CommandContext ctx) {
        Optional<ArchiveSource> archive = ArchiveSources.open(ctx, ctx.get(source), router, fetch);
        if (archive.isEmpty()) {
            return;
        }
        run(ctx, () -> TarFiles.table(archive.get(), listing(ctx)));
    }

    void xtract(CommandContext ctx) {
        Optional<IosLocation.LocalPath> target = local(ctx, ctx.get(extractTo));
        if (target.isEmpty()) {
            return;
        }
        Optional<ArchiveSource> archive = ArchiveSources.open(ctx, ctx.get(source), router, fetch);
        if (archive.isEmpty()) {
            return;
        }
        LocalFileSystem fs = router.fileSystems().resolve(target.get());
        run(ctx, () -> TarFiles.extract(archive.get(), fs, target.get().path(), DownloadSw.extracting(ctx)));
    }

    void create(CommandContext ctx) {
        Optional<IosLocation.LocalPath> destination = local(ctx, ctx.get(created));
        Optional<IosLocation.LocalPath> directory = local(ctx, ctx.get(archived));
        if (destination.isEmpty() || directory.isEmpty()) {
            return;
        }
        LocalFileSystem from = router.fileSystems().resolve(directory.get());
        if (!from.isDirectory(directory.get().path())) {
            ctx.out()
                    .println("%Error opening " + directory.get().renderTyped() + " (" + FsErrors.NOT_A_DIRECTORY + ")");
            return;
        }
        LocalFileSystem to = router.fileSystems().resolve(destination.get());
        run(
                ctx,
                () -> TarFiles.create(
                        from, directory.get().path(), to, destination.get().path(), archiving(ctx)));
    }

    private Optional<IosLocation.LocalPath> local(CommandContext ctx, String typed) {
        try {
            if (router.fileSystems().parser().parse(typed) instanceof IosLocation.LocalPath path) {
                return Optional.of(path);
            }
        } catch (InvalidLocationException e) {
            // reported below
        }
        ctx.out().println("%Error opening " + typed + " (" + FsErrors.NOT_SUPPORTED + ")");
        return Optional.empty();
    }

    private static void run(CommandContext ctx, Work work) {
        try {
            work.run();
        } catch (ArchiveException e) {
            ctx.out().println("ERROR: " + e.getMessage());
        } catch (IOException e) {
            ctx.out().println("ERROR: " + FsErrors.reason(e));
        }
    }

    /** {@code /table}: {@code NAME (N bytes)}, {@code DIR/ (directory)}. */
    private static ExtractListener listing(CommandContext ctx) {
        return new ExtractListener() {
            @Override
            public void directory(String name) {
                ctx.out().println(name + " (directory)");
            }

            @Override
            public void file(String name, long size) {
                ctx.out().println(name + " (" + size + " bytes)");
            }
        };
    }

    /** {@code /create}: {@code archiving NAME (N bytes)}. */
    private static ExtractListener archiving(CommandContext ctx) {
        return new ExtractListener() {
            @Override
            public void directory(String name) {
                ctx.out().println("archiving " + name + " (directory)");
            }

            @Override
            public void file(String name, long size) {
                ctx.out().println("archiving " + name + " (" + size + " bytes)");
            }
        };
    }

    @FunctionalInterface
    private interface Work {
        void run() throws IOException, ArchiveException;
    }
}
