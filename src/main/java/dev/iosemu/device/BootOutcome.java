package dev.iosemu.device;

/** How a power-on or reload ended. */
public enum BootOutcome {
    /** IOS is running; {@code Press RETURN to get started!} has been printed. */
    IOS_RUNNING,
    /** The boot loader's input ended; the device stays in the loader. */
    IN_LOADER
}
