package dev.iosemu.device.rommon;

import dev.iosemu.device.BootEnvironment;
import dev.iosemu.device.BootMedia;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.LineInput;
import dev.iosemu.device.MediaEntry;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Catalyst 2960 boot loader ({@code switch: }): {@code boot} (a flash file or {@code tftp://}), {@code dir},
 * {@code set}, {@code unset}, {@code flash_init}, {@code copy} (flash, {@code tftp://} with {@code IP_ADDR}
 * and {@code DEFAULT_ROUTER}, or {@code xmodem:} over the console), {@code delete}, {@code rename}, {@code mkdir}, {@code version}, {@code reset},
 * {@code help}. Variables are the same
 * loader environment IOS changes with {@code boot system}. Runs on the console thread only.
 */
public final class SwitchLoader implements BootLoaderShell {
    private static final String PROMPT = "switch: ";
    private static final List<String> HELP = List.of(
            "?             -- Present list of available commands",
            "boot          -- Load and boot an executable image",
            "copy          -- Copy a file",
            "delete        -- Delete file(s)",
            "dir           -- List files in directories",
            "flash_init    -- Initialize flash filesystem(s)",
            "help          -- Present list of available commands",
            "mkdir         -- Create dir",
            "rename        -- Rename a file",
            "reset         -- Reset the system",
            "set           -- Set or display environment variables",
            "unset         -- Unset one or more environment variables",
            "version       -- Display boot loader version");

    private final BootEnvironment environment;
    private final BootMedia media;
    private final LoaderCopy copy;
    private final String version;
    private boolean flashInitialized;

    /**
     * A loader over the device's environment and media.
     *
     * @param flashInitialized whether the loader already initialized flash (false after an interrupted boot)
     */
    public SwitchLoader(BootEnvironment environment, BootMedia media, boolean flashInitialized) {
        this(environment, media, RommonTftp.unavailable(), "", flashInitialized);
    }

    /**
     * A loader that can also copy from a TFTP server ({@code IP_ADDR}, {@code DEFAULT_ROUTER}) through
     * {@code tftp}.
     *
     * @param version the loader's version line, for {@code version}
     */
    public SwitchLoader(
            BootEnvironment environment, BootMedia media, RommonTftp tftp, String version, boolean flashInitialized) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.media = Objects.requireNonNull(media, "media");
        this.copy = new LoaderCopy(environment, media, tftp);
        this.version = version;
        this.flashInitialized = flashInitialized;
    }

    @Override
    public RommonExit run(LineInput input, ConsoleSink console) {
        while (true) {
            Optional<String> line = input.readLine(PROMPT);
            if (line.isEmpty()) {
                return new RommonExit.InputEnded();
            }
            Optional<RommonExit> exit = execute(CommandLine.parse(line.get()), input, console);
            if (exit.isPresent()) {
                return exit.get();
            }
        }
    }

    private Optional<RommonExit> execute(CommandLine line, LineInput input, ConsoleSink console) {
        switch (line.command()) {
            case "" -> {}
            case "boot" -> {
                return Optional.of(new RommonExit.Boot(line.arguments().stream().findFirst()));
            }
            case "reset" -> {
                return Optional.of(new RommonExit.Reset());
            }
            case "dir" -> dir(line, console);
            case "set" -> set(line, console);
            case "unset" -> line.arguments().forEach(environment::unset);
            case "flash_init" -> flashInit(console);
            case "delete" -> delete(line, input, console);
            case "rename" -> rename(line, console);
            case "copy" -> copy.run(line, input, console);
            case "mkdir" -> mkdir(line, console);
            case "version" -> console.line(version);
            case "help", "?" -> HELP.forEach(console::line);
            default -> console.line("unknown cmd: " + line.command());
        }
        return Optional.empty();
    }

    private void flashInit(ConsoleSink console) {
        FlashInitReport.print(media, "flash:", console);
        flashInitialized = true;
    }

    private void dir(CommandLine line, ConsoleSink console) {
        String device = line.arguments().isEmpty() ? "flash:" : line.argument(0);
        Optional<List<MediaEntry>> entries = flashInitialized ? media.list(device) : Optional.empty();
        if (entries.isEmpty()) {
            console.line("unable to stat " + device + "/: invalid argument");
            return;
        }
        console.line("Directory of " + device + "/");
        console.line("");
        for (MediaEntry entry : entries.get()) {
            String perms = entry.directory() ? "drwx" : "-rwx";
            console.line(String.format(
                    Locale.ROOT,
                    "%5d  %s  %-10d<date>               %s",
                    entry.index(),
                    perms,
                    entry.size(),
                    entry.name()));
        }
        console.line("");
        media.space(device)
                .ifPresent(space -> console.line(space.free() + " bytes available (" + space.used() + " bytes used)"));
        console.line("");
    }

    private void set(CommandLine line, ConsoleSink console) {
        List<String> args = line.arguments();
        if (args.isEmpty()) {
            new TreeMap<>(environment.variables()).forEach((name, value) -> console.line(name + "=" + value));
            return;
        }
        environment.set(args.get(0), String.join(" ", args.subList(1, args.size())));
    }

    private void delete(CommandLine line, LineInput input, ConsoleSink console) {
        for (String path : line.arguments()) {
            if (media.find(path).isEmpty()) {
                console.line("unable to stat " + path + ": no such file or directory");
                continue;
            }
            String answer = input.readLine("Are you sure you want to delete \"" + path + "\" (y/n)?")
                    .orElse("n");
            if (answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                console.line(
                        attempt(() -> media.delete(path))
                                ? "File \"" + path + "\" deleted"
                                : "File \"" + path + "\" not deleted");
            } else {
                console.line("File \"" + path + "\" not deleted");
            }
        }
    }

    private void rename(CommandLine line, ConsoleSink console) {
        if (line.arguments().size() != 2) {
            console.line("usage: rename <source_file> <destination_file>");
            return;
        }
        if (!attempt(() -> media.rename(line.argument(0), line.argument(1)))) {
            console.line("unable to rename " + line.argument(0) + " to " + line.argument(1));
        }
    }

    private void mkdir(CommandLine line, ConsoleSink console) {
        for (String path : line.arguments()) {
            if (!attempt(() -> media.mkdir(path))) {
                console.line("unable to create directory " + path);
            }
        }
    }

    private interface MediaAction {
        boolean run() throws IOException;
    }

    private static boolean attempt(MediaAction action) {
        try {
            return action.run();
        } catch (IOException e) {
            return false;
        }
    }
}
