package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.device.Router;
import java.io.IOException;

/** {@code mkdir PATH} and {@code rmdir PATH} with their IOS questions and confirmations. */
final class DirectoryCommands {
    final Arg<String> path;
    private final Router router;

    DirectoryCommands(Router router) {
        this.router = router;
        this.path = FileArguments.localFile("path", router.fileSystems(), "Directory name");
    }

    void mkdir(CommandContext ctx) throws CommandException {
        PromptPolicy prompts = PromptPolicy.of(router, ctx);
        LocalTarget target = askTarget(ctx, prompts, "Create directory filename", FileAction.CREATING_DIRECTORY);
        try {
            target.fileSystem().mkdir(target.path());
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.CREATING_DIRECTORY, target.render(), e);
        }
        ctx.out().println("Created dir " + target.render());
    }

    void rmdir(CommandContext ctx) throws CommandException {
        PromptPolicy prompts = PromptPolicy.of(router, ctx);
        LocalTarget target = askTarget(ctx, prompts, "Remove directory filename", FileAction.REMOVING_DIRECTORY);
        if (!prompts.confirm(ctx, "Delete " + target.render() + "[confirm]")) {
            return;
        }
        try {
            target.fileSystem().rmdir(target.path());
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.REMOVING_DIRECTORY, target.render(), e);
        }
        ctx.out().println("Removed dir " + target.render());
    }

    private LocalTarget askTarget(CommandContext ctx, PromptPolicy prompts, String question, FileAction action)
            throws CommandException {
        LocalTarget typed = LocalTarget.resolve(router.fileSystems(), ctx.get(path), action);
        String name = prompts.askName(ctx, question, typed.relativeName());
        return name.equals(typed.relativeName()) ? typed : typed.resolveAnswer(router.fileSystems(), name, action);
    }
}
