package dev.iosemu.profile;

/**
 * The independent facts that decide how a device behaves: its boot loader, software train, role and image
 * layout. Any combination that real hardware ships is valid (a Catalyst 9300 is {@code switch:} loader,
 * IOS-XE, switch, install mode); classic IOS has only monolithic images, IOS-XE only bundles or install mode.
 *
 * @param loader the boot loader
 * @param train the software train
 * @param role router or switch
 * @param imageLayout how the software sits on the boot device
 */
public record PlatformTraits(LoaderKind loader, SoftwareTrain train, Role role, ImageLayout imageLayout) {
    /** Validates each trait and the rule between train and layout. */
    public PlatformTraits {
        Fields.required("loader", loader);
        Fields.required("train", train);
        Fields.required("role", role);
        Fields.required("imageLayout", imageLayout);
        boolean classic = train == SoftwareTrain.CLASSIC_IOS;
        if (classic != (imageLayout == ImageLayout.MONOLITHIC)) {
            throw new InvalidFieldException(
                    "imageLayout",
                    (classic ? "classic_ios has only monolithic images" : "ios_xe boots a bundle or installs")
                            + " (was '" + Fields.word(imageLayout) + "')");
        }
    }

    /**
     * The traits a profile names: the old {@code family} preset, if any, with each trait key given
     * overriding it; without a family every trait must be named.
     */
    static PlatformTraits resolve(
            DeviceFamily family, LoaderKind loader, SoftwareTrain train, Role role, ImageLayout imageLayout) {
        if (family == null) {
            return new PlatformTraits(loader, train, role, imageLayout);
        }
        PlatformTraits preset = family.traits();
        return new PlatformTraits(
                loader == null ? preset.loader() : loader,
                train == null ? preset.train() : train,
                role == null ? preset.role() : role,
                imageLayout == null ? preset.imageLayout() : imageLayout);
    }
}
