package dev.iosemu.cli.commands.show;

import dev.iosemu.device.Family;
import java.util.List;

/**
 * The rows of {@code show file systems} that have no storage on the device (network and opaque file
 * systems), in the order each family prints them, with placeholders where the device's own file systems
 * go. Real rows from §4.4 of the IOS reference.
 *
 * @param prefix the prefix; a local file system of the device with this prefix replaces the row
 * @param type the Type column
 * @param flags the Flags column
 */
record FileSystemRows(String prefix, String type, String flags) {

    static List<FileSystemRows> of(Family family) {
        return switch (family) {
            case ISR_G2 ->
                List.of(
                        opaque("archive:"),
                        opaque("system:"),
                        opaque("tmpsys:"),
                        opaque("null:"),
                        network("tftp:"),
                        local("flash0:"),
                        new FileSystemRows("flash1:", "disk", "rw"),
                        local("nvram:"),
                        new FileSystemRows("syslog:", "opaque", "wo"),
                        opaque("xmodem:"),
                        opaque("ymodem:"),
                        network("rcp:"),
                        network("http:"),
                        network("ftp:"),
                        network("scp:"),
                        new FileSystemRows("tar:", "opaque", "ro"),
                        network("https:"),
                        new FileSystemRows("cns:", "opaque", "ro"));
            case CATALYST ->
                List.of(
                        local("flash:"),
                        opaque("bs:"),
                        opaque("vb:"),
                        local("nvram:"),
                        network("tftp:"),
                        opaque("null:"),
                        opaque("system:"),
                        opaque("tmpsys:"),
                        new FileSystemRows("xmodem:", "opaque", "ro"),
                        new FileSystemRows("ymodem:", "opaque", "ro"),
                        network("rcp:"),
                        network("http:"),
                        network("ftp:"),
                        network("scp:"),
                        new FileSystemRows("tar:", "opaque", "ro"),
                        network("https:"),
                        new FileSystemRows("cns:", "opaque", "ro"));
            case IOS_XE ->
                List.of(
                        opaque("system:"),
                        opaque("tmpsys:"),
                        local("bootflash:"),
                        local("webui:"),
                        opaque("null:"),
                        new FileSystemRows("tar:", "opaque", "ro"),
                        network("tftp:"),
                        local("nvram:"),
                        new FileSystemRows("syslog:", "opaque", "wo"),
                        network("rcp:"),
                        network("http:"),
                        network("ftp:"),
                        network("scp:"),
                        network("sftp:"),
                        network("https:"),
                        new FileSystemRows("cns:", "opaque", "ro"));
        };
    }

    private static FileSystemRows opaque(String prefix) {
        return new FileSystemRows(prefix, "opaque", "rw");
    }

    private static FileSystemRows network(String prefix) {
        return new FileSystemRows(prefix, "network", "rw");
    }

    /** A slot for a device file system; shown only if the device has it. */
    private static FileSystemRows local(String prefix) {
        return new FileSystemRows(prefix, "", "");
    }

    boolean isSlot() {
        return type.isEmpty();
    }
}
