package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.device.Router;
import java.io.IOException;

/**
 * {@code more FILE}: prints a text file through the pager, then a blank line. Binary files (an image) are
 * refused with an error rather than flooding the console with bytes.
 */
final class MoreCommand {
    static final String BINARY = "Not a text file";

    final Arg<String> path;
    private final Router router;

    MoreCommand(Router router) {
        this.router = router;
        this.path = FileArguments.localFile("path", router.fileSystems(), "File to display");
    }

    void execute(CommandContext ctx) throws CommandException {
        LocalTarget target = LocalTarget.resolve(router.fileSystems(), ctx.get(path), FileAction.OPENING);
        String text;
        try {
            text = target.fileSystem().readText(target.path());
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.OPENING, target.render(), e);
        }
        if (text.indexOf('\0') >= 0) {
            throw FileErrorText.failure(FileAction.OPENING, target.render(), BINARY);
        }
        ctx.out().print(text.endsWith("\n") || text.isEmpty() ? text : text + "\n");
        ctx.out().println();
    }
}
