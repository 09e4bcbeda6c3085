package dev.iosemu.app;

import dev.iosemu.net.tftp.RootDirectoryStore;
import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpFileStore;
import dev.iosemu.net.tftp.codes.TftpError;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What the embedded lab TFTP server serves: the lab root to read, and its {@code upload/} folder to write,
 * as a lab server takes uploads ({@code copy running-config tftp:}) without letting them replace the
 * practice images. A name a WRQ gives lands in {@code upload/} ({@code upload/NAME} names the same file);
 * an RRQ for a name the root lacks is looked up there too, so an uploaded file can be fetched back by the
 * name it was sent with. Thread-safe, as its two stores are.
 */
final class LabTftpStore implements TftpFileStore {
    static final String UPLOAD = "upload";

    private final RootDirectoryStore root;
    private final RootDirectoryStore upload;

    LabTftpStore(Path root) {
        this.root = RootDirectoryStore.of(root);
        this.upload = RootDirectoryStore.of(root.resolve(UPLOAD));
    }

    @Override
    public ReadableFile openRead(String name) throws TftpException {
        try {
            return root.openRead(name);
        } catch (TftpException e) {
            if (e.error() != TftpError.FILE_NOT_FOUND) {
                throw e;
            }
            return upload.openRead(name);
        }
    }

    @Override
    public WritableFile openWrite(String name, OptionalLong size) throws TftpException {
        String prefix = UPLOAD + "/";
        return upload.openWrite(name.startsWith(prefix) ? name.substring(prefix.length()) : name, size);
    }
}
