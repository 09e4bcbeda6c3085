package dev.iosemu.profile;

/** How a device's software sits on its boot device. */
public enum ImageLayout {
    /** One classic IOS image file ({@code c1900-universalk9-mz.SPA.157-3.M8.bin}) booted whole. */
    MONOLITHIC,
    /** An IOS-XE bundle ({@code isr4300-universalk9.17.09.04a.SPA.bin}) booted whole. */
    BUNDLE,
    /** IOS-XE install mode: packages expanded on flash, booted through {@code packages.conf}. */
    INSTALL
}
