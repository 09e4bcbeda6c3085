package dev.iosemu.device;

import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.FileEntry;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.Staging;
import dev.iosemu.fs.local.StagingSet;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@link BootMedia} over a device's local file systems. Thread-safe as the file systems are. */
final class FileSystemBootMedia implements BootMedia {
    private final DeviceFileSystems fileSystems;

    FileSystemBootMedia(DeviceFileSystems fileSystems) {
        this.fileSystems = fileSystems;
    }

    @Override
    public Optional<List<MediaEntry>> list(String device) {
        Optional<LocalFileSystem> fs = fileSystem(device);
        if (fs.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    fs.get().list("/").stream().map(FileSystemBootMedia::entry).toList());
        } catch (IOException e) {
            return Optional.of(List.of());
        }
    }

    @Override
    public Optional<Path> find(String iosPath) {
        return local(iosPath).flatMap(location -> {
            LocalFileSystem fs = fileSystems.resolve(location);
            if (!fs.exists(location.path()) || fs.isDirectory(location.path())) {
                return Optional.empty();
            }
            return Optional.of(fs.readablePath(location.path()));
        });
    }

    @Override
    public Optional<Space> space(String device) {
        return fileSystem(device).map(fs -> new Space(fs.totalBytes(), fs.freeBytes()));
    }

    @Override
    public boolean delete(String iosPath) throws IOException {
        Optional<IosLocation.LocalPath> location = local(iosPath);
        if (location.isEmpty() || find(iosPath).isEmpty()) {
            return false;
        }
        fileSystems.resolve(location.get()).delete(location.get().path());
        return true;
    }

    @Override
    public boolean rename(String from, String to) throws IOException {
        Optional<IosLocation.LocalPath> source = local(from);
        Optional<IosLocation.LocalPath> target = local(to);
        if (source.isEmpty() || target.isEmpty() || find(from).isEmpty()) {
            return false;
        }
        fileSystems
                .resolve(source.get())
                .rename(source.get().path(), target.get().path(), true);
        return true;
    }

    @Override
    public Replacement replaceAll(String device, String fileName) throws IOException {
        LocalFileSystem fs = fileSystem(device).orElseThrow(() -> new IOException("no device " + device));
        StagingSet set = fs.openStagingSet();
        try {
            Staging file = set.add("/" + fileName);
            return new Replacement() {
                @Override
                public WritableByteChannel channel() {
                    return file.channel();
                }

                @Override
                public void commit() throws IOException {
                    for (FileEntry entry : fs.list("/")) {
                        if (!entry.path().equals(file.path())) {
                            set.removeAtCommit(entry.path());
                        }
                    }
                    set.commit();
                }

                @Override
                public void close() {
                    set.close();
                }
            };
        } catch (IOException | RuntimeException e) {
            set.close();
            throw e;
        }
    }

    @Override
    public Replacement write(String iosPath) throws IOException {
        IosLocation.LocalPath location = local(iosPath).orElseThrow(() -> new NoSuchFileException(iosPath));
        Staging file = fileSystems.resolve(location).openStaged(location.path());
        return new Replacement() {
            @Override
            public WritableByteChannel channel() {
                return file.channel();
            }

            @Override
            public void commit() throws IOException {
                file.commit();
            }

            @Override
            public void close() {
                file.close();
            }
        };
    }

    @Override
    public boolean mkdir(String iosPath) throws IOException {
        Optional<IosLocation.LocalPath> location = local(iosPath);
        if (location.isEmpty()) {
            return false;
        }
        fileSystems.resolve(location.get()).mkdir(location.get().path());
        return true;
    }

    private Optional<LocalFileSystem> fileSystem(String device) {
        String prefix = device.endsWith(":") ? device : device.substring(0, device.indexOf(':') + 1);
        return prefix.isEmpty() ? Optional.empty() : fileSystems.find(prefix);
    }

    private Optional<IosLocation.LocalPath> local(String iosPath) {
        try {
            return fileSystems.parser().parse(iosPath) instanceof IosLocation.LocalPath path
                    ? Optional.of(path)
                    : Optional.empty();
        } catch (InvalidLocationException e) {
            return Optional.empty();
        }
    }

    private static MediaEntry entry(FileEntry file) {
        return new MediaEntry((int) file.index(), file.name(), file.size(), file.directory());
    }
}
