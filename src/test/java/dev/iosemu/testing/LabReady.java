package dev.iosemu.testing;

import dev.iosemu.cli.HeadlessSession;

/**
 * What the shipped profiles' lab-ready startup-config asks of a test: their {@code enable secret} (and the
 * password of their user {@code cisco}), typed where real IOS asks for it.
 */
public final class LabReady {
    /** The shipped profiles' {@code enable secret}, and the password of {@code username cisco}. */
    public static final String SECRET = "cisco";

    /** {@code enable} and the secret as two script lines (for {@code runScript}, {@code --batch} input). */
    public static final String ENABLE_LINES = "enable\n" + SECRET + "\n";

    private LabReady() {}

    /** Types {@code enable} on {@code console} and the secret at its {@code Password:}; returns the output. */
    public static String enable(HeadlessSession console) {
        return console.exec("enable", SECRET);
    }
}
