package dev.iosemu.profile;

/** Which boot loader a device drops into when it cannot boot: ROMMON or the Catalyst {@code switch:} loader. */
public enum BootLoaderPrompt {
    /** {@code rommon 1 >}, numbered prompts, {@code confreg}, {@code tftpdnld}. */
    ROMMON,
    /** {@code switch:}, {@code flash_init}, {@code set BOOT}. */
    SWITCH
}
