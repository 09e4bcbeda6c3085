package dev.iosemu.device.boot;

import dev.iosemu.device.DeviceIdentity;
import dev.iosemu.image.ImageHeader;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@code show version} prints about a running device, captured at one moment.
 *
 * @param identity the device's fixed facts
 * @param hostname the current hostname
 * @param image the booted image's header
 * @param systemImageFile the image as named at boot ({@code flash0:c1900-...bin})
 * @param restartedAt when IOS finished booting
 * @param lastReload the previous reload, empty after power-on
 * @param reloadReason why it happened ({@code Reload Command}, {@code Install})
 * @param configRegister the register in effect
 * @param nextConfigRegister the register the next reload will use
 * @param now the time of the command
 * @param switchPorts front-panel ports, for the switch table of a Catalyst (0 elsewhere)
 */
public record VersionInfo(
        DeviceIdentity identity,
        String hostname,
        ImageHeader image,
        String systemImageFile,
        Instant restartedAt,
        Optional<Instant> lastReload,
        String reloadReason,
        int configRegister,
        int nextConfigRegister,
        Instant now,
        int switchPorts) {
    public VersionInfo {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(systemImageFile, "systemImageFile");
        Objects.requireNonNull(restartedAt, "restartedAt");
        Objects.requireNonNull(lastReload, "lastReload");
        Objects.requireNonNull(reloadReason, "reloadReason");
        Objects.requireNonNull(now, "now");
    }
}
