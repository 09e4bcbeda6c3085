package dev.iosemu.profile;

/** Which boot loader a device runs before IOS and drops into when it cannot boot. */
public enum LoaderKind {
    /** ROMMON: {@code rommon 1 >}, numbered prompts, {@code confreg}, {@code tftpdnld}. */
    ROMMON,
    /** The Catalyst {@code switch:} loader: {@code flash_init}, {@code set BOOT}, BOOT kept as a loader variable. */
    SWITCH
}
