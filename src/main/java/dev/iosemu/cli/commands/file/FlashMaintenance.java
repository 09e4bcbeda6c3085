package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.Flag;
import dev.iosemu.cli.UrlPrefix;
import dev.iosemu.device.Router;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.local.FileEntry;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.StagingSet;
import dev.iosemu.image.ImageFamily;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Flash maintenance: {@code erase /all nvram:} (every file of nvram, not only the configuration), {@code
 * fsck} where the file system has one (a 1941's FAT disk, a 2960's flashfs), and {@code squeeze}, which the
 * shipped devices' file systems do not need: they free a deleted file's space at once, so IOS refuses it.
 */
final class FlashMaintenance {
    private final Router router;

    private FlashMaintenance(Router router) {
        this.router = router;
    }

    private static final Flag NO_LOG = Flag.of("/nolog", "Disable squeeze log (squeeze is not interruptible)");

    static void register(CommandNode exec, Router router, Supplier<List<UrlPrefix>> prefixes) {
        Arg<String> checked = Arg.url("filesystem", prefixes, "Filesystem to be checked");
        Arg<String> squeezed = Arg.url("filesystem", prefixes, "Filesystem to be squeezed");
        FlashMaintenance maintenance = new FlashMaintenance(router);
        exec.keyword("erase", "Erase a filesystem")
                .keyword("/all", "Erase all files(in NVRAM)")
                .keyword("nvram:", "NVRAM filesystem")
                .executes(maintenance::eraseAllNvram);
        if (router.platform().train() != ImageFamily.CLASSIC_IOS) {
            return;
        }
        exec.keyword("fsck", "Fsck a filesystem")
                .argument(checked)
                .executes(ctx -> maintenance.fsck(ctx, ctx.get(checked)));
        exec.keyword("squeeze", "Squeeze a filesystem")
                .option(NO_LOG)
                .argument(squeezed)
                .executes(ctx -> maintenance.squeeze(ctx.get(squeezed)));
    }

    /** Every visible file of nvram goes, in one step; the device's own hidden state stays. */
    private void eraseAllNvram(CommandContext ctx) throws CommandException {
        if (!ctx.confirm("Erasing the nvram filesystem will remove all files! Continue? [confirm]")) {
            return;
        }
        LocalFileSystem nvram = router.fileSystems().find("nvram:").orElseThrow();
        try (StagingSet set = nvram.openStagingSet()) {
            for (FileEntry entry : nvram.list("/")) {
                if (!nvram.isVirtual(entry.path())) {
                    set.removeAtCommit(entry.path());
                }
            }
            set.commit();
            router.eraseStartupConfig(); // where NVRAM is simulated in flash, its files are there
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.ERASING, "nvram:", e);
        }
        ctx.out().println("[OK]");
        ctx.out().println("Erase of nvram: complete");
    }

    /** A FAT disk's check (ISR G2), or flashfs's summary (2960); nothing here is ever damaged. */
    private void fsck(CommandContext ctx, String typed) throws CommandException {
        LocalFileSystem fs = fileSystem(typed, FileAction.CHECKING);
        List<FileEntry> entries = walk(fs);
        long files = entries.stream().filter(e -> !e.directory()).count();
        long directories = entries.size() - files + 1;
        if (fs.spec().type() == FileSystemType.FLASH) {
            String tag = "flashfs[2]: ";
            ctx.out().println(tag + files + " files, " + directories + " directories");
            ctx.out().println(tag + "0 orphaned files, 0 orphaned directories");
            ctx.out().println(tag + "Total bytes: " + fs.totalBytes());
            ctx.out().println(tag + "Bytes used: " + fs.usedBytes());
            ctx.out().println(tag + "Bytes available: " + fs.freeBytes());
            ctx.out().println(tag + "flashfs fsck took 1 seconds.");
            return;
        }
        if (!ctx.confirm("Fsck operation may take a while. Continue? [confirm]")) {
            return;
        }
        ctx.out().println("Checking the boot sector and partition table...");
        ctx.out().println("Checking FAT, Files and Directories...");
        ctx.out().println("Files      : " + files);
        ctx.out().println("Directories: " + directories);
        ctx.out().println("Start cluster of free list: 2, no errors found.");
        ctx.out().println("Fsck of " + fs.prefix() + " complete");
    }

    private void squeeze(String typed) throws CommandException {
        LocalFileSystem fs = fileSystem(typed, FileAction.SQUEEZING);
        throw FileErrorText.failure(FileAction.SQUEEZING, fs.prefix(), FsErrors.NOT_SUPPORTED);
    }

    private LocalFileSystem fileSystem(String typed, FileAction action) throws CommandException {
        String prefix = typed.substring(0, typed.indexOf(':') + 1);
        return router.fileSystems()
                .find(prefix)
                .filter(fs -> typed.endsWith(":"))
                .orElseThrow(() -> FileErrorText.failure(action, typed, FsErrors.NOT_SUPPORTED));
    }

    private static List<FileEntry> walk(LocalFileSystem fs) throws CommandException {
        try {
            return fs.walk();
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.CHECKING, fs.prefix(), e);
        }
    }
}
