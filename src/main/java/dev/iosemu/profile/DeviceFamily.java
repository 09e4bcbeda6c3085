package dev.iosemu.profile;

/**
 * The {@code family} key of older profiles: a preset of {@link PlatformTraits} that the trait keys of a
 * profile may override. New profiles name the traits instead.
 */
public enum DeviceFamily {
    /** ISR G2 router (1941, 2901): ROMMON, classic IOS 15.x, one image file. */
    ISR_G2(new PlatformTraits(LoaderKind.ROMMON, SoftwareTrain.CLASSIC_IOS, Role.ROUTER, ImageLayout.MONOLITHIC)),
    /** Catalyst access switch (2960-X): {@code switch:} loader, classic IOS, one image file. */
    CATALYST(new PlatformTraits(LoaderKind.SWITCH, SoftwareTrain.CLASSIC_IOS, Role.SWITCH, ImageLayout.MONOLITHIC)),
    /** ISR 4000 router: ROMMON, IOS-XE 16.x/17.x, a bundle booted from bootflash:. */
    IOS_XE(new PlatformTraits(LoaderKind.ROMMON, SoftwareTrain.IOS_XE, Role.ROUTER, ImageLayout.BUNDLE));

    private final PlatformTraits traits;

    DeviceFamily(PlatformTraits traits) {
        this.traits = traits;
    }

    /** The traits this family stands for. */
    public PlatformTraits traits() {
        return traits;
    }
}
