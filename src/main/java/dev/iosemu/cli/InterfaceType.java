package dev.iosemu.cli;

import java.util.Objects;

/**
 * An interface type that comes into being when configured by name, with its number range:
 * {@code Loopback <0-2147483647>}, {@code Vlan <1-4094>}.
 */
public record InterfaceType(String name, String description, long min, long max) {
    public InterfaceType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!name.matches("[A-Za-z][A-Za-z-]*")) {
            throw new IllegalArgumentException("bad interface type: '" + name + "'");
        }
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("bad interface number range <" + min + "-" + max + ">");
        }
    }
}
