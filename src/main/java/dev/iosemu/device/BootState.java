package dev.iosemu.device;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The boot state of a device at one moment, replaced whole on every change and never modified.
 *
 * @param state IOS, the loader, or booting
 * @param booted the image IOS runs, empty unless IOS is running or loading
 * @param restartedAt when IOS last finished booting (or the device was made)
 * @param lastReload when the last {@code reload} began, empty after a power-on
 * @param reloadReason why the last reload happened (meaningless after a power-on)
 */
public record BootState(
        DeviceState state,
        Optional<BootedImage> booted,
        Instant restartedAt,
        Optional<Instant> lastReload,
        ReloadReason reloadReason) {
    public BootState {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(booted, "booted");
        Objects.requireNonNull(restartedAt, "restartedAt");
        Objects.requireNonNull(lastReload, "lastReload");
        Objects.requireNonNull(reloadReason, "reloadReason");
    }
}
