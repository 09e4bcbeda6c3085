package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.ArgType;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.UrlPrefix;
import dev.iosemu.device.Router;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.image.ImageFamily;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers the privileged EXEC file commands of one device: {@code delete}, {@code rename},
 * {@code mkdir}, {@code rmdir}, {@code more}, {@code verify}, and {@code format flash:} (ISR G2) or
 * {@code erase flash:} (Catalyst).
 */
public final class FileCommands {
    private FileCommands() {}

    /** Adds the file commands for {@code router} to the EXEC tree of {@code registry}. */
    public static void register(CommandRegistry registry, Router router) {
        CommandNode exec = registry.root(Mode.PRIVILEGED_EXEC);
        DeleteCommand delete = new DeleteCommand(router);
        exec.keyword("delete", "Delete a file")
                .option("/force", "Force delete")
                .option("/recursive", "Delete recursively")
                .argument("path", file(router, "File to be deleted"), "File to be deleted")
                .executes(delete::execute);
        CommandNode rename =
                exec.keyword("rename", "Rename a file").argument("source", file(router, "Source file"), "Source file");
        rename.argument("destination", file(router, "Destination file"), "Destination file")
                .executes(new RenameCommand(router)::execute);
        DirectoryCommands directories = new DirectoryCommands(router);
        exec.keyword("mkdir", "Create new directory")
                .argument("path", file(router, "Directory name"), "Directory name")
                .executes(directories::mkdir);
        exec.keyword("rmdir", "Remove existing directory")
                .argument("path", file(router, "Directory name"), "Directory name")
                .executes(directories::rmdir);
        exec.keyword("more", "Display the contents of a file")
                .argument("path", file(router, "File to display"), "File to display")
                .executes(new MoreCommand(router)::execute);
        registerVerify(exec, router);
        registerWipe(exec, router);
    }

    private static void registerVerify(CommandNode exec, Router router) {
        VerifyCommand verify = new VerifyCommand(router);
        exec.keyword("verify", "Verify a file")
                .option("/md5", "Compute an MD5 signature for a file")
                .argument("path", file(router, "File to verify"), "File to verify")
                .executes(verify::execute)
                .argument("hash", ArgType.word("WORD"), "Expected MD5 signature")
                .executes(verify::execute);
    }

    /**
     * Classic IOS formats a disk ({@code format flash0:} on an ISR G2) and erases a flash file system
     * ({@code erase flash:} on a Catalyst 2960). IOS-XE's wipe is not modelled, so it offers neither.
     */
    private static void registerWipe(CommandNode exec, Router router) {
        if (router.platform().train() != ImageFamily.CLASSIC_IOS) {
            return;
        }
        LocalFileSystem flash = router.fileSystems().defaultFileSystem();
        FormatCommand command = new FormatCommand(flash);
        ArgType filesystem = ArgType.url(() -> prefixesOf(flash, "Filesystem to be wiped"));
        if (flash.spec().type() == FileSystemType.DISK) {
            exec.keyword("format", "Format a filesystem")
                    .argument("filesystem", filesystem, "Filesystem to be formatted")
                    .executes(ctx -> wholeFileSystem(ctx, command::format));
        } else if (flash.spec().type() == FileSystemType.FLASH) {
            exec.keyword("erase", "Erase a filesystem")
                    .argument("filesystem", filesystem, "Filesystem to be erased")
                    .executes(ctx -> wholeFileSystem(ctx, command::erase));
        }
    }

    private static void wholeFileSystem(CommandContext ctx, Wipe wipe) throws CommandException {
        String typed = ctx.string("filesystem");
        if (!typed.endsWith(":")) {
            throw FileErrorText.failure(FileAction.FORMATTING, typed, FsErrors.NOT_SUPPORTED);
        }
        wipe.run(ctx);
    }

    private static List<UrlPrefix> prefixesOf(LocalFileSystem fs, String description) {
        List<UrlPrefix> prefixes = new ArrayList<>();
        prefixes.add(new UrlPrefix(fs.prefix(), description));
        fs.spec().aliases().forEach(alias -> prefixes.add(new UrlPrefix(alias, description)));
        return prefixes;
    }

    private static ArgType file(Router router, String description) {
        return FileArguments.localFile(router.fileSystems(), description);
    }

    @FunctionalInterface
    private interface Wipe {
        void run(CommandContext ctx) throws CommandException;
    }
}
