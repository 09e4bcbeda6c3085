package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.ConsoleIo;
import dev.iosemu.cli.InputKind;
import dev.iosemu.cli.IosShell;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.ShellSettings;
import dev.iosemu.device.ConfigReplayer;
import dev.iosemu.device.ConsoleSink;
import java.util.List;
import java.util.Optional;

/**
 * Replays configuration text through the real command parser, as IOS does with the startup-config: each
 * unindented line starts from global configuration, indented lines run in the sub-mode the previous line
 * entered; a banner takes the lines after it up to its closing delimiter as its text. Whatever a line prints
 * (errors) goes to the console. Not thread-safe; one replay at a time.
 */
public final class StartupReplayer implements ConfigReplayer {
    private final CommandRegistry registry;
    private final ShellSettings settings;

    /** A replayer over the device's registry; {@code settings} as for its sessions (no hooks needed). */
    public StartupReplayer(CommandRegistry registry, ShellSettings settings) {
        this.registry = registry;
        this.settings = settings;
    }

    @Override
    public void replay(List<String> lines, ConsoleSink console) {
        CliSession session = new CliSession(new ReplayConsole(console), new IosShell(registry, settings));
        session.setTerminalLength(0);
        session.enterMode(Mode.GLOBAL_CONFIG);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("!") || line.strip().equals("end")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0)) && !session.mode().equals(Mode.GLOBAL_CONFIG)) {
                session.enterMode(Mode.GLOBAL_CONFIG);
            }
            StringBuilder command = new StringBuilder(line.strip());
            Optional<BannerInput> banner = BannerInput.openedBy(command.toString());
            while (banner.isPresent() && !banner.get().closed() && i + 1 < lines.size()) {
                String next = lines.get(++i);
                command.append('\n').append(next);
                banner = banner.map(input -> input.plus(next));
            }
            session.execute(command.toString());
        }
    }

    /**
     * The replay's console: what a line prints goes straight to the device console (nothing is kept, so a
     * long replay stays linear), and nobody answers a question a line asks.
     */
    private record ReplayConsole(ConsoleSink console) implements ConsoleIo {
        @Override
        public String readLine(String prompt, InputKind kind) {
            console.text(prompt);
            return null;
        }

        @Override
        public int readKey(String prompt) {
            return -1;
        }

        @Override
        public void write(String text) {
            console.text(text);
        }

        @Override
        public void printAbove(String message) {
            console.text(message + "\n");
        }
    }
}
