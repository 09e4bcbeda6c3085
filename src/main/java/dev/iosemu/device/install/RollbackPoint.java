package dev.iosemu.device.install;

import java.time.Instant;
import java.util.Objects;

/**
 * What an activation replaced, so {@code install abort}, {@code install rollback} and the auto-abort timer can
 * put it back: the provisioning file that was booted, or none when the device ran a bundle (base).
 *
 * @param id the rollback id ({@code install rollback to id N})
 * @param version the version that was running
 * @param conf the provisioning file that was booted, {@code -} when the device ran its bundle
 * @param created when the point was taken, on the device clock
 */
public record RollbackPoint(int id, String version, String conf, Instant created) {
    /** The {@code conf} of a point taken while the device ran a bundle. */
    public static final String BUNDLE_MODE = "-";

    public RollbackPoint {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(conf, "conf");
        Objects.requireNonNull(created, "created");
    }

    /** Whether the device ran a bundle when the point was taken. */
    public boolean bundleMode() {
        return conf.equals(BUNDLE_MODE);
    }
}
