package dev.iosemu.cli.commands.show;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.Flag;
import dev.iosemu.cli.commands.file.FileAction;
import dev.iosemu.cli.commands.file.FileArguments;
import dev.iosemu.cli.commands.file.FileErrorText;
import dev.iosemu.cli.commands.file.LocalTarget;
import dev.iosemu.device.Router;
import dev.iosemu.fs.local.FileEntry;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.profile.Role;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;

/** {@code dir [PATH]} and {@code show flash:}, reading the device's file systems at the time of the command. */
final class ListingCommands {
    /** {@code dir /all}: the shipped file systems hide no deleted files, so it lists what {@code dir} lists. */
    static final Flag ALL = Flag.of("/all", "List all files");

    final Arg<String> path;
    private final Router router;

    ListingCommands(Router router) {
        this.router = router;
        this.path = FileArguments.localFile("path", router.fileSystems(), "Directory or file name");
    }

    void dir(CommandContext ctx) throws CommandException {
        String typed = ctx.optional(path)
                .orElse(router.fileSystems().defaultFileSystem().prefix());
        LocalTarget target = LocalTarget.resolve(router.fileSystems(), typed, FileAction.OPENING);
        printLines(ctx, directory(target));
    }

    /** {@code show flash:}: the directory layout on a switch, the summary layout on routers. */
    void showFlash(CommandContext ctx, LocalFileSystem fs) throws CommandException {
        ZoneId zone = router.clock().getZone();
        if (router.platform().role() == Role.SWITCH) {
            LocalTarget root = LocalTarget.resolve(router.fileSystems(), fs.prefix(), FileAction.OPENING);
            printLines(ctx, directory(root));
            return;
        }
        try {
            printLines(ctx, FlashSummary.render(router.platform().train(), fs, fs.walk(), zone));
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.OPENING, fs.prefix(), e);
        }
    }

    private List<String> directory(LocalTarget target) throws CommandException {
        LocalFileSystem fs = target.fileSystem();
        String title = target.location().isRoot() ? fs.prefix() + "/" : target.render();
        try {
            List<FileEntry> entries = target.isDirectory() ? fs.list(target.path()) : List.of(fs.entry(target.path()));
            return DirectoryListing.render(
                    router.platform().train(),
                    title,
                    entries,
                    fs.totalBytes(),
                    fs.freeBytes(),
                    router.clock().getZone());
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.OPENING, target.render(), e);
        }
    }

    static void printLines(CommandContext ctx, List<String> lines) {
        for (String line : lines) {
            if (ctx.out().stopped()) {
                return;
            }
            ctx.out().println(line);
        }
    }
}
