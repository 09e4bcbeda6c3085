package dev.iosemu.device;

import dev.iosemu.device.config.ConfigStyle;

/**
 * The device families the emulator models; each has its own boot loader, console sequence, default
 * configuration register and running-config dialect.
 */
public enum Family {
    /** ISR G2 (1941): ROMMON {@code rommon N >}, {@code boot system} in the config, flash0:. */
    ISR_G2(0x2102, "flash0:", ConfigStyle.ROUTER),
    /** Catalyst 2960: {@code switch:} boot loader, BOOT as a loader variable. */
    CATALYST(0xF, "flash:", ConfigStyle.SWITCH),
    /** ISR 4000 (IOS-XE): ROMMON, bundle boot from bootflash:. */
    IOS_XE(0x2102, "bootflash:", ConfigStyle.IOS_XE);

    private final int factoryConfigRegister;
    private final String bootDevice;
    private final ConfigStyle configStyle;

    Family(int factoryConfigRegister, String bootDevice, ConfigStyle configStyle) {
        this.factoryConfigRegister = factoryConfigRegister;
        this.bootDevice = bootDevice;
        this.configStyle = configStyle;
    }

    /** The configuration register a new device has. */
    public int factoryConfigRegister() {
        return factoryConfigRegister;
    }

    /** The file system the loader searches when no BOOT entry works, as it names it. */
    public String bootDevice() {
        return bootDevice;
    }

    /**
     * How the loader names an image it found by searching the boot device: {@code flash0:x} on a router,
     * {@code flash:/x} on a switch (show version then prints it so).
     */
    public String foundImagePrefix() {
        return this == CATALYST ? "flash:/" : bootDevice;
    }

    /** The running-config dialect. */
    public ConfigStyle configStyle() {
        return configStyle;
    }

    /** Whether the loader is the Catalyst {@code switch:} loader rather than ROMMON. */
    public boolean hasSwitchLoader() {
        return this == CATALYST;
    }
}
