package dev.iosemu.cli.commands.install;

import dev.iosemu.device.install.Installer;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The start and end lines of each operation in the install log ({@code [3|install_add]: START ...}). */
record InstallLog(Installer installer) {
    /** Logs the start of {@code name}; returns its operation number. */
    int begin(String name, InstallConsole console) {
        try {
            return installer.begin(name, console.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void end(int number, String name, boolean success, InstallConsole console) {
        try {
            installer.end(number, name, success, console.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
