package dev.iosemu.device;

import dev.iosemu.device.boot.BootScript;
import dev.iosemu.device.boot.BootTarget;
import dev.iosemu.device.config.ConfigStyle;
import dev.iosemu.device.rommon.BootLoaderShell;
import dev.iosemu.device.rommon.Rommon;
import dev.iosemu.device.rommon.RommonTftp;
import dev.iosemu.device.rommon.SwitchLoader;
import dev.iosemu.image.ImageFamily;
import dev.iosemu.image.ImageHeader;
import dev.iosemu.profile.ImageLayout;
import dev.iosemu.profile.LoaderKind;
import dev.iosemu.profile.Role;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What kind of device this is, as independent traits, and the behaviour that follows from them. A command
 * asks for the trait it means ({@code role() == Role.SWITCH} for {@code show boot}, {@code train() ==
 * ImageFamily.IOS_XE} for the IOS-XE wording of {@code verify}); the boot process takes its loader shell,
 * boot script and boot-entry store from here. Built once from the profile; immutable.
 *
 * @param loader the boot loader
 * @param train the software train, as image headers name it
 * @param role router or switch
 * @param layout how the software sits on the boot device
 * @param bootDevice the file system the loader searches when no boot entry works ({@code flash0:})
 * @param factoryConfigRegister the register of a new device, which the configuration leaves out; empty on a
 *     device without a settable register (a 2960, whose show version prints {@link #NO_REGISTER})
 */
public record Platform(
        LoaderKind loader,
        ImageFamily train,
        Role role,
        ImageLayout layout,
        String bootDevice,
        OptionalInt factoryConfigRegister) {
    /** The register value a device without a settable register reports. */
    public static final int NO_REGISTER = 0xF;

    public Platform {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(bootDevice, "bootDevice");
        Objects.requireNonNull(factoryConfigRegister, "factoryConfigRegister");
    }

    /** Whether {@code config-register} exists and the configuration may carry it. */
    public boolean hasConfigRegister() {
        return factoryConfigRegister.isPresent();
    }

    /** Whether the front panel has a Mode button that interrupts the boot: the {@code switch:} loader's. */
    public boolean hasModeButton() {
        return loader == LoaderKind.SWITCH;
    }

    /**
     * Whether the startup-config lives in flash ({@code flash:config.text}), the NVRAM being simulated there:
     * a classic IOS switch under the {@code switch:} loader (a 2960), not a Catalyst 9000, which has NVRAM.
     */
    public boolean configInFlash() {
        return loader == LoaderKind.SWITCH && train == ImageFamily.CLASSIC_IOS;
    }

    /** The running-config dialect: a switch's, else a router's of its train. */
    public ConfigStyle configStyle() {
        if (role == Role.SWITCH) {
            return ConfigStyle.SWITCH;
        }
        return train == ImageFamily.IOS_XE ? ConfigStyle.IOS_XE : ConfigStyle.ROUTER;
    }

    /**
     * How the loader names an image it found by searching the boot device: {@code flash0:x} under ROMMON,
     * {@code flash:/x} under the {@code switch:} loader (show version then prints it so).
     */
    public String foundImagePrefix() {
        return loader == LoaderKind.SWITCH ? bootDevice + "/" : bootDevice;
    }

    /**
     * What the loader boots when it loads {@code path}: an image file, or on IOS-XE a bundle or a provisioning
     * file ({@code packages.conf}: the packages of install mode, whatever layout the device started with).
     */
    public BootTarget target(String path, ImageHeader header) {
        if (train == ImageFamily.IOS_XE && path.endsWith(".conf")) {
            return new BootTarget.ProvisioningFile(path, header);
        }
        return switch (layout) {
            case MONOLITHIC -> new BootTarget.Image(path, header);
            case BUNDLE, INSTALL -> new BootTarget.Bundle(path, header);
        };
    }

    /** The console text of this platform's boot. */
    BootScript bootScript(DeviceIdentity identity, BootMedia media, BootEnvironment environment) {
        return switch (loader) {
            case SWITCH -> BootScript.switchLoader(identity, media, environment);
            case ROMMON -> train == ImageFamily.IOS_XE ? BootScript.iosXeRommon(identity) : BootScript.rommon(identity);
        };
    }

    /**
     * The loader's command line, run when nothing boots; {@code flashInitialized} is false when the boot
     * was interrupted before the loader initialised flash (the switch loader then needs {@code flash_init}).
     */
    BootLoaderShell loaderShell(
            BootEnvironment environment,
            BootMedia media,
            RommonTftp tftp,
            String macAddress,
            String loaderVersion,
            boolean flashInitialized) {
        return switch (loader) {
            case SWITCH -> new SwitchLoader(environment, media, tftp, loaderVersion, flashInitialized);
            case ROMMON ->
                new Rommon(
                        environment, media, tftp, macAddress, bootDevice, train == ImageFamily.IOS_XE, loaderVersion);
        };
    }

    /** Where {@code boot system} entries live: the {@code switch:} loader's BOOT variable, or the configuration. */
    BootSystemStore bootSystemStore(BootEnvironment environment, ConfigBootLines configLines) {
        return switch (loader) {
            case SWITCH -> new LoaderBootVariable(environment);
            case ROMMON -> configLines;
        };
    }
}
