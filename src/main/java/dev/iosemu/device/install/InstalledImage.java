package dev.iosemu.device.install;

import java.util.Objects;

/**
 * One image the installer knows: the version it reports, the bundle it came from and the provisioning file
 * naming its packages (both file names on the boot device), and where it stands.
 *
 * @param version {@code 17.09.04a.0.79}
 * @param bundle {@code isr4300-universalk9.17.09.04a.SPA.bin}
 * @param conf {@code isr4300-universalk9.17.09.04a.SPA.conf}
 * @param state I, U, C or D
 */
public record InstalledImage(String version, String bundle, String conf, PackageState state) {
    public InstalledImage {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(conf, "conf");
        Objects.requireNonNull(state, "state");
        if ((version + bundle + conf).chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("no blanks in install record fields: " + version + " " + bundle);
        }
    }

    InstalledImage withState(PackageState next) {
        return new InstalledImage(version, bundle, conf, next);
    }
}
