package dev.iosemu.device.config;

/** The running-config dialect of a device family; it decides the fixed lines around the configured ones. */
public enum ConfigStyle {
    /** ISR G2 classic IOS router: {@code boot system} in the config, interfaces start shut down. */
    ROUTER,
    /** Catalyst switch: BOOT lives in the boot loader, {@code ip default-gateway}, vty 0 15. */
    SWITCH,
    /** IOS-XE router (ISR 4000): like a router, with the IOS-XE fixed lines. */
    IOS_XE
}
