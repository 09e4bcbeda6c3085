package dev.iosemu.fs.local;

import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.IosLocationParser;
import dev.iosemu.fs.KnownPrefixes;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * All local file systems of one device, in declaration order, each on its own {@link Volume} (see
 * {@link DeviceStorage}) with file times from the device clock. Thread-safe; nothing changes after creation except the files themselves.
 */
public final class DeviceFileSystems implements AutoCloseable {
    private final List<LocalFileSystem> fileSystems;
    private final LocalFileSystem defaultFileSystem;
    private final KnownPrefixes prefixes;
    private final IosLocationParser parser;

    private DeviceFileSystems(List<LocalFileSystem> fileSystems) {
        this.fileSystems = List.copyOf(fileSystems);
        this.defaultFileSystem = chooseDefault(this.fileSystems);
        this.prefixes = KnownPrefixes.of(
                this.fileSystems.stream().map(DeviceFileSystems::prefixEntry).toList(), defaultFileSystem.prefix());
        this.parser = new IosLocationParser(prefixes);
    }

    /**
     * Creates one empty in-memory file system per spec. At most one spec may be the default; without one,
     * the first sized file system is.
     */
    public static DeviceFileSystems create(List<LocalFileSystemSpec> specs, Clock clock) {
        try {
            return open(specs, clock, DeviceStorage.inMemory());
        } catch (IOException e) {
            throw new IllegalStateException("in-memory file systems cannot fail to open", e);
        }
    }

    /**
     * Opens one file system per spec on {@code storage}, finishing or discarding what a crash left there.
     * Opaque file systems ({@code system:}) hold no files and always live in memory.
     */
    public static DeviceFileSystems open(List<LocalFileSystemSpec> specs, Clock clock, DeviceStorage storage)
            throws IOException {
        Objects.requireNonNull(clock, "clock");
        if (specs.stream().filter(LocalFileSystemSpec::isDefault).count() > 1) {
            throw new IllegalArgumentException("more than one default file system in " + specs);
        }
        List<LocalFileSystem> opened = new ArrayList<>();
        try {
            for (LocalFileSystemSpec spec : specs) {
                opened.add(LocalFileSystem.open(spec, volume(spec, clock, storage), clock));
            }
        } catch (IOException | RuntimeException e) {
            for (LocalFileSystem fs : opened) {
                fs.close();
            }
            throw e;
        }
        return new DeviceFileSystems(opened);
    }

    private static Volume volume(LocalFileSystemSpec spec, Clock clock, DeviceStorage storage) throws IOException {
        if (!spec.hasSize()) {
            return new MemoryVolume(spec, clock);
        }
        return switch (storage) {
            case DeviceStorage.InMemory memory -> new MemoryVolume(spec, clock);
            case DeviceStorage.Overlay overlay -> new OverlayVolume(spec, clock);
            case DeviceStorage.Folder folder -> {
                String name = spec.prefix().substring(0, spec.prefix().length() - 1);
                yield FolderVolume.open(
                        folder.folderOf(spec.prefix()), folder.indexes().resolve(name + ".index"), clock);
            }
        };
    }

    /** Every file system, in the order the device declared them. */
    public List<LocalFileSystem> all() {
        return fileSystems;
    }

    public LocalFileSystem defaultFileSystem() {
        return defaultFileSystem;
    }

    /** The file system with this canonical prefix or alias ({@code flash:} finds {@code flash0:}). */
    public Optional<LocalFileSystem> find(String prefixOrAlias) {
        return prefixes.find(prefixOrAlias).flatMap(entry -> byCanonical(entry.prefix()));
    }

    /** The file system a parsed location lives on. */
    public LocalFileSystem resolve(IosLocation.LocalPath location) {
        return byCanonical(location.prefix())
                .orElseThrow(() -> new IllegalArgumentException("not a file system of this device: " + location));
    }

    /** The prefixes and aliases of these file systems, for parsing. */
    public KnownPrefixes prefixes() {
        return prefixes;
    }

    /** A parser for locations on this device. */
    public IosLocationParser parser() {
        return parser;
    }

    @Override
    public void close() throws IOException {
        for (LocalFileSystem fs : fileSystems) {
            fs.close();
        }
    }

    private Optional<LocalFileSystem> byCanonical(String prefix) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        return fileSystems.stream().filter(fs -> fs.prefix().equals(lower)).findFirst();
    }

    private static LocalFileSystem chooseDefault(List<LocalFileSystem> fileSystems) {
        return fileSystems.stream()
                .filter(fs -> fs.spec().isDefault())
                .findFirst()
                .or(() -> fileSystems.stream().filter(fs -> fs.spec().hasSize()).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("a device needs a sized file system"));
    }

    private static KnownPrefixes.Entry prefixEntry(LocalFileSystem fs) {
        LocalFileSystemSpec spec = fs.spec();
        return new KnownPrefixes.Entry(
                spec.prefix(), spec.aliases(), spec.type().isFlat());
    }
}
