package dev.iosemu.cli;

import dev.iosemu.device.config.LineConfig.LineKind;
import java.util.Objects;

/**
 * What a configuration sub-mode configures: an interface ({@code config-if}), a block of lines ({@code
 * config-line}) or a VLAN ({@code config-vlan}).
 */
public sealed interface ModeTarget {
    /**
     * The interface {@code (config-if)#} configures.
     *
     * @param name its full name ({@code GigabitEthernet0/1})
     */
    record InterfaceTarget(String name) implements ModeTarget {
        public InterfaceTarget {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The lines {@code (config-line)#} configures.
     *
     * @param kind con, aux or vty
     * @param first first line number
     * @param last last line number
     */
    record LineTarget(LineKind kind, int first, int last) implements ModeTarget {
        public LineTarget {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * The VLAN {@code (config-vlan)#} configures.
     *
     * @param vlan its number
     */
    record VlanTarget(int vlan) implements ModeTarget {}
}
