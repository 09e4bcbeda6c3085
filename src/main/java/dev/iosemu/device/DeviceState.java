package dev.iosemu.device;

/** Whether the device runs IOS or sits in its boot loader. */
public enum DeviceState {
    /** Powered off or booting: nothing answers yet. */
    BOOTING,
    /** In ROMMON or the {@code switch:} loader. */
    LOADER,
    /** IOS is running and command sessions may start. */
    IOS
}
