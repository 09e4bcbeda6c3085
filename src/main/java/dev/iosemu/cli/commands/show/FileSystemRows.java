package dev.iosemu.cli.commands.show;

import dev.iosemu.device.Family;
import java.util.List;

/**
 * The rows of {@code show file systems} that have no storage on the device (network and opaque file
 * systems), in the order each family prints them, with slots where the device's own file systems go.
 * Real rows from §4.4 of the IOS reference.
 *
 * @param prefix the prefix; a sized local file system of the device with this prefix replaces the row
 * @param type the Type column; empty for a slot, which prints nothing unless the device fills it
 * @param flags the Flags column
 */
record FileSystemRows(String prefix, String type, String flags) {
    private static final List<FileSystemRows> ISR_G2 = List.of(
            opaque("archive:"),
            opaque("system:"),
            opaque("tmpsys:"),
            opaque("null:"),
            network("tftp:"),
            slot("flash0:"),
            row("flash1:", "disk", "rw"),
            slot("nvram:"),
            row("syslog:", "opaque", "wo"),
            opaque("xmodem:"),
            opaque("ymodem:"),
            network("rcp:"),
            network("http:"),
            network("ftp:"),
            network("scp:"),
            row("tar:", "opaque", "ro"),
            network("https:"),
            row("cns:", "opaque", "ro"));

    private static final List<FileSystemRows> CATALYST = List.of(
            slot("flash:"),
            opaque("bs:"),
            opaque("vb:"),
            slot("nvram:"),
            network("tftp:"),
            opaque("null:"),
            opaque("system:"),
            opaque("tmpsys:"),
            row("xmodem:", "opaque", "ro"),
            row("ymodem:", "opaque", "ro"),
            network("rcp:"),
            network("http:"),
            network("ftp:"),
            network("scp:"),
            row("tar:", "opaque", "ro"),
            network("https:"),
            row("cns:", "opaque", "ro"));

    private static final List<FileSystemRows> IOS_XE = List.of(
            opaque("system:"),
            opaque("tmpsys:"),
            slot("bootflash:"),
            slot("webui:"),
            opaque("null:"),
            row("tar:", "opaque", "ro"),
            network("tftp:"),
            slot("nvram:"),
            row("syslog:", "opaque", "wo"),
            network("rcp:"),
            network("http:"),
            network("ftp:"),
            network("scp:"),
            network("sftp:"),
            network("https:"),
            row("cns:", "opaque", "ro"));

    static List<FileSystemRows> of(Family family) {
        return switch (family) {
            case ISR_G2 -> ISR_G2;
            case CATALYST -> CATALYST;
            case IOS_XE -> IOS_XE;
        };
    }

    boolean isSlot() {
        return type.isEmpty();
    }

    private static FileSystemRows row(String prefix, String type, String flags) {
        return new FileSystemRows(prefix, type, flags);
    }

    private static FileSystemRows opaque(String prefix) {
        return row(prefix, "opaque", "rw");
    }

    private static FileSystemRows network(String prefix) {
        return row(prefix, "network", "rw");
    }

    private static FileSystemRows slot(String prefix) {
        return row(prefix, "", "");
    }
}
