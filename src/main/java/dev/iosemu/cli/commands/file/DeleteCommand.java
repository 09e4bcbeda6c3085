package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.Flag;
import dev.iosemu.device.Router;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.IosLocation.LocalPath;
import dev.iosemu.fs.local.FileEntry;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystem;
import java.io.IOException;

/**
 * {@code delete [/force] [/recursive] PATH}: asks for the file name and a confirmation (unless
 * {@code /force} or {@code file prompt quiet}); directories need {@code /recursive}, which then asks to
 * examine each directory and to delete each file.
 */
final class DeleteCommand {
    static final Flag RECURSIVE = Flag.of("/recursive", "Delete recursively");

    final Arg<String> path;
    private final Router router;

    DeleteCommand(Router router) {
        this.router = router;
        this.path = FileArguments.localFile("path", router.fileSystems(), "File to be deleted");
    }

    void execute(CommandContext ctx) throws CommandException {
        PromptPolicy prompts = PromptPolicy.of(router, ctx);
        LocalTarget typed = LocalTarget.resolve(router.fileSystems(), ctx.get(path), FileAction.DELETING);
        String name = prompts.askName(ctx, "Delete filename", typed.relativeName());
        LocalTarget target = name.equals(typed.relativeName())
                ? typed
                : typed.resolveAnswer(router.fileSystems(), name, FileAction.DELETING);
        if (!target.exists()) {
            throw FileErrorText.failure(FileAction.DELETING, target.render(), FsErrors.NO_SUCH_FILE);
        }
        if (!target.isDirectory()) {
            deleteFile(ctx, prompts, target.fileSystem(), target.location());
            if (!prompts.quiet() && target.fileSystem().spec().type() == FileSystemType.FLASH) {
                ctx.out().println(); // a Catalyst's flashfs ends a confirmed delete with an empty line (a real 2960)
            }
        } else if (ctx.has(RECURSIVE)) {
            deleteTree(ctx, prompts, target.fileSystem(), target.location());
        } else {
            throw FileErrorText.failure(FileAction.DELETING, target.render(), FsErrors.IS_A_DIRECTORY);
        }
    }

    private static void deleteFile(CommandContext ctx, PromptPolicy prompts, LocalFileSystem fs, LocalPath file)
            throws CommandException {
        if (!prompts.confirm(ctx, "Delete " + file.render() + "? [confirm]")) {
            return;
        }
        try {
            fs.delete(file.path());
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.DELETING, file.render(), e);
        }
    }

    /** Depth first: each directory is examined, each file confirmed; emptied directories go too. */
    private static void deleteTree(CommandContext ctx, PromptPolicy prompts, LocalFileSystem fs, LocalPath dir)
            throws CommandException {
        if (!prompts.confirm(ctx, "Examine files in directory " + dir.render() + "? [confirm]")) {
            return;
        }
        try {
            for (FileEntry entry : fs.list(dir.path())) {
                LocalPath child = dir.resolve(entry.name());
                if (entry.directory()) {
                    deleteTree(ctx, prompts, fs, child);
                } else {
                    deleteFile(ctx, prompts, fs, child);
                }
            }
            if (!dir.isRoot() && fs.list(dir.path()).isEmpty()) {
                fs.rmdir(dir.path());
            }
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.DELETING, dir.render(), e);
        }
    }
}
