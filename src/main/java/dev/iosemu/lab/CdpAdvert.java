package dev.iosemu.lab;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a node tells its neighbours in CDP: who it is, what it is and runs, and where to manage it.
 *
 * @param deviceId the device ID (its hostname)
 * @param platform the platform ({@code cisco CISCO1941/K9})
 * @param capabilities the capability codes ({@code R B S I})
 * @param version the software version lines ({@code Cisco IOS Software, ...})
 * @param managementAddress the address neighbours list for it, if it has one
 */
public record CdpAdvert(
        String deviceId,
        String platform,
        String capabilities,
        List<String> version,
        Optional<Ipv4Address> managementAddress) {
    public CdpAdvert {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(capabilities, "capabilities");
        version = List.copyOf(version);
        Objects.requireNonNull(managementAddress, "managementAddress");
    }
}
