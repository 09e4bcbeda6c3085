package dev.iosemu.app;

import dev.iosemu.lab.file.LabFileException;
import dev.iosemu.profile.DeviceProfiles;
import dev.iosemu.profile.ProfileException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/** Entry point of the iosemu executable jar: {@code run} (the default), {@code serve}, {@code lab} and {@code image}. */
@Command(
        name = "iosemu",
        mixinStandardHelpOptions = true,
        version = Main.VERSION,
        description = "A Cisco IOS device emulator with real TFTP and FTP transfers.")
public final class Main implements Runnable {
    /** What {@code --version} says, for every command. */
    static final String VERSION = "iosemu 0.1.0";

    public static void main(String[] args) {
        SelectorChoice.install();
        if (Boolean.getBoolean(RELAUNCHED)) {
            endWithLauncher();
        }
        String[] command = withDefaultCommand(args);
        if (command[0].equals("run") && Arrays.stream(command).noneMatch(word -> word.startsWith("--device"))) {
            DeviceProfiles.prefetch(DeviceProfiles.defaultName()); // read while the command line is parsed
        }
        LogSetup.install();
        System.exit(commandLine(command[0]).execute(command));
    }

    /**
     * The system property the {@link Launcher} sets on the JVM it starts with the start-up cache; the launcher
     * spells it again, since naming that Java 8 class here would have javac compile it for this release.
     */
    static final String RELAUNCHED = "iosemu.relaunched";

    /**
     * A JVM the {@link Launcher} started for its start-up cache ends when the launcher does: a launcher killed
     * outright (SIGKILL) cannot stop it, and nothing would read its output or end it.
     */
    private static void endWithLauncher() {
        ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit().thenRun(() -> System.exit(FAILED)));
    }

    /** Exit status of a failure the user can fix: a bad profile, a port in use, a missing file. */
    static final int FAILED = 1;

    /** The whole command line, every subcommand in it (for help, and for tests). */
    static CommandLine commandLine() {
        return commandLine("");
    }

    /**
     * The command line with only subcommand {@code name} in it when it names one, else with all: picocli reads
     * each subcommand's annotations (and their nested subcommands') when it is added, and the three a start
     * does not use cost it about 15 ms of CPU before the first prompt.
     */
    static CommandLine commandLine(String name) {
        CommandLine line = new CommandLine(new Main());
        for (Map.Entry<String, Supplier<Object>> subcommand : COMMANDS.entrySet()) {
            if (!COMMANDS.containsKey(name) || subcommand.getKey().equals(name)) {
                line.addSubcommand(subcommand.getKey(), subcommand.getValue().get());
            }
        }
        return line.setExecutionExceptionHandler(Main::failed);
    }

    /** The subcommands by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = orderedCommands();

    private static Map<String, Supplier<Object>> orderedCommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("run", RunCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("lab", LabCommand::new);
        commands.put("image", ImageCommand::new);
        return commands;
    }

    /**
     * A bad profile or an I/O failure (a port in use, a missing file) is the user's to fix: one line names
     * it, without a stack trace. Anything else is a bug and keeps its trace.
     */
    private static int failed(Exception failure, CommandLine command, ParseResult parsed) throws Exception {
        if (failure instanceof ProfileException
                || failure instanceof IOException
                || failure instanceof LabFileException) {
            command.getErr().println("iosemu: " + describe(failure));
            command.getErr().flush();
            return FAILED;
        }
        throw failure;
    }

    /** With no subcommand, {@code iosemu [options]} means {@code iosemu run [options]}. */
    static String[] withDefaultCommand(String[] args) {
        if (args.length > 0 && SUBCOMMANDS.contains(args[0])) {
            return args;
        }
        if (args.length > 0
                && (args[0].equals("-h")
                        || args[0].equals("--help")
                        || args[0].equals("-V")
                        || args[0].equals("--version"))) {
            return args;
        }
        String[] withRun = new String[args.length + 1];
        withRun[0] = "run";
        System.arraycopy(args, 0, withRun, 1, args.length);
        return withRun;
    }

    private static final java.util.Set<String> SUBCOMMANDS = java.util.Set.of("run", "serve", "lab", "image", "help");

    private static String describe(Exception failure) {
        return switch (failure) {
            case NoSuchFileException e ->
                Objects.requireNonNullElse(e.getReason(), "no such file") + ": " + e.getFile();
            case NotDirectoryException e -> "not a folder: " + e.getFile();
            case AccessDeniedException e -> "permission denied: " + e.getFile();
            default -> failure.getMessage();
        };
    }

    @Override
    public void run() {
        commandLine().usage(System.out);
    }
}
