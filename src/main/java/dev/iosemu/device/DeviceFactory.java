package dev.iosemu.device;

import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.DeviceStorage;
import dev.iosemu.fs.local.ImageStore;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.Staging;
import dev.iosemu.image.ImageWriter;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.profile.DeviceProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * Builds a device on its storage: its file systems, then, unless the storage already holds the device, the
 * initial files (images built on the spot, or shared from the storage's image store) and the startup-config,
 * and the loader environment kept in {@code nvram:}.
 */
public final class DeviceFactory {
    private DeviceFactory() {}

    /** A powered-off device from {@code profile} on {@code storage}; call {@link Router#powerOn} next. */
    public static Router create(DeviceProfile profile, Clock clock, LabAddressMap lab, DeviceStorage storage)
            throws IOException {
        return create(ProfileSetup.from(profile), clock, lab, storage);
    }

    /** A powered-off device from {@code setup} on {@code storage}; call {@link Router#powerOn} next. */
    public static Router create(DeviceSetup setup, Clock injected, LabAddressMap lab, DeviceStorage storage)
            throws IOException {
        DeviceClock clock = new DeviceClock(injected, setup.hardwareCalendar());
        DeviceFileSystems fileSystems = DeviceFileSystems.open(setup.fileSystems(), clock, storage);
        LocalFileSystem nvram = fileSystems
                .find("nvram:")
                .orElseThrow(() -> new IllegalArgumentException("a device needs an nvram: file system"));
        Platform platform = setup.identity().platform();
        if (platform.configInFlash()) {
            FlashConfigLinks.attach(
                    nvram, fileSystems.find(platform.bootDevice()).orElseThrow());
        }
        if (!storage.restoring()) {
            for (InitialFile file : setup.initialFiles()) {
                place(fileSystems, file, storage.images());
            }
        }
        Router router = new Router(setup, clock, lab, fileSystems);
        fileSystems
                .find("system:")
                .ifPresent(system -> system.mountVirtual(
                        "/running-config", () -> String.join("\n", router.runningConfigText()) + "\n"));
        if (setup.startupConfig().isPresent() && !storage.restoring()) {
            StartupConfigStore.on(fileSystems, platform)
                    .write(setup.startupConfig().get());
        }
        if (!storage.restoring()) {
            setup.loaderVariables().forEach(router.bootEnvironment()::set);
        }
        LoaderEnvironmentFile.attach(router.bootEnvironment(), nvram);
        return router;
    }

    private static void place(DeviceFileSystems fileSystems, InitialFile file, Optional<ImageStore> images)
            throws IOException {
        IosLocation.LocalPath location = locate(fileSystems, file.path());
        LocalFileSystem fs = fileSystems.resolve(location);
        String path = location.path();
        makeDirectories(fs, path.substring(0, path.lastIndexOf('/')));
        switch (file) {
            case InitialFile.Image image
            when images.isPresent() ->
                fs.placeShared(
                        path,
                        images.get()
                                .intern(ImageWriter.key(image.spec()), out -> ImageWriter.write(image.spec(), out)));
            case InitialFile.Image image -> {
                try (Staging staging = fs.openStaged(path)) {
                    ImageWriter.write(image.spec(), staging.channel());
                    staging.commit();
                }
            }
            case InitialFile.CorruptImage image -> InitialFiles.corrupt(fs, path, image.spec());
            case InitialFile.HostFile host -> InitialFiles.copy(fs, path, host.source());
            case InitialFile.Text text
            when images.isPresent() ->
                // a profile's text files are the same on every device of it: shared as its images are
                fs.placeShared(path, images.get().intern("text " + text.content(), out -> writeText(text, out)));
            case InitialFile.Text text -> fs.write(path, text.content().getBytes(StandardCharsets.UTF_8));
            case InitialFile.Directory directory -> makeDirectories(fs, path);
        }
    }

    private static void writeText(InitialFile.Text text, java.nio.channels.SeekableByteChannel out) throws IOException {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(text.content().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    /** Creates directory {@code path} and its missing parents ({@code ""} is the root). */
    private static void makeDirectories(LocalFileSystem fs, String path) throws IOException {
        int from = 1;
        while (from <= path.length()) {
            int slash = path.indexOf('/', from);
            String prefix = slash < 0 ? path : path.substring(0, slash);
            if (!fs.exists(prefix)) {
                fs.mkdir(prefix);
            }
            from = prefix.length() + 1;
        }
    }

    private static IosLocation.LocalPath locate(DeviceFileSystems fileSystems, String path) throws IOException {
        try {
            if (fileSystems.parser().parse(path) instanceof IosLocation.LocalPath local) {
                return local;
            }
        } catch (InvalidLocationException e) {
            throw new IOException("bad initial file path " + path + ": " + e.getMessage(), e);
        }
        throw new IOException("initial file is not on a local file system: " + path);
    }
}
