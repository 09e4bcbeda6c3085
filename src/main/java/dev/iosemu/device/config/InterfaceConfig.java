package dev.iosemu.device.config;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The configuration of one interface.
 *
 * @param name the full IOS name ({@code GigabitEthernet0/0})
 * @param address the primary address, if any
 * @param shutdown whether the interface is administratively down
 * @param description the free-text description, if any
 * @param port switchport, CDP, speed and duplex settings
 */
public record InterfaceConfig(
        String name,
        Optional<InterfaceAddress> address,
        boolean shutdown,
        Optional<String> description,
        PortSettings port) {
    public InterfaceConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(port, "port");
    }

    /** An interface with no address, administratively down or up as given. */
    public static InterfaceConfig unconfigured(String name, boolean shutdown) {
        return new InterfaceConfig(name, Optional.empty(), shutdown, Optional.empty(), PortSettings.DEFAULT);
    }

    public InterfaceConfig withAddress(Optional<InterfaceAddress> newAddress) {
        return new InterfaceConfig(name, newAddress, shutdown, description, port);
    }

    public InterfaceConfig withShutdown(boolean down) {
        return new InterfaceConfig(name, address, down, description, port);
    }

    public InterfaceConfig withDescription(Optional<String> text) {
        return new InterfaceConfig(name, address, shutdown, text, port);
    }

    public InterfaceConfig withPort(UnaryOperator<PortSettings> change) {
        return new InterfaceConfig(name, address, shutdown, description, Objects.requireNonNull(change.apply(port)));
    }
}
