package dev.iosemu.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the iosemu executable jar: {@code run} (the default), {@code serve} and {@code image}. */
@Command(
        name = "iosemu",
        mixinStandardHelpOptions = true,
        version = "iosemu 0.1.0",
        description = "A Cisco IOS device emulator with real TFTP and FTP transfers.",
        subcommands = {ServeCommand.class, ImageCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        commandLine().usage(System.out);
    }
}
