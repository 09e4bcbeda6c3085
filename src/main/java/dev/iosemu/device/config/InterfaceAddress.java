package dev.iosemu.device.config;

import dev.iosemu.lab.Ipv4Address;
import java.util.Objects;

/**
 * The primary address of an interface ({@code ip address A.B.C.D M.M.M.M}).
 *
 * @param address the interface address
 * @param mask the subnet mask, contiguous
 */
public record InterfaceAddress(Ipv4Address address, Ipv4Address mask) {
    /** Rejects a non-contiguous mask, which IOS refuses with {@code % Bad mask}. */
    public InterfaceAddress {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(mask, "mask");
        if (!mask.isContiguousMask()) {
            throw new IllegalArgumentException("Bad mask " + mask);
        }
    }

    @Override
    public String toString() {
        return address + " " + mask;
    }
}
