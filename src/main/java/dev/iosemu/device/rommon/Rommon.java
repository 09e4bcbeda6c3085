package dev.iosemu.device.rommon;

import dev.iosemu.device.BootEnvironment;
import dev.iosemu.device.BootMedia;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.LineInput;
import dev.iosemu.device.MediaEntry;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ISR ROMMON monitor ({@code rommon N > }): {@code boot}, {@code confreg}, {@code dir}, {@code set},
 * {@code unset}, {@code VAR=value}, {@code tftpdnld}, {@code reset}, {@code help}. The prompt number counts
 * every line entered since ROMMON was entered. Runs on the console thread only.
 */
public final class Rommon implements BootLoaderShell {
    static final String LOAD_LINE = "program load complete, entry point: 0x80803000, size: 0x1b340";
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)");
    private static final List<String> HELP = List.of(
            "boot                boot up an external process",
            "confreg             configuration register utility",
            "dir                 list files in file system",
            "help                monitor builtin command help",
            "reset               system reset",
            "set                 display the monitor variables",
            "tftpdnld            tftp image download",
            "unset               unset a monitor variable");

    /** The IOS-XE ROMMON of an ISR 4000: no {@code tftpdnld} (it boots {@code tftp://} instead), Linux listings. */
    private static final List<String> XE_HELP = List.of(
            "alias               set and display aliases command",
            "boot                boot up an external process",
            "confreg             configuration register utility",
            "dev                 list the device table",
            "dir                 list files in file system",
            "help                monitor builtin command help",
            "history             monitor command history",
            "meminfo             main memory information",
            "reset               system reset",
            "set                 display the monitor variables",
            "showmon             display currently selected ROM monitor",
            "sync                write monitor environment to NVRAM",
            "unset               unset a monitor variable");

    private final BootEnvironment environment;
    private final BootMedia media;
    private final TftpDownloadCommand tftpdnld;
    private final boolean iosXe;
    private final String version;
    private int promptNumber = 1;

    /**
     * A ROMMON over the device's environment and media.
     *
     * @param macAddress the MAC shown as TFTP_MACADDR by {@code tftpdnld}
     * @param bootDevice the device {@code tftpdnld} writes to ({@code flash0:})
     */
    public Rommon(BootEnvironment environment, BootMedia media, RommonTftp tftp, String macAddress, String bootDevice) {
        this(environment, media, tftp, macAddress, bootDevice, false, "");
    }

    /**
     * A ROMMON of classic IOS (ISR G2) or of IOS-XE (ISR 4000: its own help, {@code dir} and {@code showmon}, no
     * {@code tftpdnld}; {@code boot tftp://} fetches with {@code IP_ADDRESS} and friends).
     *
     * @param version the monitor's version line, for {@code showmon}
     */
    public Rommon(
            BootEnvironment environment,
            BootMedia media,
            RommonTftp tftp,
            String macAddress,
            String bootDevice,
            boolean iosXe,
            String version) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.media = Objects.requireNonNull(media, "media");
        this.tftpdnld = new TftpDownloadCommand(environment, media, tftp, macAddress, bootDevice);
        this.iosXe = iosXe;
        this.version = version;
    }

    @Override
    public RommonExit run(LineInput input, ConsoleSink console) {
        while (true) {
            Optional<String> line = input.readLine("rommon " + promptNumber + " > ");
            if (line.isEmpty()) {
                return new RommonExit.InputEnded();
            }
            promptNumber++;
            Optional<RommonExit> exit = execute(CommandLine.parse(line.get()), input, console);
            if (exit.isPresent()) {
                return exit.get();
            }
        }
    }

    private Optional<RommonExit> execute(CommandLine line, LineInput input, ConsoleSink console) {
        var assignment = ASSIGNMENT.matcher(line.raw());
        if (assignment.matches()) {
            environment.set(assignment.group(1), assignment.group(2));
            return Optional.empty();
        }
        switch (line.command()) {
            case "" -> {}
            case "boot", "b" -> {
                return Optional.of(new RommonExit.Boot(line.arguments().stream().findFirst()));
            }
            case "reset", "i" -> {
                return Optional.of(new RommonExit.Reset());
            }
            case "confreg" -> confreg(line, input, console);
            case "dir" -> {
                if (iosXe) {
                    XeListing.dir(media, line, console);
                } else {
                    dir(line, console);
                }
            }
            case "help", "?" -> (iosXe ? XE_HELP : HELP).forEach(console::line);
            case "showmon" -> console.line(iosXe ? version : "monitor: command \"showmon\" not found");
            case "set" -> set(console);
            case "unset" -> line.arguments().forEach(environment::unset);
            case "tftpdnld" -> {
                if (iosXe) {
                    console.line("monitor: command \"tftpdnld\" not found");
                } else {
                    tftpdnld.run(line, input, console);
                }
            }
            default -> console.line("monitor: command \"" + line.command() + "\" not found");
        }
        return Optional.empty();
    }

    private void confreg(CommandLine line, LineInput input, ConsoleSink console) {
        if (line.arguments().isEmpty()) {
            confregSummary(input, console);
            return;
        }
        Optional<Integer> value = parseRegister(line.argument(0));
        if (value.isEmpty()) {
            console.line("confreg: bad value \"" + line.argument(0) + "\"");
            return;
        }
        environment.setNextConfigRegister(value.get());
        console.line("");
        console.line("You must reset or power cycle for new config to take effect");
        console.line("");
    }

    private void confregSummary(LineInput input, ConsoleSink console) {
        int register = environment.nextConfigRegister();
        console.line("");
        console.line("    Configuration Summary");
        console.line(String.format(Locale.ROOT, "    (Virtual Configuration Register: 0x%x)", register));
        console.line("enabled are:");
        console.line("console baud: 9600");
        console.line(
                (register & 0xF) == 0 ? "boot: the ROM Monitor" : "boot: image specified by the boot system commands");
        console.line("");
        input.readLine("do you wish to change the configuration? y/n  [n]:  ");
        console.line("");
    }

    /** Parses a register value as ROMMON and IOS accept it: hex, with or without {@code 0x}. */
    public static Optional<Integer> parseRegister(String text) {
        String digits = text.toLowerCase(Locale.ROOT).startsWith("0x") ? text.substring(2) : text;
        if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits, 16));
    }

    private void dir(CommandLine line, ConsoleSink console) {
        String device = line.arguments().isEmpty() ? "flash:" : line.argument(0);
        Optional<List<MediaEntry>> entries = media.list(device);
        console.line(LOAD_LINE);
        if (entries.isEmpty()) {
            console.line("dir: invalid device name \"" + device + "\"");
            return;
        }
        console.line("Directory of " + device);
        console.line("");
        for (MediaEntry entry : entries.get()) {
            String perms = entry.directory() ? "drw-" : "-rw-";
            console.line(
                    String.format(Locale.ROOT, "%-7d%-10d%s     %s", entry.index(), entry.size(), perms, entry.name()));
        }
    }

    private void set(ConsoleSink console) {
        console.line("PS1=rommon ! >");
        environment.variables().forEach((name, value) -> console.line(name + "=" + value));
    }
}
