package dev.iosemu.net.ftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.ftpserver.ftplet.FileSystemView;
import org.apache.ftpserver.ftplet.FtpFile;

/**
 * One FTP session's view of its login's home folder: resolves the names a client sends to confined
 * {@link PathFtpFile}s and keeps the working folder.
 *
 * <p>MINA runs one session's commands one at a time, but not always on the same thread, so the working
 * folder is volatile; the uploads have their own lock.
 */
final class HomeView implements FileSystemView {
    private final Path home;
    private final boolean writable;
    private final Uploads uploads = new Uploads();
    private volatile VirtualPath workingFolder = VirtualPath.ROOT;

    /** @param home the real path of the home folder (symbolic links resolved) */
    HomeView(Path home, boolean writable) {
        this.home = home;
        this.writable = writable;
    }

    boolean writable() {
        return writable;
    }

    Uploads uploads() {
        return uploads;
    }

    @Override
    public FtpFile getHomeDirectory() {
        return file(VirtualPath.ROOT);
    }

    @Override
    public FtpFile getWorkingDirectory() {
        return file(workingFolder);
    }

    @Override
    public boolean changeWorkingDirectory(String folder) {
        Optional<VirtualPath> target = VirtualPath.resolve(workingFolder, folder);
        if (target.isEmpty() || !file(target.get()).isDirectory()) {
            return false;
        }
        workingFolder = target.get();
        return true;
    }

    @Override
    public FtpFile getFile(String name) {
        Optional<VirtualPath> target = VirtualPath.resolve(workingFolder, name);
        return target.isPresent() ? file(target.get()) : PathFtpFile.refused(this, name);
    }

    PathFtpFile file(VirtualPath path) {
        return path.under(home)
                .filter(this::confined)
                .map(real -> new PathFtpFile(this, path, real))
                .orElseGet(() -> PathFtpFile.refused(this, path.toString()));
    }

    /**
     * Whether {@code path} stays inside the home once symbolic links are followed: the nearest existing
     * ancestor (or the path itself) must resolve to a path under the home.
     */
    boolean confined(Path path) {
        Path probe = path;
        while (probe != null && !Files.exists(probe, LinkOption.NOFOLLOW_LINKS)) {
            probe = probe.getParent();
        }
        if (probe == null) {
            return false;
        }
        try {
            return probe.toRealPath().startsWith(home);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean isRandomAccessible() {
        return true;
    }

    @Override
    public void dispose() {
        uploads.discardAll();
    }
}
