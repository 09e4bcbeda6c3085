package dev.iosemu.net.ftp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.ftpserver.ftplet.FtpFile;

/**
 * A file or folder of an FTP session, backed by a {@link Path} inside the login's home; a refused name
 * (outside the home, or invalid) is a file that does not exist and cannot be created.
 *
 * <p>Immutable; every query goes to the file system, so it is as thread-safe as the file system.
 */
final class PathFtpFile implements FtpFile {
    private final HomeView view;
    private final String virtual;
    private final String name;
    /** The real path, or {@code null} for a refused name. */
    private final Path path;

    PathFtpFile(HomeView view, VirtualPath virtual, Path path) {
        this.view = view;
        this.virtual = virtual.toString();
        this.name = virtual.name();
        this.path = path;
    }

    private PathFtpFile(HomeView view, String name) {
        this.view = view;
        this.virtual = name;
        this.name = name;
        this.path = null;
    }

    static PathFtpFile refused(HomeView view, String name) {
        return new PathFtpFile(view, name);
    }

    @Override
    public String getAbsolutePath() {
        return virtual;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isHidden() {
        return path != null && Uploads.isHidden(path);
    }

    @Override
    public boolean isDirectory() {
        return path != null && Files.isDirectory(path);
    }

    @Override
    public boolean isFile() {
        return path != null && Files.isRegularFile(path);
    }

    @Override
    public boolean doesExist() {
        return path != null && Files.exists(path);
    }

    @Override
    public boolean isReadable() {
        return doesExist() && Files.isReadable(path);
    }

    @Override
    public boolean isWritable() {
        if (path == null || !view.writable() || isRoot()) {
            return false;
        }
        return Files.exists(path) ? Files.isWritable(path) : Files.isDirectory(path.getParent());
    }

    @Override
    public boolean isRemovable() {
        return isWritable() && doesExist();
    }

    private boolean isRoot() {
        return virtual.equals("/");
    }

    @Override
    public String getOwnerName() {
        return "ftp";
    }

    @Override
    public String getGroupName() {
        return "ftp";
    }

    @Override
    public int getLinkCount() {
        return isDirectory() ? 3 : 1;
    }

    @Override
    public long getLastModified() {
        try {
            return path == null ? 0 : Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public boolean setLastModified(long time) {
        try {
            if (!isWritable() || !doesExist()) {
                return false;
            }
            Files.setLastModifiedTime(path, FileTime.fromMillis(time));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public long getSize() {
        try {
            return isFile() ? Files.size(path) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public Object getPhysicalFile() {
        return path;
    }

    @Override
    public boolean mkdir() {
        try {
            if (!isWritable()) {
                return false;
            }
            Files.createDirectory(path);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean delete() {
        try {
            return isRemovable() && Files.deleteIfExists(path);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean move(FtpFile destination) {
        if (!(destination instanceof PathFtpFile target) || !isRemovable() || !target.isWritable()) {
            return false;
        }
        try {
            Files.move(path, target.path, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (AtomicMoveNotSupportedException e) {
            return moveNonAtomically(target);
        } catch (IOException e) {
            return false;
        }
    }

    private boolean moveNonAtomically(PathFtpFile target) {
        try {
            Files.move(path, target.path);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public List<PathFtpFile> listFiles() {
        if (!isDirectory()) {
            return null;
        }
        try (Stream<Path> entries = Files.list(path)) {
            VirtualPath folder = VirtualPath.resolve(VirtualPath.ROOT, virtual).orElseThrow();
            return entries.filter(entry -> !Uploads.isHidden(entry))
                    .map(entry -> entry.getFileName().toString())
                    .sorted()
                    .map(entry -> view.file(folder.child(entry)))
                    .toList();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public OutputStream createOutputStream(long offset) throws IOException {
        if (!isWritable() || isDirectory()) {
            throw new AccessDeniedException(virtual);
        }
        if (offset == 0) {
            return view.uploads().open(path);
        }
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.truncate(offset).position(offset);
        return Channels.newOutputStream(channel);
    }

    @Override
    public InputStream createInputStream(long offset) throws IOException {
        if (!isReadable() || !view.confined(path)) {
            throw new NoSuchFileException(virtual);
        }
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        channel.position(offset);
        return new FileInput(channel);
    }

    @Override
    public String toString() {
        return virtual;
    }
}
