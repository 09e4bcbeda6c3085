package dev.iosemu.fs.remote;

import dev.iosemu.net.tftp.AliasFileStore;
import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpFileStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The files a device serves by TFTP, replaceable while the server runs as the configuration changes.
 * Thread-safe: the current set is one immutable store behind a volatile field, written by the
 * configuring thread and read by each transfer's thread.
 */
final class ServedFiles implements TftpFileStore {
    private volatile AliasFileStore current = AliasFileStore.of(Map.of());

    void replace(Map<String, Path> files) {
        current = AliasFileStore.of(files);
    }

    @Override
    public ReadableFile openRead(String name) throws TftpException {
        return current.openRead(name);
    }

    @Override
    public WritableFile openWrite(String name, OptionalLong size) throws TftpException {
        return current.openWrite(name, size);
    }
}
