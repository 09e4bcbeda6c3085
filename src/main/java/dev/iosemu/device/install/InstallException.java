package dev.iosemu.device.install;

/**
 * An install operation refused or failed before it changed anything; the message is what follows
 * {@code FAILED: <operation> : } on the console.
 */
public final class InstallException extends Exception {
    private static final long serialVersionUID = 1L;

    public InstallException(String message) {
        super(message);
    }
}
