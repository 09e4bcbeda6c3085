package dev.iosemu.profile;

/** The kind of device a profile describes; it picks boot, ROMMON and show-command behaviour. */
public enum DeviceFamily {
    /** ISR G2 router (1941, 2901) running classic IOS 15.x, ROMMON boot loader. */
    ISR_G2,
    /** Catalyst access switch (2960-X) running classic IOS, {@code switch:} boot loader. */
    CATALYST,
    /** ISR 4000 router running IOS-XE 16.x/17.x, bundle boot from bootflash:. */
    IOS_XE
}
