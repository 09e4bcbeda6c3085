package dev.iosemu.profile;

/** What a device is for; it decides interface defaults, routing and the switch-only show commands. */
public enum Role {
    /** Routes between its interfaces, which start shut down; {@code show bootvar}. */
    ROUTER,
    /** Switches between its ports, which start up; {@code ip default-gateway}, {@code show boot}, vty 0 15. */
    SWITCH
}
