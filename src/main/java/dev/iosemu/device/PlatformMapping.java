package dev.iosemu.device;

import dev.iosemu.image.ImageFamily;
import dev.iosemu.profile.DeviceProfile;
import dev.iosemu.profile.LoaderKind;
import dev.iosemu.profile.PlatformTraits;
import dev.iosemu.profile.SoftwareTrain;
import java.util.OptionalInt;

/**
 * The one place a profile's traits become a {@link Platform}: the train as image headers name it, the boot
 * device (the profile's default file system) and the factory configuration register.
 */
final class PlatformMapping {
    /** The register IOS ships ROMMON devices with and leaves out of the configuration. */
    static final int ROMMON_FACTORY_REGISTER = 0x2102;

    private PlatformMapping() {}

    static Platform of(DeviceProfile profile) {
        PlatformTraits traits = profile.traits();
        return new Platform(
                traits.loader(),
                train(traits.train()),
                traits.role(),
                traits.imageLayout(),
                profile.defaultFileSystem().prefix(),
                factoryRegister(traits.loader(), profile.configRegisterValue()));
    }

    static ImageFamily train(SoftwareTrain train) {
        return switch (train) {
            case CLASSIC_IOS -> ImageFamily.CLASSIC_IOS;
            case IOS_XE -> ImageFamily.IOS_XE;
        };
    }

    /**
     * Every ROMMON device has a register, 0x2102 when new. A {@code switch:} loader device has one only when
     * its profile names it (a Catalyst 9000, 0x102), which is then its factory value; a 2960 has none.
     */
    private static OptionalInt factoryRegister(LoaderKind loader, OptionalInt named) {
        return switch (loader) {
            case ROMMON -> OptionalInt.of(ROMMON_FACTORY_REGISTER);
            case SWITCH -> named;
        };
    }
}
