package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.device.Router;
import dev.iosemu.fs.FsErrors;
import java.io.IOException;

/** {@code rename SRC DST}: asks {@code Destination filename [DST]?} and renames within one file system. */
final class RenameCommand {
    final Arg<String> sourceArg;
    final Arg<String> destinationArg;
    private final Router router;

    RenameCommand(Router router) {
        this.router = router;
        this.sourceArg = FileArguments.localFile("source", router.fileSystems(), "Source file");
        this.destinationArg = FileArguments.localFile("destination", router.fileSystems(), "Destination file");
    }

    void execute(CommandContext ctx) throws CommandException {
        PromptPolicy prompts = PromptPolicy.of(router, ctx);
        LocalTarget source = LocalTarget.resolve(router.fileSystems(), ctx.get(sourceArg), FileAction.RENAMING);
        LocalTarget typed = LocalTarget.resolve(router.fileSystems(), ctx.get(destinationArg), FileAction.RENAMING);
        String name = prompts.askName(ctx, "Destination filename", typed.relativeName());
        LocalTarget destination = name.equals(typed.relativeName())
                ? typed
                : typed.resolveAnswer(router.fileSystems(), name, FileAction.RENAMING);
        if (!source.exists()) {
            throw FileErrorText.failure(FileAction.RENAMING, source.render(), FsErrors.NO_SUCH_FILE);
        }
        if (source.fileSystem() != destination.fileSystem()) {
            throw FileErrorText.failure(FileAction.RENAMING, source.render(), FsErrors.NOT_SUPPORTED);
        }
        try {
            source.fileSystem().rename(source.path(), destination.path(), false);
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.RENAMING, source.render(), e);
        }
    }
}
