package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.fs.local.LocalFileSystem;
import java.io.IOException;

/**
 * Wiping a whole flash file system: {@code format flash:} as an ISR G2 prints it, {@code erase flash:} as
 * a Catalyst 2960 prints it. Both ask for confirmation; {@code /force} is not accepted, as on IOS.
 */
final class FormatCommand {
    private static final int SECTOR = 512;

    private final LocalFileSystem flash;

    FormatCommand(LocalFileSystem flash) {
        this.flash = flash;
    }

    /** ISR G2: two confirmations, Monlib and sector lines, {@code Format of flash0: complete} and a blank line. */
    void format(CommandContext ctx, String typed) throws CommandException {
        if (!ctx.confirm("Format operation may take a while. Continue? [confirm]")) {
            return;
        }
        if (!ctx.confirm("Format operation will destroy all data in \"" + typed + "\".  Continue? [confirm]")) {
            return;
        }
        eraseAll(FileAction.FORMATTING);
        long sectors = flash.totalBytes() / SECTOR;
        ctx.out().println("Writing Monlib sectors.....");
        ctx.out().println("Monlib write complete");
        ctx.out().println();
        ctx.out().println("Format: All system sectors written. OK...");
        ctx.out().println();
        ctx.out().println("Format: Total sectors in formatted partition: " + sectors);
        ctx.out().println("Format: Total bytes in formatted partition: " + sectors * SECTOR);
        ctx.out().println("Format: Operation completed successfully.");
        ctx.out().println();
        ctx.out().println("Format of " + flash.prefix() + " complete");
        ctx.out().println();
    }

    /** IOS-XE: the same two confirmations, then the Linux formatter's one line. */
    void formatXe(CommandContext ctx, String typed) throws CommandException {
        if (!ctx.confirm("Format operation may take a while. Continue? [confirm]")) {
            return;
        }
        if (!ctx.confirm("Format operation will destroy all data in \"" + typed + "\".  Continue? [confirm]")) {
            return;
        }
        eraseAll(FileAction.FORMATTING);
        ctx.out().println("format completed with no errors");
        ctx.out().println();
        ctx.out().println("Format of " + flash.prefix() + " complete");
    }

    /** Catalyst: one confirmation, the flashfs check lines, {@code Erase of flash: complete}. */
    void erase(CommandContext ctx, String typed) throws CommandException {
        if (!ctx.confirm("Erasing the flash filesystem will remove all files! Continue? [confirm]")) {
            return;
        }
        eraseAll(FileAction.ERASING);
        String fs = "flashfs[2]: ";
        ctx.out().println(fs + "0 files, 1 directories");
        ctx.out().println(fs + "0 orphaned files, 0 orphaned directories");
        ctx.out().println(fs + "Total bytes: " + flash.totalBytes());
        ctx.out().println(fs + "Bytes used: " + flash.usedBytes());
        ctx.out().println(fs + "Bytes available: " + flash.freeBytes());
        ctx.out().println(fs + "flashfs fsck took 1 seconds.");
        ctx.out().println("Erase of " + flash.prefix() + " complete");
    }

    private void eraseAll(FileAction action) throws CommandException {
        try {
            flash.eraseAll();
        } catch (IOException e) {
            throw FileErrorText.failure(action, flash.prefix(), e);
        }
    }
}
