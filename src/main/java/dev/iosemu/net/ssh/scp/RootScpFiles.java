package dev.iosemu.net.ssh.scp;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The files of one lab SCP login: a relative path is taken from the account's home, an absolute one from
 * the server root; nothing outside the root is read, and nothing outside the home is written, and only
 * when the account may write. A received file is written beside its name and moved onto it once complete.
 * Error texts read as OpenSSH's ({@code scp: x: No such file or directory}).
 */
final class RootScpFiles implements ScpFiles {
    private final Path root;
    private final ScpAccount account;

    RootScpFiles(Path root, ScpAccount account) {
        this.root = root.toAbsolutePath().normalize();
        this.account = account;
    }

    @Override
    public ScpIncoming create(String path, ScpHeader header) throws IOException {
        Path target = resolve(path);
        if (Files.isDirectory(target)) {
            target = target.resolve(header.name());
        }
        Path home = root.resolve(account.home()).normalize();
        if (!account.writable() || !target.startsWith(home) || target.equals(home)) {
            throw new AccessDeniedException("scp: " + path + ": Permission denied");
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new NoSuchFileException("scp: " + path + ": No such file or directory");
        }
        Path temporary = Files.createTempFile(target.getParent(), ".scp-", ".part");
        return new Incoming(FileChannel.open(temporary, StandardOpenOption.WRITE), temporary, target);
    }

    @Override
    public ScpOutgoing open(String path) throws IOException {
        Path file = resolve(path);
        if (!Files.exists(file)) {
            throw new NoSuchFileException("scp: " + path + ": No such file or directory");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("scp: " + path + ": not a regular file");
        }
        FileChannel content = FileChannel.open(file, StandardOpenOption.READ);
        return new ScpOutgoing(ScpHeader.of(content.size(), file.getFileName().toString()), content);
    }

    private Path resolve(String path) throws IOException {
        Path base = path.startsWith("/") ? root : root.resolve(account.home());
        Path resolved = base.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!resolved.startsWith(root)) {
            throw new AccessDeniedException("scp: " + path + ": Permission denied");
        }
        return resolved;
    }

    /** A file being written under a temporary name. */
    private static final class Incoming implements ScpIncoming {
        private final FileChannel channel;
        private final Path temporary;
        private final Path target;
        private boolean committed;

        Incoming(FileChannel channel, Path temporary, Path target) {
            this.channel = channel;
            this.temporary = temporary;
            this.target = target;
        }

        @Override
        public WritableByteChannel channel() {
            return channel;
        }

        @Override
        public void commit() throws IOException {
            channel.close();
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        }

        @Override
        public void close() {
            if (!committed) {
                try {
                    channel.close();
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // a leftover temporary file is harmless; its name never matches a served one
                }
            }
        }
    }
}
