package dev.iosemu.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parser's position while it walks a line: current node, polarity ({@code no}), privilege, and
 * what was collected. One instance per parse, confined to the parsing thread.
 */
final class ParseState {
    private final CommandRegistry registry;
    private final CommandNode root;
    private CommandNode node;
    private int privilege;
    private boolean negated;
    private Mode execMode;
    private CommandNode lastArgument;
    private final Map<Arg<?>, Object> values = new LinkedHashMap<>();
    private final Set<Flag> flags = new HashSet<>();
    private final Set<CommandNode> usedOptions = new HashSet<>();

    /** A parse in {@code mode} for a session at {@code privilege} (0 to 15). */
    ParseState(CommandRegistry registry, Mode mode, int privilege) {
        this.registry = registry;
        this.root = registry.root(mode);
        this.node = root;
        this.privilege = privilege;
    }

    CommandNode node() {
        return node;
    }

    boolean negated() {
        return negated;
    }

    boolean atRoot() {
        return node.role() == CommandNode.Role.ROOT;
    }

    /** The argument consumed by the last step, if any (a {@code LINE} keeps offering itself). */
    Optional<CommandNode> lastArgument() {
        return Optional.ofNullable(lastArgument);
    }

    /** Keyword-like choices here: keywords, unused flags, and {@code no}/{@code do} at a root. */
    List<CommandNode> keywords() {
        List<CommandNode> result = new ArrayList<>();
        for (CommandNode child : node.children()) {
            if (child.role() != CommandNode.Role.ARGUMENT && visible(child)) {
                result.add(child);
            }
        }
        for (CommandNode option : node.options()) {
            if (!usedOptions.contains(option)) {
                result.add(option);
            }
        }
        return result;
    }

    /** Argument choices here: a repeated argument just taken (while it may repeat), then the children in order. */
    List<CommandNode> arguments() {
        List<CommandNode> result = new ArrayList<>();
        if (node.role() == CommandNode.Role.ARGUMENT && mayRepeat(node.arg())) {
            result.add(node);
        }
        for (CommandNode child : node.children()) {
            if (child.role() == CommandNode.Role.ARGUMENT && visible(child)) {
                result.add(child);
            }
        }
        return result;
    }

    private boolean mayRepeat(Arg<?> arg) {
        return arg.repeats() && ((List<?>) values.get(arg)).size() < arg.maxCount();
    }

    private boolean visible(CommandNode child) {
        // at level 15 everything is reachable, and a configuration replay parses at level 15 only
        if (privilege < 15 && child.reachablePrivilege() > privilege) {
            return false;
        }
        return switch (child.role()) {
            case NEGATE -> !negated && root.hasNegation();
            case DELEGATE -> !negated;
            case KEYWORD, ARGUMENT -> !negated || child.hasNegation();
            case ROOT, OPTION -> true;
        };
    }

    /** Moves past a keyword-like node. */
    void take(CommandNode chosen) {
        lastArgument = null;
        switch (chosen.role()) {
            case KEYWORD -> node = chosen;
            case OPTION -> {
                usedOptions.add(chosen);
                flags.add(chosen.flag());
            }
            case NEGATE -> negated = true;
            case DELEGATE -> {
                node = registry.root(Mode.PRIVILEGED_EXEC);
                execMode = Mode.PRIVILEGED_EXEC;
            }
            case ROOT, ARGUMENT -> throw new IllegalArgumentException("not a keyword: " + chosen.role());
        }
    }

    /** Moves past an argument with its parsed value (one more of a repeated argument's list). */
    void take(CommandNode argument, Object value) {
        Arg<?> arg = argument.arg();
        if (arg.repeats()) {
            values.merge(arg, List.of(value), ParseState::append);
        } else {
            values.put(arg, value);
        }
        node = argument;
        lastArgument = argument;
    }

    private static Object append(Object list, Object one) {
        List<Object> longer = new ArrayList<>((List<?>) list);
        longer.addAll((List<?>) one);
        return List.copyOf(longer);
    }

    /** The outcome when the line ends here. */
    ParseOutcome finish() {
        if (atRoot()) {
            return new ParseOutcome.Incomplete();
        }
        if (node.effectivePrivilege() > privilege) {
            return new ParseOutcome.Incomplete();
        }
        return node.handler(negated)
                .<ParseOutcome>map(h -> new ParseOutcome.Complete(
                        h, new ParseOutcome.Arguments(values, flags), negated, Optional.ofNullable(execMode)))
                .orElseGet(ParseOutcome.Incomplete::new);
    }

    /** True when a line ending here would run a command ({@code <cr>} in help). */
    boolean complete() {
        return !atRoot()
                && node.effectivePrivilege() <= privilege
                && node.handler(negated).isPresent();
    }
}
