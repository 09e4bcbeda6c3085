package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.Arg;
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
import java.util.function.Supplier;

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
                .option(PromptPolicy.FORCE)
                .option(DeleteCommand.RECURSIVE)
                .argument(delete.path)
                .executes(delete::execute);
        RenameCommand rename = new RenameCommand(router);
        exec.keyword("rename", "Rename a file")
                .argument(rename.sourceArg)
                .argument(rename.destinationArg)
                .executes(rename::execute);
        DirectoryCommands directories = new DirectoryCommands(router);
        exec.keyword("mkdir", "Create new directory").argument(directories.path).executes(directories::mkdir);
        exec.keyword("rmdir", "Remove existing directory")
                .argument(directories.path)
                .executes(directories::rmdir);
        MoreCommand more = new MoreCommand(router);
        exec.keyword("more", "Display the contents of a file")
                .argument(more.path)
                .executes(more::execute);
        registerVerify(exec, router);
        registerWipe(exec, router);
    }

    private static void registerVerify(CommandNode exec, Router router) {
        VerifyCommand verify = new VerifyCommand(router);
        exec.keyword("verify", "Verify a file")
                .option(VerifyCommand.MD5)
                .argument(verify.path)
                .executes(verify::execute)
                .argument(VerifyCommand.HASH)
                .executes(verify::execute);
    }

    /**
     * Classic IOS formats a disk ({@code format flash0:} on an ISR G2) and erases a flash file system
     * ({@code erase flash:} on a Catalyst 2960); IOS-XE formats its bootflash. Then the maintenance commands
     * of {@link FlashMaintenance}.
     */
    private static void registerWipe(CommandNode exec, Router router) {
        LocalFileSystem flash = router.fileSystems().defaultFileSystem();
        FormatCommand command = new FormatCommand(flash);
        Supplier<List<UrlPrefix>> prefixes = () -> prefixesOf(flash, "Filesystem to be wiped");
        FlashMaintenance.register(exec, router, prefixes);
        if (router.platform().train() != ImageFamily.CLASSIC_IOS) {
            Arg<String> filesystem = Arg.url("filesystem", prefixes, "Filesystem to be formatted");
            exec.keyword("format", "Format a filesystem")
                    .argument(filesystem)
                    .executes(ctx -> wholeFileSystem(ctx, ctx.get(filesystem), command::formatXe));
            return;
        }
        if (flash.spec().type() == FileSystemType.DISK) {
            Arg<String> filesystem = Arg.url("filesystem", prefixes, "Filesystem to be formatted");
            exec.keyword("format", "Format a filesystem")
                    .argument(filesystem)
                    .executes(ctx -> wholeFileSystem(ctx, ctx.get(filesystem), command::format));
        } else if (flash.spec().type() == FileSystemType.FLASH) {
            Arg<String> filesystem = Arg.url("filesystem", prefixes, "Filesystem to be erased");
            exec.keyword("erase", "Erase a filesystem")
                    .argument(filesystem)
                    .executes(ctx -> wholeFileSystem(ctx, ctx.get(filesystem), command::erase));
        }
    }

    private static void wholeFileSystem(CommandContext ctx, String typed, Wipe wipe) throws CommandException {
        if (!typed.endsWith(":")) {
            throw FileErrorText.failure(FileAction.FORMATTING, typed, FsErrors.NOT_SUPPORTED);
        }
        wipe.run(ctx, typed);
    }

    private static List<UrlPrefix> prefixesOf(LocalFileSystem fs, String description) {
        List<UrlPrefix> prefixes = new ArrayList<>();
        prefixes.add(new UrlPrefix(fs.prefix(), description));
        fs.spec().aliases().forEach(alias -> prefixes.add(new UrlPrefix(alias, description)));
        return prefixes;
    }

    @FunctionalInterface
    private interface Wipe {
        void run(CommandContext ctx, String typed) throws CommandException;
    }
}
