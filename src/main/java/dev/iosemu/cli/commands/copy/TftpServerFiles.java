package dev.iosemu.cli.commands.copy;

import dev.iosemu.device.Router;
import dev.iosemu.device.config.TftpServerEntry;
import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.local.DeviceFileSystems;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the {@code tftp-server flash:FILE [alias NAME]} entries of the running config into the name
 * table {@link dev.iosemu.fs.remote.DeviceTftpServer#serve} takes: an entry with an alias is served
 * under the alias only; one without under its file name and under the path as typed
 * ({@code flash:FILE}). Entries naming no local file are skipped (a request for them is not found).
 */
public final class TftpServerFiles {
    private TftpServerFiles() {}

    /** The files {@code router} serves now. */
    public static Map<String, Path> of(Router router) {
        return of(router.runningConfig().files().tftpServers(), router.fileSystems());
    }

    static Map<String, Path> of(List<TftpServerEntry> entries, DeviceFileSystems fileSystems) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (TftpServerEntry entry : entries) {
            IosLocation location;
            try {
                location = fileSystems.parser().parse(entry.path());
            } catch (InvalidLocationException e) {
                continue;
            }
            if (location instanceof IosLocation.LocalPath local && !local.isRoot()) {
                Path file = fileSystems.resolve(local).readablePath(local.path());
                if (entry.alias().isPresent()) {
                    files.put(entry.alias().get(), file);
                } else {
                    files.put(local.fileName(), file);
                    files.put(entry.path(), file);
                }
            }
        }
        return files;
    }
}
