package dev.iosemu.cli;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A node of a mode's command tree and the builder that grows it.
 *
 * <p>{@link #keyword} and {@link #argument} return the child (creating it, or reusing an equal one
 * so several registrations share {@code show}); {@link #executes} makes the line complete here
 * ({@code <cr>} in help); several executing nodes on one path give optional parts, several children
 * give alternatives. {@link #option} adds flags such as {@code /force} accepted in any order at this
 * point. Trees are built at wiring time, before sessions run, and are read-only afterwards.
 */
public final class CommandNode {
    enum Role {
        ROOT,
        KEYWORD,
        ARGUMENT,
        OPTION,
        NEGATE,
        DELEGATE
    }

    private final Role role;
    private final CommandNode parent;
    private final String word;
    private final Arg<?> arg;
    private final Flag flag;
    private final String help;
    // immutable lists of exactly their size, the empty one shared: a device holds about 500 nodes, most of them
    // leaves, and a thousand devices hold half a million (an ArrayList and its spare room cost twice as much)
    private List<CommandNode> children = List.of();
    private List<CommandNode> options = List.of();
    private CommandHandler handler;
    private CommandHandler negationHandler;
    private boolean hidden;
    private boolean unavailable;
    // bytes for the same reason: a level is 0 to 15 (-1 inherits), a keyword far shorter than 128 characters
    private byte privilege = -1;
    private byte minimumMatch = 1;

    private CommandNode(Role role, CommandNode parent, String word, String help) {
        this(role, parent, word, null, null, help);
    }

    private CommandNode(Role role, CommandNode parent, String word, Arg<?> arg, Flag flag, String help) {
        this.role = role;
        this.parent = parent;
        this.word = word;
        this.arg = arg;
        this.flag = flag;
        this.help = help;
    }

    static CommandNode root() {
        return new CommandNode(Role.ROOT, null, null, "");
    }

    /** The child keyword {@code word} (IOS spells keywords in lower case), created if new. */
    public CommandNode keyword(String word, String help) {
        checkWord(word);
        for (CommandNode child : children) {
            if (child.role == Role.KEYWORD && child.word.equalsIgnoreCase(word)) {
                return child;
            }
        }
        return add(new CommandNode(Role.KEYWORD, this, word, Objects.requireNonNull(help, "help")));
    }

    /**
     * The child argument {@code arg}, created if new; handlers read its value with {@link
     * CommandContext#get(Arg)}. A {@link Arg#repeated} key is one node that may be typed again right
     * after itself, up to its count.
     *
     * @throws IllegalArgumentException if another key of the same name is registered here, or the key
     *     already appears on the path to this node
     */
    public CommandNode argument(Arg<?> arg) {
        Objects.requireNonNull(arg, "arg");
        checkWord(arg.name());
        for (CommandNode child : children) {
            if (child.role == Role.ARGUMENT && child.word.equals(arg.name())) {
                if (child.arg != arg) {
                    throw new IllegalArgumentException(
                            "argument '" + arg.name() + "' registered with two keys at '" + path() + "'");
                }
                return child;
            }
        }
        for (CommandNode n = this; n != null; n = n.parent) {
            if (n.arg == arg) {
                throw new IllegalArgumentException("argument '" + arg.name() + "' twice on '" + path() + "'");
            }
        }
        return add(new CommandNode(Role.ARGUMENT, this, arg.name(), arg, null, arg.help()));
    }

    /** Adds {@code flag} ({@code /force}), which may appear here once, in any order; returns this node. */
    public CommandNode option(Flag flag) {
        Objects.requireNonNull(flag, "flag");
        checkWord(flag.word());
        options = with(options, new CommandNode(Role.OPTION, this, flag.word(), null, flag, flag.help()));
        return this;
    }

    /**
     * Makes a line ending here complete and run {@code handler}; returns this node.
     *
     * @throws IllegalStateException if another handler already ends here
     */
    public CommandNode executes(CommandHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (this.handler != null) {
            throw new IllegalStateException("command registered twice: '" + path() + "'");
        }
        this.handler = handler;
        return this;
    }

    /**
     * Makes the {@code no} form ending here complete and run {@code handler}; returns this node.
     *
     * @throws IllegalStateException if another {@code no} handler already ends here
     */
    public CommandNode negates(CommandHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (this.negationHandler != null) {
            throw new IllegalStateException("no form registered twice: 'no " + path() + "'");
        }
        this.negationHandler = handler;
        return this;
    }

    /** The words leading here, arguments shown by name ({@code copy source destination}). */
    String path() {
        StringBuilder path = new StringBuilder();
        for (CommandNode n = this; n != null && n.role != Role.ROOT; n = n.parent) {
            path.insert(0, n.word).insert(0, ' ');
        }
        return path.toString().strip();
    }

    /** Keeps this node out of help, completion and abbreviation: it must be typed in full. */
    public CommandNode hidden() {
        this.hidden = true;
        return this;
    }

    /**
     * Marks a word this device does not have although users type it ({@code show boot} on an ISR G2):
     * it neither runs nor abbreviates, and typed in full it fails with the caret under it, exactly as
     * an unknown word, instead of abbreviating a longer keyword ({@code bootvar}). Implies hidden.
     */
    public CommandNode unavailable() {
        if (handler != null || !children.isEmpty()) {
            throw new IllegalStateException("an unavailable word cannot run or continue: '" + path() + "'");
        }
        this.unavailable = true;
        this.hidden = true;
        return this;
    }

    /**
     * Sets the privilege level needed (1 = user EXEC too). Descendants inherit it unless they set
     * their own; a keyword is offered at the lowest level any of its descendants needs, so marking
     * {@code show version} level 1 makes {@code show} appear in user EXEC with only {@code version}.
     */
    public CommandNode privilege(int level) {
        if (level < 0 || level > 15) {
            throw new IllegalArgumentException("privilege level out of range: " + level);
        }
        this.privilege = (byte) level;
        return this;
    }

    /**
     * Makes an abbreviation of this keyword shorter than {@code chars} characters incomplete rather than a
     * match, as IOS declares some keywords ({@code erase start} is {@code % Incomplete command.} on a real
     * 1941, where {@code erase startup-config} runs); returns this node.
     */
    public CommandNode minimumMatch(int chars) {
        if (chars < 1 || chars > word.length() || chars > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("minimum match out of range for '" + word + "': " + chars);
        }
        this.minimumMatch = (byte) chars;
        return this;
    }

    /** Whether {@code typed} abbreviates this keyword but is shorter than its minimum match. */
    boolean tooShort(String typed) {
        return typed.length() < minimumMatch && matchesWord(typed);
    }

    /** Runs {@code body} on this node (to register alternatives inline); returns this node. */
    public CommandNode branch(Consumer<CommandNode> body) {
        body.accept(this);
        return this;
    }

    /**
     * Adds {@code shared}, a node built detached and shared by several trees, as a child; it is never
     * changed afterwards (its parent stays the detached one: its privilege and path are its own).
     */
    void adopt(CommandNode shared) {
        add(shared);
    }

    CommandNode addSpecial(Role special, String keyword, String help) {
        return add(new CommandNode(special, this, keyword, help));
    }

    private CommandNode add(CommandNode child) {
        children = with(children, child);
        return child;
    }

    /** {@code list} and {@code added} after it, as a new immutable list (trees are built once, then only read). */
    private static List<CommandNode> with(List<CommandNode> list, CommandNode added) {
        CommandNode[] grown = list.toArray(new CommandNode[list.size() + 1]);
        grown[list.size()] = added;
        return List.of(grown);
    }

    private static void checkWord(String word) {
        Objects.requireNonNull(word, "word");
        if (word.isEmpty() || word.chars().anyMatch(c -> c <= ' ' || c == '?' || c == '|')) {
            throw new IllegalArgumentException("bad keyword or name: '" + word + "'");
        }
    }

    Role role() {
        return role;
    }

    String word() {
        return word;
    }

    Arg<?> arg() {
        return arg;
    }

    ArgType type() {
        return arg.type();
    }

    Flag flag() {
        return flag;
    }

    String help() {
        return help;
    }

    boolean isHidden() {
        return hidden;
    }

    boolean isUnavailable() {
        return unavailable;
    }

    List<CommandNode> children() {
        return children;
    }

    List<CommandNode> options() {
        return options;
    }

    Optional<CommandHandler> handler(boolean negated) {
        return Optional.ofNullable(negated ? negationHandler : handler);
    }

    boolean matchesWord(String typed) {
        return word.toLowerCase(Locale.ROOT).startsWith(typed.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code typed} selects this keyword: an abbreviation at least its minimum match long. */
    boolean abbreviatedBy(String typed) {
        return typed.length() >= minimumMatch && matchesWord(typed);
    }

    /** The level needed to run a handler here: own level, else the nearest ancestor's, else 15. */
    int effectivePrivilege() {
        for (CommandNode n = this; n != null; n = n.parent) {
            if (n.privilege >= 0) {
                return n.privilege;
            }
        }
        return 15;
    }

    /** The lowest level at which this node can be typed: its own, or any descendant's. */
    int reachablePrivilege() {
        int level = effectivePrivilege();
        for (CommandNode child : children) {
            level = Math.min(level, child.reachablePrivilege());
        }
        return level;
    }

    /** True when some {@code no} form is registered at or below this node. */
    boolean hasNegation() {
        if (negationHandler != null) {
            return true;
        }
        for (CommandNode child : children) {
            if (child.hasNegation()) {
                return true;
            }
        }
        return false;
    }
}
