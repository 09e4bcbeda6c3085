package dev.iosemu.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The command trees of all modes of one device, with the generic built-ins ({@code enable},
 * {@code configure terminal}, {@code exit}, {@code end}, {@code do}, {@code no}, {@code terminal},
 * {@code show history}, {@code help}) already registered. Register device commands at wiring time;
 * one registry is shared by all sessions of a device.
 */
public final class CommandRegistry {
    private final Map<String, CommandNode> roots = new ConcurrentHashMap<>();

    public CommandRegistry() {
        BuiltinCommands.registerExec(root(Mode.PRIVILEGED_EXEC));
    }

    /** The root of {@code mode}'s tree; both EXEC modes share one tree (see {@link CommandNode#privilege}). */
    public CommandNode root(Mode mode) {
        return roots.computeIfAbsent(mode.treeKey(), key -> newRoot(mode));
    }

    private static CommandNode newRoot(Mode mode) {
        CommandNode root = CommandNode.root();
        if (mode.isConfig()) {
            BuiltinCommands.registerConfig(root);
        }
        return root;
    }
}
