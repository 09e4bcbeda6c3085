package dev.iosemu.device;

/**
 * Why running IOS reloaded, as {@code show version} names it ({@code Last reload reason:}) and as the console
 * announces it: {@code reload} logs {@code %SYS-5-RELOAD}; an install operation is the process manager
 * exiting ({@code %PMAN-5-EXITACTION}).
 */
public enum ReloadReason {
    /** {@code reload} typed at the CLI. */
    COMMAND("Reload Command"),
    /** An install operation (activate, abort, rollback, the auto-abort timer). */
    INSTALL("Install"),
    /** The first activation of a device that ran a bundle: it now boots its packages. */
    ENABLING_INSTALL_MODE("Enabling Install mode");

    private final String text;

    ReloadReason(String text) {
        this.text = text;
    }

    /** {@code Reload Command}, {@code Install}. */
    public String text() {
        return text;
    }
}
