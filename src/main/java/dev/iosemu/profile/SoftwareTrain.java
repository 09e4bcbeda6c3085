package dev.iosemu.profile;

/** The software a device runs, as a profile names it; the device maps it onto the image family. */
public enum SoftwareTrain {
    /** Classic IOS (ISR G2, Catalyst 2960): versions like {@code 15.7(3)M8}. */
    CLASSIC_IOS,
    /** IOS-XE (ISR 4000, Catalyst 9000): versions like {@code 17.9.4a}. */
    IOS_XE
}
