package dev.iosemu.device.boot;

import dev.iosemu.device.MediaEntry;
import dev.iosemu.image.ImageHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The boot loader's choice of image. Boot field 0 of the register stops in the loader; boot field 1
 * boots the first image of the boot device; otherwise each configured entry is tried in order and, when
 * none works, the first bootable image of the boot device in index order. A missing, foreign, corrupted
 * or non-image candidate is skipped and reported. Pure: all facts come in as arguments.
 */
public final class BootSelector {
    private final String bootDevice;
    private final BiFunction<String, ImageHeader, BootTarget> targets;
    private final Function<String, ImageCheck> checker;
    private final Consumer<BootDecision.Rejected> onRejected;

    /**
     * A selector over one device.
     *
     * @param bootDevice the boot device as the loader names what it finds there ({@code flash0:},
     *     {@code flash:/}, {@code bootflash:})
     * @param targets what a bootable file is on this device (an image, a bundle)
     * @param checker checks a candidate named by an IOS path
     */
    public BootSelector(
            String bootDevice,
            BiFunction<String, ImageHeader, BootTarget> targets,
            Function<String, ImageCheck> checker) {
        this(bootDevice, targets, checker, rejected -> {});
    }

    /**
     * A selector that also tells {@code onRejected} of each skipped candidate the moment it is skipped, so a
     * loader can report it before it tries the next (whose own fetch may print).
     */
    public BootSelector(
            String bootDevice,
            BiFunction<String, ImageHeader, BootTarget> targets,
            Function<String, ImageCheck> checker,
            Consumer<BootDecision.Rejected> onRejected) {
        this.bootDevice = bootDevice;
        this.targets = targets;
        this.checker = checker;
        this.onRejected = onRejected;
    }

    /**
     * Decides what the power-on or reload boot loads.
     *
     * @param configRegister the register in effect
     * @param manualBoot whether the loader is told to stop (2960 MANUAL_BOOT)
     * @param entries configured entries ({@code boot system} lines or BOOT), as typed
     * @param bootDeviceFiles the boot device's top-level entries in index order
     */
    public BootDecision select(
            int configRegister, boolean manualBoot, List<String> entries, List<MediaEntry> bootDeviceFiles) {
        int bootField = configRegister & 0xF;
        if (bootField == 0 || manualBoot) {
            return new BootDecision.Stop(BootDecision.StopReason.MANUAL, List.of());
        }
        List<BootDecision.Rejected> rejected = new ArrayList<>();
        if (bootField != 1) {
            for (String entry : entries) {
                Optional<BootDecision.Load> load = entry.strip().equalsIgnoreCase("flash")
                        ? firstBootable(bootDeviceFiles, rejected) // boot system flash: the first image there
                        : attempt(normalise(entry), rejected);
                if (load.isPresent()) {
                    return load.get();
                }
            }
        }
        return firstImage(bootDeviceFiles, rejected);
    }

    /** Decides what {@code boot FILE} typed at the loader loads: that file or nothing. */
    public BootDecision selectExplicit(String path) {
        List<BootDecision.Rejected> rejected = new ArrayList<>();
        Optional<BootDecision.Load> load = attempt(normalise(path), rejected);
        return load.isPresent()
                ? load.get()
                : new BootDecision.Stop(BootDecision.StopReason.NOTHING_BOOTABLE, rejected);
    }

    private BootDecision firstImage(List<MediaEntry> files, List<BootDecision.Rejected> rejected) {
        Optional<BootDecision.Load> load = firstBootable(files, rejected);
        return load.isPresent()
                ? load.get()
                : new BootDecision.Stop(BootDecision.StopReason.NOTHING_BOOTABLE, rejected);
    }

    private Optional<BootDecision.Load> firstBootable(List<MediaEntry> files, List<BootDecision.Rejected> rejected) {
        for (MediaEntry file : files) {
            if (file.directory()) {
                continue;
            }
            String path = bootDevice + file.name();
            ImageCheck check = checker.apply(path);
            switch (check) {
                case ImageCheck.Bootable bootable -> {
                    return Optional.of(new BootDecision.Load(targets.apply(path, bootable.header()), rejected));
                }
                case ImageCheck.WrongPlatform wrong -> reject(rejected, new BootDecision.Rejected(path, wrong));
                case ImageCheck.Corrupted corrupted -> reject(rejected, new BootDecision.Rejected(path, corrupted));
                case ImageCheck.Missing missing -> {}
                case ImageCheck.NotAnImage notAnImage -> {}
            }
        }
        return Optional.empty();
    }

    private Optional<BootDecision.Load> attempt(String path, List<BootDecision.Rejected> rejected) {
        ImageCheck check = checker.apply(path);
        if (check instanceof ImageCheck.Bootable bootable) {
            return Optional.of(new BootDecision.Load(targets.apply(path, bootable.header()), rejected));
        }
        reject(rejected, new BootDecision.Rejected(path, check));
        return Optional.empty();
    }

    private void reject(List<BootDecision.Rejected> rejected, BootDecision.Rejected one) {
        rejected.add(one);
        onRejected.accept(one);
    }

    /**
     * {@code flash c1900.bin} (the space form of {@code boot system}) names {@code flash:c1900.bin}; {@code tftp
     * c1900.bin 10.1.1.1} names {@code tftp://10.1.1.1/c1900.bin}.
     */
    public static String normalise(String entry) {
        String trimmed = entry.strip();
        Optional<NetworkImage> network = NetworkImage.of(trimmed);
        if (network.isPresent()) {
            return network.get().url();
        }
        int space = trimmed.indexOf(' ');
        if (space > 0 && !trimmed.substring(0, space).contains(":")) {
            return trimmed.substring(0, space) + ":"
                    + trimmed.substring(space + 1).strip();
        }
        return trimmed;
    }
}
