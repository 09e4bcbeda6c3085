package dev.iosemu.cli;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The command trees of all modes of one device, with the generic built-ins ({@code enable},
 * {@code configure terminal}, {@code exit}, {@code end}, {@code do}, {@code no}, {@code terminal},
 * {@code show history}, {@code help}) already registered. Register device commands at wiring time;
 * one registry is shared by all sessions of a device.
 */
public final class CommandRegistry {
    private final Map<String, CommandNode> roots = new ConcurrentHashMap<>();
    private final List<Predicate<CliSession>> lineHooks = new CopyOnWriteArrayList<>();
    private final List<BiFunction<CliSession, String, Optional<String>>> rewrites = new CopyOnWriteArrayList<>();

    public CommandRegistry() {
        BuiltinCommands.registerExec(root(Mode.PRIVILEGED_EXEC));
    }

    /** The root of {@code mode}'s tree; both EXEC modes share one tree (see {@link CommandNode#privilege}). */
    public CommandNode root(Mode mode) {
        return roots.computeIfAbsent(mode.treeKey(), key -> newRoot(mode));
    }

    /**
     * Calls {@code hook} on a session's thread before each line it runs, for device events that fell due
     * while the user typed (the install auto-abort timer). A hook that returns true has taken the console
     * over (a reload): the line is then dropped, as a real device drops what was typed before it reloaded.
     */
    public void beforeEachLine(Predicate<CliSession> hook) {
        lineHooks.add(Objects.requireNonNull(hook, "hook"));
    }

    /** Runs the line hooks; true when one of them took the console over. */
    boolean lineEntered(CliSession session) {
        for (Predicate<CliSession> hook : lineHooks) {
            if (hook.test(session)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lets {@code rewrite} give the command a typed line stands for on a session, before it is parsed: with a
     * suspended connection, a bare Enter stands for {@code resume}. The first rewrite that answers wins.
     */
    public void rewriteLines(BiFunction<CliSession, String, Optional<String>> rewrite) {
        rewrites.add(Objects.requireNonNull(rewrite, "rewrite"));
    }

    /** The command {@code line} stands for on {@code session}, if a rewrite gives one. */
    Optional<String> rewritten(CliSession session, String line) {
        for (BiFunction<CliSession, String, Optional<String>> rewrite : rewrites) {
            Optional<String> command = rewrite.apply(session, line);
            if (command.isPresent()) {
                return command;
            }
        }
        return Optional.empty();
    }

    private static CommandNode newRoot(Mode mode) {
        CommandNode root = CommandNode.root();
        if (mode.isConfig()) {
            BuiltinCommands.registerConfig(root);
        }
        return root;
    }
}
