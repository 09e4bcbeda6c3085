package dev.iosemu.device.rommon;

import dev.iosemu.device.BootEnvironment;
import dev.iosemu.lab.Ipv4Address;
import java.util.Optional;

/**
 * A loader's own address for TFTP, from its variables: ROMMON's {@code IP_ADDRESS}, {@code IP_SUBNET_MASK}
 * and {@code DEFAULT_GATEWAY}, or the 2960 loader's {@code IP_ADDR} ({@code 10.1.1.2/255.255.255.0}) and
 * {@code DEFAULT_ROUTER}.
 */
public final class LoaderNetwork {
    private LoaderNetwork() {}

    /** The request for {@code file} on {@code server}; empty when the variables give no address. */
    public static Optional<RommonTftp.Request> request(
            BootEnvironment environment, boolean switchLoader, Ipv4Address server, String file) {
        Optional<Ipv4Address> address;
        Optional<Ipv4Address> mask;
        Optional<Ipv4Address> gateway;
        if (switchLoader) {
            Optional<String> ipAddr = environment.get("IP_ADDR").map(String::strip);
            address = ipAddr.flatMap(v -> Ipv4Address.tryParse(v.split("/")[0]));
            mask = ipAddr.filter(v -> v.contains("/"))
                    .flatMap(v -> Ipv4Address.tryParse(v.substring(v.indexOf('/') + 1)));
            gateway = environment.get("DEFAULT_ROUTER").flatMap(Ipv4Address::tryParse);
        } else {
            address = environment.get("IP_ADDRESS").flatMap(Ipv4Address::tryParse);
            mask = environment.get("IP_SUBNET_MASK").flatMap(Ipv4Address::tryParse);
            gateway = environment.get("DEFAULT_GATEWAY").flatMap(Ipv4Address::tryParse);
        }
        if (address.isEmpty() || mask.isEmpty()) {
            return Optional.empty();
        }
        Ipv4Address hop = server.sameNetwork(address.get(), mask.get()) ? server : gateway.orElse(address.get());
        return Optional.of(new RommonTftp.Request(address.get(), mask.get(), hop, server, file));
    }
}
