package dev.iosemu.cli;

import java.util.Objects;
import java.util.Optional;

/**
 * A CLI mode: decides the prompt suffix, which command tree is parsed and where {@code exit} leads.
 *
 * <p>Both EXEC modes share one command tree; what a session may run there is its own privilege level
 * ({@link CliSession#privilege}), 1 in user EXEC and 15 after {@code enable}, the way IOS works. Configuration sub-modes ({@code config-if}, {@code config-line}, later {@code config-vlan})
 * each have their own tree and return to global configuration on {@code exit}. Modes are values:
 * two {@code configSubMode("config-vlan", …)} calls give equal modes.
 *
 * @param name the mode name, shown in parentheses in configuration prompts ({@code config-if})
 * @param kind which family the mode belongs to
 * @param helpHeader the first line of help at an empty prompt ({@code Exec commands:})
 */
public record Mode(String name, Kind kind, String helpHeader) {
    /** The four families of modes. */
    public enum Kind {
        USER_EXEC,
        PRIVILEGED_EXEC,
        GLOBAL_CONFIG,
        CONFIG_SUBMODE
    }

    /** {@code Router>}: privilege level 1. */
    public static final Mode USER_EXEC = new Mode("exec", Kind.USER_EXEC, "Exec commands:");

    /** {@code Router#}: privilege level 15. */
    public static final Mode PRIVILEGED_EXEC = new Mode("exec", Kind.PRIVILEGED_EXEC, "Exec commands:");

    /** {@code Router(config)#}. */
    public static final Mode GLOBAL_CONFIG = new Mode("config", Kind.GLOBAL_CONFIG, "Configure commands:");

    /** {@code Router(config-if)#}; its mode target is the interface name. */
    public static final Mode INTERFACE_CONFIG = configSubMode("config-if", "Interface configuration commands:");

    /** {@code Router(config-line)#}; its mode target describes the line ({@code console 0}). */
    public static final Mode LINE_CONFIG = configSubMode("config-line", "Line configuration commands:");

    /** {@code Switch(config-vlan)#}; its mode target is the VLAN. */
    public static final Mode VLAN_CONFIG = configSubMode("config-vlan", "VLAN configuration commands:");

    public Mode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(helpHeader, "helpHeader");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("bad mode name: '" + name + "'");
        }
    }

    /** A configuration sub-mode such as {@code config-vlan}, entered from global configuration. */
    public static Mode configSubMode(String name, String helpHeader) {
        return new Mode(name, Kind.CONFIG_SUBMODE, helpHeader);
    }

    /** The text after the host name in the prompt: {@code >}, {@code #} or {@code (config-if)#}. */
    public String promptSuffix() {
        return switch (kind) {
            case USER_EXEC -> ">";
            case PRIVILEGED_EXEC -> "#";
            case GLOBAL_CONFIG, CONFIG_SUBMODE -> "(" + name + ")#";
        };
    }

    /** True in {@code Router>} and {@code Router#}. */
    public boolean isExec() {
        return kind == Kind.USER_EXEC || kind == Kind.PRIVILEGED_EXEC;
    }

    /** True in global configuration and every configuration sub-mode. */
    public boolean isConfig() {
        return !isExec();
    }

    /** The privilege level a session has by default in this mode (1 in user EXEC, else 15). */
    public int privilege() {
        return kind == Kind.USER_EXEC ? 1 : 15;
    }

    /** Where {@code exit} leads; empty in EXEC modes, where {@code exit} ends the session. */
    public Optional<Mode> parent() {
        return switch (kind) {
            case USER_EXEC, PRIVILEGED_EXEC -> Optional.empty();
            case GLOBAL_CONFIG -> Optional.of(PRIVILEGED_EXEC);
            case CONFIG_SUBMODE -> Optional.of(GLOBAL_CONFIG);
        };
    }

    /** The key of the command tree parsed in this mode: both EXEC modes share {@code exec}. */
    String treeKey() {
        return name;
    }
}
