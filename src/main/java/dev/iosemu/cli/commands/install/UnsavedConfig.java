package dev.iosemu.cli.commands.install;

import dev.iosemu.device.Router;
import java.io.IOException;
import java.util.Locale;

/** The {@code [y/n/q]} question an activation asks first when the running configuration is not saved. */
final class UnsavedConfig {
    private UnsavedConfig() {}

    /** True when the operation may go on: the configuration was saved, saved now, or the user goes on without. */
    static boolean settled(InstallConsole console, Router router) {
        if (!router.configModified()) {
            return true;
        }
        console.line("System configuration has been modified.");
        console.line("Press Yes(y) to save the configuration and proceed.");
        console.line("Press No(n) for proceeding without saving the configuration.");
        while (true) {
            String answer = console.session()
                    .ask("Press Quit(q) to exit, you may save configuration and re-enter the command. [y/n/q]")
                    .strip()
                    .toLowerCase(Locale.ROOT);
            switch (answer) {
                case "y", "yes" -> {
                    return save(console, router);
                }
                case "n", "no" -> {
                    return true;
                }
                case "", "q", "quit" -> {
                    return false;
                }
                default -> console.line("Please answer y, n or q.");
            }
        }
    }

    private static boolean save(InstallConsole console, Router router) {
        console.line("Building configuration...");
        try {
            router.writeMemory();
            console.line("[OK]");
            return true;
        } catch (IOException e) {
            console.line("%Error writing nvram:startup-config (" + dev.iosemu.fs.FsErrors.reason(e) + ")");
            return false;
        }
    }
}
